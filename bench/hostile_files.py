"""The largest hostile spreadsheets, read: the time and memory each takes to be refused.

Each file is made in a temporary folder, then imported into a copy of the
sample session by ``facilitator import`` in its own process; the script
reports the file's size, the seconds, the process's peak memory, the exit
status and the first line of what it said.

    .venv/bin/python bench/hostile_files.py
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_sessions" / "persian-leopard-2022.zopp"
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}

RUN = """
import resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run([sys.executable, "-m", "facilitator", "import", *sys.argv[1:]],
                      capture_output=True, text=True)
took = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
said = (done.stderr or done.stdout).strip()
print(f"{took:.2f}|{peak:.0f}|{done.returncode}|{len(said.splitlines())}|{said.splitlines()[0][:110]}")
"""


def xlsx(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def base_parts(sheet: bytes) -> dict[str, bytes]:
    ns = b'xmlns="http://schemas.openxmlformats.org/'
    rel = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    return {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types '
        + ns
        + b'package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        b'<Default Extension="xml" ContentType="application/xml"/>'
        b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        b"</Types>",
        "_rels/.rels": b'<?xml version="1.0"?><Relationships '
        + ns
        + b'package/2006/relationships">'
        b'<Relationship Id="rId1" Type="' + rel + b'/officeDocument" Target="xl/workbook.xml"/>'
        b"</Relationships>",
        "xl/workbook.xml": b'<?xml version="1.0"?><workbook ' + ns + b'spreadsheetml/2006/main" '
        b'xmlns:r="'
        + rel
        + b'"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": b'<?xml version="1.0"?><Relationships '
        + ns
        + b'package/2006/relationships"><Relationship Id="rId1" Type="'
        + rel
        + b'/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }


def sheet(rows: bytes, doctype: bytes = b"") -> bytes:
    return (
        b'<?xml version="1.0"?>' + doctype + b'<worksheet xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><sheetData>' + rows + b"</sheetData></worksheet>"
    )


def cell(ref: bytes, text: bytes) -> bytes:
    return b'<c r="' + ref + b'" t="inlineStr"><is><t>' + text + b"</t></is></c>"


HEADER = b'<row r="1">' + cell(b"A1", b"code") + cell(b"B1", b"name") + b"</row>"


def files(folder: Path) -> dict[str, Path]:
    made: dict[str, bytes | str] = {}
    made["bomb-300M-char-cell.xlsx"] = xlsx(
        base_parts(
            sheet(
                HEADER
                + b'<row r="2">'
                + cell(b"A2", b"AF")
                + cell(b"B2", b"A" * 300_000_000)
                + b"</row>"
            )
        )
    )
    made["row-bomb.xlsx"] = xlsx(
        base_parts(sheet(HEADER + b'<row r="1048576">' + cell(b"A1048576", b"XX") + b"</row>"))
    )
    made["wide-bomb.xlsx"] = xlsx(
        base_parts(
            sheet(HEADER + b'<row r="2">' + cell(b"A2", b"AF") + cell(b"XFD2", b"X") + b"</row>")
        )
    )
    laughs = (
        b'<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
        + b"".join(
            b'<!ENTITY %c "%s">' % (98 + n, (b"&" + bytes([97 + n]) + b";") * 10) for n in range(9)
        )
        + b"]>"
    )
    made["billion-laughs.xlsx"] = xlsx(
        base_parts(sheet(HEADER + b'<row r="2">' + cell(b"A2", b"&j;") + b"</row>", laughs))
    )
    made["100k-rows-90MB-cells.xlsx"] = xlsx(
        base_parts(
            sheet(
                HEADER
                + b"".join(
                    b'<row r="%d">' % n
                    + cell(b"A%d" % n, b"C%d" % n)
                    + cell(b"B%d" % n, b"x" * 900)
                    + b"</row>"
                    for n in range(2, 100_002)
                )
            )
        )
    )
    made["header-200k.csv"] = "code," + "n" * 200_000 + "\nAF,x\n"
    made["1.2M-bad-rows-40MB.csv"] = "participant,scope,item,criterion,value\n" + (
        "Nobody,Mars,Poaching,importance,9\n" * 1_200_000
    )
    made["100k-bad-rows-3.4MB.csv"] = "participant,scope,item,criterion,value\n" + (
        "Nobody,Mars,Poaching,importance,9\n" * 99_000
    )
    made["19k-long-rows-19MB.csv"] = "code,name\n" + "".join(
        f"C{n},{'y' * 1000}\n" for n in range(19_000)
    )
    paths = {}
    for name, data in made.items():
        path = folder / name
        if isinstance(data, str):
            path.write_text(data)
        else:
            path.write_bytes(data)
        paths[name] = path
    return paths


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    print(f"{'file':28} {'size':>9} {'seconds':>8} {'memory':>8}  exit  lines  first line said")
    for name, path in files(folder).items():
        session = folder / "s.zopp"
        shutil.copy(SAMPLE, session)
        out = subprocess.run(
            [sys.executable, "-c", RUN, str(session), str(path)],
            capture_output=True,
            text=True,
            env=ENV,
            check=False,
        ).stdout.strip()
        took, peak, code, lines, said = out.split("|", 4)
        size = path.stat().st_size
        shown = f"{size / 1e6:.1f} MB" if size > 1e6 else f"{size / 1e3:.0f} KB"
        print(f"{name:28} {shown:>9} {took:>8} {peak:>5} MB  {code:>4}  {lines:>5}  {said}")
        for extra in folder.glob("s.*"):
            extra.unlink()
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
