"""Where things are written: therapy in G that belongs in F, provision written into B, needs
written as provision, H2 services that s2 CSDPA 1970 puts in H1; whether the plan is a draft;
Section I's setting and Section J's personal budget. Patterns: ``rules/thread.yaml``."""

from __future__ import annotations

import re
from typing import Any

from ehcp_audit.analysis import AnalysedPlan, AnalysedSection
from ehcp_audit.measures.patterns import patterns, rule_data

_RULES = "thread.yaml"
_SHORT_BLOCK = 25
_BOTH = re.compile(r"\bdraft\b.*\bfinal\b|\bfinal\b.*\bdraft\b", re.I)
_DATE_LINE = re.compile(r"\bdate\b|\bdated\b|\d|\b(?:sent|issued|finali[sz]ed)\b", re.I)


def _p(key: str):
    return patterns(_RULES, key)


def plan_status(analysed: AnalysedPlan) -> str:
    """``draft``, ``final`` or ``unmarked``, from the front matter and the title lines."""
    # Date lines ("Date draft plan sent: ...") say when a draft existed, not that this is one.
    texts = [
        u.text
        for u in analysed.front.units
        if len(u.text.split()) <= _SHORT_BLOCK
        and not _DATE_LINE.search(u.text)
        and not _BOTH.search(u.text)  # a template's unfilled "Status: Draft / Final"
    ]
    draft = any(_p("draft_markers").any(t) for t in texts)
    final = any(_p("final_markers").any(t) for t in texts)
    if draft and not final:
        return "draft"
    if final and not draft:
        return "final"
    return "unmarked"


def _sentences(section: AnalysedSection | None):
    """Sentences of a section with their locations; the cells of one table row are read as
    one line ("Speech and language therapy | Weekly, 30 minutes | NHS therapist")."""
    if section is None:
        return
    rows: dict[tuple[int, int], list[str]] = {}
    first: dict[tuple[int, int], dict[str, int]] = {}
    order: list[tuple[str, Any]] = []
    for unit in section.units:
        loc = unit.block.location
        if loc.table is not None and loc.row is not None:
            key = (loc.table, loc.row)
            if key not in rows:
                rows[key], first[key] = [], loc.to_dict()
                order.append(("row", key))
            if unit.text.strip():
                rows[key].append(unit.text.strip())
            continue
        pieces = [s.text for s in unit.sentences] or [unit.text]
        order.extend(("text", (p.strip(), loc.to_dict())) for p in pieces if p.strip())
    for kind, item in order:
        if kind == "row":
            if rows[item]:
                yield " | ".join(rows[item]), first[item]
        else:
            yield item


def therapy_in_health(section: AnalysedSection | None) -> list[dict[str, Any]]:
    """Sentences of G that set out educational therapy delivered to the child."""
    found = []
    for text, location in _sentences(section):
        therapy = _p("educational_therapy").first(text)
        if not therapy or not _p("therapy_delivery").any(text):
            continue
        if _p("therapy_health_only").any(text) or _p("therapy_cross_reference").any(text):
            continue
        physio_only = re.fullmatch(rule_data(_RULES)["physio"], therapy, re.I) is not None
        if physio_only and (
            not _p("physio_education").any(text)
            or re.search(rule_data(_RULES)["physio_review"], text, re.I)
        ):
            continue
        found.append({"location": location, "therapy": therapy, "text": text})
    return found


_PROVIDES = re.compile(
    r"\b(?:will|should|must|is to|are to)\b|\b(?:delivered|provided|led|run|taught) by\b"
    r"|\bsessions?\b|\binterventions?\b",
    re.I,
)


def provision_in_needs(section: AnalysedSection | None) -> list[dict[str, Any]]:
    """Sentences of B that set out provision: provision wording, someone providing it, and no
    need stated ("She needs a daily stretching programme" is a need)."""
    return [
        {"location": loc, "text": text}
        for text, loc in _sentences(section)
        if _p("provision_markers").any(text)
        and _PROVIDES.search(text)
        and not _p("need_markers").any(text)
    ]


def needs_as_provision(provision: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Provision statements that only describe a need: no quantity, no one named, no
    provision wording, and a need marker."""
    found = []
    for item in provision:
        text = item["text"]
        if item.get("quantified") or item.get("who_specified"):
            continue
        if _p("provision_markers").any(text) or re.search(r"\bwill\b", text, re.I):
            continue
        if _p("need_markers").any(text):
            found.append({"location": item.get("location"), "text": text})
    return found


def social_care_in_h2(section: AnalysedSection | None) -> list[dict[str, Any]]:
    found = []
    for text, location in _sentences(section):
        service = _p("csdpa_s2_services").first(text)
        if service:
            found.append({"location": location, "service": service, "text": text})
    return found


def setting(section: AnalysedSection | None) -> dict[str, Any] | None:
    """Section I: a named setting, a type of setting, or words saying none is named yet."""
    if section is None:
        return None
    text = section.text
    name = patterns(_RULES, "setting_names", 0).first(text)
    kind = _p("setting_types").first(text)
    return {
        "named": name is not None,
        "name": name,
        "type": kind,
        "withheld": _p("setting_withheld").any(text),
        "preference": _p("setting_preference").any(text),
        "empty": not text.strip(),
    }


def personal_budget(section: AnalysedSection | None) -> dict[str, Any] | None:
    """Section J: requested, not_requested or unstated, and any £ amount."""
    if section is None:
        return None
    text = " ".join(u.text.strip() for u in section.units)
    if _p("budget_not_requested").any(text):
        state = "not_requested"
    elif _p("budget_requested").any(text):
        state = "requested"
    else:
        state = "unstated"
    amounts = re.findall(rule_data(_RULES).get("amount", r"$^"), text)
    return {"request": state, "amount": amounts[0].replace(" ", "") if amounts else None}


def measure_placement(analysed: AnalysedPlan, provision: list[dict[str, Any]]) -> dict[str, Any]:
    sections = analysed.sections
    h2 = sections.get("H2")
    return {
        "status": plan_status(analysed),
        "therapy_in_health": therapy_in_health(sections.get("G")),
        "provision_in_needs": provision_in_needs(sections.get("B")),
        "needs_as_provision": needs_as_provision(provision),
        "s2_services_in_h2": social_care_in_h2(h2) if "H1" in sections or h2 else [],
        "setting": setting(sections.get("I")),
        "personal_budget": personal_budget(sections.get("J")),
    }
