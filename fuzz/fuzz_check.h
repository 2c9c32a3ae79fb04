/* fuzz_check.h - what every fuzz target shares: the entry point's
 * prototype and FUZZ_CHECK, which aborts (a finding) when an invariant
 * fails. */
#ifndef NM_FUZZ_CHECK_H
#define NM_FUZZ_CHECK_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond)                                                                           \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      fprintf(stderr, "%s:%d: invariant violated: %s\n", __FILE__, __LINE__, #cond);               \
      abort();                                                                                     \
    }                                                                                              \
  } while (0)

#endif
