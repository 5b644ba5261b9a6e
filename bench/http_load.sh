#!/usr/bin/env bash
# The HTTP API under load: GET /v1/search at a FIXED request rate, measured with
# `hey` (Debian package `hey`) on loopback only, on the demo corpus and on a
# 100k-document index, with the default facets and without facets
# (`facets=`). Figures go to docs/performance.md ("HTTP API under load").
#
# Usage: bench/http_load.sh                  (about 4 minutes once the indexes exist)
# Environment (all optional):
#   BUILD=DIR        build folder with cli/silkdex and bench/bench_throughput (default: build-http;
#                    configured and built here when the programs are missing)
#   WORK=DIR         data folders, raw CSVs and results (default: /tmp/silkdex-http-load);
#                    the indexes are kept there and reused; REBUILD=1 makes them anew
#   RATE=200         total requests per second of each measurement
#   WORKERS=4        hey workers (connections) of each measurement; each is paced at RATE/WORKERS
#   SECONDS_PER=20   nominal length of one measurement (split evenly over its queries)
#   ROUNDS=2         times each measurement is repeated (the machine has 2 cores and is shared)
#   CORPORA="demo 100k"
#   PIN=0            1: the server runs on CPU 0 only and hey on CPU 1 only (taskset), so the
#                    load generator never takes CPU time from the server; 0: both share every core
#   PACING=burst     burst: one hey with WORKERS workers, whose tickers fire together, so
#                    WORKERS requests arrive at once every WORKERS/RATE s; spread: WORKERS hey
#                    processes of one connection each, started 1/RATE s apart, so that their
#                    requests interleave (a fixed rate with arrivals spread over time, as an
#                    open-loop generator such as wrk2 sends; wrk2 is not packaged by Debian)
#
# How a "query mix" is sent: hey takes one URL, so a measurement is one hey run
# per query, one after the other, each at the full RATE with WORKERS workers
# for SECONDS_PER / (number of queries) seconds (`hey -n RATE*slice -c WORKERS
# -q RATE/WORKERS -o csv`). The request rate is therefore fixed over the whole
# measurement while the queries take turns; per-request rows of every run are
# pooled for the percentiles. `-n` (not `-z`) is used so that the expected
# count is known: requests missing from hey's CSV are transport errors
# (refused, reset, timed out), and rows whose status is not 2xx are errors too.
# hey paces each worker with a ticker and waits for each answer before the
# next request, so a slow server shows as a lower achieved rate, not as an
# ever-growing queue (hey is a closed-loop generator with a rate cap).
#
# Achieved rps = answered requests / sum over the runs of (last request's
# start offset + its response time), i.e. hey's own time base. Latency is
# client-side: connect (when not kept alive), send, server, receive. The
# server's own time per request (from its request log) is reported beside it.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$ROOT/build-http}
WORK=${WORK:-/tmp/silkdex-http-load}
RATE=${RATE:-200}
WORKERS=${WORKERS:-4}
SECONDS_PER=${SECONDS_PER:-20}
ROUNDS=${ROUNDS:-2}
CORPORA=${CORPORA:-demo 100k}
PIN=${PIN:-0}
PACING=${PACING:-burst}
case $PACING in burst | spread) ;; *) echo "http_load: PACING must be burst or spread" >&2; exit 2 ;; esac
SERVER_CPU=()
HEY_CPU=()
if [ "$PIN" = 1 ]; then
  SERVER_CPU=(taskset -c 0)
  HEY_CPU=(taskset -c 1)
fi
COLLECTIONS=${COLLECTIONS:-$(cd "$ROOT/.." && pwd)/shared/collections}

SILKDEX=$BUILD/cli/silkdex
BENCH=$BUILD/bench/bench_throughput

