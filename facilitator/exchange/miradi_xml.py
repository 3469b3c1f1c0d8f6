"""Writing Miradi XML: the object pools, ids, UUIDs and diagram pieces ``miradi_write`` uses."""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

from lxml import etree

from facilitator.session.identity import session_uuid

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

NS = "http://xml.miradi.org/schema/ConservationProject/237"
OWNER = "ZOPPFacilitator"
M = f"{{{NS}}}"


class Writer:
    def __init__(self, store: SessionStore):
        self.store = store
        self.root = etree.Element(M + "ConservationProject", nsmap={None: NS})
        self.pools: dict[str, Any] = {}
        self.next = 1
        self.extra: dict[str, str] = {}

    def new_id(self) -> int:
        self.next += 1
        return self.next - 1

    def el(self, parent: Any, name: str, text: object = None) -> Any:
        child = etree.SubElement(parent, M + name)
        if text is not None:
            child.text = str(text)
        return child

    def obj(self, pool: str, kind: str, oid: int, fields: dict[str, object]) -> Any:
        if pool not in self.pools:
            self.pools[pool] = etree.Element(M + pool)
        node = self.el(self.pools[pool], kind)
        node.set("Id", str(oid))
        for name, value in fields.items():
            if value is None or value == "":
                continue
            if isinstance(value, tuple):  # (id element name, [ids])
                holder = self.el(node, kind + name)
                for ref in value[1]:
                    self.el(holder, value[0], ref)
            else:
                self.el(node, kind + name, value)
        return node

    def note(self, key: str, value: dict[str, object]) -> None:
        self.extra[key] = json.dumps(value, ensure_ascii=False, sort_keys=True)


def clean_xml(text: object) -> str:
    """Text XML can hold (control characters dropped)."""
    return "".join(ch for ch in str(text or "") if ch in "\t\n\r" or ord(ch) >= 0x20)


def uuid_for(what: str, store: SessionStore) -> str:
    """A stable UUID for an object the session has no row for (derived from the session's)."""
    base = session_uuid(store) or "00000000-0000-0000-0000-000000000000"
    return str(uuid.uuid5(uuid.UUID(base), what))


def factor(w: Writer, wrapped: tuple[str, int], box: tuple[int, int, int, int], uid: str) -> int:
    fid = w.new_id()
    node = w.obj(
        "DiagramFactorPool",
        "DiagramFactor",
        fid,
        {"UUID": uid, "TextBoxZOrderCode": "Front"},
    )
    location = w.el(node, "DiagramFactorLocation")
    point = w.el(location, "DiagramPoint")
    w.el(point, "x", box[0])
    w.el(point, "y", box[1])
    size = w.el(w.el(node, "DiagramFactorSize"), "DiagramSize")
    w.el(size, "width", box[2])
    w.el(size, "height", box[3])
    holder = w.el(w.el(node, "DiagramFactorWrappedFactorId"), "WrappedByDiagramFactorId")
    w.el(holder, wrapped[0], wrapped[1])
    return fid


def child_uuid(parent: str, what: str = "box") -> str:
    return str(uuid.uuid5(uuid.UUID(parent), what))


def link(
    w: Writer,
    from_factor: int,
    from_ref: tuple[str, int],
    to: tuple[int, int],
    uid: str,
    to_kind: str = "CauseId",
) -> int:
    lid = w.new_id()
    node = w.obj("DiagramLinkPool", "DiagramLink", lid, {"UUID": uid})
    source = w.el(w.el(node, "DiagramLinkFromDiagramFactorId"), "LinkableFactorId")
    w.el(source, from_ref[0], from_factor)
    target = w.el(w.el(node, "DiagramLinkToDiagramFactorId"), "LinkableFactorId")
    w.el(target, to_kind, to[1])
    return lid
