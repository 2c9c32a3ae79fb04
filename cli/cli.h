/* cli.h - subcommands of the newsmill command-line tool. Each returns the
 * process exit status: 0 all good, 1 some records failed (or, for eval, a
 * floor was missed), 2 usage or I/O error. */
#ifndef NM_CLI_H
#define NM_CLI_H

#include "newsmill.h"

#include <stdio.h>

int nm_cli_extract(int argc, char **argv);
int nm_cli_eval(int argc, char **argv);
int nm_cli_eval_segment(int argc, char **argv); /* argv[0] == "segment" */
int nm_cli_eval_parse(int argc, char **argv);   /* argv[0] == "parse" */
int nm_cli_train(int argc, char **argv);        /* argv[0] == "train" */

/* Path of a shipped model: $NEWSMILL_MODELS/name, else ../models/name next
 * to the executable, else ./models/name. NULL when none exists. */
const char *nm_cli_model_path(const char *name, char *buf, size_t cap);

/* Reads a whole file ("-" = stdin) into a malloc'd buffer. Returns 0, or -1
 * with errno set. */
int nm_cli_read_file(const char *path, char **buf, size_t *len);
/* nm_write_fn writing to a FILE*. */
int nm_cli_write_file(void *ctx, const char *buf, size_t len);

#endif
