"""Shared CLI plumbing: which database to act on, and printing domain errors."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from dreamseed_desktop.cli.i18n import domain, error_line, fill, translate
from dreamseed_desktop.config.settings import load_settings, resolve_database_url
from dreamseed_desktop.services.core.errors import BulkValidationError, DomainError


def add_database_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database-url", metavar="URL",
        help=translate("Cli", "owner URL of the school's PostgreSQL (default: DREAMSEED_DATABASE_URL, the settings "
                              "file, or the embedded database on this PC)"))


@contextmanager
def owner_url(args: argparse.Namespace, *, migrate: bool = True) -> Iterator[str]:
    """The owner URL to act on; starts (and migrates) the embedded server when none is given."""
    url = resolve_database_url(getattr(args, "database_url", None), load_settings())
    if url:
        yield url
        return
    from dreamseed_desktop.bootstrap import open_embedded_owner

    with open_embedded_owner(migrate=migrate) as embedded_url:
        yield embedded_url


def command_group(sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str,
                  help_text: str) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """The sub-command group ``name`` (e.g. "import"), shared by several areas' registrars."""
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, help=help_text)
        return parser.add_subparsers(dest=f"{name}_what", metavar="WHAT", required=True)
    assert parser._subparsers is not None
    return parser._subparsers._group_actions[0]  # type: ignore[return-value]


def run_reporting_errors(func: Callable[[], int]) -> int:
    """Run ``func``; print a domain error (every row of a bulk error) instead of a traceback."""
    try:
        return func()
    except BulkValidationError as exc:
        print(error_line(domain(exc)), file=sys.stderr)
        for err in exc.errors:
            print(f"  {domain(err)}", file=sys.stderr)
        return 1
    except DomainError as exc:
        print(error_line(domain(exc)), file=sys.stderr)
        return 1


def positive_int(value: str) -> int:
    """argparse type: a whole number of at least 1 (checked before anything runs)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(fill(translate("Cli", "'%1' is not a whole number"), value)) from None
    if number < 1:
        raise argparse.ArgumentTypeError(fill(translate("Cli", "must be at least 1 (got %1)"), number))
    return number


def output_file(value: str) -> Path:
    """argparse type: a file to write whose folder exists (checked before a long run starts)."""
    path = Path(value).expanduser()
    if path.is_dir():
        raise argparse.ArgumentTypeError(fill(translate("Cli", "'%1' is a folder; give a file name inside it"),
                                              value))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise argparse.ArgumentTypeError(fill(translate(
            "Cli", "the folder '%1' does not exist; create it first or choose another file"), folder))
    return path
