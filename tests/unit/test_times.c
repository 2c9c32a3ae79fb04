/* test_times.c - the times stage: calendar arithmetic, the word list, token
 * shapes, each rule of the grammar on invented sentences against fixed
 * article dates, documents without a date, pathological input and the
 * JSON. Run from the repository root (it loads models/tagger.nmm and
 * models/parser.nmm, as the pipeline does by default in the CLI). */
#include "newsmill.h"
#include "test.h"
#include "times_cal.h"
#include "times_grammar.h"
#include "times_lex.h"

#include <stdint.h>
#include <string.h>

static nm_pipeline *pipeline; /* tagger and parser */
static nm_pipeline *bare;     /* segmentation only */

/* ------------------------------------------------------------------ */
/* Helpers                                                             */

/* Runs text through p with the given date (NULL: none). */
static nm_doc *run(nm_pipeline *p, const char *date, const char *text, size_t len) {
  nm_error e = {NM_OK, NULL, 0};
  nm_doc *d = nm_doc_new(text, len, &e);
  if (!d) return NULL;
  if (date) nm_doc_set_meta(d, NM_META_DATE, date, strlen(date), &e);
  if (nm_process(p, d, &e) != NM_OK) {
    nm_doc_free(d);
    return NULL;
  }
  return d;
}

/* Expected times: "text|TYPE|value" strings, NULL-terminated. */
static int check_times_in(nm_pipeline *p, const char *date, const char *text,
                          const char *const *want, const char *file, int line) {
  nm_doc *d = run(p, date, text, strlen(text));
  if (!d) {
    fprintf(stderr, "%s:%d: pipeline failed\n", file, line);
    return 1;
  }
  size_t n;
  const nm_time *ts = nm_doc_times(d, &n);
  size_t nw = 0;
  while (want[nw])
    nw++;
  int bad = 0;
  for (size_t i = 0; i < n || i < nw; i++) {
    char got[256] = "(none)";
    if (i < n)
      snprintf(got, sizeof got, "%.*s|%s|%s", (int)(ts[i].end - ts[i].start), text + ts[i].start,
               nm_time_type_name(ts[i].type), ts[i].value);
    const char *w = i < nw ? want[i] : "(none)";
    if (strcmp(got, w) != 0) {
      fprintf(stderr, "%s:%d: [%s] \"%s\": time %zu is %s, expected %s\n", file, line,
              date ? date : "no date", text, i, got, w);
      bad = 1;
    }
  }
  nm_doc_free(d);
  return bad;
}

#define CHECK_TIMES(date, text, ...)                                                               \
  do {                                                                                             \
    static const char *const want_[] = {__VA_ARGS__, NULL};                                        \
    if (check_times_in(pipeline, date, text, want_, __FILE__, __LINE__)) nm_test_failed_checks++;  \
  } while (0)

#define CHECK_NO_TIMES(date, text)                                                                 \
  do {                                                                                             \
    static const char *const want_[] = {NULL};                                                     \
    if (check_times_in(pipeline, date, text, want_, __FILE__, __LINE__)) nm_test_failed_checks++;  \
  } while (0)

/* 2024-02-08 is a Thursday. */
#define D "2024-02-08"

/* ------------------------------------------------------------------ */
/* Calendar                                                            */

NM_TEST(calendar_days_and_weeks) {
  NM_CHECK_EQ_INT(nm_tc_days(1970, 1, 1), 0);
  NM_CHECK_EQ_INT(nm_tc_days(2024, 2, 8), 19761);
  NM_CHECK_EQ_INT(nm_tc_weekday(nm_tc_days(2024, 2, 8)), 4);
  NM_CHECK_EQ_INT(nm_tc_weekday(nm_tc_days(1900, 1, 1)), 1);
  NM_CHECK_EQ_INT(nm_tc_days(2024, 3, 0), nm_tc_days(2024, 2, 29));
  for (int64_t z = -800000; z < 800000; z += 997) {
    int64_t y;
    int m, d;
    nm_tc_civil(z, &y, &m, &d);
    if (nm_tc_days(y, m, d) != z) {
      NM_CHECK_EQ_INT(nm_tc_days(y, m, d), z);
      break;
    }
  }
  int64_t wy;
  int wk;
  nm_tc_isoweek(nm_tc_days(2024, 2, 8), &wy, &wk);
  NM_CHECK_EQ_INT(wy, 2024);
  NM_CHECK_EQ_INT(wk, 6);
  nm_tc_isoweek(nm_tc_days(2021, 1, 3), &wy, &wk);
  NM_CHECK_EQ_INT(wy, 2020);
  NM_CHECK_EQ_INT(wk, 53);
  nm_tc_isoweek(nm_tc_days(2008, 12, 29), &wy, &wk);
  NM_CHECK_EQ_INT(wy, 2009);
  NM_CHECK_EQ_INT(wk, 1);
  NM_CHECK_EQ_INT(nm_tc_mdays(2024, 2), 29);
  NM_CHECK_EQ_INT(nm_tc_mdays(1900, 2), 28);
  NM_CHECK_EQ_INT(nm_tc_mdays(2000, 2), 29);
}

NM_TEST(calendar_values) {
  char b[40];
  nm_tc_point p = nm_tc_day_point(nm_tc_days(2024, 2, 8));
  nm_tc_format(&p, b, sizeof b);
  NM_CHECK_EQ_STR(b, "2024-02-08");
  p.part = NM_TP_MO;
  nm_tc_format(&p, b, sizeof b);
  NM_CHECK_EQ_STR(b, "2024-02-08TMO");
  nm_tc_point w = nm_tc_coarsen(&p, NM_TG_WEEK);
  nm_tc_format(&w, b, sizeof b);
  NM_CHECK_EQ_STR(b, "2024-W06");
  nm_tc_shift(&w, -6);
  nm_tc_format(&w, b, sizeof b);
  NM_CHECK_EQ_STR(b, "2023-W52");
  nm_tc_point we = nm_tc_coarsen(&p, NM_TG_WEEKEND);
  nm_tc_format(&we, b, sizeof b);
  NM_CHECK_EQ_STR(b, "2024-W06-WE");
  nm_tc_point q = nm_tc_coarsen(&p, NM_TG_QUARTER);
  nm_tc_shift(&q, -1);
  nm_tc_format(&q, b, sizeof b);
  NM_CHECK_EQ_STR(b, "2023-Q4");
  nm_tc_point m = nm_tc_coarsen(&p, NM_TG_MONTH);
  nm_tc_shift(&m, -2);
  nm_tc_format(&m, b, sizeof b);
  NM_CHECK_EQ_STR(b, "2023-12");
  nm_tc_point dec = nm_tc_coarsen(&p, NM_TG_DECADE);
  nm_tc_format(&dec, b, sizeof b);
  NM_CHECK_EQ_STR(b, "202");
  nm_tc_point c = nm_tc_coarsen(&p, NM_TG_CENTURY);
  nm_tc_format(&c, b, sizeof b);
  NM_CHECK_EQ_STR(b, "20");
  nm_tc_point u = p;
  u.y = -1;
  u.m = 0;
  u.d = 0;
  u.part = 0;
  u.wd = 2;
  nm_tc_format(&u, b, sizeof b);
  NM_CHECK_EQ_STR(b, "XXXX-WXX-2");
  u.wd = 0;
  u.m = 10;
  u.d = 7;
  nm_tc_format(&u, b, sizeof b);
  NM_CHECK_EQ_STR(b, "XXXX-10-07");

  nm_tc_duration(4, NM_TU_MONTH, 0, b, sizeof b);
  NM_CHECK_EQ_STR(b, "P4M");
  nm_tc_duration(2, NM_TU_YEAR, 1, b, sizeof b);
  NM_CHECK_EQ_STR(b, "P2Y6M");
  nm_tc_duration(0, NM_TU_HOUR, 1, b, sizeof b);
  NM_CHECK_EQ_STR(b, "PT30M");
  nm_tc_duration(5, NM_TU_HOUR, 1, b, sizeof b);
  NM_CHECK_EQ_STR(b, "PT5H30M");
  nm_tc_duration(-1, NM_TU_YEAR, 0, b, sizeof b);
  NM_CHECK_EQ_STR(b, "PXY");
  nm_tc_duration(-1, NM_TU_HOUR, 0, b, sizeof b);
  NM_CHECK_EQ_STR(b, "PTXH");
  nm_tc_duration(2, NM_TU_DECADE, 0, b, sizeof b);
  NM_CHECK_EQ_STR(b, "P20Y");
  nm_tc_duration(3, NM_TU_QUARTER, 0, b, sizeof b);
  NM_CHECK_EQ_STR(b, "P9M");
  nm_tc_duration(1, NM_TU_WEEK, 0, b, sizeof b);
  NM_CHECK_EQ_STR(b, "P1W");
  /* a small buffer is cut, never overrun */
  char small[4];
  nm_tc_duration(123456, NM_TU_YEAR, 0, small, sizeof small);
  NM_CHECK_EQ_STR(small, "P12");
}

