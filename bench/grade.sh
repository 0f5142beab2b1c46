#!/usr/bin/env bash
# Benchmark `coach grade` on a generated cohort.
#
# Builds the release binary, generates COUNT submissions of the catalog's exercises
# (a deterministic mix: 60% the reference solution, 30% a known-wrong solution from
# graders/<slug>/wrong/, 10% the starter file) in a temporary folder, grades them with
# `--jobs 1` and `--jobs 2` (or --jobs-list), and prints for each run the wall time,
# submissions per second, the peak memory of the coach process itself (VmHWM, sampled),
# of the largest Python worker and of the whole tree at once (sampled from /proc every
# 10 ms), GNU time's largest resident set, then the speed-up. It also checks that every run wrote the same report.
# Against a bare start of the same interpreter (`python -I -S -c pass`, measured in the same
# run) it prints, per --jobs, the time beyond the cases' own time per graded solution (wall
# time x jobs, less every case's time from the report, over the solutions) and how
# efficient each --jobs is against the first (speed-up / jobs).
#
# Usage: bench/grade.sh [--count N] [--jobs-list "1 2"] [--catalog DIR]
#                       [--exercises a,b,...] [--fixture] [--no-build] [--keep]
#
#   --fixture     use the test catalog (tests/fixtures/catalog, exercise `adder`), e.g.
#                 before the built-in catalog exists
#   --catalog     a catalog folder with exercises/ and graders/ (default: the repository's)
#   --exercises   the exercises to use (default: the six built-in ones)
#   --no-build    reuse target/release/coach
#   --keep        keep the generated submissions and reports (the folder is printed)
#
# Not part of `cargo test`. Needs bash, cargo, python3 and GNU time (/usr/bin/time,
# optional: without it the tree's peak is not reported).

set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
count=200
jobs_list="1 2"
catalog="$repo"
exercises="palindrome,anagram,merge-sorted,lru-cache,trie,rate-limiter"
build=1
keep=0

while [ $# -gt 0 ]; do
  case "$1" in
    --count) count=$2; shift 2 ;;
    --jobs-list) jobs_list=$2; shift 2 ;;
    --catalog) catalog=$(cd "$2" && pwd); shift 2 ;;
    --exercises) exercises=$2; shift 2 ;;
    --fixture) catalog="$repo/tests/fixtures/catalog"; exercises="adder"; shift ;;
    --no-build) build=0; shift ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,/^$/p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

die() { echo "bench: $*" >&2; exit 2; }

if [ "$build" = 1 ]; then
  echo "building the release binary..." >&2
  (cd "$repo" && cargo build --release --quiet)
fi
coach="$repo/target/release/coach"
[ -x "$coach" ] || die "no $coach; build it or drop --no-build"

work=$(mktemp -d "${TMPDIR:-/tmp}/coach-bench.XXXXXX")
if [ "$keep" = 1 ]; then
  echo "keeping $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi
cohort="$work/cohort"
mkdir -p "$cohort"

# --- generate the cohort ---

IFS=',' read -r -a slugs <<<"$exercises"
declare -a files correct starters wrongs
for j in "${!slugs[@]}"; do
  slug=${slugs[$j]}
  toml="$catalog/exercises/$slug/exercise.toml"
  [ -f "$toml" ] || die "$toml is missing (is the catalog there yet? try --fixture)"
  file=$(sed -n 's/^[[:space:]]*file[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' "$toml" | head -n 1)
  [ -n "$file" ] || die "no file = \"...\" in $toml"
  files[$j]=$file
  correct[$j]="$catalog/graders/$slug/solution.py"
  starters[$j]="$catalog/exercises/$slug/starter.py"
  [ -f "${correct[$j]}" ] || die "${correct[$j]} is missing"
  [ -f "${starters[$j]}" ] || die "${starters[$j]} is missing"
  # the known-wrong solutions, sorted, joined with newlines
  wrongs[$j]=$(find "$catalog/graders/$slug/wrong" -maxdepth 1 -name '*.py' 2>/dev/null | LC_ALL=C sort || true)
done

