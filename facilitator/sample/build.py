"""Build the sample workshop (Persian Leopard, 2022) from the data the project keeps.

Run ``python -m facilitator.sample.build OUT.zopp`` (``make sample``). The figures are
those of the published background document of the First Range State Meeting for
the Persian Leopard (Tbilisi, 2022); ``sample_data`` says which data files carry
published figures and which hold invented names and texts. The votes are
invented per participant so that the session's scores give the published figures.

How the votes are made:

- a country figure is the mean of votes from that country's voting participants;
- a region figure of a region that ranks as a working group (``regions.csv``)
  is the mean of region-scoped votes of that group's members (2.3 may be 7/3);
  a region ranked by its countries gets group votes only where its countries'
  mean does not print as the published figure;
- where the published overall figure is the mean of the printed region figures
  but the votes' exact means would give another one, the region figures are
  made exact (integer votes where possible, else one decimal group vote);
- a country in several regions (Iran, Türkiye) votes in each region's working
  group separately: its votes name the region whose bracket they stand for;
- '-' becomes an unknown answer and an empty figure ("Not filled in") an empty
  answer from every voter concerned.

Everything goes through ``ops`` edits applied by the store, so the history is
that of a real session. A fixed clock makes two builds give the same content.
"""

from __future__ import annotations

import random
import sys
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from fractions import Fraction
from pathlib import Path
from typing import Any

from facilitator.errors import FacilitatorError, SessionError
from facilitator.plan import edits as ops
from facilitator.plan.model import META_KEYS, SMART, activity_numbers
from facilitator.sample.source import activity_text, read_data
from facilitator.sample.votes import (
    NOT_FILLED_IN,
    UNKNOWN,
    Answer,
    answers_mean,
    country_answers,
    figure,
    group_answers,
    is_number,
    mean,
    printed,
)
from facilitator.session import identity
from facilitator.session import store as store_module
from facilitator.session.edits import Edit
from facilitator.session.store import SessionStore
from facilitator.voting import edits as vote_edits
from facilitator.voting.edits import Vote, VoteKey

WORKSHOP_START = datetime(2021, 11, 15, 9, 0)
KIND = {"Constraint": "constraint", "Driver": "driver", "Threat": "threat"}
# The votes behind a region's figure (voter, scope kind, scope, answer) and the score they give.
RegionPlan = tuple[list[tuple[int, str, str, object]], Fraction | None]


# -- a reproducible clock ----------------------------------------------------------


class WorkshopClock:
    """Times of the workshop days; moves only when the builder says so."""

    def __init__(self, start: datetime = WORKSHOP_START):
        self.time = start

    def __call__(self) -> str:
        return self.time.isoformat(timespec="milliseconds")

    def advance(self, **delta: float) -> None:
        self.time += timedelta(**delta)

    def next_day(self) -> None:
        day = self.time.date() + timedelta(days=1)
        self.time = datetime(day.year, day.month, day.day, 9, 0)


@contextmanager
def fixed_clock(clock: WorkshopClock) -> Iterator[WorkshopClock]:
    """Stamp votes and history with ``clock``, and give seeded UUIDs: the same file every time."""
    original, original_uuid = store_module.now, identity.new_uuid
    seeded = random.Random(2022)
    store_module.now = clock
    identity.new_uuid = lambda: str(uuid.UUID(int=seeded.getrandbits(128), version=4))
    try:
        yield clock
    finally:
        store_module.now, identity.new_uuid = original, original_uuid


# -- the builder ----------------------------------------------------------------------


