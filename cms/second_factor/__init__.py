"""A second factor (TOTP app plus one-time recovery codes) for everyone who uses the admin."""
