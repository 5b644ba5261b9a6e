#!/usr/bin/env bash
# Runs `silkdex eval` on the public test collections of docs/quality.md and prints one line each.
#
#   scripts/eval-collections.sh [-b BUILD_DIR | -p SILKDEX] [-s SPLIT] [-x "EXTRA EVAL ARGS"] [--floor] [NAME...]
#
# Converts ../shared/collections into eval-data/ first (scripts/collections-to-beir.py) when it
# is not there. NAME: scifact nfcorpus cacm npl cranfield cisi medline (default: all). --floor
# measures plain Xapian BM25 (`--baseline xapian-default`) instead of silkdex. -s train runs
# SciFact's training queries (the only split used for tuning; NFCorpus has only its test split here). Runs are written to eval-data/runs/.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="$here/build"
program=""
split=test
extra=""
floor=""
names=()
while [ $# -gt 0 ]; do
  case "$1" in
    -b) build="$2"; shift 2 ;;
    -p) program="$2"; shift 2 ;;
    -s) split="$2"; shift 2 ;;
    -x) extra="$2"; shift 2 ;;
    --floor) floor="--baseline xapian-default"; shift ;;
    *) names+=("$1"); shift ;;
  esac
done
program="${program:-$build/cli/silkdex}"
[ ${#names[@]} -gt 0 ] || names=(scifact nfcorpus cacm npl cranfield cisi medline)
data="$here/eval-data"
[ -f "$data/medline/corpus.jsonl" ] || python3 "$here/scripts/collections-to-beir.py" --to "$data"
mkdir -p "$data/runs"
printf '%-10s %-6s %8s %10s %8s %8s %9s %9s %9s\n' collection split nDCG@10 Recall@100 MAP@100 MRR@10 MAP@1000 p50_ms p99_ms
for name in "${names[@]}"; do
  tag="${floor:+floor-}$name-$split"
  # shellcheck disable=SC2086
  out="$("$program" eval --corpus "$data/$name/corpus.jsonl" --queries "$data/$name/queries.jsonl" \
        --qrels "$data/$name/qrels" --split "$split" --run "$data/runs/$tag.run" $floor $extra 2>/dev/null)"
  get() { awk -v k="$1" '$1 == k { print $2 }' <<<"$out"; }
  lat="$(awk '$1 == "latency" { print $3, $6 }' <<<"$out")"
  printf '%-10s %-6s %8s %10s %8s %8s %9s %9s %9s\n' "$name" "$split" "$(get nDCG@10)" "$(get Recall@100)" \
    "$(get MAP@100)" "$(get MRR@10)" "$(get MAP@1000)" ${lat}
done
