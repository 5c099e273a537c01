"""One package per screen; screens never import each other (they talk through AppEvents)."""
