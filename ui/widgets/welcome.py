"""What the window shows when no session is open: start one, open one, or pick a recent one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WelcomePanel(QWidget):
    """Buttons for a new or an existing session, and the recent sessions (Enter opens one)."""

    new_requested = Signal()
    open_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("no-session")
        intro = QLabel(self.tr("No session is open. Start a workshop, or continue one."), self)
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New session… (Ctrl+N)"), self)
        self.new_button.setObjectName("welcome-new")
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = QPushButton(self.tr("&Open session… (Ctrl+O)"), self)
        self.open_button.setObjectName("welcome-open")
        self.open_button.clicked.connect(self.open_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.recent = QListWidget(self)
        self.recent.setObjectName("welcome-recent")
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.recent_caption = QLabel(
            self.tr("Recent sessions (Enter or double-click opens):"), self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.recent_caption)
        layout.addWidget(self.recent, 1)

    def set_recent(self, paths: list[str]) -> None:
        """List the recent sessions that still exist, name first and folder after, most recent on top."""
        paths = [p for p in paths if Path(p).is_file()]
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).name}  —  {Path(path).parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        self.recent_caption.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))
        if paths:
            self.recent.setCurrentRow(0)
