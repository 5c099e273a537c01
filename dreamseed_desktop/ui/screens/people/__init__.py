"""People screen."""
