/* error.h - filling an nm_error. Internal. */
#ifndef NM_ERROR_H
#define NM_ERROR_H

#include "newsmill.h"

/* Fills *err (when not NULL) and returns code, so that a failing function
 * can `return nm_fail(err, NM_ERR_FORMAT, "static message", pos);`. */
static inline nm_status nm_fail(nm_error *err, nm_status code, const char *msg, size_t pos) {
  if (err) {
    err->code = code;
    err->msg = msg;
    err->pos = pos;
  }
  return code;
}

#endif
