"""Analyse a split plan once, fill in its measures, run every enabled rule over it, then the
post-processing stage (per-file ignores, redaction)."""

from __future__ import annotations

from dataclasses import dataclass

from ehcp_audit.analysis import AnalysedPlan, analyse
from ehcp_audit.config import Settings
from ehcp_audit.measures.outcomes import measure_outcomes
from ehcp_audit.measures.provision import measure_provision
from ehcp_audit.measures.readability import reading_figures
from ehcp_audit.measures.voice import measure_voice
from ehcp_audit.model import SplitPlan, count_words
from ehcp_audit.places import add_places
from ehcp_audit.postprocess import post_process
from ehcp_audit.registry import rule_checker, rules_for
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


def check(context: CheckContext) -> None:
    for rule in rules_for(context.settings):
        if rule.enabled:
            context.result.findings.extend(rule_checker(rule)(context, rule))


def run_checks(plan: SplitPlan, settings: Settings, result: PlanResult) -> None:
    analysed = analyse(plan)
    measure(analysed, settings, result)
    check(CheckContext(analysed, result, settings))
    add_places(analysed, result)
    names: set[str] = set()
    if settings.redact:
        from ehcp_audit.measures.hygiene import personal_names

        names = personal_names(analysed)
    post_process(result, settings, names)
    if settings.framework:  # after per-file ignores: a grade counts the findings reported
        from ehcp_audit.measures.grading import grade_result

        result.grades = grade_result(result, settings.framework)
