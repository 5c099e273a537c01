"""PySide6 user interface: dialogs, main window, screens, Qt models and background workers.

``ui`` reaches the database only through ``services`` (see ARCHITECTURE.md); the composition
root (``bootstrap``) hands every screen an :class:`~dreamseed_desktop.ui.context.AppContext`.
"""
