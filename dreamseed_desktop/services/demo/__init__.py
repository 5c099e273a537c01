"""The demo school: content, people and sittings."""
