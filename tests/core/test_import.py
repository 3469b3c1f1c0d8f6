"""Importing CSV and XLSX files: what lands in the session, and what a bad file does (nothing)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from openpyxl import Workbook

from facilitator.errors import ImportProblems
from facilitator.importing import (
    CellProblem,
    UnreadableFile,
    import_file,
    import_files,
    plan_votes,
    read_table,
    resolve_scope,
    resolve_target,
)
from facilitator.plan import edits as ops
from facilitator.plan import model
from facilitator.voting import edits as vote_edits


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(tmp_path: Path, name: str, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / name
    book.save(path)
    return path


@pytest.fixture
def workshop(store):
    """Two countries in one region, two voters, a driver, a threat, a constraint and one activity."""
    store.apply(ops.add_country("TM", "Turkmenistan"))
    store.apply(ops.add_country("KZ", "Kazakhstan"))
    store.apply(ops.add_region("Alborz-Kopet Dagh", "A", ["TM", "KZ"]))
    store.apply(ops.add_participant("Aylar Berdiyeva", "Ministry", "TM"))
    store.apply(ops.add_participant("Aigerim Nurlanqyzy", "Zoo", "KZ"))
    store.apply(ops.add_item("driver", "Poaching of wild prey"))
    store.apply(ops.add_item("threat", "Retaliatory killing"))
    store.apply(ops.add_item("constraint", "Livelihoods"))
    store.apply(ops.add_objective("Protect habitat"))
    obj = store.scalar("SELECT id FROM objectives")
    store.apply(ops.add_result(obj, "Priority areas known"))
    res = store.scalar("SELECT id FROM results")
    store.apply(ops.add_activity(res, "Review data"))
    store.undo_stack.clear()
    return store


def votes(store) -> list[dict]:
    return store.rows(
        "SELECT p.name, v.scope, v.criterion, v.answer, v.value FROM votes v "
        "JOIN participants p ON p.id = v.participant_id ORDER BY p.name, v.scope, v.criterion"
    )


def snapshot(store) -> list[list[dict]]:
    tables = [
        "countries",
        "regions",
        "region_members",
        "participants",
        "items",
        "links",
        "objectives",
        "results",
        "activities",
        "themes",
        "programme_items",
        "votes",
    ]
    return [store.rows(f"SELECT * FROM {t}") for t in tables]


# -- what a good file does --------------------------------------------------------


def test_semicolon_csv_with_bom_and_decimal_comma(workshop, tmp_path):
    path = write(
        tmp_path,
        "votes.csv",
        "\ufeffParticipant ; SCOPE ;Item;Criterion;Value\n"
        "Aylar Berdiyeva;tm;Poaching of wild prey;importance;2,5\n"
        "Aylar Berdiyeva;TKM;Poaching of wild prey;capacity;-\n"
        "Aigerim Nurlanqyzy;Kazakhstan;retaliatory KILLING;importance;Not filled in\n"
        "Aigerim Nurlanqyzy;A;1.1.1;priority;3\n",
    )
    report = import_file(workshop, path)
    assert votes(workshop) == [
        {
            "name": "Aigerim Nurlanqyzy",
            "scope": "Alborz-Kopet Dagh",
            "criterion": "priority",
            "answer": "number",
            "value": 3.0,
        },
        {
            "name": "Aigerim Nurlanqyzy",
            "scope": "KZ",
            "criterion": "importance",
            "answer": "empty",
            "value": None,
        },
        {
            "name": "Aylar Berdiyeva",
            "scope": "TM",
            "criterion": "capacity",
            "answer": "unknown",
            "value": None,
        },
        {
            "name": "Aylar Berdiyeva",
            "scope": "TM",
            "criterion": "importance",
            "answer": "number",
            "value": 2.5,
        },
    ]
    assert report.added["votes"] == 4
    assert "4 votes added" in report.summary()


def test_a_good_file_is_one_undoable_step(workshop, tmp_path):
    before = snapshot(workshop)
    path = write(
        tmp_path,
        "votes.csv",
        "participant,scope,item,criterion,value\n"
        "Aylar Berdiyeva,TM,Poaching of wild prey,importance,3\n"
        "Newcomer Dzhumaev,TM,Poaching of wild prey,importance,2\n",
    )
    import_file(workshop, path)
    assert len(votes(workshop)) == 2
    assert workshop.undo_stack.undo_label() == "import votes from votes.csv"
    workshop.undo()
    assert snapshot(workshop) == before
    assert workshop.undo_stack.peek_undo() is None


def test_importing_the_same_votes_twice_changes_nothing(workshop, tmp_path):
    path = write(
        tmp_path,
        "votes.csv",
        "participant,scope,item,criterion,value\n"
        "Aylar Berdiyeva,TM,Poaching of wild prey,importance,3\n"
        "Newcomer Dzhumaev,KZ,Retaliatory killing,capacity,1\n",
    )
    import_file(workshop, path)
    history = workshop.scalar("SELECT COUNT(*) FROM history")
    state = snapshot(workshop)
    report = import_file(workshop, path)
    assert snapshot(workshop) == state
    assert workshop.scalar("SELECT COUNT(*) FROM history") == history
    assert "nothing new" in report.summary()
    assert report.new_participants == []


def test_unknown_voters_are_added_with_their_country_and_reported(workshop, tmp_path):
    path = write(
        tmp_path,
        "votes.csv",
        "participant,scope,item,criterion,value\n"
        "Gülnara Şahin,KZ,Poaching of wild prey,importance,1\n"
        "gülnara şahin,TM,Poaching of wild prey,importance,2\n",
    )
    report = import_file(workshop, path)
    assert report.new_participants == ["Gülnara Şahin"]
    people = {p.name: p.country for p in model.participants(workshop)}
    assert people["Gülnara Şahin"] == "KZ"
    assert "New participants: Gülnara Şahin" in report.summary()


def test_a_report_of_many_new_voters_names_a_few_and_counts_the_rest(workshop, tmp_path):
    names = [f"Voter {n:02d}" for n in range(1, 31)]
    rows = "".join(f"{name},TM,1.1.1,priority,3\n" for name in names)
    path = write(tmp_path, "votes.csv", "participant,scope,item,criterion,value\n" + rows)
    report = import_file(workshop, path)
    assert report.new_participants == names
    assert len(model.participants(workshop)) == 32
    assert report.summary() == (
        "votes.csv (votes): 30 participants added; 30 votes added. New participants: "
        + ", ".join(names[:12])
        + " and 18 more."
    )


def test_xlsx_first_sheet_with_numbers_and_empty_cells(workshop, tmp_path):
    path = write_xlsx(
        tmp_path,
        "ballot.xlsx",
        [
            ["Participant", "Scope", "Item", "Criterion", "Value"],
            ["Aylar Berdiyeva", "TM", "Poaching of wild prey", "importance", 2],
            ["Aylar Berdiyeva", "TM", "Retaliatory killing", "importance", None],
            [None, None, None, None, None],
            ["Aylar Berdiyeva", "TM", "1.1.1", "priority", 1.5],
        ],
    )
    import_file(workshop, path)
    rows = {(r["criterion"], r["answer"], r["value"]) for r in votes(workshop)}
    assert rows == {
        ("importance", "number", 2.0),
        ("importance", "empty", None),
        ("priority", "number", 1.5),
    }


def test_countries_participants_items_links_in_any_order(store, tmp_path):
    files = [
        write(
            tmp_path,
            "links.csv",
            "From,To\nLivelihoods,inadequate husbandry\nInadequate husbandry,Poaching\n",
        ),
        write(
            tmp_path,
            "people.csv",
            "name,affiliation,country,role\nNino Beridze,NGO,Georgia,\n"
            "Armen Sargsyan,Ministry,arm,Rapporteur\n",
        ),
        write(
            tmp_path,
            "items.csv",
            "kind,label,status\nThreats,Poaching,emerging\ndriver,Inadequate husbandry,\n"
            "Constraint,Livelihoods,\n",
        ),
        write(
            tmp_path,
            "countries.csv",
            "code,name,regions\nGE,Georgia,Caucasus\nARM,Armenia,Caucasus; Lesser Caucasus\n",
        ),
    ]
    report = import_files(store, files)
    assert report.ok, report.lines()
    assert [(c.code, c.regions) for c in model.countries(store)] == [
        ("GE", ["Caucasus"]),
        ("AM", ["Caucasus", "Lesser Caucasus"]),
    ]
    assert {(p.name, p.country, p.role) for p in model.participants(store)} == {
        ("Nino Beridze", "GE", "participant"),
        ("Armen Sargsyan", "AM", "rapporteur"),
    }
    labels = {i.id: (i.kind, i.label, i.status) for i in model.items(store)}
    assert sorted(labels.values()) == [
        ("constraint", "Livelihoods", "current"),
        ("driver", "Inadequate husbandry", "current"),
        ("threat", "Poaching", "emerging"),
    ]
    assert sorted((labels[c][1], labels[e][1]) for c, e in model.links(store)) == [
        ("Inadequate husbandry", "Poaching"),
        ("Livelihoods", "Inadequate husbandry"),
    ]
    assert len(store.rows("SELECT * FROM history")) == 4


def test_outline_file_adds_objectives_results_and_activities(store, tmp_path):
    path = write(
        tmp_path,
        "activities.csv",
        "number;text;theme;indicator;timeline;actor(s);budget\n"
        "1;Secure habitat;Habitat;;;;\n"
        "1.1;Priority areas identified;;Map published;;;\n"
        "1.1.1;Review data;;Report;2023;Experts;10000\n"
        "1.1.2;Hold workshops;;;2024;Ministries;\n"
        "2;Reduce poaching;Habitat;;;;\n",
    )
    import_file(store, path)
    outline = model.outline(store)
    assert [(o.number, o.text, o.theme) for o in outline] == [
        ("1", "Secure habitat", "Habitat"),
        ("2", "Reduce poaching", "Habitat"),
    ]
    assert [(r.number, r.indicator) for r in outline[0].results] == [("1.1", "Map published")]
    acts = model.activities(store)
    assert [(a.number, a.timeline, a.actors, a.budget) for a in acts] == [
        ("1.1.1", "2023", "Experts", "10000"),
        ("1.1.2", "2024", "Ministries", ""),
    ]
    assert len(model.themes(store)) == 1


def test_programme_items(store, tmp_path):
    path = write(
        tmp_path,
        "pow.csv",
        "code,text,responsible,priority\nCAMI PoW 19.3,Train rangers,Range States,high\n",
    )
    import_file(store, path)
    import_file(store, path)
    assert store.rows("SELECT code, text, responsible, priority FROM programme_items") == [
        {
            "code": "CAMI PoW 19.3",
            "text": "Train rangers",
            "responsible": "Range States",
            "priority": "high",
        }
    ]


def test_empty_programme_cells_never_erase_what_the_session_holds(store, tmp_path):
    first = write(
        tmp_path,
        "pow.csv",
        "code,text,responsible,priority\n1.1.1,Train rangers,Range States,high\n",
    )
    import_file(store, first)
    again = write(
        tmp_path, "pow-update.csv", "code,text,responsible,priority\n1.1.1,,,\n1.1.2,,CMS,\n"
    )
    import_file(store, again)
    assert store.rows(
        "SELECT code, text, responsible, priority FROM programme_items ORDER BY code"
    ) == [
        {
            "code": "1.1.1",
            "text": "Train rangers",
            "responsible": "Range States",
            "priority": "high",
        },
        {"code": "1.1.2", "text": "", "responsible": "CMS", "priority": ""},
    ]
    partial = write(tmp_path, "pow-priority.csv", "code,text,responsible,priority\n1.1.1,,,low\n")
    import_file(store, partial)
    assert store.rows("SELECT text, priority FROM programme_items WHERE code = '1.1.1'") == [
        {"text": "Train rangers", "priority": "low"}
    ]


def test_item_labels_match_after_nfc_and_case_folding(workshop):
    decomposed = unicodedata.normalize("NFD", "Çöl POACHING")
    workshop.apply(ops.add_item("threat", "çöl poaching"))
    kind, target = resolve_target(workshop, decomposed)
    assert kind == "item"
    assert workshop.scalar("SELECT label FROM items WHERE id = ?", (target,)) == "çöl poaching"


def test_scopes_by_code_alpha3_name_region_and_abbreviation(workshop):
    assert resolve_scope(workshop, "tkm") == ("country", "TM")
    assert resolve_scope(workshop, "kazakhstan") == ("country", "KZ")
    assert resolve_scope(workshop, "a") == ("region", "Alborz-Kopet Dagh")
    assert resolve_scope(workshop, "ALBORZ-KOPET DAGH") == ("region", "Alborz-Kopet Dagh")
    assert resolve_scope(workshop, "Turkmenistan (TM)") == ("country", "TM")
    assert resolve_scope(workshop, "Alborz-Kopet Dagh (region)") == ("region", "Alborz-Kopet Dagh")
    with pytest.raises(CellProblem, match="neither a country"):
        resolve_scope(workshop, "Atlantis (AT)")


def test_read_table_gives_header_and_line_numbers(tmp_path):
    path = write(
        tmp_path,
        "t.csv",
        'Code , Name\n\nGE,Georgia\n"AM","Armenia,\nthe republic"\nAZ,Azerbaijan\n',
    )
    table = read_table(path)
    assert table.header == ["code", "name"]
    assert [(r.line, r.text("code")) for r in table.rows] == [(3, "GE"), (4, "AM"), (6, "AZ")]


def test_plan_votes_reports_problems_without_changing_anything(workshop, tmp_path):
    table = read_table(
        write(
            tmp_path,
            "v.csv",
            "participant,scope,item,criterion,value\n"
            "Aylar Berdiyeva,XX,Poaching of wild prey,importance,1\n",
        )
    )
    edit, problems, new = plan_votes(workshop, table.rows)
    assert edit is None and new == []
    assert problems[0][:2] == (2, "scope")


# -- what a bad file does: nothing, with every bad row named ----------------------------


def test_every_bad_row_is_listed_and_nothing_is_imported(workshop, tmp_path):
    before = snapshot(workshop)
    path = write(
        tmp_path,
        "votes.csv",
        "participant,scope,item,criterion,value\n"
        "Aylar Berdiyeva,TM,Poaching of wild prey,importance,2\n"
        "Aylar Berdiyeva,TM,Poaching of wild prey,capacity,5\n"
        "Aylar Berdiyeva,TM,Retaliatory killing,importance,high\n"
        "Aylar Berdiyeva,TM,Unknown threat,importance,1\n"
        "Aylar Berdiyeva,Atlantis,Poaching of wild prey,importance,1\n"
        "Aylar Berdiyeva,TM,Livelihoods,importance,1\n"
        "Aylar Berdiyeva,TM,9.9.9,priority,1\n"
        "Aylar Berdiyeva,TM,Poaching of wild prey,importance,3\n"
        "Brand New Voter,TM,Poaching of wild prey,importance,1\n",
    )
    with pytest.raises(ImportProblems) as raised:
        import_file(workshop, path)
    problems = {line: (column, message) for line, column, message in raised.value.problems}
    assert sorted(problems) == [3, 4, 5, 6, 7, 8, 9]
    assert problems[3][0] == "value" and "outside the capacity scale" in problems[3][1]
    assert problems[4][0] == "value" and "'high' is not a score" in problems[4][1]
    assert problems[5][0] == "item" and "Unknown threat" in problems[5][1]
    assert problems[6][0] == "scope" and "Atlantis" in problems[6][1]
    assert "constraint" in problems[7][1]
    assert "9.9.9" in problems[8][1]
    assert "line 2" in problems[9][1]
    assert "line 3, column value" in str(raised.value)
    assert snapshot(workshop) == before
    assert workshop.undo_stack.peek_undo() is None


def test_bad_rows_of_other_kinds_are_listed_with_their_column(store, tmp_path):
    store.apply(ops.add_country("GE", "Georgia"))
    before = snapshot(store)
    path = write(
        tmp_path,
        "people.csv",
        "name,affiliation,country,role\n"
        "Nino Beridze,NGO,GE,participant\n"
        ",NGO,GE,participant\n"
        "Eka Gelashvili,NGO,Narnia,participant\n"
        "Levan Kapanadze,NGO,GE,boss\n",
    )
    with pytest.raises(ImportProblems) as raised:
        import_file(store, path)
    assert [(line, column) for line, column, _ in raised.value.problems] == [
        (3, "name"),
        (4, "country"),
        (5, "role"),
    ]
    assert snapshot(store) == before


def test_a_link_that_makes_a_cycle_is_refused(store, tmp_path):
    for kind, label in [("driver", "A"), ("driver", "B"), ("threat", "C")]:
        store.apply(ops.add_item(kind, label))
    path = write(tmp_path, "links.csv", "from,to\nA,B\nB,C\nC,A\nA,Nowhere\n")
    with pytest.raises(ImportProblems) as raised:
        import_file(store, path)
    assert [(line, column) for line, column, _ in raised.value.problems] == [(4, "to"), (5, "to")]
    assert "cycle" in raised.value.problems[0][2]
    assert model.links(store) == []


def test_an_outline_gap_is_refused(store, tmp_path):
    path = write(tmp_path, "objectives.csv", "number,text\n1,First\n3,Third\n2.1,Orphan result\n")
    with pytest.raises(ImportProblems) as raised:
        import_file(store, path)
    assert [(line, column) for line, column, _ in raised.value.problems] == [
        (3, "number"),
        (4, "number"),
    ]
    assert "next number here is 2" in raised.value.problems[0][2]
    assert model.outline(store) == []


def test_unknown_header_names_the_file_and_the_headers_understood(store, tmp_path):
    path = write(tmp_path, "mystery.csv", "colour,size\nred,3\n")
    with pytest.raises(UnreadableFile) as raised:
        import_file(store, path)
    message = str(raised.value)
    assert "mystery.csv" in message and "colour, size" in message
    assert "votes (participant, scope, item, value[, criterion][, region])" in message
    assert "\n" not in message


def test_missing_column_is_named(store, tmp_path):
    path = write(tmp_path, "votes.csv", "participant,scope,item,criterion\nA,TM,B,importance\n")
    with pytest.raises(
        UnreadableFile, match="looks like a votes file but lacks the column.s. value"
    ):
        import_file(store, path)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.csv", b"", "is empty"),
        ("blank.csv", b"\n  \n", "is empty"),
        ("header-only.csv", b"code,name\n", "has a header but no rows"),
        ("picture.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a CSV or XLSX spreadsheet"),
        (
            "report.csv",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
            "is a PDF document, not a CSV or XLSX spreadsheet",
        ),
        ("session.csv", b"SQLite format 3\x00" + bytes(84), "is a database (a session file?)"),
        (
            "binary.csv",
            bytes(range(1, 9)) * 20,
            "not a CSV or XLSX spreadsheet (it holds binary data)",
        ),
        ("damaged.xlsx", b"PK\x03\x04 truncated archive", "damaged or is not an Excel workbook"),
        ("notes.xlsx", b"just some text", "damaged or is not an Excel workbook"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "old Excel (.xls)"),
        (
            "sheet.ods",
            b"PK\x03\x04\x14\x00\x00\x08\x00\x00mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
            "OpenDocument spreadsheet",
        ),
        ("latin1.csv", "code,name\nTR,T\xfcrkiye\n".encode("latin-1"), "not UTF-8"),
    ],
)
def test_unreadable_files_get_one_sentence(store, tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    before = snapshot(store)
    with pytest.raises(UnreadableFile) as raised:
        import_file(store, path)
    assert expected in str(raised.value)
    assert "\n" not in str(raised.value)
    assert snapshot(store) == before


def test_missing_file(store, tmp_path):
    with pytest.raises(UnreadableFile, match="There is no file at"):
        import_file(store, tmp_path / "nope.csv")


def test_import_files_reports_failures_and_keeps_the_good_files(store, tmp_path):
    good = write(tmp_path, "countries.csv", "code,name\nIR,Iran\n")
    bad = write(
        tmp_path, "people.csv", "name,affiliation,country,role\nReza Ahmadi,DoE,IQ,participant\n"
    )
    report = import_files(store, [bad, good])
    assert not report.ok
    assert [f.path.name for f in report.failed] == ["people.csv"]
    assert "line 2, column country" in str(report.failed[0].error)
    assert [c.code for c in model.countries(store)] == ["IR"]
    assert model.participants(store) == []


def test_the_report_reads_as_text(store, tmp_path):
    good = write(tmp_path, "countries.csv", "code,name\nIR,Iran\nIQ,Iraq\n")
    bad = write(tmp_path, "odd.csv", "colour\nred\n")
    text = str(import_files(store, [good, bad]))
    assert text.splitlines()[0] == "countries.csv (countries): 2 countries added."
    assert text.splitlines()[1].startswith("odd.csv has the headers colour")


def test_an_unquoted_decimal_comma_that_splits_a_row_is_refused(workshop, tmp_path):
    path = write(
        tmp_path,
        "votes.csv",
        "participant,scope,item,criterion,value\n"
        "Aylar Berdiyeva,TM,Poaching of wild prey,importance,2,5\n",
    )
    with pytest.raises(ImportProblems) as raised:
        import_file(workshop, path)
    assert raised.value.problems[0][0] == 2
    assert "decimal comma must be in quotes" in raised.value.problems[0][2]
    assert votes(workshop) == []


def test_excel_separator_hint_line(store, tmp_path):
    path = write(
        tmp_path, "countries.csv", "sep=;\ncode;name\nAZ;Azərbaycan\nbad row without code;\n"
    )
    with pytest.raises(ImportProblems) as raised:
        import_file(store, path)
    assert [(line, column) for line, column, _ in raised.value.problems] == [(4, "name")]


def test_a_country_already_there_under_another_code_is_not_added_twice(store, tmp_path):
    store.apply(ops.add_country("AG", "Afghanistan"))
    path = write(tmp_path, "countries.csv", "code,name\nAFG,afghanistan\n")
    with pytest.raises(ImportProblems, match="already in the session with the code AG"):
        import_file(store, path)
    assert [c.code for c in model.countries(store)] == ["AG"]


def test_participants_need_only_name_and_country(store, tmp_path):
    store.apply(ops.add_country("IR", "Iran"))
    path = write(tmp_path, "people.csv", "Name,Country\nReza Ahmadi,irn\nInternational Expert,\n")
    import_file(store, path)
    assert [(p.name, p.country, p.role, p.affiliation) for p in model.participants(store)] == [
        ("Reza Ahmadi", "IR", "participant", ""),
        ("International Expert", None, "participant", ""),
    ]


def test_a_column_the_file_lacks_leaves_the_field_alone(store, tmp_path):
    store.apply(ops.add_country("IR", "Iran"))
    store.apply(ops.add_participant("Reza Ahmadi", "Department of Environment", "IR", "rapporteur"))
    import_file(store, write(tmp_path, "people.csv", "name,country\nreza ahmadi,Iran\n"))
    assert [(p.name, p.affiliation, p.role) for p in model.participants(store)] == [
        ("Reza Ahmadi", "Department of Environment", "rapporteur")
    ]


def test_priority_votes_need_no_criterion_column(workshop, tmp_path):
    path = write(
        tmp_path,
        "priorities.csv",
        "participant,country,activity,value\n"
        "Aylar Berdiyeva,TM,1.1.1,3\n"
        "Aylar Berdiyeva,TM,Poaching of wild prey,2\n",
    )
    with pytest.raises(ImportProblems) as raised:
        import_file(workshop, path)
    assert [(line, column) for line, column, _ in raised.value.problems] == [(3, "criterion")]
    path.write_text(
        "participant,country,activity,value\nAylar Berdiyeva,TM,1.1.1,3\n", encoding="utf-8"
    )
    import_file(workshop, path)
    assert [(v["criterion"], v["value"]) for v in votes(workshop)] == [("priority", 3.0)]


def test_a_truncated_workbook_and_a_zip_that_is_no_workbook(store, tmp_path):
    import zipfile

    whole = write_xlsx(tmp_path, "whole.xlsx", [["code", "name"], ["GE", "Georgia"]])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    other = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    for path in (cut, other):
        with pytest.raises(UnreadableFile) as raised:
            import_file(store, path)
        assert str(raised.value) == f"{path.name} is damaged or is not an Excel workbook (.xlsx)."
    assert model.countries(store) == []


def test_the_participants_table_imports_back(sample_path, tmp_path):
    from facilitator.cli.commands import main
    from facilitator.session.store import SessionStore

    exported = tmp_path / "participants.csv"
    assert main(["table", str(sample_path), "participants", "-o", str(exported)]) == 0
    with SessionStore.open(sample_path, backup=False) as store:
        people = [
            (p.name, p.affiliation, p.country, p.role, p.votes) for p in model.participants(store)
        ]
        countries = [(c.code, c.name) for c in model.countries(store)]
    fresh = SessionStore.memory()
    for code, name in countries:
        fresh.apply(ops.add_country(code, name))
    report = import_file(fresh, exported)
    assert report.ignored_columns == ["votes_cast"]
    assert [
        (p.name, p.affiliation, p.country, p.role, p.votes) for p in model.participants(fresh)
    ] == people
    assert any(not voter for *_, voter in people) and any(voter for *_, voter in people)
    fresh.close()


def test_title_rows_above_the_header_are_skipped(store, tmp_path):
    path = write_xlsx(
        tmp_path,
        "countries.xlsx",
        [
            ["Range States of the Persian Leopard"],
            [None],
            ["as agreed on day 1", None, None],
            ["Code", "Name", "Regions"],
            ["ge", "Georgia", "Caucasus"],
            ["AM", "Armenia", None],
        ],
    )
    import_file(store, path)
    assert [(c.code, c.name, c.regions) for c in model.countries(store)] == [
        ("GE", "Georgia", ["Caucasus"]),
        ("AM", "Armenia", []),
    ]
    bad = write_xlsx(tmp_path, "bad.xlsx", [["Range States"], ["Code", "Name"], ["", "Nowhere"]])
    with pytest.raises(ImportProblems) as raised:
        import_file(store, bad)
    assert [(line, column) for line, column, _ in raised.value.problems] == [(3, "Code")]


def test_an_empty_cell_never_erases_a_vote_already_given(workshop, tmp_path):
    workshop.apply(vote_edits.set_vote(1, "country", "TM", "item", 1, "importance", 3))
    workshop.apply(vote_edits.set_vote(1, "country", "TM", "item", 2, "importance", "-"))
    path = write(
        tmp_path,
        "ballot.csv",
        "participant,scope,item,criterion,value\n"
        "Aylar Berdiyeva,TM,Poaching of wild prey,importance,\n"
        "Aylar Berdiyeva,TM,Retaliatory killing,importance,Not filled in\n"
        "Aylar Berdiyeva,TM,Poaching of wild prey,capacity,\n",
    )
    report = import_file(workshop, path)
    assert {(v["criterion"], v["answer"], v["value"]) for v in votes(workshop)} == {
        ("capacity", "empty", None),
        ("importance", "number", 3.0),
        ("importance", "unknown", None),
    }
    assert report.kept_votes == 2
    assert "2 empty cell(s) left votes given earlier as they were" in report.summary()


@pytest.mark.parametrize(
    "written", ["KIRSAL ALANLARDA AVCILIK", "kırsal alanlarda avcılık", "Kirsal  alanlarda avcilik"]
)
def test_turkish_capitals_match_item_labels(store, written):
    store.apply(ops.add_item("threat", "Kırsal alanlarda avcılık"))
    assert resolve_target(store, written) == ("item", 1)


def test_turkish_dotted_capital_i_matches_a_participant(store, tmp_path):
    store.apply(ops.add_country("TR", "Türkiye"))
    store.apply(ops.add_participant("İlkay Işık", "", "TR"))
    store.apply(ops.add_item("threat", "Poaching"))
    import_file(
        store,
        write(
            tmp_path,
            "v.csv",
            "participant,scope,item,criterion,value\nilkay ışık,tr,poaching,importance,1\n",
        ),
    )
    assert [p.name for p in model.participants(store)] == ["İlkay Işık"]
    assert votes(store)[0]["name"] == "İlkay Işık"


def test_persian_names_typed_with_arabic_letters_or_joiners_match(store, tmp_path):
    store.apply(ops.add_country("IR", "Iran"))
    store.apply(ops.add_participant("مریم کاظمی", "", "IR"))
    store.apply(ops.add_participant("رضا حسین\u200cزاده", "", "IR"))
    store.apply(ops.add_item("threat", "Poaching"))
    arabic_letters = "مريم كاظمي"  # Arabic yeh and kaf, as an Arabic keyboard types them
    no_joiner = "رضا حسينزاده"
    import_file(
        store,
        write(
            tmp_path,
            "v.csv",
            "participant,scope,item,criterion,value\n"
            f"{arabic_letters},IR,Poaching,importance,2\n"
            f"{no_joiner},IR,Poaching,importance,1\n",
        ),
    )
    assert len(model.participants(store)) == 2
    assert {v["name"] for v in votes(store)} == {"مریم کاظمی", "رضا حسین\u200cزاده"}


def test_every_kind_of_file_imported_twice_changes_nothing_the_second_time(store, tmp_path):
    files = [
        write(
            tmp_path,
            "countries.csv",
            "code,name,regions\nGE,Georgia,Caucasus\nAM,Armenia,Caucasus; Lesser Caucasus\n",
        ),
        write(
            tmp_path,
            "people.csv",
            "name,affiliation,country,role,votes\nNino Beridze,NGO,GE,participant,yes\n"
            "Ani Sargsyan,WWF,AM,observer,no\n",
        ),
        write(
            tmp_path,
            "items.csv",
            "kind,label,status\nthreat,Poaching,emerging\ndriver,Weak law enforcement,\n",
        ),
        write(tmp_path, "links.csv", "from,to\nWeak law enforcement,Poaching\n"),
        write(
            tmp_path,
            "outline.csv",
            "number,text,theme,indicator,timeline\n1,Secure habitat,Habitat,,\n"
            "1.1,Areas known,,Map,\n1.1.1,Review data,,Report,2025\n",
        ),
        write(
            tmp_path, "pow.csv", "code,text,responsible,priority\n19.3,Train rangers,States,high\n"
        ),
        write(
            tmp_path,
            "votes.csv",
            "participant,scope,item,criterion,value\nNino Beridze,GE,Poaching,importance,3\n"
            "Nino Beridze,Caucasus,1.1.1,priority,2\n",
        ),
    ]
    first = import_files(store, files)
    assert first.ok, first.lines()
    state, history = snapshot(store), store.scalar("SELECT COUNT(*) FROM history")
    second = import_files(store, files)
    assert all("nothing new" in line for line in second.lines()), second.lines()
    assert snapshot(store) == state
    assert store.scalar("SELECT COUNT(*) FROM history") == history


def test_themes_and_objectives_with_the_threats_they_address(store, tmp_path):
    store.apply(ops.add_item("driver", "Key wild prey depletion"))
    store.apply(ops.add_item("threat", "Poaching (incl. retaliation)"))
    store.apply(ops.add_item("constraint", "Livelihoods"))
    files = [
        write(
            tmp_path,
            "plan.csv",
            "number,theme,text,indicator,addresses\n"
            "1,2,Viable populations,,key wild prey depletion | POACHING (incl. retaliation)\n"
            "1.1,,Priority areas known,Map by 2025,\n"
            "2,Knowledge,Shared knowledge,,\n",
        ),
        write(tmp_path, "themes.csv", "number,name\n1,Species\n2,Habitats\n"),
    ]
    report = import_files(store, files)
    assert report.ok, report.lines()
    outline = model.outline(store)
    assert [(o.number, o.theme) for o in outline] == [("1", "Habitats"), ("2", "Knowledge")]
    labels = {i.id: i.label for i in model.items(store)}
    assert sorted(labels[i] for i in outline[0].item_ids) == [
        "Key wild prey depletion",
        "Poaching (incl. retaliation)",
    ]
    assert [t["name"] for t in model.themes(store)] == ["Species", "Habitats", "Knowledge"]
    bad = write(
        tmp_path,
        "bad.csv",
        "number,text,addresses\n1,Viable populations,Livelihoods\n1.1,Areas,Poaching\n",
    )
    with pytest.raises(ImportProblems) as raised:
        import_file(store, bad)
    assert [(line, column) for line, column, _ in raised.value.problems] == [
        (2, "addresses"),
        (3, "addresses"),
    ]
    assert "constraint" in raised.value.problems[0][2]


def test_links_with_kinds_build_the_problem_tree(store, tmp_path):
    path = write(
        tmp_path,
        "tree.csv",
        "from_kind,from,to_kind,to\n"
        "Constraint,Livelihoods,Driver,Increased livestock numbers\n"
        "Driver,Increased livestock numbers,Threat,Habitat loss\n"
        "Constraint,livelihoods,Threat,Habitat loss\n"
        ",Unknown cause,Threat,Habitat loss\n",
    )
    with pytest.raises(ImportProblems) as raised:
        import_file(store, path)
    assert [(line, column) for line, column, _ in raised.value.problems] == [(5, "from")]
    assert model.items(store) == []
    path.write_text(
        "\n".join(path.read_text(encoding="utf-8").splitlines()[:4]) + "\n", encoding="utf-8"
    )
    report = import_file(store, path)
    assert "3 items added; 3 links added" in report.summary()
    assert [(i.kind, i.label) for i in model.items(store)] == [
        ("constraint", "Livelihoods"),
        ("driver", "Increased livestock numbers"),
        ("threat", "Habitat loss"),
    ]


def test_returned_ballots_import_like_any_file(sample, tmp_path):
    from openpyxl import load_workbook

    from facilitator.ballots.write import export_ballots

    voter = model.participants(sample)[0]
    [ballot] = export_ballots(sample, tmp_path, "prioritisation", participant_ids=[voter.id])
    book = load_workbook(ballot)
    sheet = book.worksheets[0]
    header_row = next(r for r in range(1, 40) if sheet.cell(r, 1).value == "Activity")
    first, second = sheet.cell(header_row + 1, 3), sheet.cell(header_row + 2, 3)
    first.value = 1 if str(first.value) != "1" else 2
    book.save(ballot)
    report = import_files(sample, [ballot])
    assert report.ok, report.lines()
    assert report.files[0].kind == "ballot" and report.files[0].changed["votes"] == 1
    assert sample.undo_stack.peek_undo() is not None
    second.value = 7
    book.save(ballot)
    with pytest.raises(ImportProblems) as raised:
        import_file(sample, ballot)
    assert [line for line, _, _ in raised.value.problems] == [header_row + 2]


def test_a_workbook_that_is_neither_a_table_nor_a_ballot(store, tmp_path):
    path = write_xlsx(tmp_path, "shopping.xlsx", [["colour", "size"], ["red", 3]])
    for attempt in (
        lambda: import_file(store, path),
        lambda: import_files(store, [path]).failed[0].error,
    ):
        try:
            error = attempt()
        except UnreadableFile as raised:
            error = raised
        assert str(error).startswith(
            "shopping.xlsx has the headers colour, size, which match no kind"
        )


def test_only_the_first_sheet_is_read(store, tmp_path):
    book = Workbook()
    book.create_sheet("countries").append(["code", "name"])
    book["countries"].append(["GE", "Georgia"])
    path = tmp_path / "two-sheets.xlsx"
    book.save(path)
    with pytest.raises(UnreadableFile, match="^The first sheet of two-sheets.xlsx is empty"):
        import_file(store, path)


def test_headers_with_cyrillic_and_greek_look_alike_letters(store, tmp_path):
    # 'Сode' begins with a Cyrillic С and 'ΝΑΜΕ' is Greek, as text pulled out of a PDF can be
    path = write(tmp_path, "countries.csv", "\u0421ode,\u039d\u0391\u039c\u0395\nGE,Georgia\n")
    import_file(store, path)
    assert [c.code for c in model.countries(store)] == ["GE"]
