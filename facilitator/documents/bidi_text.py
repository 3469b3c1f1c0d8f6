"""Right-to-left text in the PDFs, shaped by HarfBuzz and kept searchable.

A line is cut into directional runs (a small form of the Unicode bidi algorithm:
strong letters, numbers, neutrals between them), the runs are put in display
order, and each right-to-left run of Arabic-script letters is shaped by HarfBuzz
(through reportlab's uharfbuzz support) from its typed, logical text. Numbers
inside Persian text stay left to right; brackets in right-to-left runs are
mirrored. The Arabic-script font's ToUnicode map gives each drawn glyph the
letters it stands for (a joined form or ligature → its plain letters), so a PDF
reader copies and finds the words as typed (``pdftotext`` finds ``احمدزی``), and
a zero-width non-joiner stays invisible.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

from facilitator.documents.fonts import arabic_font, font_runs, is_arabic_script

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

_RTL = {"R", "AL"}
_NUMBER = {"EN", "AN"}
#: characters a right-to-left run shows as their mirror image
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")
_MIRRORED = set("()[]{}<>«»")
_JOINERS = {"\u200c", "\u200d"}


def _kind(ch: str) -> str:
    """'R', 'L', 'N' (number) or 'O' (neutral) for one character."""
    cls = unicodedata.bidirectional(ch)
    if cls in _RTL:
        return "R"
    if cls == "L":
        return "L"
    if cls in _NUMBER:
        return "N"
    return "O"


def base_is_rtl(text: str) -> bool:
    """True when the first strong letter is right-to-left (the paragraph's base direction)."""
    for ch in text:
        kind = _kind(ch)
        if kind in ("R", "L"):
            return kind == "R"
    return False


def _levels(line: str, rtl: bool) -> list[int]:
    """Embedding level of each character (0/2 left to right, 1 right to left)."""
    base = "R" if rtl else "L"
    kinds = _joined_numbers(line, [_kind(ch) for ch in line])
    strong, last = [], base
    for kind in kinds:  # a number after Latin letters (or at the start of a Latin line) is Latin
        if kind in ("R", "L"):
            last = kind
        strong.append(last)
    resolved = []
    for kind, before in zip(kinds, strong):
        resolved.append(("L" if before == "L" else "R") if kind == "N" else kind)
    _pair_brackets(line, resolved, base)
    for n, kind in enumerate(resolved):  # neutrals take the direction around them, else the base
        if kind != "O":
            continue
        prev = next((k[-1] for k in reversed(resolved[:n]) if k[0] in "RLb"), base)
        after = next((k[-1] for k in resolved[n + 1 :] if k[0] in "RLb"), base)
        resolved[n] = "n" + (prev if prev == after else base)
    levels = []
    for kind, original in zip(resolved, kinds):
        direction = kind[-1]
        if original == "N":
            levels.append(2 if rtl or direction == "R" else 0)
        elif direction == "R":
            levels.append(1)
        else:
            levels.append(2 if rtl else 0)
    return levels


def _joined_numbers(line: str, kinds: list[str]) -> list[str]:
    """Bidi rules W4 and W5: one separator between two numbers ("2018-2019", "1,000", "2.5")
    and terminators beside a number ("50%", "$20") belong to the number, so a range of years
    in Persian text keeps its order."""
    out = list(kinds)
    for n in range(1, len(line) - 1):
        between = out[n - 1] == "N" and kinds[n + 1] == "N"
        if kinds[n] == "O" and between and unicodedata.bidirectional(line[n]) in ("ES", "CS"):
            out[n] = "N"
    for order in (range(len(line)), range(len(line) - 1, -1, -1)):
        previous = ""
        for n in order:
            if out[n] == "O" and previous == "N" and unicodedata.bidirectional(line[n]) == "ET":
                out[n] = "N"
            previous = out[n]
    return out


_OPENING = {"(": ")", "[": "]", "{": "}"}


def _pair_brackets(line: str, resolved: list[str], base: str) -> None:
    """Paired brackets take one direction (bidi rule N0): that of their content when it is all
    one direction and it is the base direction or also comes before them, else the base. Latin
    in brackets inside Persian text keeps its brackets too (it looks the same), so "(IR-AM)"
    stays one left-to-right word that copies as typed."""
    stack: list[tuple[str, int]] = []
    for n, ch in enumerate(line):
        if ch in _OPENING:
            stack.append((_OPENING[ch], n))
        elif stack and ch == stack[-1][0]:
            _, start = stack.pop()
            inside = {k[-1] for k in resolved[start + 1 : n] if k[0] in "RLb"}
            if len(inside) != 1:
                direction = base
            else:
                held = inside.pop()
                before = next((k[-1] for k in reversed(resolved[:start]) if k[0] in "RLb"), base)
                direction = held if held in (base, before, "L") else base
            resolved[start] = resolved[n] = "b" + direction


def visual_runs(line: str, rtl: bool | None = None) -> list[tuple[str, bool]]:
    """``line`` (typed order) as (text in typed order, right to left?) runs in display order."""
    if not line:
        return []
    rtl = base_is_rtl(line) if rtl is None else rtl
    levels = _levels(line, rtl)
    runs: list[tuple[str, int]] = []
    for ch, level in zip(line, levels):
        if runs and runs[-1][1] == level:
            runs[-1] = (runs[-1][0] + ch, level)
        else:
            runs.append((ch, level))
    for level in range(max(levels), 0, -1):  # reverse each stretch at this level or higher
        out, stretch = [], []
        for run in runs:
            if run[1] >= level:
                stretch.append(run)
            else:
                out += stretch[::-1] + [run]
                stretch = []
        runs = out + stretch[::-1]
    return [(text, level % 2 == 1) for text, level in runs]


def _pieces(text: str, rtl: bool, font: str) -> list[tuple[str, str, bool]]:
    """(text, font, shaped?) pieces of one run in display order; a mirrored bracket is a piece
    of its own."""
    if not rtl:
        return [(piece, name, False) for piece, name in font_runs(text, font)]
    arabic = arabic_font(font)
    glyphs = pdfmetrics.getFont(arabic).face.charToGlyph
    pieces: list[tuple[str, bool]] = []
    for ch in text:
        inside = ord(ch) in glyphs or is_arabic_script(ch)
        if pieces and pieces[-1][1] == inside:
            pieces[-1] = (pieces[-1][0] + ch, inside)
        else:
            pieces.append((ch, inside))
    out = []
    for piece, inside in reversed(pieces):
        if inside:
            out.append((piece, arabic, True))
        else:  # neutrals the Arabic font lacks: drawn reversed and mirrored in the Latin font
            for ch in piece[::-1]:
                out += [(p, n, False) for p, n in font_runs(ch.translate(_MIRROR), font)]
    return out


def _shaped(text: str, font: str, size: float) -> tuple[str, float]:
    shaped = shapeStr(text, font, size, force=True)
    data = getattr(shaped, "__shapeData__", None)
    if not data:
        return text, pdfmetrics.stringWidth(text, font, size)
    # HarfBuzz draws a joiner as an empty space glyph: give that glyph a code of its own that
    # copies as the joiner, so the text keeps it as typed and nothing visible is drawn
    chars = [
        _joiner_code(font, text[d.cluster]) if ch == " " and text[d.cluster] in _JOINERS else ch
        for ch, d in zip(shaped, data)
    ]
    _name_private_glyphs(font, text, chars, [d.cluster for d in data])
    return ShapedStr("".join(chars), data), sum(d.x_advance for d in data) * size / 1000


def _name_private_glyphs(font: str, text: str, chars: list[str], clusters: list[int]) -> None:
    """A joined form with no code of its own in Unicode (Kurdish ێ in the middle of a word)
    gets a private code from reportlab: map that code to the letters of its cluster, so it
    copies as typed instead of vanishing."""
    face = _face_name(pdfmetrics.getFont(font).face.name)
    starts = sorted(set(clusters))
    for ch, cluster in zip(chars, clusters):
        code = ord(ch)
        if not 0xE000 <= code <= 0xF8FF or (face, code) in _PRIVATE_TEXT:
            continue
        later = [s for s in starts if s > cluster]
        letters = text[cluster : later[0] if later else len(text)]
        others = "".join(
            plain_letters(ord(c)) for c, k in zip(chars, clusters) if k == cluster and c != ch
        )
        _PRIVATE_TEXT[(face, code)] = "".join(c for c in letters if c not in others) or letters


#: (font's face name, private code) → the joiner that code stands for in the ToUnicode map
_PRIVATE_TEXT: dict[tuple[str, int], str] = {}


def _joiner_code(font: str, joiner: str) -> str:
    ttf = pdfmetrics.getFont(font)
    space = ttf.face.charToGlyph[32]
    code = ttf.hbAddPrivate(f"joiner-{ord(joiner):04X}", space, 0)
    _PRIVATE_TEXT[(_face_name(ttf.face.name), code)] = joiner
    return chr(code)


def _face_name(name: bytes | str) -> str:
    return name.decode("latin-1") if isinstance(name, bytes) else name


def line_width(text: str, font: str, size: float, rtl: bool | None = None) -> float:
    """Printed width of one line as ``draw_line`` draws it."""
    total = 0.0
    for run, run_rtl in visual_runs(text, rtl):
        for piece, name, shaped in _pieces(run, run_rtl, font):
            total += (
                _shaped(piece, name, size)[1]
                if shaped
                else pdfmetrics.stringWidth(piece, name, size)
            )
    return total


def draw_line(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, rtl: bool | None = None
) -> float:
    """Draw one line from ``x`` in display order, shaping right-to-left runs; returns its width."""
    start = x
    rtl = base_is_rtl(text) if rtl is None else rtl
    for run, run_rtl in visual_runs(text, rtl):
        pieces = _pieces(run, run_rtl, font)
        if rtl and not run_rtl:
            pieces = _fenced(pieces)
        for n, (piece, name, shaped) in enumerate(pieces):
            canvas.setFont(name, size)
            if shaped:
                glyphs, width = _shaped(piece, name, size)
                canvas.drawString(x, y, glyphs)
            elif run_rtl and piece in _MIRRORED:  # copies as the bracket that was typed
                # at the run's left end a right-to-left mark keeps it with the run in a reader
                # that takes the line as left to right (poppler on a page of mostly Latin)
                _draw_as(canvas, x, y, piece, (_RLM if n == 0 else "") + piece.translate(_MIRROR))
                width = pdfmetrics.stringWidth(piece, name, size)
            elif len(piece) == 2 and piece[0] in _MARKS:  # a fenced edge: copies with its mark
                typed = _RLM + _LRM + piece[1] if piece[0] == _RLM else piece[1] + _LRM
                _draw_as(canvas, x, y, piece[1], typed)
                width = pdfmetrics.stringWidth(piece[1], name, size)
            else:
                canvas.drawString(x, y, piece)
                width = pdfmetrics.stringWidth(piece, name, size)
            x += width
    return x - start


_RLM, _LRM = "\u200f", "\u200e"
_MARKS = {_RLM, _LRM}


def _fenced(pieces: list[tuple[str, str, bool]]) -> list[tuple[str, str, bool]]:
    """A left-to-right run inside a right-to-left line, its neutral edges marked: the first
    character copies with a right-to-left and a left-to-right mark before it, the last with a
    left-to-right mark after it. poppler (``pdftotext``) gives a neutral at the edge of a Latin
    run to the Persian beside it, so "(IR-AM)" would copy as ") (IR-AM"; with the marks it
    copies as typed, whichever direction poppler takes the whole line to have."""
    out = list(pieces)
    text, name, _ = out[0]
    if text and _kind(text[0]) == "O" and not text[0].isspace():
        out[0:1] = [(_RLM + text[0], name, False)] + ([(text[1:], name, False)] if text[1:] else [])
    text, name, _ = out[-1]
    if text[:1] != _RLM and text and _kind(text[-1]) == "O" and not text[-1].isspace():
        out[-1:] = ([(text[:-1], name, False)] if text[:-1] else []) + [
            (_LRM + text[-1], name, False)
        ]
    return out


def _draw_as(canvas: Canvas, x: float, y: float, glyphs: str, typed: str) -> None:
    """Draw ``glyphs`` so that a reader copies them as ``typed`` (a marked-content ActualText)."""
    code = typed.encode("utf-16-be").hex().upper()
    canvas._code.append(f"/Span <</ActualText <FEFF{code}>>> BDC")
    canvas.drawString(x, y, glyphs)
    canvas._code.append("EMC")


def plain_letters(code: int) -> str:
    """A presentation form (joined letter, ligature) as the letters it stands for, in typed order."""
    ch = chr(code)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        letters = unicodedata.normalize("NFKC", ch) or ch
        # a ligature's letters in display order: readers reverse a right-to-left word glyph by
        # glyph and letter by letter, which gives them back in typed order
        return letters[::-1] if len(letters) > 1 and base_is_rtl(letters) else letters
    return ch


def searchable_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with each joined form or ligature mapped to its plain letters,
    so the glyphs HarfBuzz chose copy and search as the typed text."""
    face = fontname.split("+", 1)[-1]
    codes = [
        f"<{i:02X}> <{_PRIVATE_TEXT.get((face, v), plain_letters(v)).encode('utf-16-be').hex().upper()}>"
        for i, v in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            "<00> <%02X>" % (len(subset) - 1),
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *codes,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


ttfonts.makeToUnicodeCMap = searchable_to_unicode_cmap
