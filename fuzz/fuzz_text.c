/* fuzz_text.c - raw article text through the whole pipeline.
 *
 * Input: any bytes, taken as one article. The document is segmented, its
 * layers are checked against each other and the text (fuzz_common.h), and
 * it is written as JSON with tokens and as CoNLL-U into a sink that
 * discards the bytes. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const nm_pipeline *p = fuzz_pipeline();
  nm_error err = {NM_OK, NULL, 0};
  nm_doc *d = nm_doc_new((const char *)data, size, &err);
  FUZZ_CHECK(d != NULL); /* fuzz inputs are far below NM_MAX_TEXT */

  size_t len = 0;
  const char *text = nm_doc_text(d, &len);
  FUZZ_CHECK(len == size && (size == 0 || memcmp(text, data, size) == 0));

  FUZZ_CHECK(nm_process(p, d, &err) == NM_OK);
  fuzz_check_doc(d, FUZZ_SEGMENTED);
  /* A document is processed once. */
  FUZZ_CHECK(nm_process(p, d, &err) == NM_ERR_INVALID && err.msg != NULL);

  /* Newlines in the text are escaped in JSON: the record is one line. */
  fuzz_write_outputs(d, true);
  nm_doc_free(d);
  return 0;
}
