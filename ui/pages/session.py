"""Session & people: the workshop's details, its countries and regions, and who takes part.

Everything is typed straight into tables (Enter goes on to the next row,
Delete removes with undo, rows pasted from a spreadsheet are added as one
step) or imported from CSV/XLSX files through the core's importer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError
from facilitator.plan import edits as ops
from facilitator.plan import model
from facilitator.plan.removal import votes_given
from facilitator.session.edits import Edit
from facilitator.status.consistency import region_warnings
from facilitator.text import name_key
from ui.i18n import core_text
from ui.removal import how_many, removal_text

from .. import dialogs
from ..controller import Controller
from ..undo_keys import mark_session_field
from ..widgets import Column, Record, RecordTable
from ..widgets.autosave import save_after_pause
from ..widgets.folding import FoldingSplitter
from .base import StepPage

META_FIELDS = (
    ("title", QT_TRANSLATE_NOOP("SessionPage", "Title")),
    ("species", QT_TRANSLATE_NOOP("SessionPage", "Species")),
    ("meeting", QT_TRANSLATE_NOOP("SessionPage", "Meeting")),
    ("place", QT_TRANSLATE_NOOP("SessionPage", "Place")),
    ("dates", QT_TRANSLATE_NOOP("SessionPage", "Dates")),
    ("symbol", QT_TRANSLATE_NOOP("SessionPage", "Document symbol")),
)
PEOPLE_HINT = QT_TRANSLATE_NOOP("SessionPage", "Enter adds the next; Delete removes; Ctrl+Z undoes")
SINGULAR = {"countries": "country", "regions": "region", "participants": "participant"}
ROLE_CHOICES = [
    ("participant", QT_TRANSLATE_NOOP("columns", "Participant")),
    ("facilitator", QT_TRANSLATE_NOOP("columns", "Facilitator")),
    ("rapporteur", QT_TRANSLATE_NOOP("columns", "Rapporteur")),
    ("observer", QT_TRANSLATE_NOOP("columns", "Observer")),
]


def _codes(store, text: str | list[str]) -> list[str]:
    """Country codes or names (a list, or text separated by commas or semicolons) as codes."""
    if isinstance(text, list):
        text = ", ".join(str(part) for part in text)
    by_name = {name_key(c.name): c.code for c in model.countries(store)}
    known = set(by_name.values())
    codes = []
    for part in text.replace(";", ",").split(","):
        part = model.clean(part)
        if not part:
            continue
        code = part.upper() if part.upper() in known else by_name.get(name_key(part))
        if code is None:
            raise FacilitatorError(f"There is no country '{part}' in this session; add it first.")
        codes.append(code)
    return codes


def _caption(title: str, hint: str, parent: QWidget) -> QLabel:
    """A table's title with a short keyboard hint in small print."""
    label = QLabel(f"<b>{title}</b> <small>({hint})</small>", parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)  # a hint never makes the page wider than the window
    return label


