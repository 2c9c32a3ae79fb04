/* pipeline.c - the immutable pipeline object and nm_process(). */
#include "doc.h"
#include "segment.h"

#include <stdlib.h>

struct nm_pipeline {
  nm_pipeline_options opts;
};

nm_pipeline *nm_pipeline_new(const nm_pipeline_options *opts, nm_error *err) {
  nm_pipeline *p = calloc(1, sizeof *p);
  if (!p) {
    if (err) {
      err->code = NM_ERR_NOMEM;
      err->msg = "out of memory";
      err->pos = 0;
    }
    return NULL;
  }
  if (opts) p->opts = *opts;
  return p;
}

void nm_pipeline_free(nm_pipeline *p) { free(p); }

nm_status nm_process(const nm_pipeline *p, nm_doc *d, nm_error *err) {
  nm_status st = NM_OK;
  const char *msg = NULL;
  if (!p || !d) {
    st = NM_ERR_INVALID;
    msg = "pipeline and document are required";
  } else if (d->processed) {
    st = NM_ERR_INVALID;
    msg = "document was already processed";
  } else {
    d->processed = true;
    /* Stage 1: segmentation, unless the input came presegmented. */
    if (!d->presegmented) {
      st = nm_segment(d);
      if (st != NM_OK) msg = "out of memory during segmentation";
    }
  }
  if (st != NM_OK && err) {
    err->code = st;
    err->msg = msg;
    err->pos = 0;
  }
  return st;
}
