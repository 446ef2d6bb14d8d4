"""Errors that end the audit of one file, or the whole run, with a one-line message."""

from __future__ import annotations


class UnreadableFile(Exception):
    """A file that cannot be audited. ``cause`` is safe to print: it never holds plan text."""

    def __init__(self, cause: str) -> None:
        super().__init__(cause)
        self.cause = cause


class ConfigError(Exception):
    """A configuration or rules file that is wrong; the message names the file and the key."""