/* ------------------------------------------------------------------ */
/* Word list and token shapes                                          */

NM_TEST(lexicon_lookup) {
  nm_tl_entry e;
  NM_CHECK(nm_tl_lookup("Oct.", 4, &e) && e.cls == NM_TL_MONTH && e.v == 10);
  NM_CHECK(nm_tl_lookup("SEPTEMBER", 9, &e) && e.cls == NM_TL_MONTH && e.v == 9);
  NM_CHECK(nm_tl_lookup("May", 3, &e) && (e.flags & NM_TLF_AMBIG));
  NM_CHECK(nm_tl_lookup("thursday", 8, &e) && e.cls == NM_TL_WEEKDAY && e.v == 4);
  NM_CHECK(nm_tl_lookup("Mondays", 7, &e) && (e.flags & NM_TLF_PLURAL));
  NM_CHECK(nm_tl_lookup("months", 6, &e) && e.cls == NM_TL_UNIT && e.v == NM_TU_MONTH);
  NM_CHECK(nm_tl_lookup("yesterday", 9, &e) && e.cls == NM_TL_DEICTIC && e.v == -1);
  NM_CHECK(nm_tl_lookup("the", 3, &e) && e.w == NM_TW_THE);
  NM_CHECK(!nm_tl_lookup("harbor", 6, &e) && e.cls == NM_TL_NONE);
  NM_CHECK(!nm_tl_lookup("", 0, &e));
  NM_CHECK(!nm_tl_lookup("thursdayyyyyyyyyyyyyyyy", 23, &e));
  NM_CHECK(!nm_tl_lookup("oct", 2, &e)); /* a prefix is no word */
}

NM_TEST(token_shapes) {
  nm_tg_tok t;
  nm_tg_features("2009", 4, &t);
  NM_CHECK(t.nk == NM_NK_INT && t.a == 2009 && t.ndig == 4 && !t.comma);
  nm_tg_features("2,400", 5, &t);
  NM_CHECK(t.nk == NM_NK_INT && t.a == 2400 && t.comma);
  nm_tg_features("10:35", 5, &t);
  NM_CHECK(t.nk == NM_NK_CLOCK && t.a == 10 && t.b == 35 && t.c == -1);
  nm_tg_features("4:30pm", 6, &t);
  NM_CHECK(t.nk == NM_NK_CLOCK && t.a == 4 && t.b == 30 && t.c == 12);
  nm_tg_features("2pm", 3, &t);
  NM_CHECK(t.nk == NM_NK_CLOCK && t.a == 2 && t.c == 12);
  nm_tg_features("1990s", 5, &t);
  NM_CHECK(t.nk == NM_NK_DECADE && t.a == 199 && !t.c);
  nm_tg_features("'90s", 4, &t);
  NM_CHECK(t.nk == NM_NK_DECADE && t.a == 9 && t.c);
  nm_tg_features("'82", 3, &t);
  NM_CHECK(t.nk == NM_NK_APOSYEAR && t.a == 82);
  nm_tg_features("2008-03-01", 10, &t);
  NM_CHECK(t.nk == NM_NK_ISO && t.a == 2008 && t.b == 3 && t.c == 1);
  nm_tg_features("7/8/07", 6, &t);
  NM_CHECK(t.nk == NM_NK_SLASH && t.a == 7 && t.b == 8 && t.c == 7);
  nm_tg_features("1/2", 3, &t);
  NM_CHECK(t.nk == NM_NK_FRAC && t.a == 1 && t.b == 2);
  nm_tg_features("21st", 4, &t);
  NM_CHECK(t.nk == NM_NK_ORD && t.a == 21);
  nm_tg_features("2.5", 3, &t);
  NM_CHECK(t.nk == NM_NK_DEC && t.a == 2 && t.b == 5);
  nm_tg_features("mid-November", 12, &t);
  NM_CHECK(t.mid && t.e.cls == NM_TL_MONTH && t.e.v == 11 && t.skip == 0);
  nm_tg_features("post-October", 12, &t);
  NM_CHECK(t.skip == 5 && t.e.cls == NM_TL_MONTH);
  nm_tg_features("mid-sized", 9, &t);
  NM_CHECK(!t.mid && t.e.cls == NM_TL_NONE);
  nm_tg_features("99999999999999999999", 20, &t);
  NM_CHECK(t.nk == NM_NK_INT && t.a >= 0);
  nm_tg_features("-", 1, &t);
  NM_CHECK(t.hyphen && t.cls_punct == '-');
}

/* ------------------------------------------------------------------ */
/* Rules, against 2024-02-08 (a Thursday)                              */

NM_TEST(weekdays_by_tense) {
  CHECK_TIMES(D, "The minister said on Tuesday that the talks had stalled.",
              "Tuesday|DATE|2024-02-06");
  CHECK_TIMES(D, "The ministers will meet on Tuesday in Cairo.", "Tuesday|DATE|2024-02-13");
  CHECK_TIMES(D, "The team planned to leave on Saturday for the coast.",
              "Saturday|DATE|2024-02-10");
  CHECK_TIMES(D, "The envoy left the region on Thursday.", "Thursday|DATE|2024-02-08");
  /* the day of a thing planned lies ahead, whatever the tense of "planned" */
  CHECK_TIMES(D, "The mayor scheduled a news conference Friday.", "Friday|DATE|2024-02-09");
  CHECK_TIMES(D, "Protesters gathered late Wednesday outside the court.",
              "late Wednesday|DATE|2024-02-07");
  /* "be" and an infinitive is a plan: ahead; "was to blame" is none */
  CHECK_TIMES(D, "Commanders from both sides were to meet on Tuesday morning, officials said.",
              "Tuesday morning|TIME|2024-02-13TMO");
  CHECK_TIMES(D, "He was to blame for the crash on Tuesday.", "Tuesday|DATE|2024-02-06");
  /* "is to open by October" looks ahead, though a past verb reports it */
  CHECK_TIMES(D, "A joint intelligence centre is to open in the border town by October, officials "
                 "said.",
              "October|DATE|2024-10");
  CHECK_TIMES(D, "The council met last Friday and will meet again next Monday.",
              "last Friday|DATE|2024-02-02", "next Monday|DATE|2024-02-12");
  CHECK_TIMES(D, "Shops close early on Sundays.", "Sundays|SET|XXXX-WXX-7");
  CHECK_NO_TIMES(D, "Markets on Black Monday fell sharply.");
  CHECK_TIMES(D, "The vote took place on Monday, Feb. 5.", "Monday, Feb. 5|DATE|2024-02-05");
  /* a weekday after "until" is a deadline ahead, unless a pluperfect looks
   * back from it */
  CHECK_TIMES(D, "The government has kept the markets closed until Friday.",
              "Friday|DATE|2024-02-09");
  CHECK_TIMES(D, "Officials postponed until 9 a.m. Tuesday any action on the case.",
              "9 a.m. Tuesday|TIME|2024-02-13T09:00");
  CHECK_TIMES(D, "Until Tuesday, they had not called him a suspect.", "Tuesday|DATE|2024-02-06");
  /* "four years earlier this year": "earlier" opens the point after it,
   * and the amount before is a span */
  CHECK_TIMES(D, "Judges handed protesters prison terms of up to four years earlier this year.",
              "up to four years|DURATION|P4Y", "earlier this year|DATE|2024");
  /* ... and so is one after "for": what is planned for it */
  CHECK_TIMES(D, "Organisers have called a new nationwide march for Wednesday.",
              "Wednesday|DATE|2024-02-14");
  /* ... and one a verb of declaring takes as its object */
  CHECK_TIMES(D, "Authorities declared Saturday a national holiday.", "Saturday|DATE|2024-02-10");
  /* the present tense takes the nearest, the past one when it is at most
   * a day farther (2024-02-05 is a Monday) */
  CHECK_TIMES("2024-02-05", "The bonds trade at a premium over Thursday's closing price.",
              "Thursday|DATE|2024-02-01");
  CHECK_TIMES("2024-02-05", "The leaders meet Wednesday in Cairo.", "Wednesday|DATE|2024-02-07");
  /* a thing awaited now lies ahead; one that "was expected" stays past */
  CHECK_TIMES("2025-06-09", "A vote is expected on Thursday.", "Thursday|DATE|2025-06-12");
  CHECK_TIMES("2025-06-09", "Results were expected on Thursday.", "Thursday|DATE|2025-06-05");
  /* a month a thing is due in lies ahead, whatever the clause's tense;
   * one that "was due" may have passed */
  CHECK_TIMES("2025-08-16", "Dozens have been detained ahead of an election due in October.",
              "October|DATE|2025-10");
  CHECK_TIMES("2025-08-16", "Rent was due by March.", "March|DATE|2025-03");
}

