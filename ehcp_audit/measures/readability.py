"""Length and reading level, per plan and per section.

Words count every word of the plan (headings and tables included: that is what a child would
have read to them). The formulas score prose sentences only (see :mod:`ehcp_audit.analysis`):

- Flesch reading ease = 206.835 - 1.015 * words/sentence - 84.6 * syllables/word
- Flesch-Kincaid grade = 0.39 * words/sentence + 11.8 * syllables/word - 15.59
- UK reading age = Flesch-Kincaid grade + 5
- SMOG = 1.0430 * sqrt(polysyllables * 30 / sentences) + 3.1291, only with 30+ sentences
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from ehcp_audit.analysis import Sentence

SMOG_MIN_SENTENCES = 30
LONG_SENTENCE_WORDS = 25


def reading_figures(
    sentences: Sequence[Sentence], words: int, aloud_wpm: float, silent_wpm: float
) -> dict[str, Any]:
    scored = [s for s in sentences if s.words > 0]
    n = len(scored)
    prose_words = sum(s.words for s in scored)
    syll = sum(s.syllables for s in scored)
    poly = sum(s.polysyllables for s in scored)
    figures: dict[str, Any] = {
        "words": words,
        "prose_words": prose_words,
        "sentences": n,
        "reading_minutes_aloud": round(words / aloud_wpm, 1) if aloud_wpm else None,
        "reading_minutes_silent": round(words / silent_wpm, 1) if silent_wpm else None,
        "flesch_reading_ease": None,
        "flesch_kincaid_grade": None,
        "uk_reading_age": None,
        "smog": None,
        "smog_note": None,
        "mean_sentence_length": None,
        "long_sentence_share": None,
    }
    if n == 0 or prose_words == 0:
        figures["smog_note"] = "too short to score"
        return figures
    wps = prose_words / n
    spw = syll / prose_words
    grade = 0.39 * wps + 11.8 * spw - 15.59
    figures.update(
        flesch_reading_ease=round(206.835 - 1.015 * wps - 84.6 * spw, 1),
        flesch_kincaid_grade=round(grade, 1),
        uk_reading_age=round(grade + 5, 1),
        mean_sentence_length=round(wps, 1),
        long_sentence_share=round(sum(1 for s in scored if s.words > LONG_SENTENCE_WORDS) / n, 3),
    )
    if n >= SMOG_MIN_SENTENCES:
        figures["smog"] = round(1.0430 * math.sqrt(poly * 30 / n) + 3.1291, 1)
    else:
        figures["smog_note"] = (
            f"too short to score ({n} sentences; SMOG needs {SMOG_MIN_SENTENCES})"
        )
    return figures
