"""Integrity checks: what dangles after a crash or a partial restore, found by set-based queries
and batched storage listings, reported by model and primary key only (docs/integrity.md)."""
