"""Organizations (schools) and people (admins, teachers, students)."""