class SampleBuilder:
    """Builds the sample into an open (empty) session, step by step as a workshop would."""

    def __init__(self, store: SessionStore, clock: WorkshopClock):
        self.store = store
        self.clock = clock
        self.names: dict[int, str] = {}
        self.voters: dict[str, list[int]] = defaultdict(list)
        self.groups: dict[str, list[int]] = defaultdict(list)
        self.members: dict[str, list[str]] = defaultdict(list)
        self.items: dict[str, int] = {}
        self.figures_from: dict[str, str] = {}
        self.ballots: dict[tuple[int, str], list[Vote]] = defaultdict(list)

    def run(self) -> None:
        self.session_and_people()
        self.clock.next_day()
        self.vision_and_goal()
        self.clock.next_day()
        self.problem_tree()
        self.clock.next_day()
        self.threat_ranking()
        self.clock.next_day()
        self.plan()
        self.clock.next_day()
        self.priorities()
        self.clock.next_day()
        from facilitator.sample.monitoring import add_sample_review

        add_sample_review(self.store)

    def apply(self, edit: Edit) -> list[int]:
        """Apply ``edit`` a moment after the previous one; returns the ids of rows it added."""
        applied = self.store.apply(edit)
        self.clock.advance(seconds=20)
        return [c.key["id"] for c in applied.changes if c.before is None and "id" in c.key]

    def add(self, edit: Edit) -> int:
        """Apply an edit that adds one row (an item, a participant ...); returns its id."""
        return self.apply(edit)[-1]

    # -- day 1: session, countries, regions, people ------------------------------------

    def session_and_people(self) -> None:
        meta = {r["key"]: r["value"] for r in read_data("session.csv")}
        self.apply(ops.set_meta({k: meta[k] for k in META_KEYS}))
        for r in read_data("regions.csv"):
            self.apply(ops.add_region(r["name"], r["abbreviation"]))
            self.figures_from[r["name"]] = r["figures_from"]
        for r in read_data("countries.csv"):
            regions = r["regions"].split(";")
            self.apply(ops.add_country(r["code"], r["name"], regions))
            for region in regions:
                self.members[region].append(r["code"])
        for r in read_data("participants.csv"):
            votes = r["votes"] == "yes"
            edit = ops.add_participant(
                r["name"], r["affiliation"], r["country"] or None, r["role"], votes
            )
            pid = self.add(edit)
            self.names[pid] = r["name"]
            if votes and r["country"]:
                self.voters[r["country"]].append(pid)
            if votes and r["working_group"]:
                self.groups[r["working_group"]].append(pid)

    # -- day 2: Vision and Goal --------------------------------------------------------------

    def vision_and_goal(self) -> None:
        meta = {r["key"]: r["value"] for r in read_data("session.csv")}
        self.apply(ops.add_draft("vision", meta["vision draft"]))
        self.clock.advance(minutes=40)
        self.apply(ops.add_draft("vision", meta["vision"], adopt=True))
        self.clock.advance(hours=1)
        self.apply(ops.add_draft("goal", meta["goal"], adopt=True))

    # -- day 3: problem tree ------------------------------------------------------------------

    def problem_tree(self) -> None:
        emerging = {r["item"] for r in read_data("emerging_items.csv")}
        labels = [("constraint", r["constraint"]) for r in read_data("constraints.csv")]
        for r in read_data("threat_ranking.csv"):
            if (KIND[r["kind"]], r["item"]) not in labels:
                labels.append((KIND[r["kind"]], r["item"]))
        for kind, label in labels:
            status = "emerging" if label in emerging else "current"
            self.items[label] = self.add(ops.add_item(kind, label, status))
        self._check_known(emerging, "emerging_items.csv")
        for r in read_data("problem_tree_links.csv"):
            self._check_known({r["from"], r["to"]}, "problem_tree_links.csv")
            self.apply(ops.add_link(self.items[r["from"]], self.items[r["to"]]))

    def _check_known(self, labels: set[str], source: str) -> None:
        unknown = sorted(labels - set(self.items))
        if unknown:
            raise FacilitatorError(f"{source} names an item not in the problem tree: {unknown[0]}.")

    # -- day 4: threat ranking ---------------------------------------------------------------

    def threat_ranking(self) -> None:
        cells: dict[tuple[str, str], dict[str, dict[str, str]]] = {}
        for r in read_data("threat_ranking.csv"):
            empty: dict[str, dict[str, str]] = {"overall": {}, "region": {}, "country": {}}
            cell = cells.setdefault((r["item"], r["criterion"]), empty)
            key = {
                "overall": "",
                "region": r["region"],
                "country": f"{r['region']}/{r['country']}",  # a country's figure within a region
            }[r["level"]]
            before = cell[r["level"]].setdefault(key, r["value"].strip())
            if before != r["value"].strip():
                raise FacilitatorError(f"{key} has two figures for {r['item']} ({r['criterion']}).")
        for (label, criterion), cell in cells.items():
            self._rank_cell(label, criterion, cell)
        self._cast("rank threats")

    def _rank_cell(self, label: str, criterion: str, cell: dict[str, dict[str, str]]) -> None:
        """Votes for one item and criterion: its countries' figures, then its regions'."""
        iid = self.items[label]
        countries, regions = cell["country"], cell["region"]
        for key, value in countries.items():
            region, code = key.split("/")
            # A country in several regions scored in each region's working group separately.
            group = region if sum(code in m for m in self.members.values()) > 1 else ""
            seed = f"{label}/{criterion}/{code}" + (f"/{group}" if group else "")
            for pid, answer in country_answers(value, self.voters[code], criterion, seed):
                self.vote(pid, "country", code, "item", iid, criterion, answer, group)

        def plan_regions(exact: bool) -> dict[str, RegionPlan]:
            return {
                r: self._region_plan(r, v, countries, criterion, label, exact)
                for r, v in regions.items()
            }

        plans = plan_regions(exact=False)
        published = cell["overall"].get("")
        if published and _overall(regions.values()) == figure(published) != _overall_of(
            plans.values()
        ):
            # The reference averaged its printed region figures: make them exact.
            plans = plan_regions(exact=True)
        for votes, _ in plans.values():
            for pid, scope_kind, scope, answer in votes:
                self.vote(pid, scope_kind, scope, "item", iid, criterion, answer)

    def vote(
        self,
        pid: int,
        scope_kind: str,
        scope: str,
        target_kind: str,
        target_id: int,
        criterion: str,
        answer: object,
        region: str = "",
    ) -> None:
        """Put one answer on the voter's ballot for ``scope`` (in ``region``'s working group)."""
        key = VoteKey(pid, scope_kind, scope, target_kind, target_id, criterion, region)
        self.ballots[(pid, scope)].append((key, answer))

    def _region_plan(
        self,
        region: str,
        value: str,
        countries: dict[str, str],
        criterion: str,
        label: str,
        exact: bool = False,
    ) -> RegionPlan:
        """The votes behind a region's figure, and the score they give.

        A region ranked by its countries needs no votes of its own where its
        countries' mean gives the figure (empty answers where nobody filled it
        in); otherwise, and always for a working group, its group votes.
        """
        given = {
            c: countries[f"{region}/{c}"]
            for c in self.members[region]
            if f"{region}/{c}" in countries
        }
        score = mean([figure(v) for v in given.values() if is_number(v)])
        if self.figures_from[region] == "countries" and _countries_give(value, given, score, exact):
            missing = (
                []
                if value != NOT_FILLED_IN
                else [c for c in self.members[region] if c not in given]
            )
            return [(pid, "country", c, None) for c in missing for pid in self.voters[c]], score
        seed = f"{label}/{criterion}/{region}"
        answers: list[Answer] = group_answers(value, self.groups[region], criterion, seed, exact)
        return [(pid, "region", region, a) for pid, a in answers], answers_mean(answers)

    def _cast(self, what: str) -> None:
        """Record the collected ballots: one undoable step per voter and scope."""
        for (pid, scope), votes in sorted(self.ballots.items()):
            self.apply(
                vote_edits.set_votes(f"{what} for {scope}: ballot of {self.names[pid]}", votes)
            )
        self.ballots.clear()

    # -- day 5: themes, objectives, results, activities -------------------------------------

    def plan(self) -> None:
        themes = {r["number"]: self.add(ops.add_theme(r["name"])) for r in read_data("themes.csv")}
        ids: dict[str, int] = {}
        for r in read_data("plan.csv"):
            if "." not in r["number"]:
                oid = self.add(ops.add_objective(r["text"], themes[r["theme"]]))
                addressed = [a for a in r["addresses"].split(" | ") if a]
                self._check_known(set(addressed), "plan.csv")
                self.apply(ops.set_objective_items(oid, [self.items[a] for a in addressed]))
                ids[r["number"]] = oid
            else:
                parent = ids[r["number"].rsplit(".", 1)[0]]
                rid = self.add(ops.add_result(parent, r["text"], r["indicator"]))
                self.apply(ops.update_result(rid, **{s: True for s in SMART}))
                ids[r["number"]] = rid
        self.logframe(ids)
        self.activities(ids)

    def logframe(self, ids: dict[str, int]) -> None:
        """The Goal's, objectives' and results' indicators, verification and assumptions."""
        for r in read_data("logframe.csv"):
            fields = {k: v for k, v in r.items() if k != "number" and v}
            if r["number"] == "goal":
                self.apply(ops.update_goal(**fields))
            elif "." in r["number"]:
                self.apply(ops.update_result(ids[r["number"]], **fields))
            else:
                self.apply(ops.update_objective(ids[r["number"]], **fields))

    def activities(self, result_ids: dict[str, int]) -> None:
        details = {r["activity"]: r for r in read_data("activity_details.csv")}
        rows = read_data("activity_priorities.csv")
        known = {r["activity"] for r in rows}
        refs = {}
        for r in rows:
            number, d = r["activity"], details[r["activity"]]
            fields: dict[str, Any] = {
                k: d[k] for k in ("timeline", "actors", "indicator", "budget")
            }
            text, refs[number] = activity_text(r["text"], known - {number})
            self.apply(ops.add_activity(result_ids[number.rsplit(".", 1)[0]], text, **fields))
        numbers = activity_numbers(self.store)
        missing = sorted(known - set(numbers))
        if missing:
            raise FacilitatorError(
                f"Activity {missing[0]} did not get its number; check the data's order."
            )
        for number, listed in refs.items():
            if listed:
                self.apply(ops.set_activity_refs(numbers[number], [numbers[n] for n in listed]))

    # -- day 6: priorities ----------------------------------------------------------------------

    def priorities(self) -> None:
        numbers = activity_numbers(self.store)
        for r in read_data("activity_priorities.csv"):
            aid = numbers[r["activity"]]
            for code in self.voters:
                seed = f"{r['activity']}/{code}"
                for pid, answer in country_answers(
                    r[code].strip(), self.voters[code], "priority", seed
                ):
                    self.vote(pid, "country", code, "activity", aid, "priority", answer)
        self._cast("prioritise activities")


