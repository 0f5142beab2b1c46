"""coach's mutator: small, plausible mistakes made to a solution, for `coach validate
--mutants`. Reads a solution's source on stdin; writes one JSON document on stdout: a list
of {"operator", "line", "source"} with every mutant's whole source, each different from
the original and from each other, each compiling. Mutations are text edits at positions
the AST and the tokenizer give, so a mutant differs from the original only where it was
mutated. Runs on Python 3.8 and newer.
"""

import ast
import io
import json
import sys
import tokenize

COMPARISONS = {"<": "<=", "<=": "<", ">": ">=", ">=": ">", "==": "!=", "!=": "=="}
ARITHMETIC = {"+": "-", "-": "+", "*": "//", "/": "*", "//": "/", "%": "//", "+=": "-=", "-=": "+="}
KEYWORDS = {"and": "or", "or": "and", "True": "False", "False": "True"}
# Membership and identity tests, found through the AST (a `for ... in` is not one).
MEMBERSHIP = {ast.In: " not in ", ast.NotIn: " in ", ast.Is: " is not ", ast.IsNot: " is "}
NAMES = {
    "casefold": "lower",
    "lower": "upper",
    "upper": "lower",
    "isalnum": "isalpha",
    "isalpha": "isalnum",
    "isdigit": "isalnum",
    "min": "max",
    "max": "min",
    "append": "insert",
    "appendleft": "append",
    "popleft": "pop",
    "pop": "popleft",
    "any": "all",
    "all": "any",
    "sorted": "list",
    "reversed": "iter",
    "bisect_right": "bisect_left",
    "bisect_left": "bisect_right",
    "heappush": "heappushpop",
    "strip": "rstrip",
    "split": "rsplit",
    "startswith": "endswith",
    "endswith": "startswith",
    "keys": "values",
    "values": "keys",
}
# Calls that can be dropped: `text.casefold()` becomes `text`.
DROPPABLE = {"casefold", "lower", "upper", "strip", "lstrip", "rstrip", "copy", "split", "sort", "reverse"}


class Source:
    def __init__(self, text):
        self.text = text
        self.lines = text.splitlines(True)
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line))

    def offset(self, line, col):
        # NOTE: AST columns count UTF-8 bytes; tokenize's count characters. Both are
        # turned into character offsets here.
        return self.starts[line - 1] + col

    def byte_col(self, line, col):
        text = self.lines[line - 1].encode("utf-8")[:col].decode("utf-8", "replace")
        return len(text)

    def span(self, node):
        start = self.offset(node.lineno, self.byte_col(node.lineno, node.col_offset))
        end = self.offset(node.end_lineno, self.byte_col(node.end_lineno, node.end_col_offset))
        return start, end

    def replace(self, start, end, new):
        return self.text[:start] + new + self.text[end:]


def quiet_spans(src, tree):
    """Where a string is not worth mutating: exception messages (`raise X("...")`, whose
    wording prompts leave open) and annotations (`Dict[str, "_Node"]`)."""
    spans = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and node.exc is not None:
            spans.append(src.span(node.exc))
        for annotation in (getattr(node, "annotation", None), getattr(node, "returns", None)):
            if annotation is not None:
                spans.append(src.span(annotation))
    return spans


