"""Syllables as textstat counts them (CMU dictionary first, pyphen second) and the formulas."""

from __future__ import annotations

import pytest

from ehcp_audit.analysis import _sentence, syllables
from ehcp_audit.measures.readability import reading_figures
from ehcp_audit.model import Location


@pytest.mark.parametrize(
    ("word", "count"),
    [
        # Words pyphen alone undercounts by one (no hyphenation point where a syllable is).
        ("about", 2),
        ("adult", 2),
        ("every", 3),  # the first of cmudict's pronunciations, as textstat takes it
        ("minute", 2),
        ("area", 3),
        # Ordinary words.
        ("the", 1),
        ("speech", 1),
        ("therapy", 3),
        ("independently", 5),
        ("Communication", 5),
        ("don't", 1),
        ("don\u2019t", 1),  # a curly apostrophe is the same word
    ],
)
def test_dictionary_counts(word: str, count: int) -> None:
    assert syllables(word) == count


def test_words_the_dictionary_lacks_fall_back_to_hyphenation() -> None:
    import pyphen

    hyphenator = pyphen.Pyphen(lang="en_US")
    for word in ("zorbulation", "SENCos", "microtransactional"):
        assert syllables(word) == len(hyphenator.positions(word.lower())) + 1
    assert syllables("2027") == 1
    assert syllables("") == 0


def test_flesch_kincaid_from_counted_syllables() -> None:
    text = "Every adult will read about the plan."  # 7 words
    sentence = _sentence(text, 0, Location(paragraph=1))
    assert sentence.words == 7
    # every 3, adult 2, will 1, read 1, about 2, the 1, plan 1
    assert sentence.syllables == 11
    figures = reading_figures([sentence], 7, aloud_wpm=100, silent_wpm=238)
    grade = 0.39 * 7 + 11.8 * 11 / 7 - 15.59
    assert figures["flesch_kincaid_grade"] == round(grade, 1)
    assert figures["uk_reading_age"] == round(grade + 5, 1)
    assert figures["smog"] is None and "too short" in figures["smog_note"]
