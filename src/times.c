/* times.c - stage "times" (being written: issue 7). */
#include "times.h"

nm_status nm_times_detect(nm_doc *d) {
  (void)d;
  return NM_OK;
}

void nm_json_times(nm_obuf *o, const nm_doc *d) {
  (void)d;
  NM_OBUF_LIT(o, ",\"times\":[]");
}
