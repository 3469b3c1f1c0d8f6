"""A field with typing not yet saved saves it the moment the cursor leaves it, without waiting
for the pause after the last key; leaving a field nobody typed in saves nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget
from test_texts import type_unicode

from ui.widgets.autosave import pending, save_after_pause


def _form(qtbot):
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    notes, other = QPlainTextEdit(form), QLineEdit(form)
    layout.addWidget(notes)
    layout.addWidget(other)
    saved: list[str] = []
    save_after_pause(notes, lambda: saved.append(notes.toPlainText()), ms=60_000)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    return form, notes, other, saved


def test_leaving_a_field_saves_its_typing_at_once(qtbot):
    _keep, notes, other, saved = _form(qtbot)
    notes.setFocus()
    type_unicode(notes, "Ağaçlandırma; ادامه")
    assert saved == [] and pending()  # the pause (a minute here) has not passed
    other.setFocus()
    assert saved == ["Ağaçlandırma; ادامه"]
    assert not pending()


def test_leaving_a_field_nobody_typed_in_saves_nothing(qtbot):
    _keep, notes, other, saved = _form(qtbot)
    notes.setFocus()
    other.setFocus()
    notes.setFocus()
    other.setFocus()
    assert saved == []
