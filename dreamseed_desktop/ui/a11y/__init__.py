"""Accessibility helpers shared by the staff screens and the test window (issue 19): keyboard
focus, accessible names, zoom, themes and contrast."""
