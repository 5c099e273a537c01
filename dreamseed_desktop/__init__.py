"""DreamSeed Desktop: computerized adaptive testing for schools."""
from __future__ import annotations

__version__ = "0.1.0"
