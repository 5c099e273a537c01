"""The engine's and the security check's English texts, marked for translation.

The CAT engine (``cat``) and the database layer (``db``) do not use Qt, so lupdate does not read
them; their user-facing templates are listed here (``tests/unit/test_cli_messages.py`` fails when
one is missing or untranslated). The command line translates them with
:func:`dreamseed_desktop.cli.i18n.templated`.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dreamseed_desktop.ui.tr_marker import QT_TRANSLATE_NOOP

#: ``cat.errors.InputError`` templates (bad files, designs and option values)
CAT_ERRORS = (
    QT_TRANSLATE_NOOP("CatError", "A person answered the same item twice."),
    QT_TRANSLATE_NOOP("CatError", "Fixed-anchor calibration needs at least one anchor item."),
    QT_TRANSLATE_NOOP("CatError", "The bank CSV {path} has no items."),
    QT_TRANSLATE_NOOP("CatError", "The bank lists an item_id twice."),
    QT_TRANSLATE_NOOP("CatError", "Every item needs a positive a and a finite b."),
    QT_TRANSLATE_NOOP("CatError", "Every item needs a c from 0 up to (not including) 1."),
    QT_TRANSLATE_NOOP("CatError", "The bank CSV {path} lacks the columns {columns}."),
    QT_TRANSLATE_NOOP("CatError", "{name} must have one value per item"),
    QT_TRANSLATE_NOOP("CatError", "{name} must be empty or have one value per item"),
    QT_TRANSLATE_NOOP("CatError", "Line {line} of {path}: {column} is not a number: '{value}'."),
    QT_TRANSLATE_NOOP("CatError", "The model must be one of {choices}."),
    QT_TRANSLATE_NOOP("CatError", "The prior SD of log a must be positive."),
    QT_TRANSLATE_NOOP("CatError", "The Beta prior on c needs both parameters at least 1."),
    QT_TRANSLATE_NOOP("CatError", "The quadrature needs at least 5 points and a positive range."),
    QT_TRANSLATE_NOOP("CatError", "The minimum number of answers must be at least 1."),
    QT_TRANSLATE_NOOP("CatError", "There are no responses to calibrate."),
    QT_TRANSLATE_NOOP("CatError", "No item can be calibrated: every item has no answers, only correct or "
                                  "only wrong answers, or fewer than {minimum} answers."),
    QT_TRANSLATE_NOOP("CatError", "The responses CSV {path} needs the columns {columns}."),
    QT_TRANSLATE_NOOP("CatError", "Line {line}: correct must be 0 or 1 (or true/false), not '{value}'."),
    QT_TRANSLATE_NOOP("CatError", "{key} must be one of {choices}."),
    QT_TRANSLATE_NOOP("CatError", "{key} must be 0 or more."),
    QT_TRANSLATE_NOOP("CatError", "The grid needs grid_points of at least 2 and grid_max above grid_min."),
    QT_TRANSLATE_NOOP("CatError", "{key} must be positive."),
    QT_TRANSLATE_NOOP("CatError", "mle_max must be above mle_min."),
    QT_TRANSLATE_NOOP("CatError", "{key} must be at least 1."),
    QT_TRANSLATE_NOOP("CatError", "exposure_target must be above 0 and at most 1."),
    QT_TRANSLATE_NOOP("CatError", "The design needs 0 <= min_items <= max_items and max_items of at least 1."),
    QT_TRANSLATE_NOOP("CatError", "{key} must be positive or null."),
    QT_TRANSLATE_NOOP("CatError", "pretest_items must be between 0 and {maximum}."),
    QT_TRANSLATE_NOOP("CatError", "The design has unknown keys: {keys}."),
    QT_TRANSLATE_NOOP("CatError", "The design JSON must be an object."),
    QT_TRANSLATE_NOOP("CatError", "Content targets must be 0 or more."),
    QT_TRANSLATE_NOOP("CatError", "Exposure parameters must be between 0 and 1."),
    QT_TRANSLATE_NOOP("CatError", "The demo bank needs at least one item."),
    QT_TRANSLATE_NOOP("CatError", "The mean ability must be a finite number and its SD a finite number of"
                                  " 0 or more."),
    QT_TRANSLATE_NOOP("CatError", "Pretest items must not be in the bank: {items}."),
)

#: why calibration left an item out or warns about it (``cat.calibration.REASONS``)
CAT_REASONS = (
    QT_TRANSLATE_NOOP("CatReason", "no answers"),
    QT_TRANSLATE_NOOP("CatReason", "every answer correct: difficulty cannot be estimated"),
    QT_TRANSLATE_NOOP("CatReason", "every answer wrong: difficulty cannot be estimated"),
    QT_TRANSLATE_NOOP("CatReason", "fewer answers than the minimum"),
    QT_TRANSLATE_NOOP("CatReason", "estimate stopped at a search bound"),
    QT_TRANSLATE_NOOP("CatReason", "anchor: parameters held fixed"),
)

#: ``db.findings.Finding`` templates of ``security check`` (problems, warnings, what --fix did)
SECURITY_FINDINGS = (
    QT_TRANSLATE_NOOP("SecurityCheck", "revoked the shared built-ins and pg_stat_activity from PUBLIC"),
    QT_TRANSLATE_NOOP("SecurityCheck", "{owner} inherits pg_signal_backend/pg_read_all_stats (PostgreSQL 15)"),
    QT_TRANSLATE_NOOP("SecurityCheck", "{power} for {role} on {table}: results are written only by the server "
                                       "(exam API, exam.correct_answer); security check --fix revokes it"),
    QT_TRANSLATE_NOOP("SecurityCheck", "write policy {policy} on {table}: results are written only by the server"),
    QT_TRANSLATE_NOOP("SecurityCheck", "table-level {power} for {role} on {table} (allows LOCK TABLE; use "
                                       "column UPDATE grants and definer functions)"),
    QT_TRANSLATE_NOOP("SecurityCheck", "{role} may run DO blocks in {language} (USAGE on the language; needs a"
                                       " superuser: security check --fix)"),
    QT_TRANSLATE_NOOP("SecurityCheck", "connection limits {limits} add up to more than max_connections allows "
                                       "({budget} after reserved and maintenance connections): students could "
                                       "still use up staff's"),
    QT_TRANSLATE_NOOP("SecurityCheck", "{owner} lacks pg_signal_backend/pg_read_all_stats: stuck client "
                                       "sessions are not ended at sign-in (needs a superuser: security check "
                                       "--fix)"),
    QT_TRANSLATE_NOOP("SecurityCheck", "cleared the settings planted on {role}"),
    QT_TRANSLATE_NOOP("SecurityCheck", "cleared the database-level settings"),
    QT_TRANSLATE_NOOP("SecurityCheck", "revoked {power} on {table} from {role}"),
    QT_TRANSLATE_NOOP("SecurityCheck", "not a superuser: built-ins, pg_stat_activity and the owner's "
                                       "signalling rights were left as they are (run --fix with a superuser "
                                       "URL)"),
    QT_TRANSLATE_NOOP("SecurityCheck", "revoked USAGE on language {language} (DO blocks) from PUBLIC and the "
                                       "client roles"),
    QT_TRANSLATE_NOOP("SecurityCheck", "log_statement = {value} for {role}: sign-in proofs, session tokens and"
                                       " new passwords would be written to the server log (use 'ddl' or "
                                       "'none')"),
    QT_TRANSLATE_NOOP("SecurityCheck", "log_parameter_max_length_on_error = {value} for {role} logs the "
                                       "parameters (proofs, tokens) of failing statements"),
    QT_TRANSLATE_NOOP("SecurityCheck", "setting planted on {role} in database {database}: {setting} (security "
                                       "check --fix clears it)"),
    QT_TRANSLATE_NOOP("SecurityCheck", "setting planted on {role}: {setting} (security check --fix clears it)"),
    QT_TRANSLATE_NOOP("SecurityCheck", "{role} may run {function} (acts on other sessions; needs a superuser: "
                                       "security check --fix)"),
    QT_TRANSLATE_NOOP("SecurityCheck", "missing login role {role}"),
    QT_TRANSLATE_NOOP("SecurityCheck", "{group} can log in (it is the group role; clients use {role})"),
    QT_TRANSLATE_NOOP("SecurityCheck", "revoked table-level write powers on {table} from {role}"),
    QT_TRANSLATE_NOOP("SecurityCheck", "{key} = {value} for {role} logs statements with their parameters "
                                       "(proofs, tokens): set log_parameter_max_length = 0 or switch it off"),
    QT_TRANSLATE_NOOP("SecurityCheck", "session default missing on {role}: {setting} (security check --fix sets it)"),
    QT_TRANSLATE_NOOP("SecurityCheck", "{role} may read {view} (other clients' statements)"),
    QT_TRANSLATE_NOOP("SecurityCheck", "{role} has no connection limit"),
    QT_TRANSLATE_NOOP("SecurityCheck", "tables without ENABLE+FORCE row-level security or not owned by "
                                       "dreamseed_owner: {name}"),
    QT_TRANSLATE_NOOP("SecurityCheck", "SECURITY DEFINER functions without a pinned search_path: {name}"),
    QT_TRANSLATE_NOOP("SecurityCheck", "functions anyone (PUBLIC) may execute: {name}"),
    QT_TRANSLATE_NOOP("SecurityCheck", "client role with extra powers or memberships: {name}"),
    QT_TRANSLATE_NOOP("SecurityCheck", "missing roles: {name}"),
)


def _plural_texts() -> None:  # pragma: no cover - never called: lupdate reads the calls (numerus texts)
    QCoreApplication.translate("Cli", "%n problem(s) found.", None, 2)
