"""Then versus now: two sessions' threat figures and activity priorities side by side."""
