"""Audit one file: read -> split -> analyse -> check. Never raises for a bad file."""

from __future__ import annotations

import functools
import hashlib
import time
from pathlib import Path

from ehcp_audit.config import Settings
from ehcp_audit.errors import UnreadableFile
from ehcp_audit.files import display_path
from ehcp_audit.readers import read_document
from ehcp_audit.result import PlanResult, SectionSummary
from ehcp_audit.split import SectionRules, SplitPlan, split

_FIRST_WORDS = 8


@functools.cache
def _section_rules(files: tuple[str, ...]) -> SectionRules:
    return SectionRules.load([Path(f) for f in files])


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def split_file(path: Path, settings: Settings) -> SplitPlan:
    """Read and split one file; raises :class:`UnreadableFile`."""
    document = read_document(path, ocr=getattr(settings, "ocr", False))
    return split(document, _section_rules(settings.sections_files))


def summarise_split(plan: SplitPlan, result: PlanResult) -> None:
    result.format = plan.document.format
    result.pages = plan.document.pages
    result.ocr = plan.document.ocr
    result.words = plan.words
    result.front_matter_words = sum(len(b.text.split()) for b in plan.front_matter)
    result.missing_sections = list(plan.missing)
    result.empty_sections = [k for k, s in plan.sections.items() if s.empty]
    for key, section in plan.sections.items():
        text = section.text
        result.sections[key] = SectionSummary(
            heading=section.heading,
            words=section.words,
            location=section.location.to_dict(),
            empty=section.empty,
            first_words=" ".join(text.split()[:_FIRST_WORDS]),
            text=text,
            confidence=section.confidence,
        )


def audit_file(
    path: Path, settings: Settings, sha256: str | None = None, display: str | None = None
) -> PlanResult:
    """Audit one file. ``sha256`` may be passed when the caller has already hashed the file;
    ``display`` is the name to report (and match per-file ignores against) when ``path`` is a
    temporary copy."""
    started = time.perf_counter()
    result = PlanResult(file=display or display_path(path), status="error")
    try:
        result.sha256 = sha256 or file_sha256(path)
        plan = split_file(path, settings)
    except UnreadableFile as exc:
        result.error = exc.cause
    except FileNotFoundError:
        result.error = "file not found (removed during the scan?)"
    except PermissionError:
        result.error = "permission denied"
    except OSError as exc:
        result.error = f"cannot read file: {exc.strerror or type(exc).__name__}"
    else:
        summarise_split(plan, result)
        result.status = "audited" if plan.is_ehcp else "not_ehcp"
        if not plan.is_ehcp:
            result.missing_sections = []  # not a plan: nothing is "missing" from it
        if plan.is_ehcp:
            from ehcp_audit.checks.runner import run_checks

            run_checks(plan, settings, result)
            if settings.cross_plan:  # hashes and sketches for the main process's copy pass
                from ehcp_audit.compare import passages

                min_words = passages.copy_options(passages.copy_rule(settings))["min_words"]
                result.passages = passages.plan_passages(plan, result, min_words)
                result.cross_plan = {"child_key": passages.child_key(plan)}
    result.seconds = round(time.perf_counter() - started, 4)
    return result


def warm_up(settings: Settings) -> None:
    """Load everything an audit needs once (model, rules, patterns, dictionaries), so worker
    processes forked afterwards share it instead of each loading its own copy."""
    from ehcp_audit.analysis import ChildInfo, load_nlp, load_parser, syllables
    from ehcp_audit.measures import outcomes, provision, voice
    from ehcp_audit.registry import rule_checker, rules_for

    load_nlp()
    load_parser()  # the outcome measure parses present-tense and phrase-shaped outcomes
    _section_rules(settings.sections_files)
    for rule in rules_for(settings):
        rule_checker(rule)
    syllables("warming")
    outcomes.judge("By July 2026, Sam will read 20 words correctly.")
    provision.judge("A daily 20-minute session with a teaching assistant, up to 4 pupils.")
    voice.classify("I like swimming.", "child", ChildInfo())
    voice.match_question("What is important to me")
    outcomes.content_stems("warming up the stop words", set())
    if settings.cross_plan:
        from ehcp_audit.compare import passages

        passages.warm_up()
