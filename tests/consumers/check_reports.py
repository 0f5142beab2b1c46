"""Every report of a hostile cohort, read by the tools that consume it.

Usage: python check_reports.py COACH_BINARY

Grades a cohort built to break reports (names and output with characters XML 1.0
forbids, quotes, spreadsheet formulas, Markdown syntax, a 40 MiB value, 40 MiB of
output) with the built-in catalog, then checks:
- JUnit: parsed by junitparser; valid against Jenkins' junit-10 XSD, and each suite
  against Surefire's;
- Gradescope and Exercism results (one per student): valid against the JSON Schemas
  written from their published specifications (tests/fixtures/grade/schemas/);
- coach's own JSON grade report: valid against docs/schemas/grade-report.schema.json;
- CSV: read back by Python's csv, one row per student and exercise, no cell that a
  spreadsheet would run as a formula;
- Markdown: rendered as CommonMark (with tables), one table row per student and
  exercise, no raw HTML from a student.

Needs junitparser, xmlschema, jsonschema and markdown-it-py (.ci/run installs them).
"""

import csv
import io
import json
import pathlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

import jsonschema
import junitparser
import xmlschema
from markdown_it import MarkdownIt

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BAD = "\ufffe\uffff\x01\x1b[31m"

# The file name of each student's solution to palindrome, keyed by folder name.
STUDENTS = {
    '=HYPERLINK("x","y")': f"def is_palindrome(text):\n    print({BAD!r} + ' *x* <y> |z|')\n    raise ValueError({('bad ' + BAD)!r})\n",
    "*bold*_under_<b>|pipe|": "def is_palindrome(text):\n    return text == text[::-1]\n",
    "quote\"'s <script>": "def is_palindrome(text):\n    return 'x' * (40 * 1024 * 1024)\n",
    "+cmd|' /C calc'!A0": "def is_palindrome(text):\n    print('y' * (40 * 1024 * 1024))\n    return True\n",
    f"name{BAD[:2]}": "def is_palindrome(text):\n    print('<testsuite name=\"x\">]]>&amp;')\n    return False\n",
}

FAILURES = []


def fail(what, problem):
    FAILURES.append(f"{what}: {problem}")
    print(f"FAIL {what}: {problem}", file=sys.stderr)


def grade(coach, args):
    result = subprocess.run([coach, "grade", *args], capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise SystemExit(f"coach grade {args} exited {result.returncode}:\n{result.stderr}")
    return result


def check_junit(path):
    text = path.read_text(encoding="utf-8")
    try:
        xml = junitparser.JUnitXml.fromfile(str(path))
        cases = sum(1 for suite in xml for _ in suite)
        if cases == 0:
            fail("junit", "junitparser found no test cases")
    except Exception as error:  # noqa: BLE001 - any parse failure is the finding
        fail("junit", f"junitparser cannot read it: {error}")
    jenkins = xmlschema.XMLSchema(str(HERE / "xsd" / "junit-10.xsd"))
    for error in jenkins.iter_errors(str(path)):
        fail("junit (Jenkins junit-10 XSD)", error.reason)
        break
    surefire = xmlschema.XMLSchema(str(HERE / "xsd" / "surefire-test-report-3.0.xsd"))
    root = ElementTree.fromstring(text.encode("utf-8"))
    for suite in root.iter("testsuite"):
        for error in surefire.iter_errors(ElementTree.tostring(suite, encoding="unicode")):
            fail(f"junit suite {suite.get('name')!r} (Surefire XSD)", error.reason)
            break
    if len(text) > 5 * 1024 * 1024:
        fail("junit", f"{len(text)} characters: a 40 MiB value was not capped")


def check_json(what, document, schema_path):
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for error in validator.iter_errors(document):
        fail(what, f"{'/'.join(map(str, error.absolute_path))}: {error.message[:300]}")


def check_csv(path, rows):
    with path.open(newline="", encoding="utf-8") as handle:
        records = list(csv.reader(handle))
    if len(records) != rows + 1:
        fail("csv", f"{len(records) - 1} rows, expected {rows}")
    for record in records[1:]:
        for cell in record:
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                fail("csv", f"a cell a spreadsheet would run as a formula: {cell[:60]!r}")


def check_markdown(path, rows):
    text = path.read_text(encoding="utf-8")
    html = MarkdownIt("commonmark").enable("table").render(text)
    body_rows = html.count("<tr>") - html.count("<thead>")
    if body_rows != rows:
        fail("markdown", f"{body_rows} table rows rendered, expected {rows}")
    for raw in ("<b>", "<script>", "<y>"):
        if raw in html:
            fail("markdown", f"raw HTML {raw} from a student reached the rendered page")


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    coach = str(pathlib.Path(sys.argv[1]).resolve())
    with tempfile.TemporaryDirectory() as scratch:
        scratch = pathlib.Path(scratch)
        cohort = scratch / "cohort"
        for name, source in STUDENTS.items():
            (cohort / name).mkdir(parents=True)
            (cohort / name / "palindrome.py").write_text(source, encoding="utf-8")
        reports = scratch / "reports"
        reports.mkdir()
        grade(
            coach,
            [
                "--each",
                str(cohort),
                "--exercises",
                "palindrome",
                "--report",
                f"json={reports / 'grade.json'}",
                "--report",
                f"junit={reports / 'junit.xml'}",
                "--report",
                f"csv={reports / 'grade.csv'}",
                "--report",
                f"markdown={reports / 'grade.md'}",
            ],
        )
        rows = len(STUDENTS)
        check_junit(reports / "junit.xml")
        check_json(
            "coach grade report",
            json.loads((reports / "grade.json").read_text(encoding="utf-8")),
            ROOT / "docs" / "schemas" / "grade-report.schema.json",
        )
        check_csv(reports / "grade.csv", rows)
        check_markdown(reports / "grade.md", rows)
        schemas = ROOT / "tests" / "fixtures" / "grade" / "schemas"
        for index, name in enumerate(STUDENTS):
            gradescope = reports / f"{index}.gradescope.json"
            exercism = reports / f"{index}.exercism.json"
            grade(
                coach,
                [
                    str(cohort / name),
                    "--exercises",
                    "palindrome",
                    "--report",
                    f"gradescope={gradescope}",
                    "--report",
                    f"exercism={exercism}",
                ],
            )
            check_json(
                f"gradescope ({name!r})",
                json.loads(gradescope.read_text(encoding="utf-8")),
                schemas / "gradescope-results.schema.json",
            )
            check_json(
                f"exercism ({name!r})",
                json.loads(exercism.read_text(encoding="utf-8")),
                schemas / "exercism-results-v3.schema.json",
            )
        sizes = {p.name: p.stat().st_size for p in reports.iterdir()}
    if FAILURES:
        raise SystemExit(f"{len(FAILURES)} problems with coach's reports")
    biggest = max(sizes.items(), key=lambda item: item[1])
    print(
        f"every report of the hostile cohort is accepted ({len(sizes)} files, "
        f"largest {biggest[0]} at {biggest[1]} bytes)"
    )


if __name__ == "__main__":
    main()
