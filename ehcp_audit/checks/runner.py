"""Analyse a split plan once, fill in its measures, then run every enabled rule over it."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from pathlib import PurePath

from ehcp_audit.analysis import AnalysedPlan, analyse
from ehcp_audit.config import Settings
from ehcp_audit.measures.outcomes import measure_outcomes
from ehcp_audit.measures.provision import measure_provision
from ehcp_audit.measures.readability import reading_figures
from ehcp_audit.measures.voice import measure_voice
from ehcp_audit.model import SplitPlan, count_words
from ehcp_audit.places import add_places
from ehcp_audit.registry import check_function, configured_rules
from ehcp_audit.result import PlanResult


@dataclass(slots=True)
class CheckContext:
    """What a check may read: the analysed plan and the measures already taken."""

    analysed: AnalysedPlan
    result: PlanResult
    settings: Settings


def measure(analysed: AnalysedPlan, settings: Settings, result: PlanResult) -> None:
    plan = analysed.plan
    sentences = [s for sec in analysed.all_sections() for s in sec.sentences]
    result.metrics = reading_figures(sentences, plan.words, settings.aloud_wpm, settings.silent_wpm)
    result.section_metrics = {
        key: reading_figures(
            section.sentences,
            sum(count_words(u.text) for u in section.units),
            settings.aloud_wpm,
            settings.silent_wpm,
        )
        for key, section in analysed.sections.items()
    }
    result.voice = measure_voice(analysed.sections.get("A"), analysed.child)
    result.outcomes, result.outcomes_summary = measure_outcomes(analysed)
    result.provision, result.provision_summary = measure_provision(analysed.sections.get("F"))
    from ehcp_audit.measures.statutory import measure_statutory

    measure_statutory(analysed, settings, result)
    result.child = {
        "year_group": analysed.child.year_group,
        "age": analysed.child.age,
        "name_found": analysed.child.name is not None,
    }


def ignored_codes(path: str, settings: Settings) -> set[str]:
    """Rule codes switched off for this file by ``per_file_ignores`` (Word has no inline
    comments to suppress a finding, so suppression is by file pattern)."""
    codes: set[str] = set()
    pure = PurePath(path)
    for pattern, listed in settings.per_file_ignores.items():
        if fnmatch.fnmatch(pure.as_posix(), pattern) or fnmatch.fnmatch(pure.name, pattern):
            codes.update(listed)
    return codes


def apply_ignores(result: PlanResult, settings: Settings) -> None:
    if settings.per_file_ignores:
        ignored = ignored_codes(result.file, settings)
        result.findings = [f for f in result.findings if f.code not in ignored]


def run_checks(plan: SplitPlan, settings: Settings, result: PlanResult) -> None:
    analysed = analyse(plan)
    measure(analysed, settings, result)
    context = CheckContext(analysed, result, settings)
    for rule in configured_rules(settings.rules):
        if rule.enabled:
            result.findings.extend(check_function(rule.check)(context, rule))
    add_places(analysed, result)
    if settings.framework:
        from ehcp_audit.measures.grading import grade_result

        result.grades = grade_result(result, settings.framework)
    if settings.redact:
        from ehcp_audit.measures.hygiene import personal_names
        from ehcp_audit.redact import redact_result

        redact_result(result, personal_names(analysed))
