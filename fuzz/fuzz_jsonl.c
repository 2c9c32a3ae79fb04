/* fuzz_jsonl.c - one JSON Lines record through the reader and the pipeline.
 *
 * Input: the bytes of one line. A record that parses is processed, checked
 * (fuzz_common.h) and written as JSON and CoNLL-U into a discarding sink;
 * one that does not must come back as NULL with its error filled in. */
#include "fuzz_common.h"

/* A rejected record names a position inside the line. */
static void check_rejection(const nm_error *err, size_t size) {
  FUZZ_CHECK(err->code == NM_ERR_PARSE || err->code == NM_ERR_NOMEM);
  FUZZ_CHECK(err->msg != NULL);
  FUZZ_CHECK(err->pos <= size);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const nm_pipeline *p = fuzz_pipeline();
  nm_error err = {NM_OK, NULL, 0};
  nm_doc *d = nm_doc_from_json((const char *)data, size, &err);
  if (!d) {
    check_rejection(&err, size);
    return 0;
  }
  FUZZ_CHECK(nm_process(p, d, &err) == NM_OK);
  fuzz_check_doc(d, FUZZ_SEGMENTED);
  /* Members are copied through verbatim, so an unescaped newline can reach
   * the output only if the line had one (which a JSONL line never has). */
  bool one_line = size == 0 || memchr(data, '\n', size) == NULL;
  fuzz_write_outputs(d, one_line);
  nm_doc_free(d);
  return 0;
}
