"""Keeping the data safe: backups and restores (manifest, checksum, schedule)."""
