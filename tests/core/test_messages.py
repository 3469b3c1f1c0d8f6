"""Every sentence the core gives the app has a template the app can translate.

The sentences are found in the source itself: the text of each error raised, each
problem of an imported row or ballot, each warning of an opened session. A new
sentence without a template in ``facilitator/messages/`` fails here, naming it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from facilitator.messages import TEMPLATES

CORE = Path(__file__).resolve().parents[2] / "facilitator"
#: sentences for developers, never shown to a workshop (a wrong argument in code)
FOR_DEVELOPERS = {
    "Ballots are written per participant or per country.",
    "The font {} is missing from {} (found: {}).",
    "{} cannot be set on a review.",
    "{} cannot be set on an action.",
    "No step '{}'; known steps: {}",
    "{} is not a LogFrame column.",
    "{} cannot be set on the Goal.",
    "{} cannot be set on {}.",
    "{} has no UUIDs",
    "unreachable",
    "{} must be opened by the app before it can be attached.",
    "stage() is for plans run by SessionStore.apply or preview",
    # kinds the app only ever passes right (typed only on the command line)
    "'{}' is not a kind of activity; use activity or programme.",
    "'{}' is not a kind of item; use constraint, driver or threat.",
    "'{}' is not a vote; use threat_ranking or prioritisation.",
    "'{}' is not a criterion; use importance, capacity or priority.",
    "'{}' is not a vote; use {}.",
}
#: the command line and the phone page speak English (the phone page has its own words)
NOT_THE_APP = ("cli", "sample", "live")
#: lists of sentences the app shows: a session's warnings, what an import left out
REPORTED = {"warnings", "not_carried"}
#: call name → which argument is the sentence
SENTENCE_ARGUMENT = {"RowProblem": 1, "UnreadableFile": 1, "problem": 2, "Problem": 4}
ERROR = re.compile(r"(Error|Refused|Problems|Locked|ReadOnly|DamagedSession)$")
#: Python's own errors: a mistake in the code, never a sentence for a user
PYTHON_ERRORS = {"TypeError", "ValueError", "KeyError", "RuntimeError", "AssertionError"}


def pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{\w+\}", template)
    return re.compile("(.+?)".join(re.escape(p) for p in parts), re.DOTALL)


def sentence(node: ast.expr) -> str | None:
    """The sentence's fixed words, each blank as ``{}``; None when not written out here."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = sentence(node.left), sentence(node.right)
        return None if left is None or right is None else left + right
    return None


def core_sentences() -> list[tuple[str, str]]:
    found = []
    for path in sorted(CORE.rglob("*.py")):
        if set(path.relative_to(CORE).parts) & set(NOT_THE_APP):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = getattr(func, "id", getattr(func, "attr", ""))
            if name in PYTHON_ERRORS:
                continue
            index = SENTENCE_ARGUMENT.get(name, 0 if ERROR.search(name) else None)
            owner = getattr(func, "value", None)
            if name == "append" and getattr(owner, "attr", "") in REPORTED:
                index = 0
            if index is None or len(node.args) <= index:
                continue
            text = sentence(node.args[index])
            if text is not None:
                found.append((f"{path.relative_to(CORE.parent)}:{node.lineno}", text))
    return found


def test_the_scan_finds_the_core_sentences():
    texts = {text for _, text in core_sentences()}
    assert len(texts) > 150
    assert "An item cannot be its own cause." in texts
    assert "{} is not a well-formed CSV file (line {}: {})." in texts


def test_every_sentence_for_the_app_has_a_template():
    patterns = [pattern(t) for t in TEMPLATES]
    missing = [
        f"{where}: {text}"
        for where, text in core_sentences()
        if text not in FOR_DEVELOPERS
        and not any(p.fullmatch(text.replace("{}", "x")) for p in patterns)
    ]
    assert not missing, "sentences without a template in facilitator/messages/:\n" + "\n".join(
        missing
    )


#: what builds an undoable edit: its first argument is the name Undo and Redo show
EDIT_BUILDERS = {"FunctionEdit", "combine"}


def edit_labels() -> list[tuple[str, str]]:
    """The names of undoable edits, except those whose first word is itself chosen in code
    ('{verb} a footnote'): each of their forms is a template of its own."""
    found = []
    for root in (CORE, CORE.parent / "ui"):
        for path in sorted(root.rglob("*.py")):
            if set(path.relative_to(root).parts) & set(NOT_THE_APP) and root == CORE:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                text = sentence(node.args[0]) if name in EDIT_BUILDERS else None
                if text and not text.startswith("{}"):
                    found.append((f"{path.relative_to(CORE.parent)}:{node.lineno}", text))
    return found


def test_every_edit_name_has_a_template():
    patterns = [pattern(t) for t in TEMPLATES]
    labels = edit_labels()
    assert len(labels) > 30
    missing = [
        f"{where}: {text}"
        for where, text in labels
        if not any(p.fullmatch(text.replace("{}", "x")) for p in patterns)
    ]
    assert not missing, "edit names without a template in facilitator/messages/:\n" + "\n".join(
        missing
    )


def test_each_template_names_each_blank_once():
    for template in TEMPLATES:
        names = re.findall(r"\{(\w*)\}", template)
        assert all(names), f"a blank without a name in {template!r}"
        assert len(names) == len(set(names)), f"a name used twice in {template!r}"
    assert len(TEMPLATES) == len(set(TEMPLATES))
