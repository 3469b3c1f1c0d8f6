"""A small workshop to vote in: three countries, two regions, five voters, drivers, threats, activities."""

from __future__ import annotations

from facilitator.plan import edits as ops
from facilitator.plan import model

COUNTRIES = [
    ("AM", "Armenia", ["Caucasus"]),
    ("TR", "Türkiye", ["Caucasus", "Zagros"]),
    ("IQ", "Iraq", ["Zagros"]),
]
PEOPLE = [
    ("Ani Sargsyan", "AM"),
    ("Gor Petrosyan", "AM"),
    ("Şule Yıldız", "TR"),
    ("Karwan Aziz", "IQ"),
    ("Lena Brandt", None),
]
ITEMS = [
    ("constraint", "Human population growth"),
    ("driver", "Weak law enforcement"),
    ("driver", "Inadequate livestock husbandry"),
    ("threat", "Prey depletion"),
    ("threat", "Road mortality"),
]


def build(store) -> None:
    """Fill ``store`` with the small workshop."""
    for code, name, regions in COUNTRIES:
        store.apply(ops.add_country(code, name, regions))
    for name, country in PEOPLE:
        store.apply(ops.add_participant(name, "Ministry", country))
    for kind, label in ITEMS:
        store.apply(ops.add_item(kind, label))
    store.apply(ops.add_objective("Secure habitat"))
    obj = store.scalar("SELECT id FROM objectives")
    store.apply(ops.add_result(obj, "Priority areas known"))
    res = store.scalar("SELECT id FROM results")
    for text in ("Review occurrence data", "Hold a workshop", "Promote protected areas"):
        store.apply(ops.add_activity(res, text))
    store.undo_stack.clear()


def person(store, name: str) -> model.Participant:
    return next(p for p in model.participants(store) if p.name == name)


def item(store, label: str) -> int:
    return store.scalar("SELECT id FROM items WHERE label = ?", (label,))
