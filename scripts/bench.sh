#!/usr/bin/env bash
# Pipeline throughput and memory: median of N full runs (--force: every
# document extracted) over a folder of .txt files, plus the NER tagger's
# own speed. Usage: scripts/bench.sh [DIR] [N]
# Peak RSS counts the binary's own file pages (about 110 MB, the model and
# lists inside): to compare two builds, copy both binaries into one folder
# first; the same binary read from another folder measured up to 6 MB apart.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/data/bench/reuters}
n=${2:-5}
bin=target/release/newsframe
[ -x "$bin" ] || cargo build --release
[ -d "$dir" ] || { echo "skipped: $dir is absent"; exit 0; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
docs=$(find "$dir" -name '*.txt' | wc -l)
bytes=$(find "$dir" -name '*.txt' -exec cat {} + | wc -c)
for i in $(seq "$n"); do
  /usr/bin/time -f "%e %M" -o "$out/time.$i" "$bin" run --input "$dir" --output "$out/tables" --force >/dev/null
done
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
med=$(cat "$out"/time.* | awk '{ print $1 }' | median)
rss=$(cat "$out"/time.* | awk '{ print $2 }' | median)
range=$(cat "$out"/time.* | awk '{ print $1 }' | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "-" hi }')
awk -v med="$med" -v rss="$rss" -v n="$n" -v docs="$docs" -v bytes="$bytes" -v range="$range" 'BEGIN {
  printf "pipeline: %d docs, %.1f MB, median %.2f s over %d runs (range %s s): %.0f docs/s, %.2f MB/s, median peak RSS %.0f MB\n",
    docs, bytes / 1e6, med, n, range, docs / med, bytes / 1e6 / med, rss / 1024 }'
"$bin" bench "$dir"
