#!/usr/bin/env bash
# The HTTP API under load: GET /v1/search at a FIXED request rate, measured with
# `wrk` (Debian package `wrk`) and bench/fixed_rate.lua on loopback only, on the
# demo corpus and on a 100k-document index, with the default facets and without
# facets (`facets=`). Figures go to docs/performance.md ("HTTP API under load").
#
# Usage: bench/http_load.sh                  (about 4 minutes once the indexes exist)
# Environment (all optional):
#   BUILD=DIR        build folder with cli/silkdex and bench/bench_throughput (default: build-http;
#                    configured and built here when the programs are missing)
#   WORK=DIR         data folders and results (default: /tmp/silkdex-http-load);
#                    the indexes are kept there and reused; REBUILD=1 makes them anew
#   RATE=200         total requests per second of each measurement
#   WORKERS=4        connections of each measurement (one wrk thread each), each sending
#                    RATE/WORKERS requests per second
#   SECONDS_PER=20   length of one measurement
#   ROUNDS=2         times each measurement is repeated (the machine has 2 cores and is shared)
#   CORPORA="demo 100k"
#   PIN=0            1: the server runs on CPU 0 only and wrk on CPU 1 only (taskset), so the
#                    load generator never takes CPU time from the server; 0: both share every core
#   PACING=spread    spread: the connections' schedules are 1/RATE s apart, so one request
#                    arrives every 1/RATE s (a fixed rate); burst: every connection sends at the
#                    same instants, WORKERS requests at once every WORKERS/RATE s (as `hey -q`
#                    paces its workers)
#   SERVE_ARGS=""    more arguments for `silkdex serve` (e.g. "--searches-at-once 0")
#
# How a request is sent (bench/fixed_rate.lua): each connection has a schedule
# fixed in advance, one request every WORKERS/RATE s, and cycles through the
# measurement's queries (each connection starting at another). A late answer
# makes the next request go at once rather than shifting the schedule, so the
# rate stays fixed while the server keeps up; a connection has at most one
# request in flight, so a server slower than the schedule shows as a lower
# achieved rate, not as an ever-growing queue. Latency is wrk's: from the
# request written to the answer read (connections are kept alive, or closed
# after each answer with "Connection: close"; connecting is not timed).
# Errors = wrk's connect, read, write and timeout errors plus answers that are
# not 2xx/3xx. The server's own time per request (from its request log) is
# reported beside it.
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
PACING=${PACING:-spread}
SERVE_ARGS=${SERVE_ARGS:-}
case $PACING in burst | spread) ;; *) echo "http_load: PACING must be burst or spread" >&2; exit 2 ;; esac
SERVER_CPU=()
GEN_CPU=()
if [ "$PIN" = 1 ]; then
  SERVER_CPU=(taskset -c 0)
  GEN_CPU=(taskset -c 1)
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
tools=(wrk curl)
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
  # shellcheck disable=SC2086 # SERVE_ARGS: several words
  "${SERVER_CPU[@]}" "$SILKDEX" serve --bind 127.0.0.1 --port 0 --index "$data" $SERVE_ARGS >"$SERVER_LOG" 2>&1 &
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
  local dir=$WORK/runs/$label
  rm -rf "$dir"
  mkdir -p "$dir"
  printf '%s\n' "$@" >"$dir/queries.txt"
  local extra="" close=()
  [ "$facets" = none ] && extra="&facets="
  [ "$keepalive" = yes ] || close=(-H "Connection: close")
  local log_before
  log_before=$(wc -l <"$SERVER_LOG")
  "${GEN_CPU[@]}" wrk -t "$workers" -c "$workers" -d "${SECONDS_PER}s" --timeout 20s "${close[@]}" \
    -s "$ROOT/bench/fixed_rate.lua" "http://127.0.0.1:$PORT" -- "$dir/queries.txt" "$RATE" "$workers" "$PACING" "$extra" \
    >"$dir/wrk.txt" 2>&1 || die "wrk failed: $(tail -3 "$dir/wrk.txt")"
  sleep 0.2  # the last requests' log lines
  # Server-side time of these requests (handler and send), from its request log.
  tail -n +"$((log_before + 1))" "$SERVER_LOG" | sed -n 's|.* GET /v1/search?[^ ]* [0-9]* \([0-9.]*\)ms$|\1|p' |
    sort -g >"$dir/server-ms.txt"
  # The script's last line: requests, errors, achieved rate, p50, p90, p99, p99.9, max (ms).
  local requests errors achieved p50 p90 p99 p999 max
  IFS=$'\t' read -r requests errors achieved p50 p90 p99 p999 max < <(tail -1 "$dir/wrk.txt")
  [[ $requests =~ ^[0-9]+$ ]] || die "no figures from wrk: $(tail -3 "$dir/wrk.txt")"
  local line
  line=$(printf '%s\t%d\t%d\t%.1f\t%.2f\t%.2f\t%.2f\t%d\t%.2f\t%.2f' "$label" "$RATE" "$requests" "$achieved" \
    "$p50" "$p99" "$max" "$errors" "$(pct "$dir/server-ms.txt" 50 1)" "$(pct "$dir/server-ms.txt" 99 1)")
  echo "$line" | tee -a "$WORK/results.tsv"
}

# --- the plan ----------------------------------------------------------------
rm -f "$WORK/results.tsv"
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
    # Twice the connections, each at half the pace: kept alive (Poco gives each
    # open connection a worker thread: 16 by default), and a new TCP connection
    # per request.
    measure "$corpus/facets/c8/ka" default 8 yes "${queries[@]}"
    measure "$corpus/facets/c8/no-ka" default 8 no "${queries[@]}"
    # Reference: the same mix at a tenth of the rate, one connection (latency
    # with no queueing in the server, on a machine idle between requests).
    RATE=$((RATE / 10)) measure "$corpus/facets/c1/ka/low-rate" default 1 yes "${queries[@]}"
  fi
  stop_server
done
log "results: $WORK/results.tsv; wrk's reports: $WORK/runs/"
