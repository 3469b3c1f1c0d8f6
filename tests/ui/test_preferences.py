"""Edit → Preferences: the language chosen there is the app's language from the next start."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui import i18n, settings
from ui.actions import ActionId


def test_choosing_persian_in_preferences_applies_at_the_next_start(main_window, qtbot):
    main_window.actions[ActionId.PREFERENCES].trigger()
    dialog = main_window.last_dialog
    qtbot.waitExposed(dialog)
    box = dialog.language
    assert box.itemData(0) == ""  # the system's language comes first
    box.setCurrentIndex(box.findData("fa"))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert settings.get("language") == "fa"
    # this window keeps its language; the next start reads the choice
    assert main_window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert i18n.chosen_language(None) == "fa"
    assert i18n.chosen_language("tr") == "tr"  # the command line wins


def test_without_a_choice_the_system_language_is_used(main_window):
    assert settings.get("language") == ""
    assert i18n.chosen_language(None) == i18n.system_language()
