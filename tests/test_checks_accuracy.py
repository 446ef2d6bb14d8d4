"""Each check measured against the hand labels in corpus_samples/expected/.

Thresholds from the issue: 0.9 accuracy for time_bound, measurable, quantified and first person.
The other figures are asserted at the level they reach now so a regression shows.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from corpus import expected_for, sample_files

THRESHOLDS = {
    "first_person": 0.9,
    "time_bound": 0.9,
    "measurable": 0.9,
    "quantified": 0.9,
    "who_specified": 0.85,
    "specific": 0.85,
    "generic_timeframe": 0.85,
    "voice_label": 0.8,
    "outcome_found": 0.95,
    "provision_found": 0.9,
    "has_aspirations": 1.0,
    "has_working_well": 1.0,
    "kind": 0.85,
}


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _find(text: str, candidates: list[tuple[str, dict]]):
    target = _norm(text)
    for norm, item in candidates:
        if target == norm or target in norm or (norm in target and len(norm) > 30):
            return item
    return None


@pytest.fixture(scope="module")
def scores(corpus_by_name):
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: dict[str, list[str]] = defaultdict(list)

    def score(name: str, ok: bool, note: str = "") -> None:
        tally[name][0] += int(ok)
        tally[name][1] += 1
        if not ok:
            misses[name].append(note[:140])

    for path in sample_files():
        expected = expected_for(path)
        if not expected["is_ehcp"]:
            continue
        result = corpus_by_name[path.name]
        labels = expected["labels"]
        sentences = [
            (_norm(s["text"]), s)
            for q in result.voice["questions"]
            for s in q["labelled_sentences"]
        ]
        for question in labels["section_a"]:
            for sentence in question["sentences"]:
                found = _find(sentence["text"], sentences)
                got = found["label"] if found else "missing"
                want = sentence["label"]
                score(
                    "voice_label", got == want, f"{path.name}: {want} got {got}: {sentence['text']}"
                )
                score(
                    "first_person",
                    found is not None and (got != "third_person") == (want != "third_person"),
                    f"{path.name}: {want} got {got}: {sentence['text']}",
                )
        score(
            "has_aspirations",
            result.voice["has_aspirations"] == labels["has_aspirations"],
            path.name,
        )
        score(
            "has_working_well",
            result.voice["has_working_well"] == labels["has_working_well"],
            path.name,
        )
        outcomes = [(_norm(o["text"]), o) for o in result.outcomes]
        for label in labels["outcomes"]:
            found = _find(label["text"], outcomes)
            score("outcome_found", found is not None, f"{path.name}: {label['text']}")
            if found:
                for key in ("specific", "measurable", "time_bound", "generic_timeframe", "kind"):
                    score(
                        key,
                        found[key] == label[key],
                        f"{path.name}: {key} want {label[key]}: {label['text']}",
                    )
        provision = [(_norm(p["text"]), p) for p in result.provision]
        for label in labels["provision"]:
            found = _find(label["text"], provision)
            score("provision_found", found is not None, f"{path.name}: {label['text']}")
            if found:
                for key in ("quantified", "who_specified"):
                    score(
                        key,
                        found[key] == label[key],
                        f"{path.name}: {key} want {label[key]}: {label['text']}",
                    )
    return tally, misses


@pytest.mark.parametrize("name", sorted(THRESHOLDS))
def test_accuracy(scores, name):
    tally, misses = scores
    hits, total = tally[name]
    assert total > 0, f"no labelled items for {name}"
    accuracy = hits / total
    print(f"{name}: {hits}/{total} = {accuracy:.3f}")
    assert accuracy >= THRESHOLDS[name], (
        f"{name} {accuracy:.3f} < {THRESHOLDS[name]}; misses: {misses[name][:8]}"
    )
