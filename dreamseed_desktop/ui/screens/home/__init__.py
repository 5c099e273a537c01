"""Teacher home screen."""