NM_TEST(parts_of_day) {
  CHECK_TIMES(D, "The storm hit the coast Thursday morning.",
              "Thursday morning|TIME|2024-02-08TMO");
  CHECK_TIMES(D, "Shots were heard last night near the border.", "last night|TIME|2024-02-07TNI");
  CHECK_TIMES(D, "The mayor spoke this morning.", "this morning|TIME|2024-02-08TMO");
  CHECK_TIMES(D, "The rally is planned for tonight.", "tonight|TIME|2024-02-08TNI");
  CHECK_TIMES(D, "The plane landed yesterday afternoon.", "yesterday afternoon|TIME|2024-02-07TAF");
}

NM_TEST(deictic_days) {
  CHECK_TIMES(D, "Officials said yesterday that today is calm and tomorrow will be busy.",
              "yesterday|DATE|2024-02-07", "today|DATE|2024-02-08", "tomorrow|DATE|2024-02-09");
  CHECK_NO_TIMES(D, "The newspaper USA Today reported it.");
}

NM_TEST(relative_periods) {
  CHECK_TIMES(D, "Prices rose last month.", "last month|DATE|2024-01");
  CHECK_TIMES(D, "Elections will be held next year.", "next year|DATE|2025");
  CHECK_TIMES(D, "The council voted earlier this week.", "earlier this week|DATE|2024-W06");
  CHECK_TIMES(D, "Trade fell this year and last year.", "this year|DATE|2024",
              "last year|DATE|2023");
  CHECK_TIMES(D, "Exports will recover next week.", "next week|DATE|2024-W07");
  CHECK_TIMES(D, "The deal was signed late last month.", "late last month|DATE|2024-01");
  CHECK_TIMES(D, "Sales rose in the third quarter.", "the third quarter|DATE|2023-Q3");
  CHECK_TIMES(D, "Sales fell last fall.", "last fall|DATE|2023-FA");
  CHECK_TIMES(D, "They met over the weekend.", "the weekend|DATE|2024-W05-WE");
  /* "the past year", "the last decade": the calendar period before */
  CHECK_TIMES(D, "Hate groups grew over the past year, after falling in the last decade.",
              "the past year|DATE|2023", "the last decade|DATE|201");
}

/* A year back from the quarter or month the sentence compares with. */
NM_TEST(year_ago_comparisons) {
  CHECK_TIMES(D, "The mill earned $4 million in the third quarter, up from $3 million a year earlier.",
              "the third quarter|DATE|2023-Q3", "a year earlier|DATE|2022-Q3");
  CHECK_TIMES(D, "Orders rose in the fourth quarter. A year earlier they had fallen.",
              "the fourth quarter|DATE|2023-Q4", "A year earlier|DATE|2022-Q4");
  CHECK_TIMES(D, "Exports rose 5% in January from a year ago.", "January|DATE|2024-01",
              "a year ago|DATE|2023-01");
  CHECK_TIMES(D, "Output in the second quarter was below the year-ago quarter.",
              "the second quarter|DATE|2023-Q2", "the year-ago quarter|DATE|2022-Q2");
  CHECK_TIMES(D, "Sales beat the year-earlier third quarter.",
              "the year-earlier third quarter|DATE|2022-Q3");
  /* no quarter in play: the year; more than one year back: the years */
  CHECK_TIMES(D, "A year ago the port was closed.", "A year ago|DATE|2023");
  CHECK_TIMES(D, "In January the town marked its founding 41 years ago.", "January|DATE|2024-01",
              "41 years ago|DATE|1983");
  /* the year-back quarter does not become the quarter in play */
  CHECK_TIMES(D, "Net fell in the third quarter from the year-ago quarter and the year-ago period.",
              "the third quarter|DATE|2023-Q3", "the year-ago quarter|DATE|2022-Q3",
              "the year-ago period|DATE|2022-Q3");
  CHECK_TIMES(D, "The year-ago loss was large.", "year-ago|DATE|2023");
  /* "the quarter" once a quarter is in play; "the current quarter" is the
   * article's */
  CHECK_TIMES(D, "Sales rose in the third quarter. Profit in the quarter doubled from the quarter "
                 "a year ago, and the current quarter looks weak.",
              "the third quarter|DATE|2023-Q3", "the quarter|DATE|2023-Q3",
              "the quarter a year ago|DATE|2022-Q3", "the current quarter|DATE|2024-Q1");
  CHECK_TIMES(D, "Sales rose in the third quarter. The latest period was the best.",
              "the third quarter|DATE|2023-Q3", "The latest period|DATE|2023-Q3");
  /* no quarter named: a quarter of a town */
  CHECK_NO_TIMES(D, "They walked through the quarter at night.");
  CHECK_TIMES(D, "Sales rose in the third quarter. The quarter of the city burned.",
              "the third quarter|DATE|2023-Q3");
  CHECK_TIMES(D, "Sales fell from the year-ago quarter.", "the year-ago quarter|DATE|2022-Q4");
  /* "a year-earlier loss": the article is the noun's, not a count */
  CHECK_TIMES(D, "The company posted a year-earlier loss of $3 million.",
              "year-earlier|DATE|2023");
  /* a year named before a quarter; "period" is the quarter in play */
  CHECK_TIMES(D, "Sales rose in the third quarter, compared with the 2021 third quarter and the "
                 "2022 period.",
              "the third quarter|DATE|2023-Q3", "the 2021 third quarter|DATE|2021-Q3",
              "the 2022 period|DATE|2022-Q3");
  /* "the latest quarter" has ended, whatever quarter an outlook named */
  CHECK_TIMES(D, "The firm expects a loss in the fourth quarter. In the latest quarter, it earned "
                 "$5 million.",
              "the fourth quarter|DATE|2024-Q4", "the latest quarter|DATE|2023-Q4");
  /* reporting years */
  CHECK_TIMES(D, "The firm earned $5 million in the fiscal year ended in June.",
              "the fiscal year|DURATION|P1Y", "June|DATE|2023-06");
  CHECK_TIMES(D, "Sales for the full year rose. For the year, volume was flat.",
              "the full year|DATE|2024", "the year|DATE|2024");
  CHECK_NO_TIMES(D, "It was the year of the flood.");
  /* "the same period last year": the quarter or month in play, a year
   * back; a quarter's closing day leaves the quarter in play */
  CHECK_TIMES(D, "The firm lost $8 million in the third quarter ended Sept. 30, against a profit "
                 "for the corresponding period last year.",
              "the third quarter|DATE|2023-Q3", "Sept. 30|DATE|2023-09-30",
              "the corresponding period last year|DATE|2022-Q3");
  CHECK_TIMES(D, "Sales rose in January, up from the same period a year earlier.",
              "January|DATE|2024-01", "the same period a year earlier|DATE|2023-01");
  CHECK_TIMES(D, "Net fell in the third quarter ended Sept. 30. A year earlier, it rose.",
              "the third quarter|DATE|2023-Q3", "Sept. 30|DATE|2023-09-30",
              "A year earlier|DATE|2022-Q3");
  /* the fiscal year named as the calendar one */
  CHECK_TIMES(D, "Sales in the current fiscal year will rise; they fell last fiscal year.",
              "the current fiscal year|DATE|2024", "last fiscal year|DATE|2023");
}

