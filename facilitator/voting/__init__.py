"""Votes, their scores and rounds. Importing it registers the closed-vote check of undo."""

from facilitator.voting import closing as _closing  # noqa: F401  (registers its undo check)