declare -A mix=([correct]=0 [wrong]=0 [starter]=0)
for ((i = 1; i <= count; i++)); do
  dir=$(printf '%s/student-%03d' "$cohort" "$i")
  mkdir -p "$dir"
  for j in "${!slugs[@]}"; do
    # deterministic: the same (student, exercise) always gets the same kind of solution
    bucket=$(( (i * 7 + j * 3) % 10 ))
    if [ "$bucket" -lt 6 ]; then
      kind=correct; source=${correct[$j]}
    elif [ "$bucket" -lt 9 ] && [ -n "${wrongs[$j]}" ]; then
      mapfile -t options <<<"${wrongs[$j]}"
      kind=wrong; source=${options[$(( (i + j) % ${#options[@]} ))]}
    else
      kind=starter; source=${starters[$j]}
    fi
    mix[$kind]=$(( ${mix[$kind]} + 1 ))
    cp "$source" "$dir/${files[$j]}"
  done
done
solutions=$(( count * ${#slugs[@]} ))

# --- run ---

# Sample process $1 and its descendants every 20 ms until it exits; print three peaks, in
# kB: coach's own VmHWM, the largest VmHWM of any Python worker (GNU time sees only the
# first level of children, and the workers run in PID namespaces of their own) and the
# largest total resident set of the whole tree at one moment. The tree is walked through
# each thread's children file, not a scan of /proc, so the sampler takes little of the
# CPU the graded code runs on.
sample_tree() {
  python3 - "$1" <<'PY'
import os, sys, time
root = int(sys.argv[1])

def status(pid):
    fields = {}
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                key, _, value = line.partition(":")
                fields[key] = value.strip()
    except OSError:
        return None
    return fields

def kb(fields, key):
    return int(fields.get(key, "0 kB").split()[0])

def children(pid):
    found = []
    try:
        threads = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in threads:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as handle:
                found.extend(int(child) for child in handle.read().split())
        except (OSError, ValueError):
            pass
    return found

coach = worker = tree = 0
while os.path.exists(f"/proc/{root}"):
    family, todo = {root}, [root]
    while todo:
        pid = todo.pop()
        found = [child for child in children(pid) if child not in family]
        family.update(found)
        todo.extend(found)
    total = 0
    for pid in family:
        fields = status(pid)
        if fields is None:
            continue
        total += kb(fields, "VmRSS")
        if pid == root:
            coach = max(coach, kb(fields, "VmHWM"))
        elif fields.get("Name", "").startswith("python"):
            worker = max(worker, kb(fields, "VmHWM"))
    tree = max(tree, total)
    time.sleep(0.02)
print(coach, worker, tree)
PY
}

have_time=0
[ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1 && have_time=1

declare -A wall hwm tree status workers trees
for jobs in $jobs_list; do
  report="$work/report-j$jobs.json"
  timing="$work/time-j$jobs.txt"
  start=$(date +%s.%N)
  if [ "$have_time" = 1 ]; then
    /usr/bin/time -v -o "$timing" "$coach" --catalog "$catalog" grade --each "$cohort" --jobs "$jobs" \
      --exercises "$exercises" --report "json=$report" >"$work/out-j$jobs.txt" 2>"$work/err-j$jobs.txt" &
    runner=$!
    # GNU time forks coach: sample coach, not time
    child=""
    for _ in $(seq 1 200); do
      child=$(cat "/proc/$runner/task/$runner/children" 2>/dev/null | awk '{print $1}' || true)
      [ -n "$child" ] && break
      sleep 0.005
    done
  else
    "$coach" --catalog "$catalog" grade --each "$cohort" --jobs "$jobs" \
      --exercises "$exercises" --report "json=$report" >"$work/out-j$jobs.txt" 2>"$work/err-j$jobs.txt" &
    runner=$!
    child=$runner
  fi
  read -r peak worker_peak tree_peak < <(sample_tree "${child:-$runner}")
  set +e
  wait "$runner"
  code=$?
  set -e
  end=$(date +%s.%N)
  status[$jobs]=$code
  if [ "$code" -gt 1 ]; then
    cat "$work/err-j$jobs.txt" >&2
    die "coach exited with $code for --jobs $jobs"
  fi
  wall[$jobs]=$(echo "$end - $start" | bc -l)
  hwm[$jobs]=$peak
  workers[$jobs]=$worker_peak
  trees[$jobs]=$tree_peak
  if [ "$have_time" = 1 ]; then
    tree[$jobs]=$(sed -n 's/.*Maximum resident set size (kbytes): \([0-9]*\)/\1/p' "$timing")
    elapsed=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): \(.*\)/\1/p' "$timing")
    wall[$jobs]=$(echo "$elapsed" | awk -F: '{ s = 0; for (k = 1; k <= NF; k++) s = s * 60 + $k; print s }')
  else
    tree[$jobs]="-"
  fi
done

# --- a bare start of the interpreter, for the ratios ---

python=$(python3 -c 'import sys; print(sys.executable)')
bare_us=$(python3 - "$python" <<'PY'
import subprocess, sys, time
times = []
for _ in range(40):
    start = time.perf_counter()
    subprocess.run([sys.argv[1], "-I", "-S", "-c", "pass"], check=True)
    times.append(time.perf_counter() - start)
print(int(sorted(times)[len(times) // 2] * 1e6))
PY
)

# Every case's own time in a report, in seconds (sample cases' time_ms, hidden_time_ms).
cases_time() {
  python3 -c 'import json, sys
r = json.load(open(sys.argv[1]))
total = 0.0
for s in r["submissions"]:
    for e in s.get("exercises", []):
        total += e.get("hidden_time_ms") or 0
        total += sum(c.get("time_ms") or 0 for c in e.get("cases", []))
print(total / 1000)' "$1"
}

# --- the reports must not depend on --jobs ---

normalise='import json, sys
def n(v):
    if isinstance(v, dict):
        return {k: (0 if k.endswith("time_ms") else n(x)) for k, x in v.items()}
    if isinstance(v, list):
        return [n(x) for x in v]
    return v
print(json.dumps(n(json.load(open(sys.argv[1]))), sort_keys=True))'
same=yes
first=""
for jobs in $jobs_list; do
  text=$(python3 -c "$normalise" "$work/report-j$jobs.json")
  if [ -z "$first" ]; then first=$text; elif [ "$text" != "$first" ]; then same=NO; fi
done
score=$(python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); print("%d/%d" % (r["score"], r["max_score"]))' \
  "$work/report-j$(echo "$jobs_list" | awk '{print $1}').json")

# --- print ---

echo
echo "coach grade benchmark"
echo "  catalog:      $catalog"
echo "  exercises:    $exercises"
echo "  submissions:  $count ($solutions solutions: ${mix[correct]} correct, ${mix[wrong]} wrong, ${mix[starter]} starter)"
echo "  python:       $(python3 --version 2>&1)"
echo "  cores:        $(nproc)"
echo "  score:        $score (exit ${status[$(echo "$jobs_list" | awk '{print $1}')]})"
echo "  reports identical across --jobs (time_ms ignored): $same"
echo "  bare start:   ${bare_us} us (python -I -S -c pass)"
echo "  load:         $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '  %-6s %10s %14s %12s %22s %22s %22s %22s\n' "jobs" "wall (s)" "submissions/s" "solutions/s" "coach peak RSS (MiB)" "worker peak RSS (MiB)" "tree peak total (MiB)" "GNU time max RSS (MiB)"
for jobs in $jobs_list; do
  rate=$(echo "$count / ${wall[$jobs]}" | bc -l)
  srate=$(echo "$solutions / ${wall[$jobs]}" | bc -l)
  mib=$(echo "${hwm[$jobs]} / 1024" | bc -l)
  if [ "${tree[$jobs]}" = "-" ]; then treemib="-"; else treemib=$(printf '%.1f' "$(echo "${tree[$jobs]} / 1024" | bc -l)"); fi
  printf '  %-6s %10.2f %14.1f %12.1f %22.1f %22.1f %22.1f %22s\n' "$jobs" "${wall[$jobs]}" "$rate" "$srate" "$mib" \
    "$(echo "${workers[$jobs]} / 1024" | bc -l)" "$(echo "${trees[$jobs]} / 1024" | bc -l)" "$treemib"
done
base=$(echo "$jobs_list" | awk '{print $1}')
for jobs in $jobs_list; do
  [ "$jobs" = "$base" ] && continue
  printf '  speed-up of --jobs %s over --jobs %s: %.2fx (wall ratio %.2f), efficiency %.0f%% (target: at least 90%%)\n' "$jobs" "$base" \
    "$(echo "${wall[$base]} / ${wall[$jobs]}" | bc -l)" "$(echo "${wall[$jobs]} / ${wall[$base]}" | bc -l)" \
    "$(echo "100 * ${wall[$base]} * $base / (${wall[$jobs]} * $jobs)" | bc -l)"
done
for jobs in $jobs_list; do
  own=$(cases_time "$work/report-j$jobs.json")
  printf '  --jobs %s: the cases took %.2f s of their own; beyond that, %.2f bare starts per solution%s\n' "$jobs" "$own" \
    "$(echo "(${wall[$jobs]} * $jobs - $own) / $solutions / ($bare_us / 1000000)" | bc -l)" \
    "$([ "$jobs" = 2 ] && echo ' (target at --jobs 2: at most 1.5)')"
done
[ "$same" = yes ] || { echo "bench: the reports differ between --jobs values" >&2; exit 1; }