NM_TEST(months_without_a_year) {
  CHECK_TIMES(D, "The attack on Oct. 7 killed hundreds.", "Oct. 7|DATE|2023-10-07");
  CHECK_TIMES(D, "The war began in October.", "October|DATE|2023-10");
  CHECK_TIMES(D, "The plant will open in March.", "March|DATE|2024-03");
  CHECK_TIMES(D, "The board met on 11 December.", "11 December|DATE|2023-12-11");
  CHECK_TIMES(D, "The vote was set for Feb. 20.", "Feb. 20|DATE|2024-02-20");
  CHECK_NO_TIMES(D, "She may march to the capital.");
  CHECK_TIMES(D, "The first four post-October 7 trips went badly.", "October 7|DATE|2023-10-07");
  CHECK_TIMES(D, "Growth slowed in mid-November.", "mid-November|DATE|2023-11");
  CHECK_TIMES(D, "It rained in January this year.", "January this year|DATE|2024-01");
  /* a past-tense clause naming a day just after the year end, a future
   * one naming a day just before the article date */
  CHECK_TIMES("2023-11-02", "The board declared a dividend payable Jan. 3.",
              "Jan. 3|DATE|2024-01-03");
  CHECK_TIMES(D, "The agency told the family to return the boy by Feb. 2.",
              "Feb. 2|DATE|2024-02-02");
}

NM_TEST(anaphoric_days) {
  CHECK_TIMES(D, "The court ruled on Monday. The previous day, crowds gathered.",
              "Monday|DATE|2024-02-05", "The previous day|DATE|2024-02-04");
  CHECK_TIMES(D, "The ship docked on Jan. 3, 2020. It left the next day.",
              "Jan. 3, 2020|DATE|2020-01-03", "the next day|DATE|2020-01-04");
  CHECK_TIMES(D, "In 2015 the firm moved. Later that year it closed.", "2015|DATE|2015",
              "Later that year|DATE|2015");
  CHECK_TIMES(D, "Crowds left the square the day before yesterday.",
              "the day before yesterday|DATE|2024-02-06");
}

NM_TEST(durations) {
  CHECK_TIMES(D, "The siege lasted four months.", "four months|DURATION|P4M");
  CHECK_TIMES(D, "Over the past four months the army advanced.",
              "the past four months|DURATION|P4M");
  CHECK_TIMES(D, "It took a day to clear the road.", "a day|DURATION|P1D");
  CHECK_TIMES(D, "They signed a 10-year lease.", "10-year|DURATION|P10Y");
  CHECK_TIMES(D, "Talks went on for two and a half years.", "two and a half years|DURATION|P2Y6M");
  CHECK_TIMES(D, "The flight took 5 1/2 hours.", "5 1/2 hours|DURATION|PT5H30M");
  CHECK_TIMES(D, "It rained for nearly five months.", "nearly five months|DURATION|P5M");
  CHECK_TIMES(D, "Relations have been tense for months.", "months|DURATION|PXM");
  CHECK_TIMES(D, "A weeklong truce held.", "weeklong|DURATION|P1W");
  CHECK_TIMES(D, "The talks lasted twenty-four hours.", "twenty-four hours|DURATION|PT24H");
  CHECK_TIMES(D, "Sales fell for the next six months.", "the next six months|DURATION|P6M");
  CHECK_TIMES(D, "The strike lasted at least 30 days.", "at least 30 days|DURATION|P30D");
  /* "over" as "more than" after a preposition, an adverb or "last"; a
   * preposition after another verb */
  CHECK_TIMES(D, "The tour will last over a week.", "over a week|DURATION|P1W");
  CHECK_TIMES(D, "Shares hit their lowest level in over a decade.",
              "over a decade|DURATION|P10Y");
  CHECK_TIMES(D, "The deal was brokered over nine weeks.", "nine weeks|DURATION|P9W");
  CHECK_TIMES(D, "The law allows no more than sixty days.",
              "no more than sixty days|DURATION|P60D");
  CHECK_NO_TIMES(D, "He spent over two thousand dollars.");
  CHECK_TIMES(D, "Prisoners were taken in the first hours of the war.",
              "the first hours|DURATION|PTXH");
  CHECK_TIMES(D, "Fewer lives are saved in the early years.", "the early years|DURATION|PXY");
  CHECK_TIMES(D, "He was arrested in the early hours of Thursday morning.",
              "Thursday morning|TIME|2024-02-08TMO");
}

NM_TEST(ages_are_not_times) {
  CHECK_NO_TIMES(D, "A 10-year-old boy was hurt.");
  CHECK_NO_TIMES(D, "The driver, who is ten years old, was unhurt.");
  CHECK_NO_TIMES(D, "The 45-year-olds marched.");
  CHECK_NO_TIMES(D, "Her stepmother married him when he was in his 30s.");
}

NM_TEST(dates_before_and_after) {
  CHECK_TIMES(D, "The firm was founded two years ago.", "two years ago|DATE|2022");
  CHECK_TIMES(D, "Ten days ago the border closed.", "Ten days ago|DATE|2024-01-29");
  CHECK_TIMES(D, "The bridge will open a week from now.", "a week from now|DATE|2024-W07");
  CHECK_TIMES(D, "The tunnel will open two years hence.", "two years hence|DATE|2026");
}

NM_TEST(years_decades_centuries) {
  CHECK_TIMES(D, "The company was founded in 2009.", "2009|DATE|2009");
  CHECK_TIMES(D, "The treaty was signed on May 8, 2009.", "May 8, 2009|DATE|2009-05-08");
  CHECK_TIMES(D, "Unrest grew in the 1990s.", "1990s|DATE|199");
  CHECK_TIMES(D, "Trade boomed in the late 1970s.", "the late 1970s|DATE|197");
  CHECK_TIMES(D, "Music of the '80s is back.", "'80s|DATE|198");
  CHECK_TIMES(D, "The city grew in the 20th century.", "the 20th century|DATE|19");
  CHECK_TIMES(D, "Results for fiscal 2023 were weak.", "fiscal 2023|DATE|2023");
  CHECK_NO_TIMES(D, "About 2000 people marched.");
  CHECK_NO_TIMES(D, "The fund paid $2010 in fees.");
  /* years as broadcast transcripts spell them */
  CHECK_TIMES(D, "The plant closed in nineteen ninety-six and reopened in January nineteen "
                 "ninety-seven.",
              "nineteen ninety-six|DATE|1996", "January nineteen ninety-seven|DATE|1997-01");
  CHECK_TIMES(D, "Prices peaked in the winter of nineteen ninety-four.",
              "the winter of nineteen ninety-four|DATE|1994-WI");
  CHECK_TIMES(D, "He promised jobs by the year two thousand.",
              "the year two thousand|DATE|2000");
  CHECK_TIMES(D, "The siege lasted twenty-four hours.", "twenty-four hours|DURATION|PT24H");
}

NM_TEST(numeric_dates_and_clock_times) {
  CHECK_TIMES(D, "The file is dated 2008-03-01.", "2008-03-01|DATE|2008-03-01");
  CHECK_TIMES(D, "It was written as 7/8/07.", "7/8/07|DATE|2007-07-08");
  CHECK_TIMES(D, "The blast came at 10:35 a.m. EST.", "10:35 a.m. EST|TIME|2024-02-08T10:35");
  CHECK_TIMES(D, "Markets closed at 14:58 UTC.", "14:58 UTC|TIME|2024-02-08T14:58Z");
  CHECK_TIMES(D, "The polls close at 8 p.m. Tuesday.", "8 p.m. Tuesday|TIME|2024-02-06T20:00");
  CHECK_TIMES(D, "The session ends at noon.", "noon|TIME|2024-02-08T12:00");
  /* "on Monday" after the time gives its day and stays an expression */
  CHECK_TIMES(D, "The truce takes effect at 9:45 p.m. on Monday.",
              "9:45 p.m.|TIME|2024-02-12T21:45", "Monday|DATE|2024-02-12");
}

