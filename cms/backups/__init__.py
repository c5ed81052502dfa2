"""Backups: what pgBackRest and restic last reported, for the health check, the admin and the
administrators' mail (docs/backups.md)."""
