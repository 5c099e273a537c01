"""My results (students): finished exams with what the teacher chose to show."""
