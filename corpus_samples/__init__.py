"""Fictional sample corpus for ehcp-audit (see README.md)."""
