"""Look up the app's resources (icons, stylesheets, fonts) by name.

A missing name fails loudly with the list of known names, so a typo shows at
once instead of as a blank icon.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent
KINDS = {"icons": (".svg", ".png"), "styles": (".qss",), "fonts": (".ttf",)}


@cache
def _folder(kind: str) -> Path:
    """Icons and styles live beside this module; fonts inside the core's documents package,
    which embeds the same files in the PDFs (found beside the core's own module, without
    importing the documents package: the window starts without it)."""
    if kind == "fonts":
        import facilitator

        return Path(facilitator.__file__).resolve().parent / "documents" / "fonts"
    return ROOT / kind


class ResourceMissing(LookupError):
    """A resource was asked for by a name that does not exist."""


def known(kind: str) -> list[str]:
    """Names (file stems) of every resource of ``kind``."""
    if kind not in KINDS:
        raise ResourceMissing(f"No resource kind '{kind}'; known kinds: {', '.join(KINDS)}")
    folder = _folder(kind)
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.iterdir() if p.suffix in KINDS[kind])


def path(kind: str, name: str) -> Path:
    """The file of resource ``name`` of ``kind`` (e.g. ``path('styles', 'high-contrast')``)."""
    for suffix in KINDS.get(kind, ()):
        candidate = _folder(kind) / f"{name}{suffix}"
        if candidate.is_file():
            return candidate
    raise ResourceMissing(
        f"No {kind} resource named '{name}'; known names: {', '.join(known(kind)) or 'none'}"
    )


def stylesheet(name: str) -> str:
    return path("styles", name).read_text(encoding="utf-8")


def icon(name: str):
    """A ``QIcon`` of the named icon (imports Qt only when asked)."""
    from PySide6.QtGui import QIcon

    return QIcon(str(path("icons", name)))


_registered_families: list[str] | None = None


def register_fonts() -> list[str]:
    """Make the bundled fonts known to Qt (once per process), so names in scripts the
    system's fonts lack (Urdu's ہ ے, Georgian capitals Ნ Ბ) are drawn from them instead of as
    boxes. Returns the families they hold (asked of each file, not of the system's whole list)."""
    global _registered_families
    from PySide6.QtGui import QFontDatabase

    if _registered_families is None:
        families: list[str] = []
        for name in known("fonts"):
            font_id = QFontDatabase.addApplicationFont(str(path("fonts", name)))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
        _registered_families = sorted(set(families))
    return list(_registered_families)
