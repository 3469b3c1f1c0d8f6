"""The details of one objective, result or activity, edited in place.

Each form shows one row of the outline and asks ``save(table, id, fields)``
to store a change when a field is left or Enter is pressed; pages build
the edit. ``AddLine`` is the line under the tree where new rows are typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.plan.model import (
    LOGFRAME_FIELDS,
    SMART,
    Activity,
    Item,
    LogFrameEntry,
    Objective,
    Result,
    clean,
)
from ui.i18n import translate

from ..undo_keys import mark_session_field
from ..widgets.autosave import save_after_pause

SMART_WORDS = {
    "specific": QT_TRANSLATE_NOOP("columns", "Specific"),
    "measurable": QT_TRANSLATE_NOOP("columns", "Measurable"),
    "achievable": QT_TRANSLATE_NOOP("columns", "Achievable"),
    "relevant": QT_TRANSLATE_NOOP("columns", "Relevant"),
    "time_bound": QT_TRANSLATE_NOOP("columns", "Time-bound"),
}


class AddLine(QLineEdit):
    """Type a new row and press Enter (the line stays, ready for the next); pasted lines come as a list."""

    lines_pasted = Signal(list)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            text = QGuiApplication.clipboard().text()
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            if len(lines) > 1 or "\t" in text:  # rows, or one row of several columns
                self.lines_pasted.emit(lines)
                return
        super().keyPressEvent(event)


class FieldLine(QLineEdit):
    """A field saved when it is left or Enter is pressed (only when the user changed it)."""

    def __init__(
        self, name: str, on_save: Callable[[str, str], None], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.field = name
        self.setObjectName(f"field-{name}")
        mark_session_field(self)
        self.editingFinished.connect(self.save)
        self.on_save = on_save
        save_after_pause(self, self.save)  # in the file 0.25 s after the last key

    def show_value(self, text: str) -> None:
        typing_it = self.hasFocus() and clean(self.text()) == clean(text)
        if not (self.hasFocus() and self.isModified()) and not typing_it:
            self.setText(text)
            self.setCursorPosition(0)  # a long text shows its beginning
            self.setModified(False)

    def save(self) -> None:
        if self.isModified():
            self.setModified(False)
            self.on_save(self.field, self.text())


class FieldText(QPlainTextEdit):
    """A longer text field (wraps): Enter or leaving it saves; it never holds a line break."""

    def __init__(
        self,
        name: str,
        on_save: Callable[[str, str], None],
        parent: QWidget | None = None,
        lines: int = 4,
    ):
        super().__init__(parent)
        self.field = name
        self.on_save = on_save
        self.lines = lines
        self.setObjectName(f"field-{name}")
        mark_session_field(self)
        self.setTabChangesFocus(True)
        self._fit_height()
        save_after_pause(self, self.save)  # in the file 0.25 s after the last key

    def _fit_height(self) -> None:
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self.lines + 12)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def text(self) -> str:
        return self.toPlainText()

    def show_value(self, text: str) -> None:
        typing_it = self.hasFocus() and clean(" ".join(self.toPlainText().split("\n"))) == clean(
            text
        )
        if not (self.hasFocus() and self.document().isModified()) and not typing_it:
            self.setPlainText(text)
            self.document().setModified(False)

    def save(self) -> None:
        if self.document().isModified():
            self.document().setModified(False)
            self.on_save(self.field, " ".join(self.toPlainText().split("\n")))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        self.save()
        super().focusOutEvent(event)


class RowForm(QWidget):
    """Common part: a title and a form of ``FieldLine``s for one table."""

    table = ""
    grows = False  # whether the form takes the height it is given (a list in it)

    def __init__(self, save: Callable[[str, int, dict], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.save = save
        self.row_id: int | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName(f"{self.table}-heading")
        self.heading.setWordWrap(True)
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        self.form = QFormLayout()
        outer.addLayout(self.form, 1 if self.grows else 0)
        if not self.grows:
            outer.addStretch(1)
        self.lines: dict[str, FieldLine | FieldText] = {}

    def add_line(
        self, name: str, caption: str, hint: str = "", lines: int = 1
    ) -> FieldLine | FieldText:
        """A field of ``lines`` lines (more than one: the text wraps)."""
        if lines > 1:
            line: FieldLine | FieldText = FieldText(name, self._save_field, self, lines)
        else:
            line = FieldLine(name, self._save_field, self)
        line.setPlaceholderText(hint)
        self.lines[name] = line
        self.form.addRow(caption, line)
        return line

    def add_logframe_lines(self, indicator: bool = True) -> None:
        """The LogFrame columns: indicator with baseline and target (value, year), means of
        verification, assumptions and risks."""
        if indicator:
            self.add_line(
                "indicator",
                self.tr("&Indicator:"),
                self.tr("how we will know it is achieved"),
                lines=2,
            )
        for name, caption, hint in (
            ("baseline", self.tr("Base&line:"), self.tr("value at the start, e.g. 6 of 13")),
            ("target", self.tr("Tar&get:"), self.tr("value to reach, e.g. 13 of 13")),
        ):
            box = QWidget(self)
            pair = QHBoxLayout(box)
            pair.setContentsMargins(0, 0, 0, 0)
            value = FieldLine(name, self._save_field, box)
            value.setPlaceholderText(hint)
            year = FieldLine(f"{name}_year", self._save_field, box)
            year.setPlaceholderText(self.tr("year"))
            year.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 8)
            self.lines[name], self.lines[f"{name}_year"] = value, year
            pair.addWidget(value, 1)
            pair.addWidget(year)
            label = QLabel(caption, self)
            label.setBuddy(value)
            self.form.addRow(label, box)
        self.add_line(
            "verification",
            self.tr("&Verification:"),
            self.tr("means of verification, sources"),
            lines=2,
        )
        self.add_line(
            "assumptions", self.tr("Assu&mptions:"), self.tr("assumptions and risks"), lines=2
        )

    def show_logframe(self, frame: LogFrameEntry) -> None:
        for name in LOGFRAME_FIELDS:
            if name in self.lines:
                self.lines[name].show_value(getattr(frame, name))

    def fit_width(self, width: int) -> None:
        """Narrow (a zoomed window): labels go above their fields so the fields keep their width."""
        narrow = width < self.fontMetrics().horizontalAdvance("x") * 60
        policy = (
            QFormLayout.RowWrapPolicy.WrapAllRows
            if narrow
            else QFormLayout.RowWrapPolicy.DontWrapRows
        )
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)

    def _save_field(self, name: str, text: str) -> None:
        if self.row_id is not None:
            self.save(self.table, self.row_id, {name: text})

    def flush(self) -> None:
        for line in self.lines.values():
            line.save()


class ObjectiveForm(RowForm):
    table = "objectives"
    grows = True

    def __init__(self, save, parent=None):
        super().__init__(save, parent)
        self.add_line("text", self.tr("&Objective:"), lines=4)
        self.theme = QComboBox(self)
        self.theme.setObjectName("field-theme")
        mark_session_field(self.theme)
        self.theme.setEditable(True)
        self.theme.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.theme.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.theme.setMinimumContentsLength(12)
        self.theme.lineEdit().setPlaceholderText(self.tr("choose or type a new theme, then Enter"))
        self.theme.activated.connect(lambda _: self._save_theme())
        self.theme.lineEdit().returnPressed.connect(self._save_theme)
        self.form.addRow(self.tr("T&heme:"), self.theme)
        self.addressed = QListWidget(self)
        self.addressed.setObjectName("field-addresses")
        self.addressed.setWordWrap(True)
        self.addressed.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.addressed.itemChanged.connect(lambda _: self._save_addressed())
        self.form.addRow(self.tr("&Addresses:"), self.addressed)
        self.add_logframe_lines()

    def show_row(
        self,
        objective: Objective,
        themes: list[dict],
        items: list[Item],
        importance: dict[int, str] | None = None,
    ) -> None:
        """``items`` in the order to list them; ``importance`` adds each one's overall figure
        (its text from the results layer, so it reads as in every table)."""
        self.row_id = objective.id
        self.heading.setText(self.tr("<b>Objective {0}</b>").format(objective.number))
        self.lines["text"].show_value(objective.text)
        self.theme.blockSignals(True)
        self.theme.clear()
        self.theme.addItem("—", None)
        for theme in themes:
            self.theme.addItem(str(theme["name"]), theme["id"])
        self.theme.setCurrentIndex(max(0, self.theme.findData(objective.theme_id)))
        self.theme.lineEdit().setCursorPosition(0)  # long names show their beginning
        self.theme.blockSignals(False)
        self.addressed.blockSignals(True)
        self.addressed.clear()
        for item in items:
            figure = (importance or {}).get(item.id)
            suffix = f"  ({figure})" if figure else ""
            entry = QListWidgetItem(
                f"{translate('columns', item.kind.capitalize())}: {item.label}{suffix}",
                self.addressed,
            )
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if item.id in objective.item_ids else Qt.CheckState.Unchecked
            )
        self.addressed.blockSignals(False)
        self.show_logframe(objective.frame)

    def _save_theme(self) -> None:
        if self.row_id is None:
            return
        text = self.theme.currentText().strip()
        found = self.theme.findText(text, Qt.MatchFlag.MatchFixedString)
        if found >= 0:
            self.save(self.table, self.row_id, {"theme_id": self.theme.itemData(found)})
        elif text:
            self.save(self.table, self.row_id, {"new_theme": text})

    def _save_addressed(self) -> None:
        if self.row_id is None:
            return
        chosen = [
            self.addressed.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.addressed.count())
            if self.addressed.item(n).checkState() == Qt.CheckState.Checked
        ]
        self.save(self.table, self.row_id, {"item_ids": chosen})


class ResultForm(RowForm):
    table = "results"

    def __init__(self, save, parent=None):
        super().__init__(save, parent)
        self.add_line("text", self.tr("&Result:"), lines=4)
        self.add_logframe_lines()
        row = QGridLayout()
        self.checks: dict[str, QCheckBox] = {}
        for n, name in enumerate(SMART):
            box = QCheckBox(translate("columns", SMART_WORDS[name]), self)
            box.setObjectName(f"smart-{name}")
            box.toggled.connect(lambda on, n=name: self._save_check(n, on))
            self.checks[name] = box
            row.addWidget(box, n // 2, n % 2)
        row.setColumnStretch(2, 1)  # boxes as wide as their words: a click beside one does nothing
        self.form.addRow(self.tr("SMART:"), row)

    def show_row(self, result: Result) -> None:
        self.row_id = result.id
        self.heading.setText(self.tr("<b>Result {0}</b>").format(result.number))
        self.lines["text"].show_value(result.text)
        self.show_logframe(result.frame)
        for name, box in self.checks.items():
            box.blockSignals(True)
            box.setChecked(result.smart[name])
            box.blockSignals(False)

    def _save_check(self, name: str, on: bool) -> None:
        if self.row_id is not None:
            self.save(self.table, self.row_id, {name: on})


class ActivityForm(RowForm):
    table = "activities"

    def __init__(self, save, parent=None):
        super().__init__(save, parent)
        self.add_line("text", self.tr("&Activity:"), lines=4)
        self.add_line("timeline", self.tr("&Timeline:"), self.tr("e.g. 2023–2025"))
        self.add_line("actors", self.tr("Act&or(s):"), self.tr("who carries it out"))
        self.add_line("indicator", self.tr("&Indicator:"), lines=2)
        self.add_line("budget", self.tr("&Budget:"), self.tr("a rough figure"))
        self.add_line("refs", self.tr("&See activities:"), self.tr("numbers, e.g. 1.1.4, 2.3.1"))
        self.add_line(
            "programme", self.tr("&Programme items:"), self.tr("codes, e.g. CAMI PoW 19.3")
        )

    def show_row(self, activity: Activity) -> None:
        self.row_id = activity.id
        self.heading.setText(self.tr("<b>Activity {0}</b>").format(activity.number))
        for name in ("text", "timeline", "actors", "indicator", "budget"):
            self.lines[name].show_value(getattr(activity, name))
        self.lines["refs"].show_value(", ".join(activity.refs))
        self.lines["programme"].show_value(", ".join(activity.programme))
