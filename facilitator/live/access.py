"""Who may vote from which phone: the join code, personal keys and device tokens.

A session keeps one random secret (``pref.live.secret`` in its meta table).
From it come a personal key per participant (printed as a QR code on the
personal sheet) and, once a phone claims a participant, that phone's token.
The first device to claim a participant is bound to it (``pref.live.device.<id>``)
until the facilitator releases it, so nobody can vote as someone else, and a
phone that reconnects after the app restarts keeps voting with its token.
All of this lives in the session file: no server state is lost with the app.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING

from facilitator.plan import model
from facilitator.voting import state

if TYPE_CHECKING:
    from facilitator.session.store import SessionStore

# Letters and digits that cannot be mistaken for one another when read off a screen.
CODE_ALPHABET = "ACDEFGHJKLMNPQRTUVWXY34679"
CODE_LENGTH = 6


def _pref(store: SessionStore, key: str) -> str:
    return store.scalar("SELECT value FROM meta WHERE key = ?", (f"pref.{key}",)) or ""


def secret(store: SessionStore) -> bytes:
    """The session's live-voting secret, made on first use."""
    value = _pref(store, "live.secret")
    if not value:
        value = secrets.token_hex(32)
        store.set_preference("live.secret", value)
    return bytes.fromhex(value)


def join_code(store: SessionStore) -> str:
    """The short code a participant types once; the same for the whole session."""
    code = _pref(store, "live.join_code")
    if not code:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        store.set_preference("live.join_code", code)
    return code


def normalise_code(text: str) -> str:
    return "".join(c for c in text.upper() if not c.isspace() and c != "-")


def _mac(key: bytes, message: str, length: int = 24) -> str:
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()[:length]


def personal_key(key: bytes, participant_id: int) -> str:
    """The key in a participant's personal QR code: it stands for the join code and their name."""
    return _mac(key, f"personal:{participant_id}", 16)


def device_hash(device: str) -> str:
    return hashlib.sha256(device.encode()).hexdigest()[:32]


def token_for(key: bytes, participant_id: int, device: str) -> str:
    """The token a phone votes with: bound to one participant and one device."""
    return _mac(key, f"token:{participant_id}:{device_hash(device)}", 32)


def bound_device(store: SessionStore, participant_id: int) -> str:
    """The hash of the device bound to a participant ('' when none)."""
    return _pref(store, f"live.device.{participant_id}")


def bind(store: SessionStore, participant_id: int, device: str) -> None:
    store.set_preference(f"live.device.{participant_id}", device_hash(device))


def release(store: SessionStore, participant_id: int) -> None:
    """Free a participant for another phone (the facilitator's decision)."""
    store.set_preference(f"live.device.{participant_id}", "")


def bound_participants(store: SessionStore) -> dict[int, str]:
    """Participant id → device hash, for every participant bound to a phone."""
    rows = store.rows("SELECT key, value FROM meta WHERE key LIKE 'pref.live.device.%'")
    out = {}
    for r in rows:
        suffix = r["key"].rsplit(".", 1)[1]
        if r["value"] and suffix.isdigit():
            out[int(suffix)] = r["value"]
    return out


def tokens(store: SessionStore) -> dict[str, int]:
    """Every valid phone token → its participant (read once when the server starts)."""
    key = secret(store)
    return {
        _mac(key, f"token:{pid}:{device}", 32): pid
        for pid, device in bound_participants(store).items()
    }


@dataclass(frozen=True)
class PhoneScope:
    """A scope a phone may vote for; ``region`` names a country's working group ('' = none)."""

    kind: str
    name: str
    label: str
    region: str = ""

    @property
    def id(self) -> str:
        """What the phone sends back: 'country:IR', or 'country:IR@Zagros' for a working group."""
        return f"{self.kind}:{self.name}" + (f"@{self.region}" if self.region else "")


def phone_scopes(
    store: SessionStore, participant: model.Participant, vote_kind: str
) -> list[PhoneScope]:
    """The scopes a participant may vote for from a phone.

    Their own country, and where it belongs to several regions its delegates in
    each region's working group ("Iran — in Zagros", labelled as on the voting
    grid: ``state.scopes_for``); the regions it belongs to; any scope they
    already have votes for (a second country or a working group the facilitator
    entered for them); every region for an international expert without a country.
    """
    allowed = state.scopes_for(store, participant)
    own = participant.country
    regions = {c.code: c.regions for c in model.countries(store)}.get(own or "", [])
    voted = set(state.voted_scopes(store, participant.id, vote_kind))
    chosen = []
    for s in allowed:
        if (
            (s.kind == "country" and s.name == own)
            or (s.kind == "region" and (s.name in regions or not own))
            or (s.kind, s.name, s.region) in voted
        ):
            chosen.append(PhoneScope(s.kind, s.name, s.label, s.region))
    return chosen
