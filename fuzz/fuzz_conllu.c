/* fuzz_conllu.c - a CoNLL-U stream through the reader and the pipeline.
 *
 * Input: any bytes, read as a sequence of documents with
 * nm_conllu_read_doc(), advancing by *consumed, until the input ends, a call
 * fails, or a call consumes nothing. Each document is processed, checked
 * (fuzz_common.h; presegmented rules) and written as CoNLL-U and JSON into
 * a discarding sink. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const nm_pipeline *p = fuzz_pipeline();
  const char *buf = (const char *)data;
  size_t off = 0, line = 1;
  while (off < size) {
    nm_error err = {NM_OK, NULL, 0};
    size_t consumed = 0, line_before = line;
    nm_doc *d = nm_conllu_read_doc(buf + off, size - off, &consumed, &line, &err);
    FUZZ_CHECK(consumed <= size - off);
    FUZZ_CHECK(line >= line_before);
    if (!d) {
      if (err.code != NM_OK) {
        /* The documented failures; NM_ERR_INVALID would mean the reader
         * built layers the document model rejects. */
        FUZZ_CHECK(err.code == NM_ERR_PARSE || err.code == NM_ERR_LIMIT ||
                   err.code == NM_ERR_NOMEM);
        FUZZ_CHECK(err.msg != NULL);
        if (err.code == NM_ERR_PARSE) FUZZ_CHECK(err.pos >= line_before && err.pos <= line);
      } else {
        /* No sentence left: the rest is blank lines and comments. */
        FUZZ_CHECK(consumed == size - off);
      }
      break;
    }
    FUZZ_CHECK(consumed > 0);
    FUZZ_CHECK(nm_process(p, d, &err) == NM_OK);
    fuzz_check_doc(d, 0);
    fuzz_write_outputs(d, true);
    nm_doc_free(d);
    off += consumed;
  }
  return 0;
}
