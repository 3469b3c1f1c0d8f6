"""The overview and status summary as a read-only page (HTML built from escaped user text)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from facilitator.monitoring.changes import ReviewChanges
from facilitator.monitoring.overview import Overview, OverviewRow, StatusSummary
from facilitator.monitoring.reviews import Action
from ui.contrast import readable
from ui.i18n import core_text, translate

HEADERS = (
    QT_TRANSLATE_NOOP("OverviewView", "Activities"),
    QT_TRANSLATE_NOOP("OverviewView", "Responsible"),
    QT_TRANSLATE_NOOP("OverviewView", "Priority"),
    QT_TRANSLATE_NOOP("OverviewView", "Actions taken"),
    QT_TRANSLATE_NOOP("OverviewView", "Implemented by"),
    QT_TRANSLATE_NOOP("OverviewView", "Recommendations"),
)


def _t(text: str) -> str:
    return translate("OverviewView", text)


def NO_ACTION() -> str:
    return translate("OverviewView", "No action recorded.")


WIDTHS = (25, 11, 7, 27, 14, 16)
#: a quiet note's colour, adjusted to the view's background in either theme
MUTED = QColor("#555555")


def style(page: QColor) -> str:
    """The overview's stylesheet: headings in black on their own pale colours (not the theme's
    white ink), quiet notes in a grey that reads on ``page``."""
    return (
        "<style>table{border-collapse:collapse} "
        "td,th{border:1px solid #999;padding:3px;vertical-align:top}"
        "th{background:#e8e4d8;color:#000000;} .h{background:#f1f4f7;color:#000000;font-weight:bold}"
        f" .n{{color:{readable(MUTED, page).name()};}}</style>"
    )


def _action(a: Action) -> str:
    details = " · ".join(
        escape(d)
        for d in (
            a.period,
            a.budget and f"budget {a.budget}",
            a.funder and f"funded by {a.funder}",
            a.status,
        )
        if d
    )
    prefix = f"<b>{escape(a.countries)}:</b> " if a.countries else ""
    return f"{prefix}{escape(a.action)}<br/><span class='n'>{details}</span>"


def _row_html(row: OverviewRow) -> str:
    if row.kind == "heading":
        return f"<tr><td class='h' colspan='6'>{escape(row.number)} {escape(row.text)}</td></tr>"
    recommendation = escape(row.recommendation)
    if row.proposed_priority:
        recommendation += "<br/><b>{}</b> {}".format(
            translate("OverviewView", "Proposed priority:"),
            escape(core_text(row.proposed_priority)),
        )
    lines = []
    for n, a in enumerate(row.actions or [None]):
        first = n == 0
        lines.append(
            "<tr>"
            + "".join(
                f"<td>{cell}</td>"
                for cell in (
                    f"<b>{escape(row.number)}</b> {escape(row.text)}" if first else "",
                    escape(row.responsible) if first else "",
                    escape(core_text(row.priority)) if first else "",
                    _action(a) if a else "<span class='n'>" + NO_ACTION() + "</span>",
                    escape(a.implemented_by) if a else "",
                    recommendation if first else "",
                )
            )
            + "</tr>"
        )
    return "".join(lines)


def overview_html(view: Overview, summary: StatusSummary) -> str:
    since = (
        translate("OverviewView", " since {0}").format(escape(view.since_year))
        if view.since_year
        else ""
    )
    head = "".join(
        f"<th width='{w}%'>{_t(h)}{since if h == 'Actions taken' else ''}</th>"
        for h, w in zip(HEADERS, WIDTHS)
    )
    parts = []
    for group in view.groups:
        if not group.rows:
            continue
        word = translate("OverviewView", "Objective ") if view.activity_kind == "activity" else ""
        parts.append(f"<h3>{word}{escape(group.number)}. {escape(group.heading)}</h3>")
        parts.append(
            f"<table width='100%'><tr>{head}</tr>{''.join(_row_html(r) for r in group.rows)}</table>"
        )
    parts.append(summary_html(summary))
    return "".join(parts)


def summary_html(summary: StatusSummary) -> str:
    heading = translate("OverviewView", "Status summary")
    out = [f"<h3 style='margin-top:14px'>{heading}</h3>"]
    for key, title, counts in (
        ("Objective", translate("OverviewView", "Objective"), summary.by_group),
        ("Country", translate("OverviewView", "Country"), summary.by_country),
    ):
        if not counts:
            continue
        order = StatusSummary.order_for(key)
        head = "".join(
            f"<th>{escape(h)}</th>"
            for h in (
                title,
                *(translate("columns", s) for s in order),
                translate("OverviewView", "Total"),
            )
        )
        body = "".join(
            f"<tr><td>{escape(label)}</td>"
            + "".join(f"<td align='right'>{c[s]}</td>" for s in order)
            + f"<td align='right'>{sum(c.values())}</td></tr>"
            for label, c in counts.items()
        )
        out.append(f"<table><tr>{head}</tr>{body}</table><br/>")
    return "".join(out)


def changes_html(changes: ReviewChanges | None) -> str:
    if changes is None:
        return ""
    out = [
        "<h2>{}</h2>".format(
            translate("OverviewView", "Changes since {0}").format(escape(changes.base_title))
        )
    ]
    if not changes.activities:
        return out[0] + "<p>" + translate("OverviewView", "Nothing was changed.") + "</p>"
    out.append(
        "<table width='100%'><tr><th width='40%'>"
        + translate("OverviewView", "Activity")
        + "</th><th>"
        + translate("OverviewView", "What changed")
        + "</th></tr>"
    )
    for c in changes.activities:
        lines = "<br/>".join(escape(line) for line in c.lines())
        out.append(f"<tr><td><b>{escape(c.number)}</b> {escape(c.text)}</td><td>{lines}</td></tr>")
    return "".join(out) + "</table>"


class OverviewView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("monitoring-overview")
        self.setOpenLinks(False)
        self._shown: tuple | None = None

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._shown is not None:
            self.show_views(*self._shown)  # another theme: the quiet notes' grey follows it

    def show_views(
        self, views: list[tuple[str, Overview, StatusSummary]], changes: ReviewChanges | None = None
    ) -> None:
        self._shown = (views, changes)
        if not views:
            self.setHtml(
                "<p>{}</p>".format(
                    self.tr(
                        "No activities to monitor yet: add activities in the Activities step, "
                        "or import an external programme of work."
                    )
                )
            )
            return
        html = [style(self.palette().color(QPalette.ColorRole.Base))]
        for label, view, summary in views:
            html.append(f"<h2>{escape(label)}</h2>{overview_html(view, summary)}")
        html.append(changes_html(changes))
        self.setHtml("".join(html))