NM_TEST(present_and_sets) {
  CHECK_TIMES(D, "The port now handles less cargo.", "now|DATE|PRESENT_REF");
  CHECK_TIMES(D, "The port currently handles less cargo.", "currently|DATE|PRESENT_REF");
  CHECK_TIMES(D, "The board recently approved it.", "recently|DATE|PAST_REF");
  CHECK_TIMES(D, "Nobody knows what the future holds.", "the future|DATE|FUTURE_REF");
  CHECK_TIMES(D, "Inspectors visit every week.", "every week|SET|P1W");
  CHECK_TIMES(D, "The paper is printed weekly.", "weekly|SET|P1W");
  CHECK_TIMES(D, "The daily toll remains high.", "daily|SET|P1D");
  CHECK_TIMES(D, "The port handles 4,000 containers a day.", "a day|SET|P1D");
  CHECK_TIMES(D, "Buses run twice a week.", "twice a week|SET|P1W");
  CHECK_TIMES(D, "Patrols leave every Thursday.", "every Thursday|SET|XXXX-WXX-4");
  CHECK_NO_TIMES(D, "The now-cancelled deal was small.");
}

NM_TEST(holidays_and_seasons) {
  CHECK_TIMES("2023-12-01", "Sales were strong at Thanksgiving.", "Thanksgiving|DATE|2023-11-23");
  CHECK_TIMES("2024-04-10", "Crowds gathered on Easter Sunday.", "Easter Sunday|DATE|2024-03-31");
  CHECK_TIMES(D, "The shops will reopen before Christmas.", "Christmas|DATE|2024-12-25");
  /* a holiday with its year before or after it */
  CHECK_TIMES("2025-10-07", "Threats such as the 2019 Easter Sunday bombings remain.",
              "2019 Easter Sunday|DATE|2019-04-21");
  CHECK_TIMES("2025-10-07", "The border closed at Christmas 2020.",
              "Christmas 2020|DATE|2020-12-25");
  CHECK_TIMES(D, "The bridge opened in spring 2009.", "spring 2009|DATE|2009-SP");
  CHECK_TIMES(D, "The works will finish this summer.", "this summer|DATE|2024-SU");
}

NM_TEST(no_article_date) {
  CHECK_TIMES(NULL, "The minister spoke on Tuesday.", "Tuesday|DATE|XXXX-WXX-2");
  CHECK_TIMES(NULL, "It happened yesterday.", "yesterday|DATE|XXXX-XX-XX");
  CHECK_TIMES(NULL, "Prices rose last month.", "last month|DATE|XXXX-XX");
  CHECK_TIMES(NULL, "The attack on Oct. 7 killed hundreds.", "Oct. 7|DATE|XXXX-10-07");
  CHECK_TIMES(NULL, "It was founded in 2009 and grew for four months.", "2009|DATE|2009",
              "four months|DURATION|P4M");
  CHECK_TIMES(NULL, "They met last week.", "last week|DATE|XXXX-WXX");
}

NM_TEST(untagged_documents) {
  /* without a tagger the rules still run; tense is unknown, so a weekday
   * is the nearest one */
  static const char *const want[] = {"Tuesday|DATE|2024-02-06", "next year|DATE|2025",
                                     "the past four months|DURATION|P4M", NULL};
  if (check_times_in(bare, D, "He said Tuesday that next year, after the past four months, ...",
                     want, __FILE__, __LINE__))
    nm_test_failed_checks++;
}

/* The invented article and its expected times (tests/data/times). */
NM_TEST(fixture_article) {
  size_t tl, el;
  unsigned char *text = nm_test_slurp("tests/data/times/article.txt", &tl);
  unsigned char *exp = nm_test_slurp("tests/data/times/article.tsv", &el);
  NM_CHECK(text && exp);
  if (!text || !exp) {
    free(text);
    free(exp);
    return;
  }
  nm_doc *d = run(pipeline, D, (const char *)text, tl);
  NM_CHECK(d != NULL);
  size_t n;
  const nm_time *ts = d ? nm_doc_times(d, &n) : NULL;
  size_t line = 0, at = 0;
  while (d && at < el) {
    size_t e = at;
    while (e < el && exp[e] != '\n')
      e++;
    char want[256], got[256] = "(none)";
    snprintf(want, sizeof want, "%.*s", (int)(e - at), (const char *)exp + at);
    if (line < n)
      snprintf(got, sizeof got, "%.*s\t%s\t%s", (int)(ts[line].end - ts[line].start),
               (const char *)text + ts[line].start, nm_time_type_name(ts[line].type),
               ts[line].value);
    if (strcmp(want, got) != 0) {
      fprintf(stderr, "article.tsv line %zu: expected \"%s\", got \"%s\"\n", line + 1, want, got);
      nm_test_failed_checks++;
    }
    line++;
    at = e + 1;
  }
  if (d) NM_CHECK_EQ_INT(n, line);
  nm_doc_free(d);
  free(text);
  free(exp);
}

/* ------------------------------------------------------------------ */
/* Pathological input and output                                       */

NM_TEST(long_input) {
  /* 200,000 repetitions of a sentence with three times: linear, and the
   * article date and the anaphora stay right all the way */
  static const char unit[] = "On Tuesday the mill ran for four months. The previous day was calm. ";
  size_t k = 200000, ul = sizeof unit - 1;
  char *buf = malloc(k * ul);
  NM_CHECK(buf != NULL);
  if (!buf) return;
  for (size_t i = 0; i < k; i++)
    memcpy(buf + i * ul, unit, ul);
  nm_doc *d = run(bare, D, buf, k * ul);
  NM_CHECK(d != NULL);
  if (d) {
    size_t n;
    const nm_time *ts = nm_doc_times(d, &n);
    NM_CHECK_EQ_INT(n, 3 * k);
    if (n == 3 * k) {
      NM_CHECK_EQ_STR(ts[n - 3].value, "2024-02-06");
      NM_CHECK_EQ_STR(ts[n - 2].value, "P4M");
      NM_CHECK_EQ_STR(ts[n - 1].value, "2024-02-05");
    }
    nm_doc_free(d);
  }
  /* one sentence of 100,000 number words and hyphens */
  size_t m = 100000;
  char *w = malloc(m * 4);
  NM_CHECK(w != NULL);
  if (w) {
    for (size_t i = 0; i < m; i++)
      memcpy(w + i * 4, i % 2 ? "-ten" : " ten", 4);
    nm_doc *d2 = run(bare, D, w, m * 4);
    NM_CHECK(d2 != NULL);
    nm_doc_free(d2);
    free(w);
  }
  free(buf);

  /* a presegmented sentence of 60,000 tokens, tagged and parsed, with a
   * weekday every four tokens: each time's tense costs a bounded amount */
  static const char *const words[] = {"He", "said", "Tuesday", "that"};
  size_t nw = 60000;
  char *t = malloc(nw * 10);
  NM_CHECK(t != NULL);
  if (!t) return;
  size_t len = 0;
  for (size_t i = 0; i < nw; i++) {
    const char *wd = words[i % 4];
    memcpy(t + len, wd, strlen(wd));
    len += strlen(wd);
    t[len++] = ' ';
  }
  nm_doc *d3 = nm_doc_new(t, len, NULL);
  NM_CHECK(d3 != NULL);
  if (d3) {
    NM_CHECK_EQ_INT(nm_doc_add_paragraph(d3, 0, (uint32_t)len, NULL), NM_OK);
    NM_CHECK_EQ_INT(nm_doc_add_sentence(d3, 0, (uint32_t)len, NULL), NM_OK);
    size_t at = 0;
    for (size_t i = 0; i < nw; i++) {
      size_t wl = strlen(words[i % 4]);
      nm_doc_add_token(d3, (uint32_t)at, (uint32_t)(at + wl), 0, NULL, 0, NULL);
      at += wl + 1;
    }
    nm_doc_set_meta(d3, NM_META_DATE, D, 10, NULL);
    NM_CHECK_EQ_INT(nm_process(pipeline, d3, NULL), NM_OK);
    size_t n;
    const nm_time *ts = nm_doc_times(d3, &n);
    NM_CHECK_EQ_INT(n, nw / 4);
    if (n) NM_CHECK_EQ_STR(ts[n - 1].value, "2024-02-06");
    nm_doc_free(d3);
  }
  free(t);
}

