/* times_cal.h - calendar arithmetic and TIMEX3 value strings for the times
 * stage. Internal. Dates are proleptic Gregorian; a day number counts days
 * from 1970-01-01. See docs/times.md. */
#ifndef NM_TIMES_CAL_H
#define NM_TIMES_CAL_H

#include <stddef.h>
#include <stdint.h>

/* Days from 1970-01-01 to y-m-d (m 1..12, d 1..31; out-of-range days roll
 * over, so d = 0 is the last day of the month before). */
int64_t nm_tc_days(int64_t y, int m, int d);
/* The date of day number z. */
void nm_tc_civil(int64_t z, int64_t *y, int *m, int *d);
/* ISO weekday of day number z: 1 = Monday ... 7 = Sunday. */
int nm_tc_weekday(int64_t z);
/* ISO 8601 week-numbering year and week (1..53) of day number z. */
void nm_tc_isoweek(int64_t z, int64_t *wy, int *wk);
/* Days in month m of year y. */
int nm_tc_mdays(int64_t y, int m);

/* Granularity of a calendar point, coarsest first. */
typedef enum nm_tc_gran {
  NM_TG_CENTURY = 0, /* "19" */
  NM_TG_DECADE,      /* "199" */
  NM_TG_YEAR,        /* "1998" */
  NM_TG_HALF,        /* "1998-H1" */
  NM_TG_SEASON,      /* "1998-SU" */
  NM_TG_QUARTER,     /* "1998-Q3" */
  NM_TG_MONTH,       /* "1998-07" */
  NM_TG_WEEK,        /* "1998-W28" (y is the ISO week-year) */
  NM_TG_WEEKEND,     /* "1998-W28-WE" */
  NM_TG_DAY,         /* "1998-07-14"; part of day "1998-07-14TMO" */
  NM_TG_MINUTE       /* "1998-07-14T10:35" */
} nm_tc_gran;

/* A point on the calendar at some granularity. Unknown fields are -1 (the
 * year) or 0 (the others) and print as X: "XXXX-10-07", "XXXX-WXX-2". */
typedef struct nm_tc_point {
  int64_t y;    /* year; the century (19) or decade (199) at those grains */
  int8_t gran;  /* nm_tc_gran */
  int8_t m, d;  /* month 1..12, day 1..31 */
  int8_t sub;   /* half 1..2, season 1..4 (SP SU FA WI), quarter 1..4, week 1..53 */
  int8_t wd;    /* weekday 1..7 of a day whose date is unknown, else 0 */
  int8_t part;  /* part of day 1..5 (MO MI AF EV NI), 0 for none */
  int8_t h, mi; /* hour 0..24 and minute, at NM_TG_MINUTE */
  int8_t utc;   /* the clock time is in UTC: "T14:58Z" */
} nm_tc_point;

enum { NM_TP_MO = 1, NM_TP_MI, NM_TP_AF, NM_TP_EV, NM_TP_NI };
enum { NM_TS_SP = 1, NM_TS_SU, NM_TS_FA, NM_TS_WI };

/* Writes the TIMEX3 value of p into buf (cap >= 32 is always enough);
 * returns its length. */
size_t nm_tc_format(const nm_tc_point *p, char *buf, size_t cap);

/* Duration units, smallest first. */
typedef enum nm_tc_unit {
  NM_TU_SECOND = 0,
  NM_TU_MINUTE,
  NM_TU_HOUR,
  NM_TU_DAY,
  NM_TU_WEEKEND,
  NM_TU_WEEK,
  NM_TU_MONTH,
  NM_TU_QUARTER,
  NM_TU_YEAR,
  NM_TU_DECADE,
  NM_TU_CENTURY,
  NM_TU_MILLENNIUM,
  NM_TU_COUNT
} nm_tc_unit;

/* Writes a duration of n units (n < 0: unspecified, "PXY") plus, when
 * half is set, half a unit more ("P2Y6M", "PT1H30M"); returns its
 * length. */
size_t nm_tc_duration(int64_t n, nm_tc_unit u, int half, char *buf, size_t cap);

/* The day number of a point at day granularity or finer. */
int64_t nm_tc_point_days(const nm_tc_point *p);
/* A day point (NM_TG_DAY) for day number z. */
nm_tc_point nm_tc_day_point(int64_t z);
/* Moves p by n units of its own granularity (years for a year, weeks for
 * a week ...). Points with an unknown year are left alone. */
void nm_tc_shift(nm_tc_point *p, int64_t n);
/* Coarsens a known day point to granularity g (year, half, quarter,
 * month, week, weekend, decade, century). */
nm_tc_point nm_tc_coarsen(const nm_tc_point *day, nm_tc_gran g);

#endif
