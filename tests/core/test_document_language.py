"""Documents in the language chosen at export: Russian, Persian and Turkish fixed words."""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

import pytest

from facilitator.cli.commands import main
from facilitator.words import _CATALOGUE, document_language, source_words, word

ROOT = Path(__file__).resolve().parents[2]


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_logframe_in_russian_has_russian_headings(sample_path: Path, tmp_path: Path, capsys):
    out = tmp_path / "logframe-ru.pdf"
    assert main(["export", str(sample_path), "logframe", "-o", str(out), "--language", "ru"]) == 0
    text = pdf_text(out)
    for heading in ("Матрица LogFrame", "Видение", "Цель", "Индикатор", "Сроки", "Бюджет"):
        assert heading in text
    assert "Приоритет" in text and "Задача: " in text and "стр. 1 из " in text
    for english in ("Objective / Result / Activity", "Objective: ", "Result: ", "page 1 of"):
        assert english not in text
    # what the workshop typed stays as typed
    assert "Persian Leopard" in text


def test_english_stays_the_default(sample_path: Path, tmp_path: Path, capsys):
    out = tmp_path / "logframe.pdf"
    assert main(["export", str(sample_path), "logframe", "-o", str(out)]) == 0
    text = pdf_text(out)
    assert "Narrative summary" in text and "page 1 of" in text and "Индикатор" not in text


def test_turkish_and_persian_logframes_are_written(sample_path: Path, tmp_path: Path, capsys):
    for code, heading in (("tr", "Gösterge"), ("fa", "LogFrame")):
        out = tmp_path / f"logframe-{code}.pdf"
        assert (
            main(["export", str(sample_path), "logframe", "-o", str(out), "--language", code]) == 0
        )
        assert heading in pdf_text(out)


def test_an_unknown_language_is_a_usage_error(sample_path: Path, tmp_path: Path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(
            [
                "export",
                str(sample_path),
                "logframe",
                "-o",
                str(tmp_path / "x.pdf"),
                "--language",
                "xx",
            ]
        )
    assert stop.value.code == 2
    assert not (tmp_path / "x.pdf").exists()


def test_the_language_ends_with_the_export():
    with document_language("ru"):
        assert word("Indicator") == "Индикатор"
        assert word("page {page} of {pages}", page=2, pages=9) == "стр. 2 из 9"
    assert word("Indicator") == "Indicator"


def test_every_language_fills_the_same_parameters():
    for source, translations in _CATALOGUE.items():
        wanted = sorted(part.split("}")[0] for part in source.split("{")[1:])
        for text in translations:
            assert text.strip(), source
            assert sorted(part.split("}")[0] for part in text.split("{")[1:]) == wanted, text


def test_every_word_the_documents_ask_for_is_in_the_catalogue():
    known = set(source_words())
    asked = set()
    for path in (ROOT / "facilitator").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "word"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                asked.add(node.args[0].value)
    assert asked and asked <= known, sorted(asked - known)


def test_score_tables_in_turkish(sample_path: Path, tmp_path: Path, capsys):
    out = tmp_path / "tables-tr.pdf"
    assert main(["export", str(sample_path), "tables", "-o", str(out), "--language", "tr"]) == 0
    text = pdf_text(out)
    for heading in (
        "Puan tabloları",
        "Tehdit sıralama tablosu",
        "Ülkelere göre faaliyet öncelikleri",
    ):
        assert heading in text
    assert "Threat ranking table" not in text and "sayfa 1 / " in text