NM_TEST(garbage_bytes) {
  /* random bytes, NUL bytes and broken UTF-8 through the features and the
   * whole tagged pipeline: no crash, every span inside the text */
  uint32_t s = 12345;
  char buf[4096];
  for (int round = 0; round < 40; round++) {
    size_t n = (size_t)(round * 97 % 4000) + 1;
    for (size_t i = 0; i < n; i++) {
      s = s * 1103515245u + 12345u;
      unsigned r = (s >> 16) & 0xFF;
      /* mix in pieces of time words so the rules fire on broken text */
      static const char *const bits[] = {"Oct.", " 7",   "-",    "year", "'9",
                                         ":",    "0s",   "p.m.", "Mon",  "\xe2\x80\x99",
                                         "\xff", "mid-", " ",    "post-"};
      if (r < 60) {
        const char *b = bits[r % 14];
        size_t bl = strlen(b);
        if (i + bl <= n) {
          memcpy(buf + i, b, bl);
          i += bl - 1;
          continue;
        }
      }
      buf[i] = (char)r;
    }
    nm_tg_tok t;
    for (size_t i = 0; i + 8 <= n; i += 8)
      nm_tg_features(buf + i, 8, &t);
    nm_doc *d = run(round % 2 ? pipeline : bare, round % 3 ? D : NULL, buf, n);
    NM_CHECK(d != NULL);
    if (d) {
      size_t nt;
      const nm_time *ts = nm_doc_times(d, &nt);
      for (size_t i = 0; i < nt; i++)
        NM_CHECK(ts[i].start <= ts[i].end && ts[i].end <= n && ts[i].value);
      nm_doc_free(d);
    }
  }
}

typedef struct out {
  char *s;
  size_t n;
} out;

static int out_write(void *ctx, const char *b, size_t len) {
  out *o = ctx;
  char *p = realloc(o->s, o->n + len + 1);
  if (!p) return -1;
  o->s = p;
  memcpy(o->s + o->n, b, len);
  o->n += len;
  o->s[o->n] = '\0';
  return 0;
}

NM_TEST(json_output) {
  const char *text = "He said on Tuesday that \"the past four months\" were hard.";
  nm_doc *d = run(pipeline, D, text, strlen(text));
  NM_CHECK(d != NULL);
  if (!d) return;
  out o = {0};
  NM_CHECK_EQ_INT(nm_write_json(d, 0, out_write, &o, NULL), NM_OK);
  NM_CHECK(o.s && strstr(o.s, "\"times\":[{\"start\":11,\"end\":18,\"text\":\"Tuesday\","
                              "\"type\":\"DATE\",\"value\":\"2024-02-06\"},{\"start\":25,"
                              "\"end\":45,\"text\":\"the past four months\",\"type\":"
                              "\"DURATION\",\"value\":\"P4M\"}]"));
  free(o.s);
  nm_doc_free(d);
  /* no times: an empty array */
  nm_doc *e = run(pipeline, D, "Nothing here.", 13);
  out o2 = {0};
  NM_CHECK(e && nm_write_json(e, 0, out_write, &o2, NULL) == NM_OK);
  NM_CHECK(o2.s && strstr(o2.s, "\"times\":[]"));
  free(o2.s);
  nm_doc_free(e);
  /* the public accessors */
  size_t n = 99;
  nm_doc *f = nm_doc_new("x", 1, NULL);
  NM_CHECK(f && nm_doc_times(f, &n) != (const nm_time *)1 && n == 0);
  nm_doc_free(f);
  NM_CHECK_EQ_STR(nm_time_type_name(NM_TIME_SET), "SET");
}

/* Rules chosen on the development sets on 2026-12-01. */
NM_TEST(dates_set_ahead) {
  /* a date after "effective", "payable" or "due" lies ahead */
  CHECK_TIMES("2023-11-02", "The board created a new post, effective Feb. 1.",
              "Feb. 1|DATE|2024-02-01");
  CHECK_TIMES("2023-10-20", "The firm declared a dividend that is payable Jan. 5.",
              "Jan. 5|DATE|2024-01-05");
}

NM_TEST(coordinations_and_ranges) {
  /* the second day of a coordination takes the first one's month */
  CHECK_TIMES(D, "Leaders will meet on March 14 and 15 in Rome.", "March 14|DATE|2024-03-14",
              "15|DATE|2024-03-15");
  CHECK_TIMES(D, "On March 4 and 5 people were hurt.", "March 4|DATE|2024-03-04");
  /* the first count of a range takes the unit of the second */
  CHECK_TIMES(D, "The repairs will take between 30 and 45 days.", "30|DURATION|P30D",
              "45 days|DURATION|P45D");
  CHECK_TIMES(D, "Prices may rise over the next couple of years.",
              "the next couple of years|DURATION|P2Y");
}

NM_TEST(weeks_days_and_parts) {
  CHECK_TIMES(D, "Hearings are set for the week of March 11.",
              "the week of March 11|DATE|2024-W11");
  CHECK_TIMES(D, "By mid afternoon the crowd had gone.", "mid afternoon|TIME|2024-02-08TAF");
  CHECK_TIMES(D, "He called in mid-afternoon yesterday.",
              "mid-afternoon yesterday|TIME|2024-02-07TAF");
  CHECK_TIMES(D, "On Monday, traders sold in the morning.", "Monday|DATE|2024-02-05",
              "the morning|TIME|2024-02-05TMO");
  CHECK_NO_TIMES(D, "Farmers rise early in the morning.");
  CHECK_NO_TIMES(D, "She made a late-night call to the mayor.");
  CHECK_TIMES(D, "The ferry leaves at 6 in the evening.", "6 in the evening|TIME|2024-02-08T18:00");
  /* the n-th day of something is the day in play */
  CHECK_TIMES(D, "Markets fell for a third straight day.", "a third straight day|DATE|2024-02-08");
  CHECK_TIMES(D, "On Monday, it was the second day of the strike.", "Monday|DATE|2024-02-05",
              "the second day|DATE|2024-02-05");
  CHECK_TIMES(D, "Voters will go to the polls on Election Day.", "Election Day|DATE|2024-11-05");
}

/* a time inside a phrase that "since" opens lies in the past, whatever
 * the clause (here a participle the parse hangs under a noun) */
NM_TEST(since_phrase_is_past) {
  CHECK_TIMES(D, "Crowds marched on Sunday, in the largest rally since the vote in March.",
              "Sunday|DATE|2024-02-04", "March|DATE|2023-03");
}

NM_TEST(years_and_decades_in_words) {
  CHECK_TIMES(D, "Sales slowed earlier in the year.", "earlier in the year|DATE|2024");
  CHECK_TIMES(D, "Crime fell through the nineties; jazz boomed in the thirties.",
              "the nineties|DATE|199", "the thirties|DATE|193");
  CHECK_TIMES(D, "The sale should close by year-end.", "year-end|DATE|2024");
  CHECK_TIMES(D, "Cuts will be made by year's end.", "year's end|DATE|2024");
  /* the quarter named again stays in play */
  CHECK_TIMES("2023-11-02",
              "Net rose in the third quarter. Costs fell. Revenue in the quarter grew to $9 "
              "million from $7 million a year earlier.",
              "the third quarter|DATE|2023-Q3", "the quarter|DATE|2023-Q3",
              "a year earlier|DATE|2022-Q3");
}

NM_TEST(spans_halves_and_vague_times) {
  /* "the last half" and "the latter half" are the second, with a year or a decade */
  CHECK_TIMES(D, "Profits will be lower in the last half of 2025.",
              "the last half of 2025|DATE|2025-H2");
  CHECK_TIMES(D, "Output grew through the latter half of the 1990s.",
              "the latter half of the 1990s|DATE|199");
  /* "the latest nine months", "the year-earlier six months": one span */
  CHECK_TIMES(D, "Revenue in the latest nine months rose 8%.",
              "the latest nine months|DURATION|P9M");
  CHECK_TIMES(D, "Net for the year-earlier six months was 4 million euros.",
              "the year-earlier six months|DURATION|P6M");
  /* a range after "the next": one span of unknown length */
  CHECK_TIMES(D, "Hiring will pick up over the next 12 to 18 months.",
              "the next 12 to 18 months|DURATION|PXM");
  /* "the weeks ahead", not "the days ahead of the vote" */
  CHECK_TIMES(D, "Stocks may wobble in the weeks ahead.", "the weeks ahead|DURATION|PXW");
  CHECK_NO_TIMES(D, "The days ahead of the vote were tense.");
  CHECK_TIMES(D, "The lease may be renewed for an additional year.",
              "an additional year|DURATION|P1Y");
  CHECK_TIMES(D, "The plant will stay shut for a while.", "a while|DURATION|PXX");
  /* an ambiguous month name between an article and the noun it dates */
  CHECK_TIMES("2024-05-10", "The March deadline was missed by both sides.", "March|DATE|2024-03");
  CHECK_NO_TIMES(D, "Thousands joined the march in the capital.");
  CHECK_TIMES(D, "It was the biggest single-day loss in the index.", "single-day|DURATION|P1D");
  CHECK_NO_TIMES(D, "He served a single term.");
  /* bare "coming months" is a vague time ahead */
  CHECK_TIMES(D, "Rates may fall in coming months.", "coming months|DATE|FUTURE_REF");
}

