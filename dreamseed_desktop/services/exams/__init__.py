"""Exams: administration, the client of the server-side exam API, proctoring, results."""
