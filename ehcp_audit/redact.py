"""``--redact``: replace personal details in every text the tool outputs.

Replaced: the child's names and every other personal name the plan gives (names beside a title
or relation word, names spaCy recognises as the subject of a sentence, names in the front
matter's name fields) with ``[NAME]``; dates of birth with ``[DATE OF BIRTH]``; NHS-number-like
(3-3-4 or 10 digits) and UPN-like (a letter and 12 digits) identifiers with ``[NHS NUMBER]`` and
``[UPN]``. Redaction runs inside the worker, before a result is cached or reported.

Limits: a name the plan never marks as a name (no title, relation word or name field, and never
the subject of a sentence) is not found; school and council names are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ehcp_audit.result import PlanResult

_NHS = re.compile(r"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b")
_UPN = re.compile(r"\b[A-Z]\d{12}\b|\b[A-Z]\d{11}[A-Z]\b")
_DATE = r"(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})"
_DOB = re.compile(rf"(\b(?:date of birth|d\.?o\.?b\.?|born(?: on)?)\b\s*[:\-]?\s*){_DATE}", re.I)
_TITLED = re.compile(r"\b(Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?")


class Redactor:
    def __init__(self, names: Iterable[str]) -> None:
        cleaned = sorted(
            {n for n in names if n and len(n) >= 2 and n[0].isupper()}, key=len, reverse=True
        )
        self.names = (
            re.compile(r"\b(" + "|".join(re.escape(n) for n in cleaned) + r")(?:'s|\u2019s)?\b")
            if cleaned
            else None
        )

    def text(self, value: str | None) -> str | None:
        if not value:
            return value
        value = _DOB.sub(lambda m: m.group(1) + "[DATE OF BIRTH]", value)
        value = _NHS.sub("[NHS NUMBER]", value)
        value = _UPN.sub("[UPN]", value)
        value = _TITLED.sub(lambda m: m.group(1) + " [NAME]", value)
        if self.names:
            value = self.names.sub("[NAME]", value)
        return value

    def walk(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.walk(v) for v in value]
        if isinstance(value, dict):
            return {k: self.walk(v) for k, v in value.items()}
        return value


def redact_result(result: PlanResult, names: Iterable[str]) -> None:
    redactor = Redactor(names)
    for section in result.sections.values():
        section.heading = redactor.text(section.heading) or ""
        section.first_words = redactor.text(section.first_words) or ""
        section.text = redactor.text(section.text) or ""
    result.voice = redactor.walk(result.voice)
    result.outcomes = redactor.walk(result.outcomes)
    result.provision = redactor.walk(result.provision)
    result.thread = redactor.walk(result.thread)
    result.placement = redactor.walk(result.placement)
    result.advice = redactor.walk(result.advice)
    result.dates = redactor.walk(result.dates)
    for finding in result.findings:
        finding.message = redactor.text(finding.message) or ""
        finding.match = redactor.text(finding.match)
