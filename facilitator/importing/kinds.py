"""What a file holds, told by its header.

Each kind of file has required and optional columns. ``detect_kind`` picks
the kind whose columns the header has; a header that nearly matches one kind
gets a sentence naming the missing columns, any other a sentence listing the
headers that are understood.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.importing.reading import Table, UnreadableFile


class UnknownHeader(UnreadableFile):
    """The header matches no kind of file (it may still be a returned ballot)."""


@dataclass(frozen=True)
class FileKind:
    name: str
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    # Other spellings people use for a column, mapped to the column's name.
    aliases: tuple[tuple[str, str], ...] = ()

    def columns(self) -> tuple[str, ...]:
        return self.required + self.optional

    def describe(self) -> str:
        shown = self.optional if len(self.optional) <= 4 else (*self.optional[:2], "…")
        optional = "".join(f"[, {c}]" for c in shown)
        return f"{self.name} ({', '.join(self.required)}{optional})"


#: the LogFrame columns of objectives and results (and a Goal row, numbered 'goal')
LOGFRAME_COLUMNS = (
    "indicator",
    "baseline",
    "baseline year",
    "target",
    "target year",
    "verification",
    "assumptions",
)
FRAME_ALIASES = (
    ("means of verification", "verification"),
    ("sources of verification", "verification"),
    ("assumptions and risks", "assumptions"),
    ("risks", "assumptions"),
)

# In the order files are imported, so that a votes file can name the
# participants, countries and items imported with it.
FILE_KINDS: tuple[FileKind, ...] = (
    FileKind(
        "countries", ("code", "name"), ("regions",), (("region", "regions"), ("country", "name"))
    ),
    FileKind(
        "participants",
        ("name", "country"),
        ("affiliation", "role", "votes"),
        (("organisation", "affiliation"), ("organization", "affiliation")),
    ),
    FileKind(
        "items",
        ("kind", "label"),
        ("status",),
        (("type", "kind"), ("item", "label"), ("text", "label")),
    ),
    FileKind(
        "links", ("from", "to"), ("from kind", "to kind"), (("cause", "from"), ("effect", "to"))
    ),
    FileKind("themes", ("number", "name")),
    FileKind(
        "objectives", ("number", "text"), ("theme", "addresses", *LOGFRAME_COLUMNS), FRAME_ALIASES
    ),
    FileKind("results", ("number", "text"), LOGFRAME_COLUMNS, FRAME_ALIASES),
    FileKind(
        "activities",
        ("number", "text"),
        ("timeline", "actor", "indicator", "budget"),
        (("actors", "actor"), *FRAME_ALIASES),  # one outline file may hold all three levels
    ),
    FileKind("programme", ("code", "text", "responsible", "priority")),
    FileKind(
        "reviews",
        ("review", "date"),
        ("since", "until"),
        (
            ("since year", "since"),
            ("until year", "until"),
            ("actions taken since", "since"),
            ("recommendations until", "until"),
        ),
    ),
    FileKind(
        "actions",
        ("review", "activity", "countries", "action"),
        ("period", "implemented by", "budget", "funder", "status"),
        (("country", "countries"), ("what was done", "action"), ("implementer", "implemented by")),
    ),
    FileKind("recommendations", ("review", "activity", "recommendation"), ("proposed priority",)),
    FileKind(
        "votes",
        ("participant", "scope", "item", "value"),
        ("criterion", "region"),
        (
            ("working group", "region"),
            ("voter", "participant"),
            ("country", "scope"),
            ("activity", "item"),
            ("target", "item"),
            ("score", "value"),
            ("vote", "value"),
        ),
    ),
)
KIND_ORDER = {kind.name: n for n, kind in enumerate(FILE_KINDS)}


def understood_headers() -> str:
    return "; ".join(kind.describe() for kind in FILE_KINDS)


def _apply_aliases(kind: FileKind, header: list[str]) -> dict[str, str]:
    """Map each header name to the kind's column name it stands for (only where unambiguous)."""
    mapping = {h: h for h in header if h in kind.columns()}
    for alias, column in kind.aliases:
        if alias in header and column not in header and column not in mapping.values():
            mapping[alias] = column
    return mapping


def _outline_depth(table: Table) -> int:
    """1, 2 or 3: how many parts the numbers in the first rows have (objectives, results, activities)."""
    from facilitator.importing.outline import number_parts

    depths = [len(number_parts(row.text("number")) or ()) for row in table.rows[:50]]
    depths = [d for d in depths if d]
    return max(depths) if depths else 1


