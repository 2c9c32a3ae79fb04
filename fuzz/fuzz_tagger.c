/* fuzz_tagger.c - the tagger model loader: any bytes must be rejected or
 * give a tagger that tags without reading outside its file. */
#include "tagger.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  nm_error err = {NM_OK, NULL, 0};
  nm_tagger *t = nm_tagger_open_mem(data, size, &err);
  if (!t) {
    if (err.code == NM_OK || !err.msg) __builtin_trap();
    return 0;
  }
  static const char *const words[] = {"The", "envoy", "did", "n't", "say", "2,000", "é", ""};
  nm_word w[8];
  for (int i = 0; i < 8; i++) {
    w[i].s = words[i];
    w[i].len = strlen(words[i]);
  }
  uint8_t cls[8];
  nm_tagger_tag(t, w, 8, cls);
  for (int i = 0; i < 8; i++) {
    if (cls[i] >= nm_tagger_n_classes(t)) __builtin_trap();
    char buf[64];
    nm_tagger_lemma(t, w[i].s, w[i].len, cls[i], buf, sizeof buf);
    (void)nm_tagger_upos(t, cls[i]);
    (void)nm_tagger_xpos(t, cls[i]);
  }
  nm_tagger_free(t);
  return 0;
}