NM_TEST(tenth_session_rules) {
  /* the story's quarter is the first one named: a quarter named later as
   * background does not take its place */
  CHECK_TIMES("2023-11-02", "The brewer's profit rose in the third quarter. Unlike the second "
                           "quarter, costs fell. Margins widened in the year-earlier period too.",
              "the third quarter|DATE|2023-Q3", "the second quarter|DATE|2023-Q2",
              "the year-earlier period|DATE|2022-Q3");
  /* a quarter named again after a day puts it back in play */
  CHECK_TIMES("2023-11-02", "Profit rose in the third quarter. The shares closed higher "
                           "yesterday. In the latest quarter, the paint unit earned $9 million, "
                           "up from $7 million a year earlier.",
              "the third quarter|DATE|2023-Q3", "yesterday|DATE|2023-11-01",
              "the latest quarter|DATE|2023-Q3", "a year earlier|DATE|2022-Q3");
  /* "October of next year": the month alone, in the year named after it */
  CHECK_TIMES(D, "The old permits lapse after October of next year.", "October|DATE|2025-10",
              "next year|DATE|2025");
  /* the first or last week of a month: the ISO week with most of its days
   * in it */
  CHECK_TIMES(D, "Tickets went on sale in the last week of January.",
              "the last week of January|DATE|2024-W04");
  CHECK_TIMES(D, "The fair opens in the first week of June 2025.",
              "the first week of June 2025|DATE|2025-W23");
  CHECK_TIMES(D, "He spent the last week at the coast.", "the last week|DURATION|P1W");
  /* "in just minutes": the adverb stays out */
  CHECK_TIMES(D, "The tickets sold out in just minutes.", "minutes|DURATION|PTXM");
  /* a number inside a name is no year */
  CHECK_NO_TIMES(D, "The Nasdaq 2000 Index rose slightly.");
  CHECK_TIMES(D, "The keynote at Expo 2019 drew crowds.", "2019|DATE|2019");
  /* a month six months away either way is the past one */
  CHECK_TIMES("2024-05-06", "A review of the floods in November.",
              "November|DATE|2023-11");
  /* a month ends a span ahead: "through January" */
  CHECK_TIMES("2023-11-01", "The bank extended credit lines through January.",
              "January|DATE|2024-01");
  CHECK_TIMES("2023-11-01", "Sales were flat this year through August.",
              "this year|DATE|2023", "August|DATE|2023-08");
  /* "for the fiscal year." as "for the year."; "the latest fiscal year"
   * has ended */
  CHECK_TIMES("2023-11-01", "Earnings will be lower for the fiscal year.",
              "the fiscal year|DATE|2023");
  CHECK_TIMES("2023-11-01", "The chain sold $2 billion of goods in the latest fiscal year.",
              "the latest fiscal year|DATE|2022");
}

NM_TEST(eleventh_session_rules) {
  /* a past-tense clause: a month two months ahead is last year's; the
   * month right after the article's stays the coming one */
  CHECK_TIMES("2023-10-26", "The bakery moved its offices in December.", "December|DATE|2022-12");
  CHECK_TIMES("2023-10-26", "The mill told buyers of a cut in its output in November.",
              "November|DATE|2023-11");
  /* ... but a thing done in the simple past lies behind, in whatever
   * month: "In October, a ship collided" in a September article */
  CHECK_TIMES("2023-09-15", "In October, a coast guard ship collided with a supply boat.",
              "October|DATE|2022-10");
  CHECK_TIMES("2023-09-15", "The ferry sank on Oct. 3 near the reef.", "Oct. 3|DATE|2022-10-03");
  /* "one day" before a verb: an indefinite time, not a span */
  CHECK_TIMES(D, "Analysts say the port will one day become the largest in Europe.",
              "one day|DATE|FUTURE_REF");
  CHECK_TIMES(D, "The repairs took one day.", "one day|DURATION|P1D");
  /* a span's own noun: "term", "history", "a ... period" */
  CHECK_TIMES(D, "The notes pay 6% over their five-year term.", "five-year term|DURATION|P5Y");
  CHECK_TIMES(D, "The mill closed after its 80-year history.", "80-year history|DURATION|P80Y");
  CHECK_TIMES(D, "Prices tripled over a two-year period.", "a two-year period|DURATION|P2Y");
  CHECK_TIMES(D, "The judge may waive the usual ten-day period.", "ten-day|DURATION|P10D");
  /* "Easter week": the ISO week that holds the holiday, which may lie
   * later in a week that has begun */
  CHECK_TIMES("2024-03-25", "Pilgrims filled the square as Easter week began.",
              "Easter week|DATE|2024-W13");
  CHECK_TIMES(D, "Shops will hire extra staff for Christmas week.", "Christmas week|DATE|2024-W52");
  /* "at a later date": a time ahead */
  CHECK_TIMES(D, "The rest of the shares will be sold at a later date.",
              "a later date|DATE|FUTURE_REF");
  /* a quoted imperative before a past reporting verb looks ahead */
  CHECK_TIMES(D, "\"Ask me again in June,\" the envoy told reporters.", "June|DATE|2024-06");
}

NM_TEST(twelfth_session_rules) {
  /* an infinitive that qualifies a noun does not look ahead by itself:
   * the sentence's verb decides */
  CHECK_TIMES(D, "Among the last ships to leave the port on Tuesday were three ferries.",
              "Tuesday|DATE|2024-02-06");
  /* a time in brackets shares the tense of the words before them */
  CHECK_TIMES(D, "The ferry will sail at 6 in the morning (6 a.m. GMT Monday), the captain said.",
              "6 in the morning|TIME|2024-02-08T06:00", "6 a.m. GMT Monday|TIME|2024-02-12T06:00Z");
  /* an imperative opens its clause; a participle after a noun is none */
  CHECK_TIMES(D,
              "\"Nothing is settled,\" said a union notice, read Tuesday night at a rally in the "
              "port.",
              "Tuesday night|TIME|2024-02-06TNI");
  CHECK_TIMES(D, "\"Come back on Monday,\" the clerk told the crowd.", "Monday|DATE|2024-02-12");
  /* "around" before a weekday in the possessive governs the noun; the
   * weekday is the nearest one */
  CHECK_TIMES(D,
              "Lawyers for the tenants said they would look for ways to get around Tuesday's "
              "ruling.",
              "Tuesday|DATE|2024-02-06");
  CHECK_TIMES(D, "The vote will come around Tuesday.", "around Tuesday|DATE|2024-02-13");
  /* a weekday in the simple present of a verb that acts: the coming one */
  CHECK_TIMES(D, "The two ministers meet Monday in Geneva.", "Monday|DATE|2024-02-12");
  CHECK_TIMES(D, "He says Monday was the worst day.", "Monday|DATE|2024-02-05");
  /* "last Oct. 23": the month and its day, "last" left out */
  CHECK_TIMES(D, "The old mill burned down last Oct. 23 after a storm.", "Oct. 23|DATE|2023-10-23");
  CHECK_TIMES(D, "The old mill burned down last October.", "last October|DATE|2023-10");
  /* "the mid-1990s" keeps its article, as "the late 1990s" */
  CHECK_TIMES(D, "Sales of the brand peaked in the mid-1990s.", "the mid-1990s|DATE|199");
  CHECK_NO_TIMES(D, "The new owner is in his mid-30s.");
  /* "the first quarter of fiscal 2025": one expression */
  CHECK_TIMES(D, "The chain expects a loss in the first quarter of fiscal 2025.",
              "the first quarter of fiscal 2025|DATE|2025-Q1");
  /* "soon" in a clause that looks ahead */
  CHECK_TIMES(D, "The board will soon name a new chief.", "soon|DATE|FUTURE_REF");
  CHECK_TIMES(D, "Regulators may soon fine the bank.", "soon|DATE|FUTURE_REF");
  CHECK_TIMES(D, "The firm hopes to reach a deal very soon.", "very soon|DATE|FUTURE_REF");
  CHECK_NO_TIMES(D, "The mayor was soon replaced.");
  CHECK_NO_TIMES(D, "Talks resumed soon after the vote.");
  CHECK_NO_TIMES(D, "Officials hope to reopen the bridge as soon as possible.");
  CHECK_NO_TIMES(D, "The soon-to-open mall is large.");
  /* "until then", "by that time": the day just named */
  CHECK_TIMES(D, "The offer expires on March 1. Until then, holders may sell.",
              "March 1|DATE|2024-03-01", "then|DATE|2024-03-01");
  CHECK_TIMES(D,
              "The deal must close by June 30. If it is not signed by that time, the buyer may "
              "walk away.",
              "June 30|DATE|2024-06-30", "that time|DATE|2024-06-30");
  CHECK_TIMES(D, "The plant opened in 1990. Since then, it has grown.", "1990|DATE|1990");
  CHECK_NO_TIMES(D, "Until then, holders may sell.");
}

