"""'facilitator table --language': column names, the sheet's name and the core's fixed words in
Russian, Persian or Turkish; English stays the default with the names the importer reads."""

from __future__ import annotations

import openpyxl

from facilitator.cli.commands import main


def test_the_table_command_names_columns_and_sheet_in_the_language(sample_path, tmp_path, capsys):
    out = tmp_path / "ugrozy.xlsx"
    assert main(["table", str(sample_path), "threats", "-o", str(out), "--language", "ru"]) == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Угрозы"]
    ws = wb.active
    assert [c.value for c in ws[1]] == [
        "Тип",
        "Движущий фактор или угроза",
        "Важность",
        "Потенциал",
        "Тур",  # a voting round (one term everywhere)
    ]
    assert {ws.cell(r, 1).value for r in range(2, ws.max_row + 1)} == {"Движущий фактор", "Угроза"}

    fa = tmp_path / "olaviat.xlsx"
    assert main(["table", str(sample_path), "priorities", "-o", str(fa), "--language", "fa"]) == 0
    sheet = openpyxl.load_workbook(fa).active
    assert sheet.title == "اولویت‌ها" and sheet.sheet_view.rightToLeft
    assert [c.value for c in sheet[1]][:2] == ["فعالیت", "متن"]

    capsys.readouterr()
    assert main(["table", str(sample_path), "threats", "--language", "tr", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "Tür,Etken ya da tehdit,Önem,Kapasite,Tur"
    assert main(["table", str(sample_path), "threats"]) == 0  # English keeps importable names
    assert capsys.readouterr().out.splitlines()[0] == "kind,item,importance,capacity,round"
