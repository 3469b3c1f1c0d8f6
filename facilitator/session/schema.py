"""The session file's schema and its migrations.

Each migration is a list of SQL statements; migration N brings a file from
``user_version`` N-1 to N. A file whose ``user_version`` is above
``SCHEMA_VERSION`` was written by a newer release and is refused.
"""

from __future__ import annotations

import sqlite3

from facilitator.session import identity, vote_sums

# "ZOPP" in ASCII: lets the app tell its own files from other SQLite files.
APPLICATION_ID = 0x5A4F5050
# The columns that name one vote (the votes table's unique key); a vote is one row per key.
# ``region`` is the working group a country vote was given in ('' = none; _V_results adds it).
VOTE_KEY = [
    "participant_id",
    "scope_kind",
    "scope",
    "region",
    "target_kind",
    "target_id",
    "criterion",
]

_V1 = [
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE countries (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE regions (
        name TEXT PRIMARY KEY,
        abbreviation TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE region_members (
        region TEXT NOT NULL REFERENCES regions(name) ON UPDATE CASCADE,
        country TEXT NOT NULL REFERENCES countries(code) ON UPDATE CASCADE,
        PRIMARY KEY (region, country)
    )""",
    """CREATE TABLE participants (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        affiliation TEXT NOT NULL DEFAULT '',
        country TEXT REFERENCES countries(code) ON UPDATE CASCADE,
        role TEXT NOT NULL DEFAULT 'participant'
            CHECK (role IN ('participant', 'facilitator', 'rapporteur', 'observer')),
        votes INTEGER NOT NULL DEFAULT 1,
        position INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE texts (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('vision', 'goal')),
        body TEXT NOT NULL DEFAULT '',
        adopted INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('constraint', 'driver', 'threat')),
        label TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'current' CHECK (status IN ('current', 'emerging')),
        position INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE links (
        cause INTEGER NOT NULL REFERENCES items(id),
        effect INTEGER NOT NULL REFERENCES items(id),
        PRIMARY KEY (cause, effect),
        CHECK (cause <> effect)
    )""",
    """CREATE TABLE themes (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE objectives (
        id INTEGER PRIMARY KEY,
        number INTEGER NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        theme_id INTEGER REFERENCES themes(id)
    )""",
    """CREATE TABLE objective_items (
        objective_id INTEGER NOT NULL REFERENCES objectives(id),
        item_id INTEGER NOT NULL REFERENCES items(id),
        PRIMARY KEY (objective_id, item_id)
    )""",
    """CREATE TABLE results (
        id INTEGER PRIMARY KEY,
        objective_id INTEGER NOT NULL REFERENCES objectives(id),
        number INTEGER NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        indicator TEXT NOT NULL DEFAULT '',
        specific INTEGER NOT NULL DEFAULT 0,
        measurable INTEGER NOT NULL DEFAULT 0,
        achievable INTEGER NOT NULL DEFAULT 0,
        relevant INTEGER NOT NULL DEFAULT 0,
        time_bound INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE activities (
        id INTEGER PRIMARY KEY,
        result_id INTEGER NOT NULL REFERENCES results(id),
        number INTEGER NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        timeline TEXT NOT NULL DEFAULT '',
        actors TEXT NOT NULL DEFAULT '',
        indicator TEXT NOT NULL DEFAULT '',
        budget TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE activity_refs (
        activity_id INTEGER NOT NULL REFERENCES activities(id),
        ref_activity_id INTEGER NOT NULL REFERENCES activities(id),
        PRIMARY KEY (activity_id, ref_activity_id),
        CHECK (activity_id <> ref_activity_id)
    )""",
    """CREATE TABLE programme_items (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL DEFAULT '',
        responsible TEXT NOT NULL DEFAULT '',
        priority TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE activity_programme (
        activity_id INTEGER NOT NULL REFERENCES activities(id),
        programme_item_id INTEGER NOT NULL REFERENCES programme_items(id),
        PRIMARY KEY (activity_id, programme_item_id)
    )""",
    # target: 'session', 'item', 'objective', 'result', 'activity' or 'cell';
    # target_id is the row id (0 for the session); key names a cell, e.g.
    # 'threats-by-region/<item id>/importance/Caucasus'.
    """CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        target TEXT NOT NULL,
        target_id INTEGER NOT NULL DEFAULT 0,
        key TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL DEFAULT ''
    )""",
    # One row per voter, scope, target and criterion: the latest vote. Earlier
    # ones live in history_changes. answer: 'number' (value set), 'unknown'
    # ('-') or 'empty' (not filled in).
    """CREATE TABLE votes (
        participant_id INTEGER NOT NULL REFERENCES participants(id),
        scope_kind TEXT NOT NULL CHECK (scope_kind IN ('country', 'region')),
        scope TEXT NOT NULL,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('item', 'activity')),
        target_id INTEGER NOT NULL,
        criterion TEXT NOT NULL CHECK (criterion IN ('importance', 'capacity', 'priority')),
        answer TEXT NOT NULL CHECK (answer IN ('number', 'unknown', 'empty')),
        value REAL,
        at TEXT NOT NULL,
        PRIMARY KEY (participant_id, scope_kind, scope, target_kind, target_id, criterion)
    )""",
    "CREATE INDEX votes_target ON votes (target_kind, target_id, criterion)",
    """CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('do', 'undo', 'redo')),
        label TEXT NOT NULL
    )""",
    """CREATE TABLE history_changes (
        history_id INTEGER NOT NULL REFERENCES history(id),
        seq INTEGER NOT NULL,
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,
        before TEXT,
        after TEXT,
        PRIMARY KEY (history_id, seq)
    )""",
    "CREATE INDEX history_changes_tbl ON history_changes (tbl)",
]

# Monitoring: reviews of implementation, actions taken per activity, one
# recommendation per activity and review.
_V2 = [
    """CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        date TEXT NOT NULL DEFAULT '',
        since_year TEXT NOT NULL DEFAULT '',
        based_on INTEGER REFERENCES reviews(id)
    )""",
    """CREATE TABLE monitoring_actions (
        id INTEGER PRIMARY KEY,
        review_id INTEGER NOT NULL REFERENCES reviews(id),
        activity_kind TEXT NOT NULL CHECK (activity_kind IN ('activity', 'programme')),
        activity_id INTEGER NOT NULL,
        countries TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL DEFAULT '',
        period TEXT NOT NULL DEFAULT '',
        implemented_by TEXT NOT NULL DEFAULT '',
        budget TEXT NOT NULL DEFAULT '',
        funder TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'not started'
            CHECK (status IN ('not started', 'ongoing', 'done', 'not implemented')),
        position INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE recommendations (
        review_id INTEGER NOT NULL REFERENCES reviews(id),
        activity_kind TEXT NOT NULL CHECK (activity_kind IN ('activity', 'programme')),
        activity_id INTEGER NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        proposed_priority TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (review_id, activity_kind, activity_id)
    )""",
]

# Working groups and voting rounds (issue 11). A country vote may name the region's working
# group it was given in (``region``, '' = given without one): the key gains that column, so the
# table is rebuilt. Earlier rounds of a vote are kept in ``round_votes``; ``vote_rounds`` says
# which round each vote is in and which items a later round reopened.
_V_results = [
    """CREATE TABLE votes_wg (
        participant_id INTEGER NOT NULL REFERENCES participants(id),
        scope_kind TEXT NOT NULL CHECK (scope_kind IN ('country', 'region')),
        scope TEXT NOT NULL,
        region TEXT NOT NULL DEFAULT '',
        target_kind TEXT NOT NULL CHECK (target_kind IN ('item', 'activity')),
        target_id INTEGER NOT NULL,
        criterion TEXT NOT NULL CHECK (criterion IN ('importance', 'capacity', 'priority')),
        answer TEXT NOT NULL CHECK (answer IN ('number', 'unknown', 'empty')),
        value REAL,
        at TEXT NOT NULL,
        PRIMARY KEY (participant_id, scope_kind, scope, region, target_kind, target_id, criterion)
    )""",
    """INSERT INTO votes_wg (participant_id, scope_kind, scope, target_kind, target_id,
        criterion, answer, value, at)
        SELECT participant_id, scope_kind, scope, target_kind, target_id, criterion, answer,
        value, at FROM votes""",
    "DROP TABLE votes",
    "ALTER TABLE votes_wg RENAME TO votes",
    "CREATE INDEX votes_target ON votes (target_kind, target_id, criterion)",
    """CREATE TABLE vote_rounds (
        vote_kind TEXT NOT NULL CHECK (vote_kind IN ('threat_ranking', 'prioritisation')),
        round INTEGER NOT NULL,
        opened TEXT NOT NULL,
        reopened TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (vote_kind, round)
    )""",
    """CREATE TABLE round_votes (
        round INTEGER NOT NULL,
        participant_id INTEGER NOT NULL,
        scope_kind TEXT NOT NULL,
        scope TEXT NOT NULL,
        region TEXT NOT NULL DEFAULT '',
        target_kind TEXT NOT NULL,
        target_id INTEGER NOT NULL,
        criterion TEXT NOT NULL,
        answer TEXT NOT NULL,
        value REAL,
        at TEXT NOT NULL,
        PRIMARY KEY (round, participant_id, scope_kind, scope, region, target_kind, target_id,
            criterion)
    )""",
]

# LogFrame: the Goal (kept in meta as goal_<field>), each objective and each result get an
# indicator with baseline and target (value and year), means of verification and assumptions.
_LOGFRAME_COLUMNS = (
    "baseline",
    "baseline_year",
    "target",
    "target_year",
    "verification",
    "assumptions",
)
_V_docs = [
    "ALTER TABLE objectives ADD COLUMN indicator TEXT NOT NULL DEFAULT ''",
    # the year a review's recommendations run until ("Recommendations until 2020 …")
    "ALTER TABLE reviews ADD COLUMN until_year TEXT NOT NULL DEFAULT ''",
    *(
        f"ALTER TABLE {table} ADD COLUMN {column} TEXT NOT NULL DEFAULT ''"
        for table in ("objectives", "results")
        for column in _LOGFRAME_COLUMNS
    ),
]

# Screens: where the facilitator dragged a problem-tree box (in the diagram's units at the base
# font size); items without a row keep the computed layout.
_V_screens = [
    """CREATE TABLE item_positions (
        item_id INTEGER PRIMARY KEY REFERENCES items(id),
        x REAL NOT NULL,
        y REAL NOT NULL
    )""",
]

# Stable identity: a UUID on the session and on every participant, problem-tree
# item, theme, objective, result, activity and programme item.
_V_exchange = identity.migration()

# The roll-up adds up the votes per target, criterion, scope and working group
# (``voting.rollup``): an index holding every column it reads lets SQLite do it in
# the index's order without touching the table or sorting (about half the time).
_V_speed = [
    """CREATE INDEX IF NOT EXISTS votes_rollup ON votes (target_kind, target_id, criterion,
        scope_kind, scope, region, answer, value, participant_id)""",
]

# The counted votes added up per target, criterion, scope and working group, kept current by
# triggers on votes and participants (``session/vote_sums.py``): the tables of figures read
# 3,400 sums instead of adding up 22,000 votes. ``votes_target`` goes: ``votes_rollup`` starts
# with the same columns, and one index fewer to write pays for most of what the triggers cost
# each saved vote. A later migration that rebuilds ``votes`` or ``participants`` drops their
# triggers: it must create them again (``vote_sums.migration()``).
_V_speed_sums = ["DROP INDEX IF EXISTS votes_target", *vote_sums.migration()]

MIGRATIONS: list[list[str]] = [
    _V1,
    _V2,
    _V_results,
    _V_docs,
    _V_screens,
    _V_exchange,
    _V_speed,
    _V_speed_sums,
]

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to ``SCHEMA_VERSION``, one transaction per step."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number in range(version + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[number - 1]:
                conn.execute(statement)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION
