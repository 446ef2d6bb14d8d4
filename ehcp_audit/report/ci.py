"""Formats for CI: GitHub workflow annotations and SARIF 2.1.0.

Word and PDF files have no line numbers, so annotations name the file only and put the location
(page, paragraph or table cell) in the message; SARIF carries it as a logical location too.
Unreadable files become error annotations and SARIF tool notifications. Both render from the
view model's rows (:mod:`ehcp_audit.report.view`), findings in plan order.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ehcp_audit import __version__
from ehcp_audit.levels import Level
from ehcp_audit.report.view import PlanRow, plan_row
from ehcp_audit.result import PlanResult

_GITHUB_LEVEL = {Level.error: "error", Level.warning: "warning", Level.suggestion: "notice"}
_SARIF_LEVEL = {Level.error: "error", Level.warning: "warning", Level.suggestion: "note"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_lines(row: PlanRow) -> list[str]:
    """One plan's annotations, its findings in plan order."""
    file = _escape_property(row.file)
    if row.status == "error":
        cause = _escape_data(row.error or "could not read file")
        return [f"::error file={file},title=unreadable::{cause}"]
    lines = []
    for group in row.groups:
        for f in group.findings:
            section = f"Section {f.section}" if f.section else ""
            context = ", ".join(p for p in (section, f.where) if p)
            message = f"{f.message} ({context})" if context else f.message
            lines.append(
                f"::{_GITHUB_LEVEL[f.level]} file={file},title={_escape_property(f.code)}::{_escape_data(message)}"
            )
    return lines


def github_annotations(results: Sequence[PlanResult]) -> str:
    lines = [line for i, r in enumerate(results, 1) for line in github_lines(plan_row(r, i))]
    return "\n".join(lines) + ("\n" if lines else "")


def sarif_items(
    row: PlanRow, rule_index: dict[str, int]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """One plan's SARIF results (in plan order), and a tool notification if it could not be
    read."""
    uri = {"physicalLocation": {"artifactLocation": {"uri": _uri(row.file)}}}
    if row.status == "error":
        notification = {
            "level": "error",
            "message": {"text": f"{row.file}: {row.error}"},
            "locations": [uri],
        }
        return [], [notification]
    items = []
    for group in row.groups:
        for f in group.findings:
            section = f"Section {f.section}" if f.section else ""
            logical = ", ".join(p for p in (section, f.where) if p)
            location: dict[str, Any] = dict(uri)
            if logical:
                location["logicalLocations"] = [{"name": logical, "kind": "element"}]
            item: dict[str, Any] = {
                "ruleId": f.code,
                "level": _SARIF_LEVEL[f.level],
                "message": {"text": f.message},
                "locations": [location],
            }
            if f.code in rule_index:
                item["ruleIndex"] = rule_index[f.code]
            items.append(item)
    return items, []


def sarif(results: Sequence[PlanResult], rules: Sequence[Any]) -> dict[str, Any]:
    rule_index = {rule.code: i for i, rule in enumerate(rules)}
    sarif_results = []
    notifications = []
    for index, result in enumerate(results, 1):
        items, notes = sarif_items(plan_row(result, index), rule_index)
        sarif_results.extend(items)
        notifications.extend(notes)
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "ehcp-audit",
                        "version": __version__,
                        "informationUri": "https://github.com/ehcp-audit/ehcp-audit",
                        "rules": [
                            {
                                "id": rule.code,
                                "name": rule.name,
                                "shortDescription": {"text": rule.description},
                                "help": {"text": rule.fix},
                                "defaultConfiguration": {"level": _SARIF_LEVEL[rule.level]},
                            }
                            for rule in rules
                        ],
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not notifications,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "results": sarif_results,
            }
        ],
    }


def _uri(path: str) -> str:
    from urllib.parse import quote

    return quote(path.replace("\\", "/"), safe="/:._-~")


def sarif_text(results: Sequence[PlanResult], rules: Sequence[Any]) -> str:
    return json.dumps(sarif(results, rules), indent=2, ensure_ascii=False) + "\n"
