"""What lives only on the student's PC: the local answer journal (SQLite)."""
