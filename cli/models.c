/* models.c - finding the shipped models. */
#include "cli.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int exists(const char *p) { return access(p, R_OK) == 0; }

/* name under $env, else ../dir next to the executable (or
 * ../share/newsmill/dir), else ./dir. */
static const char *find(const char *env_name, const char *dir, const char *name, char *buf,
                        size_t cap) {
  const char *env = getenv(env_name);
  if (env && *env) {
    snprintf(buf, cap, "%s/%s", env, name);
    return exists(buf) ? buf : NULL;
  }
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = '\0';
      snprintf(buf, cap, "%s/../%s/%s", exe, dir, name);
      if (exists(buf)) return buf;
      snprintf(buf, cap, "%s/../share/newsmill/%s/%s", exe, dir, name);
      if (exists(buf)) return buf;
    }
  }
  snprintf(buf, cap, "%s/%s", dir, name);
  return exists(buf) ? buf : NULL;
}

const char *nm_cli_model_path(const char *name, char *buf, size_t cap) {
  return find("NEWSMILL_MODELS", "models", name, buf, cap);
}

const char *nm_cli_dict_path(const char *name, char *buf, size_t cap) {
  return find("NEWSMILL_DICTS", "dict", name, buf, cap);
}
