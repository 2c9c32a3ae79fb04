/* times_cal.c - calendar arithmetic and TIMEX3 value strings. */
#include "times_cal.h"

#include <stdio.h>
#include <string.h>

/* Day numbers from civil dates and back: the era-based method (400-year
 * eras of 146097 days, years starting in March so that leap days fall at
 * the end), exact for any year that fits. */
int64_t nm_tc_days(int64_t y, int m, int d) {
  /* normalise the month so that callers may pass 0 or 13 */
  while (m < 1) {
    m += 12;
    y--;
  }
  while (m > 12) {
    m -= 12;
    y++;
  }
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t mp = (m + 9) % 12;
  int64_t doy = (153 * mp + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void nm_tc_civil(int64_t z, int64_t *y, int *m, int *d) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int dd = (int)(doy - (153 * mp + 2) / 5 + 1);
  int mm = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = yoe + era * 400 + (mm <= 2);
  *m = mm;
  *d = dd;
}

int nm_tc_weekday(int64_t z) {
  /* 1970-01-01 was a Thursday (4) */
  int64_t r = (z + 3) % 7;
  if (r < 0) r += 7;
  return (int)r + 1;
}

void nm_tc_isoweek(int64_t z, int64_t *wy, int *wk) {
  /* the week belongs to the year of its Thursday */
  int64_t thu = z - nm_tc_weekday(z) + 4;
  int64_t y;
  int m, d;
  nm_tc_civil(thu, &y, &m, &d);
  int64_t jan1 = nm_tc_days(y, 1, 1);
  *wy = y;
  *wk = (int)((thu - jan1) / 7 + 1);
}

int nm_tc_mdays(int64_t y, int m) {
  static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 31;
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return len[m - 1];
}

/* Appends "%0*lld" or that many X's. */
static size_t put_num(char *b, size_t at, size_t cap, int64_t v, int width, int known) {
  char tmp[32];
  int n;
  if (!known || v < 0)
    n = snprintf(tmp, sizeof tmp, "%.*s", width, "XXXXXXXX");
  else
    n = snprintf(tmp, sizeof tmp, "%0*lld", width, (long long)v);
  for (int i = 0; i < n && at + 1 < cap; i++)
    b[at++] = tmp[i];
  return at;
}

static size_t put_str(char *b, size_t at, size_t cap, const char *s) {
  while (*s && at + 1 < cap)
    b[at++] = *s++;
  return at;
}

size_t nm_tc_format(const nm_tc_point *p, char *buf, size_t cap) {
  static const char *const seasons[5] = {"XX", "SP", "SU", "FA", "WI"};
  static const char *const parts[6] = {"", "MO", "MI", "AF", "EV", "NI"};
  size_t at = 0;
  if (cap == 0) return 0;
  switch ((nm_tc_gran)p->gran) {
  case NM_TG_CENTURY: at = put_num(buf, at, cap, p->y, 2, p->y >= 0); break;
  case NM_TG_DECADE: at = put_num(buf, at, cap, p->y, 3, p->y >= 0); break;
  case NM_TG_YEAR: at = put_num(buf, at, cap, p->y, 4, p->y >= 0); break;
  case NM_TG_HALF:
    at = put_num(buf, at, cap, p->y, 4, p->y >= 0);
    at = put_str(buf, at, cap, "-H");
    at = put_num(buf, at, cap, p->sub, 1, p->sub > 0);
    break;
  case NM_TG_SEASON:
    at = put_num(buf, at, cap, p->y, 4, p->y >= 0);
    at = put_str(buf, at, cap, "-");
    at = put_str(buf, at, cap, seasons[p->sub >= 1 && p->sub <= 4 ? p->sub : 0]);
    break;
  case NM_TG_QUARTER:
    at = put_num(buf, at, cap, p->y, 4, p->y >= 0);
    at = put_str(buf, at, cap, "-Q");
    at = put_num(buf, at, cap, p->sub, 1, p->sub > 0);
    break;
  case NM_TG_MONTH:
    at = put_num(buf, at, cap, p->y, 4, p->y >= 0);
    at = put_str(buf, at, cap, "-");
    at = put_num(buf, at, cap, p->m, 2, p->m > 0);
    break;
  case NM_TG_WEEK:
  case NM_TG_WEEKEND:
    at = put_num(buf, at, cap, p->y, 4, p->y >= 0);
    at = put_str(buf, at, cap, "-W");
    at = put_num(buf, at, cap, p->sub, 2, p->sub > 0);
    if (p->gran == NM_TG_WEEKEND) at = put_str(buf, at, cap, "-WE");
    break;
  case NM_TG_DAY:
  case NM_TG_MINUTE:
    at = put_num(buf, at, cap, p->y, 4, p->y >= 0);
    if (p->wd && (p->y < 0 || !p->m || !p->d)) {
      /* a weekday whose date is unknown: XXXX-WXX-2 */
      at = put_str(buf, at, cap, "-WXX-");
      at = put_num(buf, at, cap, p->wd, 1, 1);
    } else {
      at = put_str(buf, at, cap, "-");
      at = put_num(buf, at, cap, p->m, 2, p->m > 0);
      at = put_str(buf, at, cap, "-");
      at = put_num(buf, at, cap, p->d, 2, p->d > 0);
    }
    if (p->gran == NM_TG_MINUTE) {
      at = put_str(buf, at, cap, "T");
      at = put_num(buf, at, cap, p->h, 2, p->h >= 0);
      at = put_str(buf, at, cap, ":");
      at = put_num(buf, at, cap, p->mi, 2, p->mi >= 0);
      if (p->utc) at = put_str(buf, at, cap, "Z");
    } else if (p->part >= 1 && p->part <= 5) {
      at = put_str(buf, at, cap, "T");
      at = put_str(buf, at, cap, parts[p->part]);
    }
    break;
  }
  buf[at] = '\0';
  return at;
}

size_t nm_tc_duration(int64_t n, nm_tc_unit u, int half, char *buf, size_t cap) {
  /* a unit's letter, and half a unit in the next smaller one ("P2Y6M");
   * a known number of decades, centuries or millennia is written in years */
  char tmp[48];
  const char *lt = "D";
  int timepart = 0;
  int64_t scale = 1;
  const char *half_s = NULL;
  switch (u) {
  case NM_TU_SECOND: lt = "S", timepart = 1; break;
  case NM_TU_MINUTE: lt = "M", timepart = 1, half_s = "30S"; break;
  case NM_TU_HOUR: lt = "H", timepart = 1, half_s = "30M"; break;
  case NM_TU_DAY: lt = "D", half_s = "T12H"; break;
  case NM_TU_WEEKEND: lt = "WE"; break;
  case NM_TU_WEEK: lt = "W"; break;
  case NM_TU_MONTH: lt = "M"; break;
  case NM_TU_QUARTER: lt = n < 0 ? "Q" : "M", scale = 3; break;
  case NM_TU_YEAR: lt = "Y", half_s = "6M"; break;
  /* an unknown number of decades is "PXY", as TimeBank and MEANTIME write
   * it; centuries "PXC" */
  case NM_TU_DECADE: lt = "Y", scale = 10; break;
  case NM_TU_CENTURY: lt = n < 0 ? "C" : "Y", scale = 100; break;
  case NM_TU_MILLENNIUM: lt = n < 0 ? "ML" : "Y", scale = 1000; break;
  case NM_TU_COUNT: break;
  }
  int k;
  if (n < 0) {
    k = snprintf(tmp, sizeof tmp, "P%sX%s", timepart ? "T" : "", lt);
  } else if (half && scale > 1 && u == NM_TU_QUARTER) {
    k = snprintf(tmp, sizeof tmp, "P%lldM", (long long)(n * 3 + 1));
  } else if (u == NM_TU_QUARTER) {
    k = snprintf(tmp, sizeof tmp, "P%lldM", (long long)(n * 3));
  } else if (half && scale > 1) {
    k = snprintf(tmp, sizeof tmp, "P%lldY", (long long)(n * scale + scale / 2));
  } else if (half && half_s && n == 0) {
    /* half an hour: PT30M; half a day: PT12H; half a year: P6M */
    if (u == NM_TU_YEAR)
      k = snprintf(tmp, sizeof tmp, "P6M");
    else if (u == NM_TU_DAY)
      k = snprintf(tmp, sizeof tmp, "PT12H");
    else
      k = snprintf(tmp, sizeof tmp, "PT%s", half_s);
  } else if (half && half_s) {
    k = snprintf(tmp, sizeof tmp, "P%s%lld%s%s", timepart ? "T" : "", (long long)n, lt, half_s);
  } else if (half) {
    /* weeks and months have no exact half in a smaller unit: "P2.5W" */
    k = snprintf(tmp, sizeof tmp, "P%lld.5%s", (long long)n, lt);
  } else {
    k = snprintf(tmp, sizeof tmp, "P%s%lld%s", timepart ? "T" : "", (long long)(n * scale), lt);
  }
  if (k < 0) k = 0;
  size_t len = (size_t)k < cap ? (size_t)k : cap - 1;
  memcpy(buf, tmp, len);
  buf[len] = '\0';
  return len;
}

int64_t nm_tc_point_days(const nm_tc_point *p) { return nm_tc_days(p->y, p->m, p->d); }

nm_tc_point nm_tc_day_point(int64_t z) {
  nm_tc_point p;
  memset(&p, 0, sizeof p);
  int m, d;
  nm_tc_civil(z, &p.y, &m, &d);
  p.gran = NM_TG_DAY;
  p.m = (int8_t)m;
  p.d = (int8_t)d;
  p.h = p.mi = -1;
  return p;
}

nm_tc_point nm_tc_coarsen(const nm_tc_point *day, nm_tc_gran g) {
  nm_tc_point p = *day;
  p.gran = (int8_t)g;
  p.part = 0;
  p.wd = 0;
  if (day->y < 0) {
    p.sub = 0;
    return p;
  }
  int64_t z = nm_tc_point_days(day);
  switch (g) {
  case NM_TG_CENTURY: p.y = day->y / 100; break;
  case NM_TG_DECADE: p.y = day->y / 10; break;
  case NM_TG_HALF: p.sub = (int8_t)(day->m <= 6 ? 1 : 2); break;
  case NM_TG_QUARTER: p.sub = (int8_t)((day->m - 1) / 3 + 1); break;
  case NM_TG_SEASON:
    /* meteorological seasons: winter is December to February */
    p.sub = (int8_t)(day->m == 12 || day->m <= 2 ? NM_TS_WI
                     : day->m <= 5               ? NM_TS_SP
                     : day->m <= 8               ? NM_TS_SU
                                                 : NM_TS_FA);
    break;
  case NM_TG_WEEK:
  case NM_TG_WEEKEND: {
    int wk;
    nm_tc_isoweek(z, &p.y, &wk);
    p.sub = (int8_t)wk;
    break;
  }
  default: break;
  }
  return p;
}

void nm_tc_shift(nm_tc_point *p, int64_t n) {
  if (p->y < 0 || n == 0) return;
  switch ((nm_tc_gran)p->gran) {
  case NM_TG_CENTURY:
  case NM_TG_DECADE:
  case NM_TG_YEAR: p->y += n; break;
  case NM_TG_HALF: {
    int64_t k = p->y * 2 + (p->sub - 1) + n;
    p->y = k >= 0 ? k / 2 : (k - 1) / 2;
    p->sub = (int8_t)(k - p->y * 2 + 1);
    break;
  }
  case NM_TG_SEASON: {
    int64_t k = p->y * 4 + (p->sub - 1) + n;
    p->y = k >= 0 ? k / 4 : (k - 3) / 4;
    p->sub = (int8_t)(k - p->y * 4 + 1);
    break;
  }
  case NM_TG_QUARTER: {
    int64_t k = p->y * 4 + (p->sub - 1) + n;
    p->y = k >= 0 ? k / 4 : (k - 3) / 4;
    p->sub = (int8_t)(k - p->y * 4 + 1);
    break;
  }
  case NM_TG_MONTH: {
    int64_t k = p->y * 12 + (p->m - 1) + n;
    p->y = k >= 0 ? k / 12 : (k - 11) / 12;
    p->m = (int8_t)(k - p->y * 12 + 1);
    break;
  }
  case NM_TG_WEEK:
  case NM_TG_WEEKEND: {
    /* the Thursday of the week, moved by n weeks */
    int64_t jan4 = nm_tc_days(p->y, 1, 4);
    int64_t mon1 = jan4 - nm_tc_weekday(jan4) + 1;
    int64_t thu = mon1 + (int64_t)(p->sub - 1) * 7 + 3 + n * 7;
    int wk;
    nm_tc_isoweek(thu, &p->y, &wk);
    p->sub = (int8_t)wk;
    break;
  }
  case NM_TG_DAY:
  case NM_TG_MINUTE: {
    if (!p->m || !p->d) return;
    nm_tc_point q = nm_tc_day_point(nm_tc_point_days(p) + n);
    p->y = q.y;
    p->m = q.m;
    p->d = q.d;
    break;
  }
  }
}