# Two-word queries that make sense for each corpus. The demo corpus: the
# project's own themes (each matches 6 to 19 of its 91 documents). The 100k
# index: SciFact (biomedical claims' abstracts) and CACM (computing abstracts)
# replicated to 100,000 documents.
DEMO_QUERIES=(
  "waste management" "sustainable tourism" "public health" "smart city"
  "air quality" "heritage protection" "disaster risk" "renewable energy"
)
BIG_QUERIES=(
  "gene expression" "protein binding" "computer programs" "immune response"
  "breast cancer" "cell proliferation" "operating system" "parallel processing"
)
# The eight above are frequent pairs (10,000 to 31,000 matches each, a tenth to
# a third of the index). A second mix for the 100k index, not hand-picked: 40
# pairs taken by a fixed rule from the collections' own test queries
# (bench/queries/make_pairs.py).
mapfile -t PAIR_QUERIES <"$ROOT/bench/queries/100k-pairs.txt"

log() { echo "http_load: $*" >&2; }
die() { log "$*"; exit 1; }

# --- tools -------------------------------------------------------------------
missing=()
tools=(hey curl)
[ "$PIN" = 1 ] && tools+=(taskset)
for tool in "${tools[@]}"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
if ((${#missing[@]})); then
  log "installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
if [ ! -x "$SILKDEX" ] || [ ! -x "$BENCH" ]; then
  log "building silkdex and bench_throughput in $BUILD"
  cmake -S "$ROOT" -B "$BUILD" -DSILKDEX_BUILD_TESTS=ON >/dev/null
  cmake --build "$BUILD" -j2 --target silkdex bench_throughput >/dev/null
fi
mkdir -p "$WORK"

# --- indexes (data folders: DATA/index is the Xapian index) ------------------
make_index() {
  local corpus=$1 data=$WORK/$1
  if [ -d "$data/index" ] && [ -z "${REBUILD:-}" ]; then
    # Reused unless this silkdex refuses it (an index of another schema version).
    if "$SILKDEX" search "test" --index "$data" --limit 1 >/dev/null 2>&1; then return; fi
    log "$data/index cannot be searched by this build; indexing again"
  fi
  rm -rf "$data"
  mkdir -p "$data"
  case $corpus in
    demo)
      log "indexing examples/corpus into $data"
      "$SILKDEX" index "$ROOT/examples/corpus" --index "$data" >&2 ;;
    100k)
      log "indexing SciFact + CACM replicated to 100,000 documents into $data/index (about 2 minutes)"
      "$BENCH" beir "$data" 100000 "$COLLECTIONS/scifact/corpus.part1.jsonl" \
        "$COLLECTIONS/scifact/corpus.part2.jsonl" "$COLLECTIONS/cacm/cacm.jsonl" >&2 ;;
    *) die "unknown corpus '$corpus' (demo or 100k)" ;;
  esac
}

# --- the server --------------------------------------------------------------
SERVER_PID=""
PORT=""
SERVER_LOG=""
stop_server() {
  [ -n "$SERVER_PID" ] || return 0
  kill -TERM "$SERVER_PID" 2>/dev/null || true
  # Stop() lets idle keep-alive connections time out (10 s) before it closes the index.
  for _ in $(seq 1 400); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    log "server $SERVER_PID did not stop within 40 s of SIGTERM; killing it"
    kill -KILL "$SERVER_PID" 2>/dev/null || true
  fi
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}
trap stop_server EXIT

start_server() {
  local data=$1
  SERVER_LOG=$WORK/serve-$(basename "$data").log
  # Loopback only, whatever a config file says; --port 0: any free port.
  "${SERVER_CPU[@]}" "$SILKDEX" serve --bind 127.0.0.1 --port 0 --index "$data" >"$SERVER_LOG" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 100); do
    PORT=$(sed -n 's|^listening on http://127\.0\.0\.1:\([0-9][0-9]*\).*|\1|p' "$SERVER_LOG" | head -1)
    [ -n "$PORT" ] && break
    kill -0 "$SERVER_PID" 2>/dev/null || die "the server did not start: $(tail -3 "$SERVER_LOG")"
    sleep 0.1
  done
  [ -n "$PORT" ] || die "the server did not say it listens on 127.0.0.1 (see $SERVER_LOG)"
  curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null || die "the server is not ready"
}