class SessionPage(StepPage):
    step_id = "session"
    title = "Session & people"
    tables = frozenset({"meta", "countries", "regions", "region_members", "participants"})

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.meta_edits: dict[str, QLineEdit] = {}
        self.last_dialog = None
        self._shown_store = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_meta())
        # zoomed on a narrow projector the places stand above the participants, each table
        # then as wide as the page, rather than cut its headings ('Countries', 'Affiliation');
        # its halves are made inside it (moving them there would restyle them)
        self.split = split = FoldingSplitter(self._least_widths, self)
        split.addWidget(self._build_places(split))
        split.addWidget(self._build_people(split))
        split.setStretchFactor(1, 2)
        split.setSizes([330, 690])
        layout.addWidget(split, 1)

    def _least_widths(self) -> list[int]:
        """The width the places' tables and the participants' need to cut no heading or word."""
        places = max(self.countries.least_width(), self.regions.least_width())
        return [places, self.participants.least_width()]

    # -- building -------------------------------------------------------------
    def _build_meta(self) -> QGroupBox:
        box = QGroupBox(self.tr("Workshop"), self)
        grid = QGridLayout(box)
        for n, (key, label) in enumerate(META_FIELDS):
            edit = QLineEdit(box)
            edit.setObjectName(f"meta-{key}")
            mark_session_field(edit)
            edit.editingFinished.connect(lambda k=key: self._save_meta(k))
            save_after_pause(edit, lambda k=key: self._save_meta(k))
            self.meta_edits[key] = edit
            caption = QLabel(self.tr("{0}:").format(self.tr(label)), box)
            caption.setBuddy(edit)
            grid.addWidget(caption, n // 3, (n % 3) * 2)
            grid.addWidget(edit, n // 3, (n % 3) * 2 + 1)
        return box

    def _build_places(self, parent: QWidget) -> QWidget:
        holder = QWidget(parent)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.countries = RecordTable(
            [
                Column(
                    "code",
                    QT_TRANSLATE_NOOP("columns", "Code"),
                    tooltip=QT_TRANSLATE_NOOP("columns", "Two-letter ISO code, e.g. TR"),
                ),
                Column("name", QT_TRANSLATE_NOOP("columns", "Country"), stretch=True),
            ],
            on_update=self._update_country,
            on_add=self._add_country,
            on_remove=lambda keys: self._remove("countries", [ops.remove_country(k) for k in keys]),
            on_paste=lambda rows: self._paste("countries", self._country_edit, rows),
            parent=holder,
        )
        self.countries.setObjectName("countries-table")
        self.countries.saved_whole = frozenset({"code"})  # votes name a country by its code
        self.regions = RecordTable(
            [
                Column("name", QT_TRANSLATE_NOOP("columns", "Region")),
                Column("abbreviation", QT_TRANSLATE_NOOP("columns", "Abbr.")),
                Column(
                    "members",
                    QT_TRANSLATE_NOOP("columns", "Countries"),
                    "multi",
                    self._member_choices,
                    stretch=True,
                    tooltip=QT_TRANSLATE_NOOP(
                        "columns",
                        "Enter or F2 opens the list: Space ticks a country. "
                        "Typing or pasting codes or names separated by commas also works.",
                    ),
                ),
            ],
            on_update=self._update_region,
            on_add=self._add_region,
            on_remove=lambda keys: self._remove("regions", [ops.remove_region(k) for k in keys]),
            on_paste=lambda rows: self._paste("regions", self._region_edit, rows),
            parent=holder,
        )
        self.regions.setObjectName("regions-table")
        self.regions.saved_whole = frozenset({"name", "abbreviation"})  # they name the region
        self.regions.keeps_words = True  # zoomed, 'Countries' and 'Caucasus' stay whole
        column.addWidget(
            _caption(
                self.tr("Countries (range states)"),
                self.tr("Enter adds the next; Ctrl+V pastes rows"),
                holder,
            )
        )
        column.addWidget(self.countries, 3)
        column.addWidget(
            _caption(
                self.tr("Regions"), self.tr("Enter on Countries opens the list to tick"), holder
            )
        )
        column.addWidget(self.regions, 2)
        self.region_warning = QLabel(holder)
        self.region_warning.setObjectName("region-warning")
        self.region_warning.setWordWrap(True)
        self.region_warning.setProperty("tone", "alert")  # reads in either theme
        self.region_warning.hide()
        column.addWidget(self.region_warning)
        return holder

    def _build_people(self, parent: QWidget) -> QWidget:
        holder = QWidget(parent)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.people_caption = _caption(self.tr("Participants"), self.tr(PEOPLE_HINT), holder)
        top.addWidget(self.people_caption, 1)
        self.import_button = QPushButton(self.tr("&Import from CSV/XLSX…"), holder)
        self.import_button.setObjectName("import-button")
        self.import_button.clicked.connect(self.import_dialog)
        top.addWidget(self.import_button)
        column.addLayout(top)
        self.participants = RecordTable(
            [
                Column("name", QT_TRANSLATE_NOOP("columns", "Name")),
                Column("affiliation", QT_TRANSLATE_NOOP("columns", "Affiliation"), stretch=True),
                Column(
                    "country",
                    QT_TRANSLATE_NOOP("columns", "Country"),
                    "choice",
                    self._country_choices,
                ),
                Column(
                    "role", QT_TRANSLATE_NOOP("columns", "Role"), "choice", lambda: ROLE_CHOICES
                ),
                Column(
                    "votes",
                    QT_TRANSLATE_NOOP("columns", "Votes"),
                    "check",
                    tooltip=QT_TRANSLATE_NOOP("columns", "Whether this participant votes"),
                ),
            ],
            on_update=self._update_participant,
            on_add=self._add_participant,
            on_remove=lambda keys: self._remove(
                "participants", [ops.remove_participant(k) for k in keys]
            ),
            on_paste=lambda rows: self._paste("participants", self._participant_edit, rows),
            parent=holder,
        )
        self.participants.setObjectName("participants-table")
        self.participants.autosave_new_rows = True  # a new name is in the file at once
        column.addWidget(self.participants, 1)
        return holder

    # -- reading --------------------------------------------------------------
    def refresh(self) -> None:
        store = self.store
        if store is None:
            self._shown_store = None
            for table in (self.countries, self.regions, self.participants):
                table.set_records([])
            for edit in self.meta_edits.values():
                edit.setText("")
            self.people_caption.setText(
                self.tr("<b>Participants</b> <small>({0})</small>").format(self.tr(PEOPLE_HINT))
            )
            self.region_warning.hide()
            return
        meta = store.meta()
        other_session, self._shown_store = store is not self._shown_store, store
        for key, edit in self.meta_edits.items():
            typed = model.clean(edit.text()) == meta.get(key, "")  # (a space being typed stays)
            if other_session or (not edit.isModified() and not typed):
                edit.setText(meta.get(key, ""))
                edit.setCursorPosition(0)
        self.countries.set_records(
            [Record(c.code, {"code": c.code, "name": c.name}) for c in model.countries(store)]
        )
        self.regions.set_records(
            [
                Record(
                    r.name,
                    {"name": r.name, "abbreviation": r.abbreviation, "members": list(r.countries)},
                )
                for r in model.regions(store)
            ]
        )
        people = model.participants(store)
        self.participants.set_records(
            [
                Record(
                    p.id,
                    {
                        "name": p.name,
                        "affiliation": p.affiliation,
                        "country": p.country,
                        "role": p.role,
                        "votes": p.votes,
                    },
                )
                for p in people
            ]
        )
        warnings = region_warnings(store)
        self.region_warning.setText("\n".join(f"⚠ {core_text(w)}" for w in warnings))
        self.region_warning.setVisible(bool(warnings))
        voters = sum(1 for p in people if p.votes)
        self.people_caption.setText(
            self.tr("<b>Participants: {0}, {1} voting</b> <small>({2})</small>").format(
                len(people), voters, self.tr(PEOPLE_HINT)
            )
        )

    def _member_choices(self) -> list[tuple[Any, str]]:
        return [] if self.store is None else [(c.code, c.name) for c in model.countries(self.store)]

    def _country_choices(self) -> list[tuple[Any, str]]:
        if self.store is None:
            return []
        return [(None, "—")] + [(c.code, c.name) for c in model.countries(self.store)]

    # -- writing --------------------------------------------------------------
    def _apply(self, edit: Edit) -> bool:
        return self.controller.apply(edit) is not None

    def _apply_all(self, label: str, edits: list[Edit]) -> bool:
        if not edits:
            return False
        return self._apply(edits[0] if len(edits) == 1 else ops.combine(label, edits))

    def _remove(self, noun: str, edits: list[Edit]) -> bool:
        """Remove at once (no confirmation): the status bar says how to bring it back."""
        if not self._apply_all(f"remove {len(edits)} {noun}", edits):
            return False
        what = how_many(noun, len(edits))
        applied = self.store.undo_stack.peek_undo()
        changes = applied.changes if applied is not None else []
        self.controller.notice.emit(removal_text(what, changes, noun))
        return True

    def _paste(self, noun: str, build, rows: list[dict[str, Any]]) -> bool:
        """Rows pasted from a spreadsheet become one undoable edit (or a sentence saying why not)."""
        try:
            edits = [build(row) for row in rows]
        except FacilitatorError as error:
            self.controller.message.emit(core_text(str(error)))
            return False
        return self._apply_all(f"paste {len(rows)} {noun}", edits)

    def flush(self) -> None:
        """Save a detail still being typed (the window may close before focus leaves it)."""
        for key in self.meta_edits:
            self._save_meta(key)

    def _save_meta(self, key: str) -> None:
        """Save a detail the user changed (text shown from the session is never written back)."""
        edit = self.meta_edits[key]
        if self.store is None or not edit.isModified():
            return
        edit.setModified(False)
        if model.clean(edit.text()) != self.store.meta().get(key, ""):
            self._apply(ops.set_meta({key: edit.text()}))

    def _country_edit(self, values: dict[str, Any]) -> Edit:
        """A new country; a name typed without a code gets its ISO code when one is known."""
        code, name = str(values.get("code") or ""), str(values.get("name") or "")
        if not code.strip() and name.strip():
            from facilitator.plan.lookup import iso_alpha2

            code = iso_alpha2(name) or ""
        return ops.add_country(code, name)

    def _add_country(self, values: dict[str, Any]) -> bool:
        return self._apply(self._country_edit(values))

    def _update_country(self, code: str, key: str, value: Any) -> bool:
        if key == "code":
            self.controller.message.emit(
                self.tr(
                    "The code {0} cannot be changed; remove the country and add it again."
                ).format(code)
            )
            return False
        return self._apply(ops.update_country(code, str(value)))

    def _region_edit(self, values: dict[str, Any]) -> Edit:
        members = _codes(self.store, values.get("members") or "")
        return ops.add_region(
            str(values.get("name", "")), str(values.get("abbreviation", "")), members
        )

    def _add_region(self, values: dict[str, Any]) -> bool:
        return self._paste("regions", self._region_edit, [values])

    def _update_region(self, name: str, key: str, value: Any) -> bool:
        if key != "members":
            self.controller.message.emit(
                self.tr(
                    "The region {0} keeps its name and abbreviation; remove it and add it again "
                    "to change them."
                ).format(name)
            )
            return False
        try:
            return self._apply(ops.set_region_members(name, _codes(self.store, value or "")))
        except FacilitatorError as error:
            self.controller.message.emit(core_text(str(error)))
            return False

    def _participant_edit(self, values: dict[str, Any]) -> Edit:
        fields = {
            k: v for k, v in values.items() if k in ("affiliation", "country", "role", "votes")
        }
        if isinstance(fields.get("country"), str):
            codes = _codes(self.store, fields["country"])
            fields["country"] = codes[0] if codes else None
        return ops.add_participant(str(values.get("name", "")), **fields)

    def _add_participant(self, values: dict[str, Any]) -> bool:
        return self._paste("participants", self._participant_edit, [values])

    def _update_participant(self, pid: int, key: str, value: Any) -> bool:
        if not self._apply(ops.update_participant(pid, **{key: value})):
            return False
        if key == "votes" and self.store is not None:
            given = votes_given(self.store, pid)
            name = next((p.name for p in model.participants(self.store) if p.id == pid), "?")
            if not value and given:
                self.controller.notice.emit(
                    self.tr(
                        "{0} no longer votes: {1} of their votes stop counting "
                        "(tick the box again or press Ctrl+Z to count them)."
                    ).format(name, given)
                )
            elif value and given:
                self.controller.notice.emit(
                    self.tr("{0} votes again: {1} votes count again.").format(name, given)
                )
        return True

    # -- importing ------------------------------------------------------------
    def import_dialog(self) -> None:
        paths = dialogs.ask_import_paths(self)
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> bool:
        """Import through the core (each file one undoable step) and show its report."""
        from facilitator.importing import import_files

        from ..import_report import report_text

        if self.store is None:
            return False
        try:
            report = import_files(self.store, paths)
        except FacilitatorError as error:
            self.last_dialog = dialogs.show_problem(
                self, self.tr("Nothing was imported"), str(error)
            )
            return False
        if getattr(report, "ok", True):
            self.last_dialog = dialogs.show_info(self, self.tr("Imported"), report_text(report))
            return True
        self.last_dialog = dialogs.show_problem(
            self, self.tr("Not everything was imported"), report_text(report)
        )
        return False
