"""The desktop app (PySide6). See ``lifeline`` for why it starts by keeping None alive."""

from .lifeline import keep_alive

keep_alive()
