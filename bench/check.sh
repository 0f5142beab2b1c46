#!/usr/bin/env bash
# How long `coach check SLUG` takes (second run onwards, with `python3` on PATH) against a
# bare start of the same interpreter (`python -I -S -c pass`), over the first seven
# exercises: the median ratio, and the median non-case part (wall time minus the cases'
# own time) in bare starts. Each check is timed between two bare starts and compared with
# their mean, so a machine whose speed drifts during the run shifts both sides alike.
# Also the non-case part less the solution's own top-level code (its imports: `typing`
# alone is about one bare start), which the learner's file runs in any runner.
# Usage: bench/check.sh [RUNS]   (default 10 per exercise)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
[ -n "${NO_BUILD:-}" ] || cargo build --release --quiet
python=$(python3 -c 'import sys; print(sys.executable)')
"$python" - "$PWD/target/release/coach" "$runs" <<'PY'
import json, os, statistics, subprocess, sys, time

coach, runs = sys.argv[1], int(sys.argv[2])
python = sys.executable
slugs = ["palindrome", "anagram", "merge-sorted", "lru-cache", "trie", "rate-limiter", "word-count"]


def timed(command):
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, check=False)
    return time.perf_counter() - start, done.stdout


def bare():
    return timed([python, "-I", "-S", "-c", "pass"])[0]


def load_time(solution):
    """The solution's top-level code, run in a bare interpreter (compiled first: compiling
    is the runner's part), median of RUNS, in seconds."""
    script = """
import sys, time
before = set(sys.modules)
source = open(sys.argv[1], "rb").read()
times = []
for _ in range(int(sys.argv[2])):
    for name in [m for m in sys.modules if m not in before]:
        del sys.modules[name]
    code = compile(source, sys.argv[1], "exec")
    start = time.perf_counter()
    exec(code, {"__name__": "solution"})
    times.append(time.perf_counter() - start)
print(sorted(times)[len(times) // 2])
"""
    done = subprocess.run([python, "-I", "-S", "-c", script, solution, str(runs)],
                          capture_output=True, text=True, check=False)
    return float(done.stdout) if done.returncode == 0 else 0.0


ratios, rest, own, bares = [], [], [], []
for slug in slugs:
    solution = os.path.join(os.getcwd(), "graders", slug, "solution.py")
    check = [coach, "check", slug, "--solution", solution, "--format", "json", "--reveal"]
    timed(check)  # warm the interpreter cache and the compiled worker
    load = load_time(solution)
    mine = ([], [], [])
    for _ in range(runs):
        before = bare()
        wall, out = timed(check)
        after = bare()
        unit = (before + after) / 2
        bares += [before, after]
        cases = sum(c.get("time_ms") or 0 for c in json.loads(out)["cases"]) / 1000
        for found, value in zip(mine, (wall / unit, (wall - cases) / unit, (wall - cases - load) / unit)):
            found.append(value)
    ratios += mine[0]
    rest += mine[1]
    own += mine[2]
    print(f"{slug}: median {statistics.median(mine[0]):.2f} bare starts, non-case "
          f"{statistics.median(mine[1]):.2f}, less the solution's top-level code "
          f"{statistics.median(mine[2]):.2f}", file=sys.stderr)
print(f"bare start (python -I -S -c pass): {statistics.median(bares) * 1e6:.0f} us")
print(f"coach check, median over {len(slugs)} exercises: {statistics.median(ratios):.2f} bare starts (target: at most 4)")
print(f"non-case part, median: {statistics.median(rest):.2f} bare starts (target: at most 2)")
print(f"non-case part less the solution's top-level code, median: {statistics.median(own):.2f} bare starts")
with open("/proc/loadavg") as handle:
    print(f"load: {' '.join(handle.read().split()[:3])}, cores: {os.cpu_count()}")
PY
