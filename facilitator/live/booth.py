"""What a phone may ask and do, checked against the session file.

``Booth`` is the server's side of the session: it runs on one worker thread
with its own connection to the session file (``SessionStore.attach``), so the
app's window never waits for it. Every answer is a plain dict for JSON; every
refusal is a ``Refused`` with an HTTP status and one sentence. A vote is
written and committed before ``vote`` returns, so what the phone is told was
saved is in the file. Nothing here returns another participant's values
before the facilitator reveals the results.
"""

from __future__ import annotations

import hmac
import time
from pathlib import Path
from typing import Any

from facilitator.errors import FacilitatorError
from facilitator.live import access
from facilitator.plan import model
from facilitator.session.store import SessionStore
from facilitator.voting import closing, state
from facilitator.voting.edits import set_vote

MAX_TEXT = 200  # longest device id, code or key a phone may send


class Refused(Exception):
    """A request the server turns down: ``status`` for HTTP, ``str()`` for the phone."""

    def __init__(self, status: int, sentence: str):
        super().__init__(sentence)
        self.status = status


def _text(payload: dict[str, Any], name: str, required: bool = True) -> str:
    value = payload.get(name, "")
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise Refused(400, f"'{name}' must be text.")
    value = str(value)
    if len(value) > MAX_TEXT:
        raise Refused(400, f"'{name}' is too long.")
    if required and not value:
        raise Refused(400, f"'{name}' is missing.")
    return value


