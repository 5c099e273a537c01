"""The engine's refusal of bad input, in words a user can be shown in their language.

:class:`InputError` is a :class:`ValueError` (callers that catch ``ValueError`` keep working)
whose text is an English *template* with named values. ``str(error)`` is the filled-in English;
the command line translates ``error.template`` (context ``CatError``) and fills in
``error.params`` itself, like the GUI does with the services' errors (docs/error-messages.md).
Errors that can only come from a programming mistake stay plain ``ValueError``.
"""
from __future__ import annotations


class InputError(ValueError):
    """A bad file, design or option value given to the engine.

    ``template`` uses ``{name}`` placeholders; ``params`` holds their values.
    """

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)
