#!/usr/bin/env bash
# HTML extraction on html-bench, newsframe and trafilatura side by side, in one run:
# accuracy (the benchmark's shingle F1, scripts/html-bench.py) and speed
# (pages per second on one thread, extraction only, median of RUNS passes).
#
# Usage: scripts/html-bench.sh [BENCH_DIR] [RUNS]
#   BENCH_DIR defaults to ../shared/data/html-bench, RUNS to 3.
# trafilatura comes from PyPI into a venv under target/ (TRAFILATURA_VERSION, default 2.0.0).
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=${1:-../shared/data/html-bench}
RUNS=${2:-3}
VENV=target/html-bench-venv
OUT=target/html-bench
cargo build --release --quiet
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import trafilatura" 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet "trafilatura==${TRAFILATURA_VERSION:-2.0.0}" lxml_html_clean
fi
rm -rf "$OUT" && mkdir -p "$OUT"

echo "== newsframe"
target/release/newsframe html-bench "$BENCH" --out "$OUT/newsframe" --runs "$RUNS"
python3 scripts/html-bench.py "$OUT/newsframe" --bench "$BENCH"

echo "== trafilatura $("$VENV/bin/python" -c 'import trafilatura; print(trafilatura.__version__)')"
"$VENV/bin/python" - "$BENCH" "$OUT/trafilatura" "$RUNS" <<'PY'
import gzip, statistics, sys, time
from pathlib import Path
import trafilatura
bench, out, runs = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
out.mkdir(parents=True, exist_ok=True)
pages = sorted((p.name.split(".")[0], gzip.open(p, "rt", encoding="utf8").read()) for p in (bench / "html").glob("*.html.gz"))
rates = []
for _ in range(runs):
    start = time.perf_counter()
    texts = [trafilatura.extract(html, include_comments=False) or "" for _, html in pages]
    rates.append(len(pages) / (time.perf_counter() - start))
for (key, _), text in zip(pages, texts):
    (out / f"{key}.txt").write_text(text, encoding="utf-8")
print(f"trafilatura: {len(pages)} pages, {statistics.median(rates):.1f} pages/s (one thread, median of {runs})")
PY
python3 scripts/html-bench.py "$OUT/trafilatura" --bench "$BENCH"
