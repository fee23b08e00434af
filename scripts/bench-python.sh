#!/usr/bin/env bash
# Documents per second per worker, side by side in one run, on the same
# corpus: the CLI (one extraction thread, then all cores), newsframe.extract
# in one Python process (one thread), and the Ray Data job (python -m
# newsframe.on_ray) with 1 and 2 workers of one thread each. Medians of N
# runs. The .txt files of DIR become JSON Lines files (4 parts) in a
# temporary folder, read by every contender.
# Usage: scripts/bench-python.sh [DIR] [N]   (after tests/python/run.sh built target/pyenv)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/data/bench/reuters}
n=${2:-3}
[ -d "$dir" ] || { echo "skipped: $dir is absent"; exit 0; }
py=target/pyenv/bin/python
[ -x "$py" ] && "$py" -c 'import newsframe, ray' 2>/dev/null || { echo "run tests/python/run.sh first (it installs newsframe and ray into target/pyenv)"; exit 1; }
cargo build --release --quiet
exec "$py" - "$dir" "$n" "$PWD/target/release/newsframe" <<'PY'
import json, os, statistics, subprocess, sys, tempfile, time
from pathlib import Path

src, n, bin_ = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
tmp = Path(tempfile.mkdtemp(prefix="newsframe-bench-"))
files = sorted(src.rglob("*.txt"))
texts = [f.read_text(encoding="utf-8") for f in files]
ids = [str(f.relative_to(src)) for f in files]
inp = tmp / "in"
inp.mkdir()
parts = [inp / f"part-{k}.jsonl" for k in range(4)]
for k, p in enumerate(parts):
    with p.open("w", encoding="utf-8") as out:
        for i in range(k, len(texts), 4):
            out.write(json.dumps({"id": ids[i], "text": texts[i]}) + "\n")
print(f"load average at start {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
docs, mb = len(texts), sum(len(t.encode()) for t in texts) / 1e6
print(f"corpus: {src} -> {len(parts)} JSON Lines files, {docs} docs, {mb:.1f} MB, median of {n} runs")

import resource
cpu = []  # CPU seconds (this process and its children) of the last timed() call, per run

def cpu_now():
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime

def timed(fn):
    ts = []
    cpu.clear()
    for _ in range(n):
        c0, t0 = cpu_now(), time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t0)
        cpu.append(cpu_now() - c0)
    return statistics.median(ts), min(ts), max(ts)

def per_cpu():
    return f"({docs / statistics.median(cpu):.0f} docs per CPU-second)"

def cli(threads):
    env = dict(os.environ, RAYON_NUM_THREADS=str(threads)) if threads else os.environ
    subprocess.run([bin_, "run", "--input", str(inp), "--output", str(tmp / "cli"), "--force"], check=True, env=env, capture_output=True)

def inproc():
    import newsframe
    newsframe.extract(texts, ids=ids)

rows = []
def report(name, workers, res, extra=""):
    med, lo, hi = res
    rows.append((name, workers, med, lo, hi, docs / med, docs / med / workers, extra))
    print(f"{name:<38} workers={workers}  {med:7.2f} s ({lo:.2f}-{hi:.2f})  {docs / med:7.0f} docs/s  {docs / med / workers:7.0f} docs/s/worker {extra}", flush=True)

report("CLI newsframe run, 1 thread", 1, timed(lambda: cli(1)), per_cpu())
report("CLI newsframe run, all cores", os.cpu_count(), timed(lambda: cli(None)), per_cpu())
os.environ["RAYON_NUM_THREADS"] = "1"  # must be set before the extension's first call
import newsframe
newsframe.extract(texts[:1])  # models loaded
report("newsframe.extract in-process, 1 thread", 1, timed(inproc), per_cpu())

import ray
from newsframe import on_ray
ray.init(num_cpus=4,  # logical: 2 actors + the read tasks
         include_dashboard=False, log_to_driver=False)
for w in (1, 2):
    maps = []
    def job():
        out = tmp / f"ray{w}"
        subprocess.run(["rm", "-rf", str(out)], check=True)
        r = on_ray.run([str(p) for p in parts], str(out), workers=w, batch_size=64, root=str(inp), threads_per_worker=1)
        maps.append(r["map_seconds"])
    res = timed(job)
    report(f"Ray Data map_batches + entities", w, res, f"(map step median {statistics.median(maps):.2f} s)")
ray.shutdown()
one, two = rows[-2][2], rows[-1][2]
print(f"Ray speed-up 1 -> 2 workers: {one / two:.2f}x on {os.cpu_count()} cores (load average {os.getloadavg()[0]:.1f}: the speed-up needs idle cores)")
subprocess.run(["rm", "-rf", str(tmp)])
PY
