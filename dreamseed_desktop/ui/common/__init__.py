"""Building blocks shared by screens: list screen, form dialog, message boxes."""
