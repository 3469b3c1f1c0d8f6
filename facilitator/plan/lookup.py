"""Finding what a cell names: a country, a region, a participant, an item or an activity.

People write the same thing many ways: ``TM``, ``tm``, ``TKM`` or
``Turkmenistan``; ``Caucasus`` or its abbreviation ``C``; an item label with
other capitals or a different Unicode composition. ``Lookup`` reads the
session once and answers these questions; a name it cannot place raises
``CellProblem`` with a sentence saying what was expected.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from facilitator.plan.model import activity_numbers
from facilitator.text import clean, name_key

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

# Names pycountry no longer knows but people still write.
FORMER_NAMES = {"turkey": "TR", "russia": "RU", "iran": "IR", "syria": "SY"}
LABELLED_SCOPE = re.compile(r"^(.+?)\s*\(([^()]+)\)$")
ACTIVITY_NUMBER = re.compile(
    r"^(?:activity\s*)?(\d+)\s*[.,]\s*(\d+)\s*[.,]\s*(\d+)\.?$", re.IGNORECASE
)


class CellProblem(Exception):
    """A cell's content cannot be used; ``str()`` says why, in a sentence for the user."""


def iso_alpha2(text: str) -> str | None:
    """The ISO alpha-2 code for an alpha-2/alpha-3 code or an English country name, if pycountry knows it."""
    t = clean(text)
    if not t:
        return None
    if t.casefold() in FORMER_NAMES:
        return FORMER_NAMES[t.casefold()]
    import pycountry  # its tables take a tenth of a second to load: only when a name needs them

    try:
        return str(pycountry.countries.lookup(t).alpha_2)
    except LookupError:
        return None


def activity_number(text: object) -> str | None:
    """'1.2.3', 'Activity 1.2.3' or '1,2,3' → '1.2.3'; None for anything else."""
    match = ACTIVITY_NUMBER.match(clean(str(text or "")))
    return ".".join(str(int(g)) for g in match.groups()) if match else None


class Lookup:
    """The session's names, read once, for resolving many cells quickly."""

    def __init__(self, store: SessionStore):
        self.store = store
        self.countries = {
            r["code"]: r["name"] for r in store.rows("SELECT code, name FROM countries")
        }
        self._country_names = {name_key(n): c for c, n in self.countries.items()}
        self.regions = {
            r["name"]: r["abbreviation"]
            for r in store.rows("SELECT name, abbreviation FROM regions")
        }
        self._region_names = {name_key(n): n for n in self.regions}
        self._region_abbrevs = {name_key(a): n for n, a in self.regions.items() if a}
        self._participants: dict[str, list[int]] = {}
        for r in store.rows("SELECT id, name FROM participants ORDER BY id"):
            self._participants.setdefault(name_key(r["name"]), []).append(r["id"])
        self.items = {
            name_key(r["label"]): (r["id"], r["kind"])
            for r in store.rows("SELECT id, label, kind FROM items")
        }
        self._activities: dict[str, int] | None = None
        self._scopes: dict[str, tuple[str, str]] = {}
        self._targets: dict[str, tuple[str, int]] = {}

    # -- countries and regions ---------------------------------------------------

    def country(self, text: object) -> str:
        """The session's code for a country written as a code (any case, alpha-2 or -3) or a name."""
        t = clean(str(text or ""))
        if t.upper() in self.countries:
            return t.upper()
        if name_key(t) in self._country_names:
            return self._country_names[name_key(t)]
        code = iso_alpha2(t)
        if code is not None and code in self.countries:
            return code
        known = ", ".join(sorted(self.countries)) or "none yet"
        raise CellProblem(f"'{t}' is not a country of this session (countries: {known}).")

    def country_named(self, name: str) -> str | None:
        """The code of the country called ``name`` (any case), or None."""
        return self._country_names.get(name_key(name))

    def region(self, text: object) -> str | None:
        """The region's name for its name or abbreviation (any case), or None."""
        key = name_key(text)
        return self._region_names.get(key) or self._region_abbrevs.get(key)

    def scope(self, text: object) -> tuple[str, str]:
        """('country', code) or ('region', name) for what a voter voted for."""
        t = str(text or "")
        if t not in self._scopes:
            self._scopes[t] = self._scope(t)
        return self._scopes[t]

    def _scope(self, text: str) -> tuple[str, str]:
        t = clean(text)
        if not t:
            raise CellProblem("the scope is empty: write a country code or a region name.")
        labelled = LABELLED_SCOPE.match(
            t
        )  # 'Armenia (AM)', 'Caucasus (region)', as ballots write them
        if labelled:
            outer, inner = labelled.groups()
            for part in [outer] if inner.casefold() == "region" else [inner, outer]:
                try:
                    return self._scope(part)
                except CellProblem:
                    continue
        if t.upper() in self.countries:
            return "country", t.upper()
        region = self.region(t)
        if region:
            return "region", region
        try:
            return "country", self.country(t)
        except CellProblem:
            regions = ", ".join(self.regions) or "none"
            raise CellProblem(
                f"'{t}' is neither a country of this session ({', '.join(sorted(self.countries)) or 'none'}) "
                f"nor a region ({regions})."
            ) from None

    # -- people ------------------------------------------------------------------

    def participant(self, text: object) -> int | None:
        """The id of the participant with this name (any case), None if there is none."""
        ids = self._participants.get(name_key(text), [])
        if len(ids) > 1:
            raise CellProblem(
                f"{len(ids)} participants are called '{clean(str(text))}'; rename one of them first."
            )
        return ids[0] if ids else None

    # -- problem tree and activities -------------------------------------------

    def item(self, text: object) -> tuple[int, str] | None:
        """(id, kind) of the item with this label (NFC, any case), or None."""
        return self.items.get(name_key(text))

    def activity(self, number: str) -> int | None:
        if self._activities is None:
            self._activities = activity_numbers(self.store)
        return self._activities.get(number)

    def target(self, text: object) -> tuple[str, int]:
        """('activity', id) for an activity number, ('item', id) for a threat or driver label."""
        t = str(text or "")
        if t not in self._targets:
            self._targets[t] = self._target(t)
        return self._targets[t]

    def _target(self, text: str) -> tuple[str, int]:
        t = clean(text)
        if not t:
            raise CellProblem("the item is empty: write an item's label or an activity number.")
        number = activity_number(t)
        if number:
            aid = self.activity(number)
            if aid is None:
                raise CellProblem(f"there is no activity {number} in this session.")
            return "activity", aid
        found = self.item(t)
        if found is None:
            raise CellProblem(f"there is no threat or driver called '{t}' in this session.")
        iid, kind = found
        if kind == "constraint":
            raise CellProblem(f"'{t}' is a constraint, and constraints are not ranked.")
        return "item", iid


def resolve_country(store: SessionStore, text: str) -> str:
    """The session's country code for ``text`` (code, ISO alpha-3 or name); ``CellProblem`` if none."""
    return Lookup(store).country(text)


def resolve_scope(store: SessionStore, text: str) -> tuple[str, str]:
    """``(scope_kind, scope)``: a country by code/alpha-3/name, or a region by name/abbreviation."""
    return Lookup(store).scope(text)


def resolve_target(store: SessionStore, text: str) -> tuple[str, int]:
    """``(target_kind, target_id)``: an activity by its number or a threat/driver by its label."""
    return Lookup(store).target(text)