class Booth:
    """The live vote of one kind (threat ranking or prioritisation) for one session file."""

    CACHE_SECONDS = 3.0

    def __init__(self, path: str | Path, vote_kind: str, on_vote: Any = None):
        self.kind = state.vote_kind(vote_kind)
        self.store = SessionStore.attach(path)
        self.store.undo_stack.limit = 0  # phones' votes are not on anyone's undo stack
        self.key = access.secret(self.store)
        self.code = access.join_code(self.store)
        self._tokens = access.tokens(self.store)
        self._on_vote = on_vote
        self._cache: dict[str, tuple[float, Any]] = {}
        self.connected: set[int] = set()

    def close(self) -> None:
        self.store.close()

    # -- cached reads -----------------------------------------------------------

    def _cached(self, name: str, make: Any) -> Any:
        hit = self._cache.get(name)
        if hit and time.monotonic() - hit[0] < self.CACHE_SECONDS:
            return hit[1]
        value = make()
        self._cache[name] = (time.monotonic(), value)
        return value

    def _voters(self) -> dict[int, model.Participant]:
        return self._cached("voters", lambda: {p.id: p for p in state.voters(self.store)})

    def _targets(self) -> list[state.Target]:
        return self._cached("targets", lambda: state.targets(self.store, self.kind))

    def _country_names(self) -> dict[str, str]:
        return self._cached(
            "country names", lambda: {c.code: c.name for c in model.countries(self.store)}
        )

    def _scopes(self, participant: model.Participant) -> list[access.PhoneScope]:
        return self._cached(
            f"scopes.{participant.id}",
            lambda: access.phone_scopes(self.store, participant, self.kind.id),
        )

    # -- joining ------------------------------------------------------------------

    def _check_code(self, payload: dict[str, Any]) -> None:
        code = access.normalise_code(_text(payload, "code"))
        if not hmac.compare_digest(code, self.code):
            raise Refused(403, "That join code is not right; check the code on the shared screen.")

    def join(self, payload: dict[str, Any]) -> dict[str, Any]:
        """The names to pick from, once the join code is right."""
        self._check_code(payload)
        bound = access.bound_participants(self.store)
        return {
            "vote": self.kind.title,
            "participants": [
                {"id": p.id, "name": p.name, "country": p.country or "", "taken": p.id in bound}
                for p in self._voters().values()
            ],
        }

    def claim(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Bind a participant to this phone and give it a token (again, if it is the same phone)."""
        device = _text(payload, "device")
        key = _text(payload, "key", required=False)
        voters = self._voters()
        if key:
            pid = next(
                (p for p in voters if hmac.compare_digest(access.personal_key(self.key, p), key)),
                None,
            )
            if pid is None:
                raise Refused(403, "This personal code is not valid for this workshop.")
        else:
            self._check_code(payload)
            raw = payload.get("participant")
            if not isinstance(raw, int) or isinstance(raw, bool) or raw not in voters:
                raise Refused(400, "Pick your name from the list.")
            pid = raw
        bound = access.bound_device(self.store, pid)
        if bound and bound != access.device_hash(device):
            raise Refused(
                409,
                f"{voters[pid].name} is already voting on another phone; "
                "ask the facilitator to release it.",
            )
        if not bound:
            access.bind(self.store, pid, device)
        token = access.token_for(self.key, pid, device)
        self._tokens[token] = pid
        self.connected.add(pid)
        return {"token": token, "participant": pid, "name": voters[pid].name}

    def release(self, participant_id: int) -> None:
        access.release(self.store, participant_id)
        self._tokens = {t: p for t, p in self._tokens.items() if p != participant_id}
        self.connected.discard(participant_id)

    def participant(self, token: str) -> model.Participant:
        pid = self._tokens.get(token) if isinstance(token, str) else None
        voter = self._voters().get(pid) if pid is not None else None
        if voter is None:
            raise Refused(401, "This phone is not signed in any more; enter the join code again.")
        self.connected.add(voter.id)
        return voter

    # -- the ballot ---------------------------------------------------------------

    def status(self) -> dict[str, Any]:
        return {
            "closed": closing.is_closed(self.store, self.kind.id),
            "revealed": state.is_revealed(self.store, self.kind),
        }

    def _done(self, voter: model.Participant, scopes: list[access.PhoneScope]) -> dict[str, int]:
        """Cells answered of cells to answer; as on the progress board, a country's working
        groups count as the country (a cell answered in any of them is done)."""
        ids = {t.id for t in self._targets()}
        allowed = {(s.kind, s.name, s.region) for s in scopes}
        rows = self.store.rows(
            "SELECT scope_kind, scope, region, target_id, criterion FROM votes "
            "WHERE participant_id = ? AND +target_kind = ? AND answer != 'empty'",  # by the key
            (voter.id, self.kind.target_kind),
        )
        done = {
            (r["scope_kind"], r["scope"], r["target_id"], r["criterion"])
            for r in rows
            if r["target_id"] in ids and (r["scope_kind"], r["scope"], r["region"]) in allowed
        }
        places = {(s.kind, s.name) for s in scopes}
        return {"done": len(done), "total": len(ids) * len(self.kind.criteria) * len(places)}

    def ballot(self, token: str) -> dict[str, Any]:
        """Everything one phone shows: its scopes, the items, the scales, its own answers."""
        voter = self.participant(token)
        scopes = self._scopes(voter)
        own: dict[str, dict[str, str]] = {}
        for s in scopes:
            answers = state.own_votes(
                self.store, voter.id, state.Scope(s.kind, s.name, s.label, s.region), self.kind
            )
            own[s.id] = {
                f"{tid}/{crit}": _answer_text(answer) for (tid, crit), answer in answers.items()
            }
        return {
            "vote": self.kind.id,
            "title": self.kind.title,
            "name": voter.name,
            "scopes": [_scope_json(s, self._country_names()) for s in scopes],
            "criteria": [
                {
                    "id": c,
                    "title": state.CRITERION_TITLES[c],
                    "choices": [
                        {"value": str(n), "word": w} for n, w in model.SCALE_WORDS[c].items()
                    ]
                    + [{"value": "-", "word": "unknown"}],
                }
                for c in self.kind.criteria
            ],
            "targets": [
                {"id": t.id, "label": t.label, "number": t.number, "group": t.group}
                for t in self._targets()
            ],
            "own": own,
            **self._done(voter, scopes),
            **self.status(),
        }

    def vote(self, token: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Record one tap; returns only after the vote is committed to the file."""
        voter = self.participant(token)
        scope_id = _text(payload, "scope")
        scopes = self._scopes(voter)
        scope = next((s for s in scopes if s.id == scope_id), None)
        if scope is None:
            raise Refused(403, "You cannot vote for that country or region.")
        target = payload.get("target")
        if not isinstance(target, int) or target not in {t.id for t in self._targets()}:
            raise Refused(400, "That item is not in this vote.")
        criterion = _text(payload, "criterion")
        if criterion not in self.kind.criteria:
            raise Refused(400, f"This vote has no '{criterion}' score.")
        value = _text(payload, "value", required=False)
        try:
            edit = set_vote(
                voter.id,
                scope.kind,
                scope.name,
                self.kind.target_kind,
                target,
                criterion,
                value,
                region=scope.region,
            )
            edit.label = f"{edit.label} from the phone of {voter.name}"
            self.store.apply(edit)
        except FacilitatorError as error:
            status = 409 if closing.is_closed(self.store, self.kind.id) else 400
            raise Refused(status, str(error)) from None
        finally:
            self.store.undo_stack.clear()
        if self._on_vote is not None:
            self._on_vote(voter.id)
        return {"saved": True, **self._done(voter, scopes)}

    def results(self, token: str) -> dict[str, Any]:
        """The range-wide figures, once the facilitator has revealed them."""
        self.participant(token)
        if not state.is_revealed(self.store, self.kind):
            raise Refused(403, "The results are not revealed yet.")
        return self._cached("results", self._results)

    def _results(self) -> dict[str, Any]:
        """The range-wide figures from the results kept current on this connection (only the
        items voted on since are added up again)."""
        from facilitator.voting import current

        results = current.results(self.store)
        if self.kind.target_kind == "item":
            cells = [
                (row.item_id, criterion, row.cells[criterion])
                for row in results.threat_ranking
                for criterion in ("importance", "capacity")
            ]
        else:
            cells = [
                (row.activity_id, "priority", row.cells["overall"])
                for row in results.priorities.rows
            ]
        scores: dict[str, dict[str, float | None]] = {}
        for tid, crit, cell in cells:
            exact = cell.exact
            scores.setdefault(str(tid), {})[crit] = None if exact is None else round(exact, 2)
        return {"scores": scores}


def _answer_text(answer: state.Answer) -> str:
    kind, value = answer
    if kind == "number" and value is not None:
        return f"{value:g}"
    return "-" if kind == "unknown" else ""


def _scope_json(scope: access.PhoneScope, country_names: dict[str, str]) -> dict[str, str]:
    """A scope as the phone shows it; a working group ('Iran', 'Zagros') and a region also in
    parts, so the phone says "— in" and "(region)" in its own language around the names the
    workshop typed."""
    out = {"id": scope.id, "label": scope.label}
    if scope.region:
        out |= {"place": country_names.get(scope.name, scope.name), "group": scope.region}
    elif scope.kind == "region":
        out["region"] = scope.name
    return out
