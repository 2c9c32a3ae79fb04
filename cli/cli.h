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

/* Reads a whole file ("-" = stdin) into a malloc'd buffer. Returns 0, or -1
 * with errno set. */
int nm_cli_read_file(const char *path, char **buf, size_t *len);
/* nm_write_fn writing to a FILE*. */
int nm_cli_write_file(void *ctx, const char *buf, size_t len);

#endif
