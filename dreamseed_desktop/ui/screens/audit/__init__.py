"""Audit screen."""