def token_mutants(src, quiet):
    out = []
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(src.text).readline))
    except (tokenize.TokenError, SyntaxError):
        return out
    previous = None
    for tok in tokens:
        (line, col), (end_line, end_col) = tok.start, tok.end
        start, end = src.offset(line, col), src.offset(end_line, end_col)
        if tok.type == tokenize.OP:
            if tok.string in COMPARISONS:
                out.append(("comparison", line, src.replace(start, end, COMPARISONS[tok.string])))
            elif tok.string in ARITHMETIC:
                out.append(("arithmetic", line, src.replace(start, end, ARITHMETIC[tok.string])))
        elif tok.type == tokenize.NAME:
            after_dot = previous is not None and previous.string == "."
            if tok.string in KEYWORDS:
                out.append(("boolean", line, src.replace(start, end, KEYWORDS[tok.string])))
            elif tok.string in NAMES and (after_dot or tok.string in ("min", "max", "any", "all", "sorted", "reversed")):
                out.append(("name", line, src.replace(start, end, NAMES[tok.string])))
        elif tok.type == tokenize.NUMBER:
            try:
                value = ast.literal_eval(tok.string)
            except (ValueError, SyntaxError):
                value = None
            if isinstance(value, int) and not isinstance(value, bool):
                out.append(("constant", line, src.replace(start, end, str(value + 1))))
                out.append(("constant", line, src.replace(start, end, str(value - 1) if value > 0 else "1")))
        elif tok.type == tokenize.STRING and not tok.string.lstrip("rbuRBU").startswith(('"""', "'''")):
            if tok.string not in ('""', "''") and not any(a <= start < b for a, b in quiet):
                out.append(("constant", line, src.replace(start, end, '""')))
        previous = tok
    return out


def ast_mutants(src, tree):
    out = []
    for node in ast.walk(tree):
        body_fields = [f for f in ("body", "orelse", "finalbody") if isinstance(getattr(node, f, None), list)]
        for field in body_fields:
            body = getattr(node, field)
            for statement in body:
                if not isinstance(statement, ast.stmt) or isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    continue
                if isinstance(statement, ast.Expr) and isinstance(getattr(statement, "value", None), ast.Constant):
                    continue  # a docstring
                start, end = src.span(statement)
                out.append(("statement", statement.lineno, src.replace(start, end, "pass")))
        if isinstance(node, ast.Return) and node.value is not None and not (isinstance(node.value, ast.Constant) and node.value.value is None):
            start, end = src.span(node.value)
            out.append(("return", node.lineno, src.replace(start, end, "None")))
        if isinstance(node, (ast.If, ast.While, ast.IfExp)) or (isinstance(node, ast.Assert)):
            test = node.test
            start, end = src.span(test)
            out.append(("condition", test.lineno, src.replace(start, end, "not (" + src.text[start:end] + ")")))
        if isinstance(node, ast.comprehension):
            for condition in node.ifs:
                start, end = src.span(condition)
                out.append(("condition", condition.lineno, src.replace(start, end, "not (" + src.text[start:end] + ")")))
        if isinstance(node, ast.Compare):
            before = node.left
            for op, after in zip(node.ops, node.comparators):
                if type(op) in MEMBERSHIP:
                    start = src.span(before)[1]
                    end = src.span(after)[0]
                    out.append(("comparison", node.lineno, src.replace(start, end, MEMBERSHIP[type(op)])))
                before = after
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            start, end = src.span(node)
            inner_start, inner_end = src.span(node.operand)
            out.append(("condition", node.lineno, src.replace(start, end, src.text[inner_start:inner_end])))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in DROPPABLE and not node.args and not node.keywords:
            start, end = src.span(node)
            inner_start, inner_end = src.span(node.func.value)
            out.append(("call", node.lineno, src.replace(start, end, src.text[inner_start:inner_end])))
        if isinstance(node, ast.Slice):
            for part in ("lower", "upper"):
                bound = getattr(node, part)
                if bound is not None:
                    start, end = src.span(bound)
                    out.append(("slice", bound.lineno, src.replace(start, end, "(" + src.text[start:end] + ") + 1")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range" and node.args:
            bound = node.args[-1] if len(node.args) < 3 else node.args[1]
            start, end = src.span(bound)
            text = src.text[start:end]
            out.append(("range", bound.lineno, src.replace(start, end, "(" + text + ") + 1")))
            out.append(("range", bound.lineno, src.replace(start, end, "(" + text + ") - 1")))
    return out


def main():
    text = sys.stdin.read()
    tree = ast.parse(text)
    src = Source(text)
    seen = {text}
    mutants = []
    for operator, line, source in token_mutants(src, quiet_spans(src, tree)) + ast_mutants(src, tree):
        if source in seen:
            continue
        seen.add(source)
        try:
            compile(source, "<mutant>", "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            continue
        mutants.append({"operator": operator, "line": line, "source": source})
    json.dump(mutants, sys.stdout)


main()
