"""The README's Command line section documents every command, and only real ones."""

from __future__ import annotations

import re
from pathlib import Path

from facilitator.cli.commands import COMMANDS
from facilitator.importing import FILE_KINDS

README = Path(__file__).resolve().parents[2] / "README.md"


def command_line_section() -> str:
    text = README.read_text(encoding="utf-8")
    match = re.search(r"^## Command line\n(.*?)(?=^## )", text, re.DOTALL | re.MULTILINE)
    assert match, "README.md has no '## Command line' section"
    return match.group(1)


def test_every_command_is_documented():
    section = command_line_section()
    missing = [name for name in COMMANDS if f"`facilitator {name} " not in section]
    assert missing == [], f"README's Command line section does not describe: {', '.join(missing)}"


def test_every_documented_command_exists():
    documented = set(re.findall(r"`facilitator ([a-z-]+) ", command_line_section()))
    assert documented <= set(COMMANDS), (
        f"README describes commands that do not exist: {documented - set(COMMANDS)}"
    )


def test_every_import_header_is_documented():
    section = command_line_section()
    for kind in FILE_KINDS:
        for column in kind.columns():
            assert re.search(rf"\b{re.escape(column)}\b", section), (
                f"README does not mention the '{column}' column of {kind.name} files"
            )


def test_every_table_name_is_documented():
    from facilitator.voting.tables import TABLES

    section = command_line_section()
    missing = [name for name in TABLES if f"`{name}`" not in section]
    assert missing == [], (
        f"README's Command line section does not name the tables: {', '.join(missing)}"
    )


def test_every_document_kind_is_documented():
    from facilitator.documents import WRITERS

    section = command_line_section()
    for kind, extension in WRITERS:
        assert f"`{kind}`" in section and f"`{extension}`" in section, (
            f"README misses {kind} as {extension}"
        )
