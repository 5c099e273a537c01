"""Launcher screen."""
