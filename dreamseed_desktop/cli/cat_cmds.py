"""Placeholder registrar; the sub-commands of this area are added by their owner."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """No sub-commands yet."""
