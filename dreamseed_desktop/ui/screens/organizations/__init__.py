"""Organizations screen."""
