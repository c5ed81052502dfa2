"""Relation pickers in the admin: each offers what exists in the edited item's own language."""
