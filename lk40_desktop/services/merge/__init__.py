"""Merging a breakout group's file back: base snapshots, the rules per kind, and the plan of
what the merge adds, takes over, unifies and asks about (docs/ARCHITECTURE.md, "Groups")."""
