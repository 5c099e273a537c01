"""A finding of the security check, in English, that the command line can translate.

:class:`Finding` is a ``str`` (the filled-in English text, as the logs and the tests read it)
that also keeps its English *template* and the values that fill it, so ``dreamseed-admin
security check`` can show it in the admin's language (context ``SecurityCheck``).
"""
from __future__ import annotations

from typing import Any


class Finding(str):
    """``Finding("{role} has no connection limit", role="dreamseed_staff")``."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Finding:
        text = template.format(**params) if params else template
        obj = super().__new__(cls, text)
        obj.template = template
        obj.params = params
        return obj
