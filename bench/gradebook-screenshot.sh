#!/usr/bin/env bash
# Grade the fixture cohorts into an HTML gradebook and look at it in headless Chromium.
#
# Builds coach (debug), grades the test fixtures' submissions (tests/fixtures/cohort and
# the grade fixtures: a syntax error, a crash, hostile output, a script exercise, a
# two-exercise submission) against tests/fixtures/grade/catalog with
# `--report html=OUT/gradebook.html`, then with Chromium:
#
#   OUT/gradebook.png         the page as it opens
#   OUT/gradebook-sorted.png  the page after a scripted click on "Total" and on one cell
#
# and checks the sorting: a copy of the page (OUT/probe.html, without its
# Content-Security-Policy, which would rightly refuse the extra script) clicks the
# column headings and reports whether the rows came out in order; `--dump-dom` reads
# the verdict back. Exits 1 when a check fails, 3 when no Chromium is found.
#
# Usage: bench/gradebook-screenshot.sh [--out DIR] [--window-size W,H] [--no-build]
#
# Chromium: $CHROMIUM, else chromium, chromium-browser, google-chrome or
# google-chrome-stable on PATH (Debian: `apt-get install chromium`). Not part of
# `cargo test`.

set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out="$repo/target/gradebook"
size="1200,900"
build=1

while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --window-size) size=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

browser=${CHROMIUM:-}
if [ -z "$browser" ]; then
  for name in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$name" >/dev/null 2>&1; then browser=$(command -v "$name"); break; fi
  done
fi
if [ -z "$browser" ] || ! [ -x "$browser" ]; then
  echo "no Chromium found (looked for \$CHROMIUM, chromium, chromium-browser, google-chrome," >&2
  echo "google-chrome-stable); install one (Debian: apt-get install chromium) or set CHROMIUM" >&2
  exit 3
fi

cd "$repo"
if [ "$build" = 1 ]; then
  cargo build --quiet
fi
coach="$repo/target/debug/coach"
mkdir -p "$out"
out=$(cd "$out" && pwd)

# Exit 1 only says that some submissions failed, as they do on purpose here.
status=0
"$coach" --catalog tests/fixtures/grade/catalog grade --each \
  tests/fixtures/cohort tests/fixtures/grade/ci tests/fixtures/grade/multi \
  tests/fixtures/grade/scripts tests/fixtures/grade/hostile \
  --report "html=$out/gradebook.html" >"$out/grade.txt" || status=$?
if [ "$status" -gt 1 ]; then
  cat "$out/grade.txt" >&2
  echo "coach grade failed (exit $status)" >&2
  exit 1
fi
echo "gradebook: $out/gradebook.html ($(wc -c <"$out/gradebook.html") bytes)"

# NOTE: --no-sandbox because this often runs as root in a container; the page is ours.
chrome() {
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --window-size="$size" "$@" 2>>"$out/chromium.log"
}

chrome --screenshot="$out/gradebook.png" "file://$out/gradebook.html" >/dev/null
echo "screenshot: $out/gradebook.png"

# The probe clicks like a person would (on the buttons the page's own script made) and
# checks each order: Total descending, Student ascending, adder with the missing last.
cat >"$out/probe.js" <<'EOF'
(function () {
  var table = document.getElementById("gradebook");
  var heads = table.tHead.rows[0].cells;
  function column(name) {
    for (var i = 0; i < heads.length; i++) {
      if (heads[i].textContent.trim().indexOf(name) === 0) return i;
    }
    throw new Error("no column " + name);
  }
  function keys(i) {
    return Array.prototype.map.call(table.tBodies[0].rows, function (r) {
      return r.cells[i].getAttribute("data-sort");
    });
  }
  function click(name) {
    var i = column(name);
    heads[i].querySelector("button").click();
    return keys(i);
  }
  var problems = [];
  // Missing values last, the others in `direction` (1 ascending, -1 descending).
  function check(name, values, direction, numeric) {
    var firstMissing = values.indexOf("");
    var present = firstMissing < 0 ? values : values.slice(0, firstMissing);
    if (firstMissing >= 0 && values.slice(firstMissing).some(function (k) { return k !== ""; }))
      return problems.push(name + ": a missing value before a present one: " + values);
    for (var i = 1; i < present.length; i++) {
      var order = numeric ? Number(present[i]) - Number(present[i - 1])
        : present[i].localeCompare(present[i - 1]);
      if (order * direction < 0) return problems.push(name + " out of order: " + values);
    }
  }
  check("Student", click("Student"), 1, false);
  check("Student, again", click("Student"), -1, false);
  check("adder", click("adder"), -1, true);
  check("adder, again", click("adder"), 1, true);
  check("Total", click("Total"), -1, true);
  var rows = Array.prototype.map.call(table.tBodies[0].rows, function (r) {
    return r.cells[0].getAttribute("data-sort") + "=" + r.cells[r.cells.length - 1].getAttribute("data-sort");
  });
  // Open the first cell that failed, for the screenshot.
  var failed = table.querySelector("td.cell:not(.s10):not(.none) details");
  if (failed) failed.open = true;
  var report = document.createElement("pre");
  report.id = "probe";
  report.textContent = (problems.length ? "probe: FAILED " + problems.join("; ") : "probe: ok") +
    "\nrows by Total: " + rows.join(", ");
  document.body.insertBefore(report, document.body.firstChild);
})();
EOF
{
  grep -v -e 'http-equiv="Content-Security-Policy"' -e '^</body>' -e '^</html>' "$out/gradebook.html"
  printf '<script>\n'
  cat "$out/probe.js"
  printf '</script>\n</body>\n</html>\n'
} >"$out/probe.html"

chrome --dump-dom "file://$out/probe.html" >"$out/probe.dom.html"
verdict=$(grep -o 'probe: [^<]*' "$out/probe.dom.html" | head -1 || true)
rows=$(grep -o 'rows by Total: [^<]*' "$out/probe.dom.html" | head -1 || true)
chrome --screenshot="$out/gradebook-sorted.png" "file://$out/probe.html" >/dev/null
echo "screenshot: $out/gradebook-sorted.png (sorted by Total, one cell open)"
echo "${rows:-rows by Total: (not found)}"
case "$verdict" in
  "probe: ok") echo "sorting: ok" ;;
  "") echo "sorting: the probe did not run (see $out/probe.dom.html)" >&2; exit 1 ;;
  *) echo "sorting: $verdict" >&2; exit 1 ;;
esac
