"""Items screen."""
