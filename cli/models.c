/* models.c - finding the shipped models. */
#include "cli.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int exists(const char *p) { return access(p, R_OK) == 0; }

const char *nm_cli_model_path(const char *name, char *buf, size_t cap) {
  const char *env = getenv("NEWSMILL_MODELS");
  if (env && *env) {
    snprintf(buf, cap, "%s/%s", env, name);
    return exists(buf) ? buf : NULL;
  }
  /* next to the executable: build/newsmill -> models/ */
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = '\0';
      snprintf(buf, cap, "%s/../models/%s", exe, name);
      if (exists(buf)) return buf;
      snprintf(buf, cap, "%s/../share/newsmill/models/%s", exe, name);
      if (exists(buf)) return buf;
    }
  }
  snprintf(buf, cap, "models/%s", name);
  return exists(buf) ? buf : NULL;
}