# pct SORTED_FILE P SCALE: the P-th percentile (nearest rank) of a sorted column, times SCALE; -1 if empty.
pct() {
  awk -v p="$2" -v k="$3" '{ v[NR] = $1 } END {
    if (NR == 0) { print -1; exit }
    r = int(NR * p / 100 + 0.999999); if (r < 1) r = 1; if (r > NR) r = NR
    printf "%.3f", v[r] * k }' "$1"
}

urlencode() { local s=${1// /+}; printf '%s' "$s"; }

# --- one measurement ---------------------------------------------------------
# measure LABEL FACETS(default|none) WORKERS KEEPALIVE(yes|no) QUERY...
measure() {
  local label=$1 facets=$2 workers=$3 keepalive=$4
  shift 4
  local queries=("$@") nq=$#
  local per_worker_q=$((RATE / workers))
  local n=$((RATE * SECONDS_PER / nq))
  n=$(( (n / workers) * workers ))  # hey splits -n evenly over the workers
  local dir=$WORK/csv/$label
  rm -rf "$dir"
  mkdir -p "$dir"
  local ka=()
  [ "$keepalive" = yes ] || ka=(-disable-keepalive)
  local log_before
  log_before=$(wc -l <"$SERVER_LOG")
  local i=0 expected=0 url
  for q in "${queries[@]}"; do
    url="http://127.0.0.1:$PORT/v1/search?q=$(urlencode "$q")"
    [ "$facets" = none ] && url+="&facets="
    if [ "$PACING" = spread ] && ((workers > 1)); then
      local w pids=()
      for ((w = 0; w < workers; w++)); do
        "${HEY_CPU[@]}" hey -n "$((n / workers))" -c 1 -q "$per_worker_q" -t 20 "${ka[@]}" -o csv "$url" \
          >"$dir/$i.w$w.part" &
        pids+=($!)
        sleep "$(awk -v r="$RATE" 'BEGIN { printf "%.4f", 1 / r }')"
      done
      wait "${pids[@]}"
      # One CSV per query: hey's header once, every worker's rows.
      { head -1 "$dir/$i.w0.part"; for f in "$dir/$i".w*.part; do tail -n +2 "$f"; done; } >"$dir/$i.csv"
      rm -f "$dir/$i".w*.part
    else
      "${HEY_CPU[@]}" hey -n "$n" -c "$workers" -q "$per_worker_q" -t 20 "${ka[@]}" -o csv "$url" >"$dir/$i.csv"
    fi
    expected=$((expected + n))
    i=$((i + 1))
  done
  sleep 0.2  # the last requests' log lines
  # Server-side time of these requests (handler and send), from its request log.
  tail -n +"$((log_before + 1))" "$SERVER_LOG" | sed -n 's|.* GET /v1/search?[^ ]* [0-9]* \([0-9.]*\)ms$|\1|p' |
    sort -g >"$dir/server-ms.txt"
  # Per-query detail, then the pooled figures (percentile: nearest rank).
  for ((j = 0; j < nq; j++)); do
    tail -n +2 "$dir/$j.csv" | cut -d, -f1 | sort -g >"$dir/$j.sorted"
    printf '  %-32s %-22s n=%-5d p50=%7.2fms p99=%7.2fms\n' "$label" "${queries[$j]}" "$(wc -l <"$dir/$j.sorted")" \
      "$(pct "$dir/$j.sorted" 50 1000)" "$(pct "$dir/$j.sorted" 99 1000)" >>"$WORK/per-query.txt"
  done
  cat "$dir"/*.sorted | sort -g >"$dir/all.sorted"
  local answered bad duration
  answered=$(wc -l <"$dir/all.sorted")
  bad=$(for f in "$dir"/[0-9]*.csv; do tail -n +2 "$f"; done | awk -F, '$7 !~ /^2/ { b++ } END { print b + 0 }')
  # hey's time base: per run, the latest (start offset + response time); summed over the runs.
  duration=$(for f in "$dir"/[0-9]*.csv; do
    tail -n +2 "$f" | awk -F, '{ e = $8 + $1; if (e > m) m = e } END { print m + 0 }'
  done | awk '{ d += $1 } END { printf "%.6f", d }')
  local line
  line=$(printf '%s\t%d\t%d\t%.1f\t%.2f\t%.2f\t%.2f\t%d\t%.2f\t%.2f' "$label" "$RATE" "$answered" \
    "$(awk -v n="$answered" -v d="$duration" 'BEGIN { print (d > 0 ? n / d : 0) }')" \
    "$(pct "$dir/all.sorted" 50 1000)" "$(pct "$dir/all.sorted" 99 1000)" "$(pct "$dir/all.sorted" 100 1000)" \
    "$(( expected - answered + bad ))" \
    "$(pct "$dir/server-ms.txt" 50 1)" "$(pct "$dir/server-ms.txt" 99 1)")
  echo "$line" | tee -a "$WORK/results.tsv"
}

# --- the plan ----------------------------------------------------------------
rm -f "$WORK/results.tsv" "$WORK/per-query.txt"
printf 'label\ttarget_rps\trequests\tachieved_rps\tp50_ms\tp99_ms\tmax_ms\terrors\tserver_p50_ms\tserver_p99_ms\n' |
  tee "$WORK/results.tsv"
log "$(nproc) cores; $(uptime | sed 's/.*load average/load average/'); PIN=$PIN PACING=$PACING"
for corpus in $CORPORA; do
  make_index "$corpus"
  start_server "$WORK/$corpus"
  if [ "$corpus" = demo ]; then queries=("${DEMO_QUERIES[@]}"); else queries=("${BIG_QUERIES[@]}"); fi
  docs=$(curl -fsS "http://127.0.0.1:$PORT/readyz" | sed -n 's/.*"documents":\([0-9]*\).*/\1/p')
  log "$corpus: $docs documents, server pid $SERVER_PID on 127.0.0.1:$PORT"
  # Warm-up, not measured: each query a few times, with and without facets.
  for q in "${queries[@]}"; do
    for f in "" "&facets="; do
      for _ in 1 2 3; do curl -fsS -o /dev/null "http://127.0.0.1:$PORT/v1/search?q=$(urlencode "$q")$f"; done
    done
  done
  for round in $(seq 1 "$ROUNDS"); do
    measure "$corpus/facets/c$WORKERS/ka/r$round" default "$WORKERS" yes "${queries[@]}"
    measure "$corpus/nofacets/c$WORKERS/ka/r$round" none "$WORKERS" yes "${queries[@]}"
  done
  if [ "$corpus" = 100k ]; then
    for round in $(seq 1 "$ROUNDS"); do
      measure "$corpus/pairs/facets/c$WORKERS/ka/r$round" default "$WORKERS" yes "${PAIR_QUERIES[@]}"
    done
    # More connections than the server's worker threads (2 per core = 4 here):
    # without keep-alive each request takes a thread only while it is served.
    for round in $(seq 1 "$ROUNDS"); do
      measure "$corpus/facets/c8/no-ka/r$round" default 8 no "${queries[@]}"
    done
    # With keep-alive, Poco keeps a thread per open connection: 8 kept-alive
    # connections on 4 threads leave 4 waiting for an idle timeout (10 s).
    # One short diagnostic run with one query (2.5 s of nominal load).
    SECONDS_PER=2 measure "$corpus/facets/c8/ka/diagnostic" default 8 yes "${queries[0]}"
    # Reference: the same mix at a tenth of the rate, one request at a time
    # (latency with little queueing in the server).
    RATE=$((RATE / 10)) measure "$corpus/facets/c1/ka/low-rate" default 1 yes "${queries[@]}"
  fi
  stop_server
done
log "results: $WORK/results.tsv; per query: $WORK/per-query.txt; raw CSVs: $WORK/csv/"
