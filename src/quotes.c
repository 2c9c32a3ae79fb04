/* quotes.c - stage "quotes" (being written: issue 5). */
#include "quotes.h"

nm_status nm_quotes_detect(nm_doc *d) {
  (void)d;
  return NM_OK;
}

void nm_json_quotes(nm_obuf *o, const nm_doc *d) {
  (void)d;
  NM_OBUF_LIT(o, ",\"quotes\":[]");
}
