/* tone.c - stage "tone" (being written: issue 7). */
#include "tone.h"

#include <stdlib.h>

struct nm_tone_lexicon {
  nm_model model;
};

nm_tone_lexicon *nm_tone_open(const char *path, nm_error *err) {
  (void)path;
  if (err) {
    err->code = NM_ERR_FORMAT;
    err->msg = "tone lexicons are not supported yet";
    err->pos = 0;
  }
  return NULL;
}

nm_tone_lexicon *nm_tone_open_mem(const unsigned char *buf, size_t len, nm_error *err) {
  (void)buf;
  (void)len;
  return nm_tone_open(NULL, err);
}

void nm_tone_free(nm_tone_lexicon *lx) { free(lx); }

nm_status nm_tone_score(const nm_tone_lexicon *lx, nm_doc *d) {
  (void)lx;
  (void)d;
  return NM_OK;
}

void nm_json_tone(nm_obuf *o, const nm_doc *d) {
  (void)d;
  NM_OBUF_LIT(o, ",\"tone\":{}");
}