TITLE_ROWS = 10  # how far down a header is looked for, below title rows
HEADERS_SHOWN = 12  # a sentence about a header names this many of its columns


def detect_kind(table: Table) -> FileKind:
    """The kind of file ``table`` is; renames its columns to the kind's names.

    When the first row is no header (a title above the table), the next rows
    are tried. Raises ``UnreadableFile`` naming the missing columns, or the
    headers understood.
    """
    candidates = _candidates(table)
    complete = [c for c in candidates if not c[2]]
    if not complete and not _near_miss(candidates):
        for index in range(1, min(TITLE_ROWS, len(table.body) - 1)):
            try:
                below = table.with_header_at(index)
            except UnreadableFile:
                continue
            if any(not c[2] for c in _candidates(below)):
                table.header, table.written, table.rows = below.header, below.written, below.rows
                return detect_kind(table)
    if complete:
        kind, mapping = _pick(table, complete)
        _rename(table, mapping, used_columns(kind))
        return kind
    near = _near_miss(candidates)
    name = table.path.name
    if near:
        kind, missing = near
        raise UnreadableFile(
            table.path,
            f"{name} looks like a {kind.name} file but lacks the column(s) {', '.join(missing)}; "
            f"its header should be: {kind.describe()}.",
        )
    names = [table.written.get(h, h) for h in table.header if h]
    found = ", ".join(names[:HEADERS_SHOWN]) or "none"
    if len(names) > HEADERS_SHOWN:
        found += f" and {len(names) - HEADERS_SHOWN} more"
    raise UnknownHeader(
        table.path,
        f"{name} has the headers {found}, which match no kind of file that can be imported; "
        f"the headers understood are: {understood_headers()}.",
    )


Candidate = tuple[FileKind, dict[str, str], list[str], int]


def _candidates(table: Table) -> list[Candidate]:
    """Each kind with the header's mapping to it, its missing columns and how many required ones are there."""
    out = []
    for kind in FILE_KINDS:
        mapping = _apply_aliases(kind, table.header)
        present = set(mapping.values())
        missing = [c for c in kind.required if c not in present]
        out.append((kind, mapping, missing, len(present & set(kind.required))))
    return out


def _near_miss(candidates: list[Candidate]) -> tuple[FileKind, list[str]] | None:
    """The kind the header nearly matches (most of its required columns there), if any."""
    kind, _, missing, matched = max(candidates, key=lambda c: (c[3] / len(c[0].required), c[3]))
    if missing and matched >= 2 and matched * 2 >= len(kind.required):
        return kind, missing
    return None


def _pick(table: Table, complete: list[Candidate]) -> tuple[FileKind, dict[str, str]]:
    """Among kinds whose required columns are all there, the one that explains most columns.

    Objectives, results and activities share 'number, text': the numbers decide.
    """
    outline = {name: depth for depth, name in enumerate(OUTLINE_KINDS, start=1)}
    if all(k.name in outline for k, *_ in complete):
        depth = _outline_depth(table)
        for kind, mapping, *_ in complete:
            if outline[kind.name] == depth:
                return kind, mapping
    kind, mapping, *_ = max(complete, key=lambda c: (len(c[1]), -KIND_ORDER[c[0].name]))
    return kind, mapping


def _rename(table: Table, mapping: dict[str, str], used: set[str]) -> None:
    """Name the columns by the kind's names; cells of columns the kind does not use are dropped."""
    for row in table.rows:
        row.cells = {
            mapping.get(k, k): v for k, v in row.cells.items() if mapping.get(k, k) in used
        }
    table.written = {mapping.get(k, k): v for k, v in table.written.items()}
    table.header = [mapping.get(h, h) for h in table.header]


# One outline file may hold objectives, results and activities together.
OUTLINE_KINDS = ("objectives", "results", "activities")


def used_columns(kind: FileKind) -> set[str]:
    """The columns a file of ``kind`` is read for (an outline file: those of all three levels)."""
    group = OUTLINE_KINDS if kind.name in OUTLINE_KINDS else (kind.name,)
    return {column for k in FILE_KINDS if k.name in group for column in k.columns()}


def ignored_columns(kind: FileKind, table: Table) -> list[str]:
    """Columns of the file that the kind does not use (reported, not an error)."""
    used = used_columns(kind)
    return [table.written.get(h, h) for h in table.header if h and h not in used]