/* a day that starts a span ("since the Jan. 11 attack") looks back; the
 * day in play (here the article's) stays the one later clock times fall
 * on */
NM_TEST(since_keeps_the_day_in_play) {
  CHECK_TIMES(D,
              "The ferry docked this morning. Shelling has grown since the Jan. 11 attack. "
              "Passengers left the ship after 7 a.m.",
              "this morning|TIME|2024-02-08TMO", "Jan. 11|DATE|2024-01-11",
              "7 a.m.|TIME|2024-02-08T07:00");
}

/* Thirteenth session: each rule on its own test. */

/* "the future of …" is the noun of prospects, no time */
NM_TEST(future_of_is_no_time) {
  CHECK_NO_TIMES(D, "Trade is very important to the future of our two peoples.");
  CHECK_TIMES(D, "Prices may rise in the future.", "the future|DATE|FUTURE_REF");
}

/* an approximator before "a year ago" joins it, as before "two years ago" */
NM_TEST(approximator_before_a_year_ago) {
  CHECK_TIMES(D, "The plant closed nearly a year ago.", "nearly a year ago|DATE|2023");
  CHECK_TIMES(D, "The strike began more than a week ago.",
              "more than a week ago|DATE|2024-W05");
  CHECK_TIMES(D, "The plant closed nearly two years ago.", "nearly two years ago|DATE|2022");
}

/* "March" and "May" joined to another month name are months */
NM_TEST(ambiguous_month_beside_a_month) {
  CHECK_TIMES("2024-06-15", "Exports fell in February and March.", "February|DATE|2024-02",
              "March|DATE|2024-03");
  CHECK_TIMES("2024-06-15", "The strike ended in April or May.", "April|DATE|2024-04",
              "May|DATE|2024-05");
  CHECK_TIMES("2024-06-15", "Prices rose from January to March.", "January|DATE|2024-01",
              "March|DATE|2024-03");
  CHECK_NO_TIMES(D, "Voters backed May and Corbyn.");
}

/* a sentence-opening "Now," is a discourse marker, no time */
NM_TEST(opening_now_comma_is_no_time) {
  CHECK_NO_TIMES(D, "The plan was sound. Now, he says, it has failed.");
  CHECK_TIMES(D, "Now officials are investigating the fire.", "Now|DATE|PRESENT_REF");
  CHECK_TIMES(D, "For now, the plan stands.", "now|DATE|PRESENT_REF");
}

/* "last" after "to" or a modal is the verb, not "last" of a past time:
 * "expected to last two days" is the count alone; "last year" after
 * another verb is still a date */
NM_TEST(last_after_to_or_a_modal_is_a_verb) {
  CHECK_TIMES(D, "The drills are expected to last two days.", "two days|DURATION|P2D");
  CHECK_TIMES(D, "The talks could last several weeks.", "several weeks|DURATION|PXW");
  CHECK_TIMES(D, "He came back last year.", "last year|DATE|2023");
}

/* what one is called on or urged to do comes after the call, even in the
 * past tense: the weekday of the infinitive lies ahead */
NM_TEST(weekday_of_an_appeal_lies_ahead) {
  CHECK_TIMES(D, "She called on supporters to gather in the capital on Saturday.",
              "Saturday|DATE|2024-02-10");
  CHECK_TIMES(D, "The mayor urged residents to vote on Sunday.", "Sunday|DATE|2024-02-11");
  CHECK_TIMES(D, "Protesters gathered in the capital on Saturday.", "Saturday|DATE|2024-02-03");
}

/* "that October" is the month of the year in play, not the article's;
 * "said that October …" opens a clause */
NM_TEST(that_month_is_of_the_year_in_play) {
  CHECK_TIMES(D, "The truce was agreed in April 2022 and formally lapsed that October.",
              "April 2022|DATE|2022-04", "that October|DATE|2022-10");
  CHECK_TIMES(D, "He said that October was the worst month.", "October|DATE|2023-10");
}

/* a date that begins a name is no time: "the May 13 Square" */
NM_TEST(date_in_a_name_is_no_time) {
  CHECK_TIMES(D, "Protesters clashed with police near the May 13 Square on Tuesday.",
              "Tuesday|DATE|2024-02-06");
}

NM_TEST(day_of_a_named_year) {
  /* the day and the year after it are one expression, whatever the tense
   * of the clause (a past-perfect "since" had put it in the coming
   * October) */
  CHECK_TIMES("2024-08-16",
              "Health officials said on Thursday that 400 people had been killed since the war "
              "began on Oct. 7 last year.",
              "Thursday|DATE|2024-08-15", "Oct. 7 last year|DATE|2023-10-07");
  CHECK_TIMES("2024-08-16", "The vote is due on 4 May next year.",
              "4 May next year|DATE|2025-05-04");
}

int main(void) {
  nm_error e = {NM_OK, NULL, 0};
  nm_pipeline_options o;
  memset(&o, 0, sizeof o);
  o.tagger_model = "models/tagger.nmm";
  o.parser_model = "models/parser.nmm";
  pipeline = nm_pipeline_new(&o, &e);
  bare = nm_pipeline_new(NULL, &e);
  if (!pipeline || !bare) {
    fprintf(stderr, "nm_pipeline_new: %s\n", e.msg ? e.msg : "failed");
    return 1;
  }
  NM_RUN(calendar_days_and_weeks);
  NM_RUN(calendar_values);
  NM_RUN(lexicon_lookup);
  NM_RUN(token_shapes);
  NM_RUN(weekdays_by_tense);
  NM_RUN(parts_of_day);
  NM_RUN(deictic_days);
  NM_RUN(relative_periods);
  NM_RUN(year_ago_comparisons);
  NM_RUN(months_without_a_year);
  NM_RUN(anaphoric_days);
  NM_RUN(durations);
  NM_RUN(ages_are_not_times);
  NM_RUN(dates_before_and_after);
  NM_RUN(years_decades_centuries);
  NM_RUN(numeric_dates_and_clock_times);
  NM_RUN(present_and_sets);
  NM_RUN(holidays_and_seasons);
  NM_RUN(dates_set_ahead);
  NM_RUN(coordinations_and_ranges);
  NM_RUN(weeks_days_and_parts);
  NM_RUN(since_phrase_is_past);
  NM_RUN(years_and_decades_in_words);
  NM_RUN(spans_halves_and_vague_times);
  NM_RUN(tenth_session_rules);
  NM_RUN(eleventh_session_rules);
  NM_RUN(twelfth_session_rules);
  NM_RUN(since_keeps_the_day_in_play);
  NM_RUN(future_of_is_no_time);
  NM_RUN(approximator_before_a_year_ago);
  NM_RUN(ambiguous_month_beside_a_month);
  NM_RUN(opening_now_comma_is_no_time);
  NM_RUN(last_after_to_or_a_modal_is_a_verb);
  NM_RUN(weekday_of_an_appeal_lies_ahead);
  NM_RUN(that_month_is_of_the_year_in_play);
  NM_RUN(date_in_a_name_is_no_time);
  NM_RUN(day_of_a_named_year);
  NM_RUN(no_article_date);
  NM_RUN(untagged_documents);
  NM_RUN(fixture_article);
  NM_RUN(long_input);
  NM_RUN(garbage_bytes);
  NM_RUN(json_output);
  nm_pipeline_free(pipeline);
  nm_pipeline_free(bare);
  NM_TEST_MAIN_END();
}
