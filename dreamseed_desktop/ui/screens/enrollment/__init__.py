"""Enrollment screen."""
