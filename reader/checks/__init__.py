"""Checks on translations, one module per check, listed in `base.CHECK_MODULES`.

`python -m reader check --list` shows them; `run` runs them, `stored` keeps their findings
up to date in the store, `fix` saves their fixes, and
reviewers' dismissals of findings are kept by `reader.store.dismissals`.
"""

from reader.checks.base import (
    Check,
    Finding,
    TranslatedSentence,
    UnknownCheck,
    all_checks,
    get,
    select,
)
from reader.checks.fix import (
    FixReport,
    apply_entry_fixes,
    apply_fix,
    apply_fixes,
    fix_all_text,
    fix_findings,
    fix_in_text,
    fix_text,
)
from reader.checks.run import (
    check,
    check_indexed,
    check_sentence,
    dismiss,
    findings_for_article,
    split_dismissed,
)
from reader.checks.stored import update_findings, update_for_glossary

__all__ = [
    "Check",
    "Finding",
    "FixReport",
    "TranslatedSentence",
    "UnknownCheck",
    "all_checks",
    "apply_entry_fixes",
    "apply_fix",
    "apply_fixes",
    "check",
    "check_indexed",
    "check_sentence",
    "dismiss",
    "findings_for_article",
    "fix_all_text",
    "fix_findings",
    "fix_in_text",
    "fix_text",
    "get",
    "select",
    "split_dismissed",
    "update_findings",
    "update_for_glossary",
]
