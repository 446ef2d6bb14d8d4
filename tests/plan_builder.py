"""Build small, clean EHCPs as real .docx files (python-docx) for rule and CLI tests.

The clean plan passes every rule; a test changes one section, or adds text to one, and checks
that the rule it is testing fires (or stays silent). The plan and its writer are the package's
own (``ehcp_audit.examples``), so ``ehcp-audit rules --test`` runs examples on the same plan.
"""

from __future__ import annotations

from ehcp_audit.examples import CLEAN, HEADINGS, plan_texts
from ehcp_audit.examples import write_plan as build_docx

__all__ = ["CLEAN", "HEADINGS", "build_docx", "plan_texts"]
