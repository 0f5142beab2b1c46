#!/usr/bin/env bash
# How long `coach check SLUG` takes (second run onwards, with `python3` on PATH) against a
# bare start of the same interpreter (`python -I -S -c pass`), over the first seven
# exercises: the median ratio, and the median non-case part (wall time minus the cases'
# own time) in bare starts. Ratios measured in one run, so a loaded machine shifts both.
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

ratios=()
rest=()
for slug in "${slugs[@]}"; do
    file=$(grep '^file' "exercises/$slug/exercise.toml" | cut -d'"' -f2)
    solution=$PWD/graders/$slug/solution.py
    "$coach" check "$slug" --solution "$solution" >/dev/null   # warm the interpreter cache
    for _ in $(seq "$runs"); do
        start=$(now)
        json=$("$coach" check "$slug" --solution "$solution" --format json --reveal)
        end=$(now)
        wall=$(( (end - start) / 1000 ))
        cases=$(printf '%s' "$json" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(int(sum(c.get("time_ms") or 0 for c in d["cases"]) * 1000))')
        ratios+=($(awk -v w="$wall" -v b="$bare_us" 'BEGIN {printf "%.2f", w / b}'))
        rest+=($(awk -v w="$wall" -v c="$cases" -v b="$bare_us" 'BEGIN {printf "%.2f", (w - c) / b}'))
    done
    echo "$slug: median $(printf '%s\n' "${ratios[@]: -$runs}" | median) bare starts" >&2
done
echo "bare start (python -I -S -c pass): ${bare_us} us"
echo "coach check, median over ${#slugs[@]} exercises: $(printf '%s\n' "${ratios[@]}" | median) bare starts (target: at most 4)"
echo "non-case part, median: $(printf '%s\n' "${rest[@]}" | median) bare starts (target: at most 2)"
