"""Widgets of the Monitoring step: the activity list, one activity's record, the overview."""
