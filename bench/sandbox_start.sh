#!/usr/bin/env bash
# The cost of starting one sandboxed Python (through `coach __sandbox`: rlimits,
# capabilities, a tmpfs scratch, Landlock, seccomp) against starting the same Python directly.
# Usage: bench/sandbox_start.sh [RUNS]   (default 50)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-50}
cargo build --release --quiet
coach=$PWD/target/release/coach
python=$(python3 -c 'import sys; print(sys.executable)')
prefix=$(python3 -c 'import sys; print(sys.base_prefix)')
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"

config() {
    printf '{"parent":%d,"cpu_seconds":10,"memory":268435456,"file_size":16777216,"disk":67108864,"open_files":64,' "$1"
    printf '"read_paths":["/usr","/lib","/lib64","/etc/ld.so.cache","%s","%s"],' "$prefix" "$(dirname "$python")"
    printf '"write_paths":["%s"],"processes":false,"network":false,"require":false}' "$scratch"
}
time_runs() {
    local start end
    # the helper checks that its parent is the one named in its settings
    local me=$BASHPID
    settings=$(config "$me")
    start=$(date +%s%N)
    for _ in $(seq "$runs"); do "${@/@SETTINGS@/$settings}" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; done
    end=$(date +%s%N)
    echo $(( (end - start) / runs / 1000 ))
}

# warm the page cache first
time_runs "$python" -I -c pass >/dev/null
plain=$(time_runs "$python" -I -c pass)
sandboxed=$(time_runs "$coach" __sandbox --config @SETTINGS@ -- "$python" -I -c pass)
echo "runs:               $runs"
echo "python directly:    ${plain} us per start"
echo "through the sandbox: ${sandboxed} us per start"
awk -v a="$sandboxed" -v b="$plain" 'BEGIN { printf "ratio:              %.2f\n", a / b }'
