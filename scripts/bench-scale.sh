#!/usr/bin/env bash
# Scale benchmark of the whole pipeline on one machine: the reuters bench
# corpus copied 1x, 4x, 16x and 64x. For each size, the median over RUNS of:
# a full run (fresh output folder), an unchanged rerun, and a rerun after 1%
# of the files changed (a sentence appended to every 100th file); with wall
# and CPU seconds, peak memory and the output's size. Then one vs two
# threads on the 16x corpus, pair by pair. Measured with /usr/bin/time.
#
# Usage: scripts/bench-scale.sh [SCALES] [RUNS]   e.g. scripts/bench-scale.sh "1 4 16 64" 3
set -euo pipefail
cd "$(dirname "$0")/.."
scales=${1:-"1 4 16 64"}
runs=${2:-3}
src=../shared/data/bench/reuters
bin=target/release/newsframe
[ -x "$bin" ] || cargo build --release
[ -d "$src" ] || { echo "skipped: $src is absent"; exit 0; }
work=target/bench-scale
mkdir -p "$work"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# timed LABEL CMD...: appends "wall cpu rss_kb" to $work/LABEL.times
timed() {
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/t.out" "$@" >/dev/null 2>"$work/err.out" || { cat "$work/err.out"; exit 1; }
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$work/t.out" >>"$work/$label.times"
}
col() { awk -v c="$2" '{ print $c }' "$work/$1.times" | median; }

corpus() { # corpus N: a folder with N copies of the bench corpus
  local d="$work/corpus-x$1"
  if [ ! -d "$d" ]; then
    mkdir -p "$d.tmp"
    for i in $(seq -w 1 "$1"); do cp -r "$src" "$d.tmp/c$i"; done
    mv "$d.tmp" "$d"
  fi
  echo "$d"
}

printf "| corpus | docs | MB | full run wall s | CPU s | peak MB | output MB | unchanged rerun s | 1%% changed rerun s (share of full) |\n"
printf "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
for k in $scales; do
  d=$(corpus "$k")
  docs=$(find "$d" -name '*.txt' | wc -l)
  mb=$(find "$d" -name '*.txt' -exec cat {} + | wc -c | awk '{ printf "%.1f", $1 / 1e6 }')
  rm -f "$work"/*.times
  for r in $(seq "$runs"); do
    rm -rf "$work/out"
    timed full "$bin" run --input "$d" --output "$work/out"
    timed unchanged "$bin" run --input "$d" --output "$work/out"
    # 1% of the files change, the rerun is timed, then they are restored (and the state with them).
    mapfile -t files < <(find "$d" -name '*.txt' | sort | awk 'NR % 100 == 0')
    for f in "${files[@]}"; do cp "$f" "$f.orig"; echo " The company said more on Friday." >>"$f"; done
    timed changed "$bin" run --input "$d" --output "$work/out"
    for f in "${files[@]}"; do mv "$f.orig" "$f"; done
  done
  size=$(du -sLm "$work/out/current" "$work/out/.newsframe" | awk '{ s += $1 } END { print s }')
  full=$(col full 1); changed=$(col changed 1)
  printf "| %sx | %s | %s | %s | %s | %s | %s | %s | %s (%.0f%%) |\n" "$k" "$docs" "$mb" "$full" "$(col full 2)" \
    "$(( $(col full 3) / 1024 ))" "$size" "$(col unchanged 1)" "$changed" "$(awk -v a="$changed" -v b="$full" 'BEGIN { print 100 * a / b }')"
done

# One vs two threads, pair by pair, on the 16x corpus (or the largest asked for below it).
k=16; for s in $scales; do [ "$s" -le 16 ] && k=$s; done
d=$(corpus "$k")
rm -f "$work"/one.times "$work"/two.times
for r in $(seq "$runs"); do
  rm -rf "$work/out"; timed one env RAYON_NUM_THREADS=1 "$bin" run --input "$d" --output "$work/out"
  rm -rf "$work/out"; timed two env RAYON_NUM_THREADS=2 "$bin" run --input "$d" --output "$work/out"
done
ratios=$(paste -d' ' <(awk '{ print $1 }' "$work/one.times") <(awk '{ print $1 }' "$work/two.times") | awk '{ printf "%.2f\n", $1 / $2 }' | median)
echo
echo "threads on ${k}x: one thread $(col one 1) s, two threads $(col two 1) s (median of $runs); speed-up, median of the pairwise ratios: ${ratios}x"
