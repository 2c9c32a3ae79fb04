/* test_model.c - the model container: large files (read into huge-page
 * memory where the system has it) open with the same bytes as small ones,
 * and damaged large files are rejected. */
#include "model.h"
#include "test.h"

#include <stdint.h>
#include <unistd.h>

#define KIND NM_FOURCC('T', 'E', 'S', 'T')
#define SEC  NM_FOURCC('B', 'I', 'G', ' ')

static char path[64];

/* Writes a model with one section of n pseudo-random bytes. */
static int write_model(size_t n) {
  nm_bytes b = {0};
  uint64_t x = 0x9e3779b97f4a7c15ULL;
  for (size_t i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    nm_bytes_u8(&b, (uint8_t)x);
  }
  uint32_t id = SEC;
  nm_error e = {NM_OK, NULL, 0};
  nm_status s = nm_model_write(path, KIND, 1, &id, &b, &e);
  nm_bytes_free(&b);
  return s == NM_OK;
}

static void check_size(size_t n) {
  NM_CHECK(write_model(n));
  size_t flen;
  unsigned char *file = nm_test_slurp(path, &flen);
  NM_CHECK(file != NULL);
  if (!file) return;
  nm_model m, mm;
  nm_error e = {NM_OK, NULL, 0};
  NM_CHECK_EQ_INT(nm_model_open(path, KIND, &m, &e), NM_OK);
  NM_CHECK_EQ_INT(nm_model_open_mem(file, flen, KIND, &mm, &e), NM_OK);
  size_t a = 0, b = 1;
  const unsigned char *sa = nm_model_section(&m, SEC, &a), *sb = nm_model_section(&mm, SEC, &b);
  NM_CHECK(sa && sb && a == n && b == n && memcmp(sa, sb, n) == 0);
  nm_model_close(&m);
  nm_model_close(&mm);
  /* a truncated file is a format error, not a crash */
  NM_CHECK(truncate(path, (off_t)(flen / 2)) == 0);
  e = (nm_error){NM_OK, NULL, 0};
  NM_CHECK(nm_model_open(path, KIND, &m, &e) != NM_OK);
  NM_CHECK_EQ_INT(e.code, NM_ERR_FORMAT);
  free(file);
}

NM_TEST(small_model_opens) { check_size(1000); }

/* Over the 4 MB threshold, and not a multiple of the 2 MB page. */
NM_TEST(large_model_opens) { check_size((size_t)5 * 1024 * 1024 + 12345); }

int main(void) {
  snprintf(path, sizeof path, "/tmp/nm-test-model-%d.nmm", (int)getpid());
  NM_RUN(small_model_opens);
  NM_RUN(large_model_opens);
  remove(path);
  NM_TEST_MAIN_END();
}