def _countries_give(value: str, given: dict[str, str], score: Fraction | None, exact: bool) -> bool:
    """True when the countries' figures ``given`` (mean ``score``) give the region's ``value``."""
    if value == NOT_FILLED_IN:
        return score is None and UNKNOWN not in given.values()
    if value == UNKNOWN:
        return score is None and UNKNOWN in given.values()
    if score is None:
        return False
    return score == figure(value) if exact else printed(score) == figure(value)


def _overall(values: Iterable[str]) -> Fraction | None:
    """The overall figure the published region figures give (mean, printed)."""
    score = mean([figure(v) for v in values if is_number(v)])
    return None if score is None else printed(score)


def _overall_of(plans: Iterable[tuple[object, Fraction | None]]) -> Fraction | None:
    """The overall figure the planned region scores give."""
    score = mean([s for _, s in plans if s is not None])
    return None if score is None else printed(score)


def build(path: str | Path) -> Path:
    """Build the sample workshop into the session file ``path`` (replacing it)."""
    folder = Path(path).absolute().parent
    if not folder.is_dir():
        raise SessionError(f"Cannot write {path}: the folder {folder} does not exist.")
    clock = WorkshopClock()
    with fixed_clock(clock):
        store = SessionStore.memory()
        try:
            SampleBuilder(store, clock).run()
            return store.save_copy(path)
        finally:
            store.close()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("Usage: python -m facilitator.sample.build OUT.zopp", file=sys.stderr)
        return 2
    try:
        path = build(args[0])
    except (FacilitatorError, OSError) as error:
        print(f"The sample workshop could not be built: {error}", file=sys.stderr)
        return 1
    except KeyError as error:
        print(
            f"The sample workshop could not be built: the data uses {error} without defining it.",
            file=sys.stderr,
        )
        return 1
    print(f"Built the sample workshop: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
