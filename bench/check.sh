#!/usr/bin/env bash
# How long `coach check SLUG` takes (second run onwards, with `python3` on PATH) against a
# bare start of the same interpreter (`python -I -S -c pass`), over the first seven
# exercises: the median ratio, and the median non-case part (wall time minus the cases'
# own time) in bare starts. Ratios measured in one run, so a loaded machine shifts both.
# Also the non-case part less the solution's own top-level code (its imports: `typing`
# alone is about one bare start), which the learner's file runs in any runner.
# Usage: bench/check.sh [RUNS]   (default 10 per exercise)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
[ -n "${NO_BUILD:-}" ] || cargo build --release --quiet
coach=$PWD/target/release/coach
python=$(python3 -c 'import sys; print(sys.executable)')
slugs=(palindrome anagram merge-sorted lru-cache trie rate-limiter word-count)

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

bare=()
for _ in $(seq $((runs * 2))); do
    start=$(now); "$python" -I -S -c pass; end=$(now)
    bare+=($(( (end - start) / 1000 )))
done
bare_us=$(printf '%s\n' "${bare[@]}" | median)

# The solution's top-level code, timed in a bare interpreter (compiled first: compiling is
# the runner's part), in microseconds, median of RUNS.
load_us() {
    "$python" -I -S -c '
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
print(int(sorted(times)[len(times) // 2] * 1e6))
' "$1" "$runs" 2>/dev/null || echo 0
}

ratios=()
rest=()
own=()
for slug in "${slugs[@]}"; do
    file=$(grep '^file' "exercises/$slug/exercise.toml" | cut -d'"' -f2)
    solution=$PWD/graders/$slug/solution.py
    "$coach" check "$slug" --solution "$solution" >/dev/null   # warm the interpreter cache
    load=$(load_us "$solution")
    for _ in $(seq "$runs"); do
        start=$(now)
        json=$("$coach" check "$slug" --solution "$solution" --format json --reveal)
        end=$(now)
        wall=$(( (end - start) / 1000 ))
        cases=$(printf '%s' "$json" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(int(sum(c.get("time_ms") or 0 for c in d["cases"]) * 1000))')
        ratios+=($(awk -v w="$wall" -v b="$bare_us" 'BEGIN {printf "%.2f", w / b}'))
        rest+=($(awk -v w="$wall" -v c="$cases" -v b="$bare_us" 'BEGIN {printf "%.2f", (w - c) / b}'))
        own+=($(awk -v w="$wall" -v c="$cases" -v l="$load" -v b="$bare_us" 'BEGIN {printf "%.2f", (w - c - l) / b}'))
    done
    echo "$slug: median $(printf '%s\n' "${ratios[@]: -$runs}" | median) bare starts, non-case $(printf '%s\n' "${rest[@]: -$runs}" | median), of which the solution's top-level code $(awk -v l="$load" -v b="$bare_us" 'BEGIN {printf "%.2f", l / b}')" >&2
done
echo "bare start (python -I -S -c pass): ${bare_us} us"
echo "coach check, median over ${#slugs[@]} exercises: $(printf '%s\n' "${ratios[@]}" | median) bare starts (target: at most 4)"
echo "non-case part, median: $(printf '%s\n' "${rest[@]}" | median) bare starts (target: at most 2)"
echo "non-case part less the solution's top-level code, median: $(printf '%s\n' "${own[@]}" | median) bare starts"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
