"""The golden thread: each need in B, outcome in E and provision in F, its area, and its links.

Needs are the sentences of Section B that state a difficulty or a need (``need_markers`` in
``rules/thread.yaml``), outside strengths and history sub-headings. Outcomes and provision are
the records the outcome and provision measures already found. Every item gets an area: from the
sub-heading (or table title) it sits under, else from the topics its words fall in
(``rules/areas.yaml``), "unsure" when the words do not say.

Links come first from the plan itself: cells of one national-template row (``Block.row_link``)
are linked. Elsewhere two items are linked when their content agrees: a shared topic, shared
content lemmas (spaCy, one ``parse()`` batch over just these items), the same area; the score
and the deciding words are kept. A best score below the link threshold but above the "unsure"
one is reported as unsure, so a reader knows how far to trust a gap.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ehcp_audit.analysis import AnalysedPlan, AnalysedSection, parse
from ehcp_audit.measures import areas
from ehcp_audit.measures.patterns import patterns, rule_data

_RULES = "thread.yaml"
_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}
_MAX_NEED_CHARS = 600
_MIN_NEED_WORDS = 2


@dataclass(slots=True)
class Item:
    kind: str  # need | outcome | provision
    index: int
    text: str
    location: dict[str, int]
    area: str = areas.UNSURE
    area_source: str = "text"  # heading | row | text
    row_link: int | None = None
    lemmas: set[str] = field(default_factory=set)
    topics: Counter[str] = field(default_factory=Counter)
    broad_area: str = areas.UNSURE  # the broad area its words say, whatever its heading
    extra_text: str = ""  # an outcome's short-term targets, which share its provision
    topic_set: frozenset[str] = frozenset()
    own_topics: bool = False  # names a topic of need, not only a service
    section: str = ""  # for provision outside F: its section (G, H)


def _key(location: dict[str, int]) -> tuple:
    return tuple(sorted(location.items()))


def _section_context(section: AnalysedSection | None) -> list[tuple[str, str | None, int | None]]:
    """Each unit's text with the area named by the sub-heading above it and its
    national-template row link, in order."""
    context: list[tuple[str, str | None, int | None]] = []
    if section is None:
        return context
    current: str | None = None
    for unit in section.units:
        block = unit.block
        text = unit.text.strip()
        if not unit.prose or block.looks_like_heading:
            named = areas.heading_area(text)
            if named:
                current = named
            elif block.looks_like_heading and len(text.split()) <= 12:
                current = None
        area = (areas.heading_area(block.area) if block.area else None) or current
        context.append((text, area, block.row_link))
    return context


def _locate(
    context: list[tuple[str, str | None, int | None]], text: str, start: int
) -> tuple[int, str | None, int | None]:
    """The unit a record came from: the next unit (from ``start``) whose text and the
    record's overlap, since PDF locations can be as coarse as a page."""
    head = text[:40]
    for order in (range(start, len(context)), range(0, start)):
        for i in order:
            unit_text = context[i][0]
            if unit_text and (head in unit_text or unit_text[:40] in text):
                return i, context[i][1], context[i][2]
    return start, None, None


def extract_needs(section: AnalysedSection | None) -> list[Item]:
    """Need statements of Section B, with the area their sub-heading names, and the areas
    stated as having no needs."""
    if section is None:
        return []
    needs: list[Item] = []
    area: str | None = None
    skipping = False
    markers = patterns(_RULES, "need_markers")
    for unit in section.units:
        block = unit.block
        text = unit.text.strip()
        if not text:
            continue
        if not unit.prose:
            named = areas.heading_area(text)
            if named:
                area, skipping = named, False
                continue
            if areas.is_not_need_label(text):
                skipping = True
                continue
            if block.looks_like_heading or (len(text.split()) <= 6 and not markers.any(text)):
                skipping = False
                continue  # a label; a short bullet that states a need ("Limited vocabulary") is kept
        if block.area:
            area = areas.heading_area(block.area) or area
        if skipping:
            continue
        sentences = [s.text for s in unit.sentences] or [text]
        for sentence in sentences:
            if len(sentence.split()) < _MIN_NEED_WORDS or areas.none_identified(sentence):
                continue
            if areas.not_a_need(sentence):
                continue
            # A national-template row's needs cell is a need by the template's own layout.
            if block.row_link is not None or markers.any(sentence):
                needs.append(
                    Item(
                        "need",
                        len(needs),
                        sentence[:_MAX_NEED_CHARS],
                        block.location.to_dict(),
                        area=area or areas.UNSURE,
                        area_source=("row" if block.row_link is not None else "heading")
                        if area
                        else "text",
                        row_link=block.row_link,
                    )
                )
    return needs


def none_identified_areas(section: AnalysedSection | None) -> list[str]:
    """Areas whose only content is "No needs identified" (complete, not empty)."""
    if section is None:
        return []
    found: list[str] = []
    area: str | None = None
    for unit in section.units:
        text = unit.text.strip()
        named = areas.heading_area(text) if not unit.prose else None
        if named:
            area = named
        elif area and areas.none_identified(text):
            found.append(area)
    return found


def _records(
    records: list[dict[str, Any]], kind: str, section: AnalysedSection | None
) -> list[Item]:
    context = _section_context(section)
    items: list[Item] = []
    position = 0
    for record in records:
        location = record.get("location") or {}
        position, heading, row_link = _locate(context, record["text"], position)
        area = record.get("area")
        area = (areas.heading_area(area) if area else None) or heading
        row_link = record.get("row_link", row_link)
        items.append(
            Item(
                kind,
                len(items),
                record["text"],
                location,
                area=area or areas.UNSURE,
                area_source="row"
                if row_link is not None and area
                else "heading"
                if area
                else "text",
                row_link=row_link,
            )
        )
    return items


def _outcome_items(records: list[dict[str, Any]], section: AnalysedSection | None) -> list[Item]:
    """Outcomes, each carrying the text of the targets that follow it. Provision written as
    an outcome is not an outcome (E-PROVISION-AS-OUTCOME reports it)."""
    records = [r for r in records if not r.get("provision_as_outcome")]
    all_items = _records(records, "outcome", section)
    kinds = [r.get("kind", "outcome") for r in records]
    if "outcome" not in kinds:
        return all_items
    outcomes: list[Item] = []
    for item, kind in zip(all_items, kinds, strict=True):
        if kind == "outcome":
            item.index = len(outcomes)
            outcomes.append(item)
        elif outcomes:
            outcomes[-1].extra_text += " " + item.text
    return outcomes


_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*")
_stem = areas.stem


def _features(items: list[Item], exclude: set[str]) -> None:
    """Content words and topics of each item. With ``lemmatizer: spacy`` (rules/thread.yaml)
    one ``parse()`` batch gives lemmas and parts of speech; the default, ``stems``, uses
    spaCy's stop words and a suffix-stripper, which links as well on the labelled plans and
    costs no tagger pass (about half a second a plan)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    data = rule_data(_RULES)
    generic = {str(w).lower() for w in data.get("generic_words", [])}
    generic_stems = {_stem(w) for w in generic}
    texts = [f"{i.text} {i.extra_text}".strip() for i in items]
    if data.get("lemmatizer", "stems") == "spacy":
        for item, doc, text in zip(items, parse(texts), texts, strict=True):
            words = {t.lower_ for t in doc} | {t.lemma_.lower() for t in doc}
            item.lemmas = {
                t.lemma_.lower()
                for t in doc
                if t.pos_ in _CONTENT_POS
                and not t.is_stop
                and len(t.lemma_) >= 3
                and t.lemma_.isalpha()
                and t.lemma_.lower() not in generic
                and t.lower_ not in exclude
            }
            _topics(item, text, words)
        return
    for item, text in zip(items, texts, strict=True):
        tokens = [t.lower().strip("'-") for t in _TOKEN.findall(text)]
        # "times-table practice" meets "times tables", "turn-taking" meets "taking turns"
        tokens += [part for t in tokens if "-" in t for part in t.split("-") if part]
        words = set(tokens) | {_stem(t) for t in tokens}
        item.lemmas = {
            _stem(t)
            for t in tokens
            if len(t) >= 3
            and t not in STOP_WORDS
            and t not in generic
            and _stem(t) not in generic_stems
            and t not in exclude
        }
        _topics(item, text, words)


def _topics(item: Item, text: str, words: set[str]) -> None:
    item.topics = areas.item_topics(text, words)
    item.topic_set = frozenset(item.topics)
    item.own_topics = bool(item.topic_set - _services())
    item.broad_area = areas.text_area(item.topics, areas.broad_areas())
    if item.area == areas.UNSURE:
        item.area = areas.text_area(item.topics)


@dataclass(slots=True)
class Link:
    score: float
    words: list[str]
    row: bool = False


_PLAN_AREA = {"heading", "row"}


def _services() -> frozenset[str]:
    return frozenset(areas.covers())


def _known(area: str) -> bool:
    return area != areas.UNSURE


def _score(a: Item, b: Item, rare: set[str], weights: dict[str, float]) -> Link:
    if a.row_link is not None and a.row_link == b.row_link:
        return Link(99.0, ["same table row"], row=True)
    topics = areas.shared_topics(a.topic_set, b.topic_set)
    words = sorted(a.lemmas & b.lemmas)
    # Items the plan itself puts under different areas share a topic less convincingly
    # ("overwhelmed" by noise under sensory; a check-in for anxiety under SEMH).
    apart = a.area != b.area and {a.area_source, b.area_source} <= _PLAN_AREA
    topic_weight = weights["topic"] * (0.5 if apart else 1.0)
    # A service both items name ("language disorder" in a need, "trained by the speech and
    # language therapist" in a provision) says less than a shared topic of need.
    services = _services()
    own = a.own_topics and b.own_topics
    score = sum(
        topic_weight
        * (0.5 if own and t in services and t in a.topic_set and t in b.topic_set else 1)
        for t in topics[:2]
    )
    score += sum(weights["word"] + (weights["rare_word_bonus"] if w in rare else 0) for w in words)
    same = _known(a.area) and a.area in (b.area, b.broad_area)
    same = same or (_known(a.broad_area) and a.broad_area in (b.area, b.broad_area))
    if same and (topics or words):
        score += weights["same_area"]
    return Link(round(score, 2), [*(t.replace("_", " ") for t in topics), *words])


def _best_links(
    sources: list[Item], targets: list[Item], rare: set[str], weights: dict[str, float]
) -> list[tuple[list[int], Link | None]]:
    """For each source: the targets it is linked to, and its best link (linked or not)."""
    found: list[tuple[list[int], Link | None]] = []
    for source in sources:
        linked: list[int] = []
        best: Link | None = None
        for target in targets:
            link = _score(source, target, rare, weights)
            if link.score >= weights["link"]:
                linked.append(target.index)
            if best is None or link.score > best.score:
                best = link
        found.append((linked, best))
    return found


def _areas_from_needs(
    items: list[Item], needs: list[Item], rare: set[str], weights: dict[str, float]
) -> None:
    """An outcome or provision with no sub-heading takes the area of the need it is most
    clearly linked to, when its own words leave the area unsure: the thread names it."""
    for item in items:
        if item.area_source != "text" or not needs:
            continue
        scores = [(_score(item, n, rare, weights).score, n) for n in needs]
        top = max(score for score, _ in scores)
        if top < weights["link"]:
            continue
        best_areas = {n.area for score, n in scores if score == top and _known(n.area)}
        if len(best_areas) != 1:
            continue  # the closest needs disagree: leave the item's own verdict
        area = best_areas.pop()
        from_heading = any(n.area_source == "heading" for score, n in scores if score == top)
        if not _known(item.area) or (item.area != area and from_heading):
            item.area = area
            item.area_source = "link"


_MIN_LEMMAS_UNTOPICAL = 3
# Shorter items are labels or fragments ("Good health; meeting deadlines"), not statements.
_MIN_REPORTED_WORDS = {"need": 3, "outcome": 5, "provision": 5}


def _entry(item: Item, links: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": item.kind,
        "area": item.area,
        "area_source": item.area_source,
        "location": item.location,
        "text": item.text,
        # False for a fragment, or when the words name no topic and too few content words to
        # match on: a gap is then shown but not reported, since nothing could have matched it.
        "specific": item.row_link is not None
        or (
            len(item.text.split()) >= _MIN_REPORTED_WORDS[item.kind]
            and (bool(item.topics) or len(item.lemmas) >= _MIN_LEMMAS_UNTOPICAL)
        ),
        "topics": sorted(item.topics),
        **links,
    }


def _link_fields(name: str, result: tuple[list[int], Link | None], unsure: float) -> dict:
    linked, best = result
    score = best.score if best else 0.0
    return {
        name: linked,
        f"{name}_score": min(score, 9.99),
        f"{name}_words": best.words[:6] if best and best.score > 0 else [],
        f"{name}_unsure": bool(not linked and score >= unsure),
    }


def measure_thread(
    analysed: AnalysedPlan, outcomes: list[dict[str, Any]], provision: list[dict[str, Any]]
) -> dict[str, Any]:
    """The thread of one plan (see the module docstring); JSON-ready."""
    sections = analysed.sections
    needs = extract_needs(sections.get("B"))
    outs = _outcome_items(outcomes, sections.get("E"))
    provs = _records(provision, "provision", sections.get("F"))
    child = analysed.child
    exclude = {n.lower() for n in (child.first_name, child.surname) if n}
    everything = [*needs, *outs, *provs]
    if everything:
        _features(everything, exclude)
    frequency = Counter(w for item in everything for w in item.lemmas)
    rare = {w for w, n in frequency.items() if n <= 2}
    data = rule_data(_RULES).get("link_scores", {})
    weights = {k: float(data.get(k, d)) for k, d in _DEFAULT_WEIGHTS.items()}
    unsure = weights["unsure"]

    _areas_from_needs(outs, needs, rare, weights)
    _areas_from_needs(provs, needs, rare, weights)
    need_prov = _best_links(needs, provs, rare, weights)
    need_out = _best_links(needs, outs, rare, weights)
    out_prov = _best_links(outs, provs, rare, weights)
    prov_need = _best_links(provs, needs, rare, weights)
    elsewhere = _other_provision(sections, exclude)
    need_rows = [
        _entry(n, {**_link_fields("provision", p, unsure), **_link_fields("outcomes", o, unsure)})
        for n, p, o in zip(needs, need_prov, need_out, strict=True)
    ]
    outcome_rows = [
        _entry(o, _link_fields("provision", p, unsure)) for o, p in zip(outs, out_prov, strict=True)
    ]
    for rows, items in ((need_rows, needs), (outcome_rows, outs)):
        _supported_elsewhere(rows, items, elsewhere, rare, weights)
    provision_rows = [
        _entry(p, _link_fields("needs", n, unsure)) for p, n in zip(provs, prov_need, strict=True)
    ]
    return {
        "needs": need_rows,
        "outcomes": outcome_rows,
        "provision": provision_rows,
        "areas": _per_area(need_rows, outcome_rows, provision_rows, outs, sections),
        "summary": _summary(need_rows, outcome_rows, provision_rows),
    }


_OTHER_PROVISION = ("G", "H", "H1", "H2")


def _other_provision(sections: dict[str, AnalysedSection], exclude: set[str]) -> list[Item]:
    """The health and social care provision (Sections G and H) as items: an outcome may be
    worked towards through them (physiotherapy in G for a mobility outcome)."""
    items: list[Item] = []
    for key in _OTHER_PROVISION:
        section = sections.get(key)
        if section is None:
            continue
        for unit in section.units:
            if unit.prose and not unit.block.looks_like_heading and unit.text.strip():
                items.append(Item("provision", len(items), unit.text.strip(), {}, section=key))
    if items:
        _features(items, exclude)
    return items


def _supported_elsewhere(
    rows: list[dict[str, Any]],
    items: list[Item],
    others: list[Item],
    rare: set[str],
    weights: dict[str, float],
) -> None:
    """``provided_elsewhere``: the sections (G, H) whose provision an item with no link to F
    is linked to by the same scores."""
    for row, item in zip(rows, items, strict=True):
        if row["provision"] or not others:
            continue
        found = sorted(
            {o.section for o in others if _score(item, o, rare, weights).score >= weights["link"]}
        )
        if found:
            row["provided_elsewhere"] = found


_DEFAULT_WEIGHTS = {
    "topic": 1.0,
    "word": 0.5,
    "rare_word_bonus": 0.3,
    "same_area": 0.4,
    "link": 1.0,
    "unsure": 0.6,
}


def _unlinked(rows: list[dict[str, Any]], field_name: str) -> list[dict[str, Any]]:
    return [
        {
            "location": r["location"],
            "text": r["text"],
            "unsure": r[f"{field_name}_unsure"],
            "score": r[f"{field_name}_score"],
            "words": r[f"{field_name}_words"],
        }
        for r in rows
        if not r[field_name]
    ]


def _per_area(
    needs: list[dict[str, Any]],
    outcomes: list[dict[str, Any]],
    provision: list[dict[str, Any]],
    outcome_items: list[Item],
    sections: dict[str, AnalysedSection],
) -> dict[str, dict[str, Any]]:
    labels = areas.area_labels()
    none_found = set(none_identified_areas(sections.get("B")))
    keys = [
        k
        for k in labels
        if k in none_found or any(r["area"] == k for r in (*needs, *outcomes, *provision))
    ]
    if any(r["area"] == areas.UNSURE for r in (*needs, *outcomes, *provision)):
        keys.append(areas.UNSURE)
    table: dict[str, dict[str, Any]] = {}
    for key in keys:
        in_area = [r for r in needs if r["area"] == key]
        outs = [r for r in outcomes if r["area"] == key]
        provs = [r for r in provision if r["area"] == key]
        outcome_broad = {o.broad_area for o in outcome_items} | {o.area for o in outcome_items}
        table[key] = {
            "label": labels.get(key, "Area unsure"),
            "needs": len(in_area),
            "outcomes": len(outs),
            "provision": len(provs),
            "none_identified": key in none_found and not in_area,
            "has_outcome": bool(outs)
            or key in outcome_broad
            or any(r["outcomes"] for r in in_area),
            "needs_without_provision": _unlinked(in_area, "provision"),
            "outcomes_without_provision": _unlinked(outs, "provision"),
            "provision_without_need": _unlinked(provs, "needs"),
        }
    return table


def _share(rows: list[dict[str, Any]], field_name: str) -> float | None:
    return round(sum(1 for r in rows if r[field_name]) / len(rows), 3) if rows else None


def _summary(
    needs: list[dict[str, Any]], outcomes: list[dict[str, Any]], provision: list[dict[str, Any]]
) -> dict[str, Any]:
    return {
        "needs": len(needs),
        "outcomes": len(outcomes),
        "provision": len(provision),
        "needs_with_provision_share": _share(needs, "provision"),
        "needs_with_outcome_share": _share(needs, "outcomes"),
        "outcomes_with_provision_share": _share(outcomes, "provision"),
        "provision_with_need_share": _share(provision, "needs"),
        "row_linked": any(r.get("area_source") == "row" for r in (*outcomes, *provision)),
    }


def strip_text(thread: dict[str, Any]) -> dict[str, Any]:
    """The thread without plan text (for outputs written without ``--include-text``)."""
    if not thread:
        return thread

    def bare(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{k: v for k, v in r.items() if k != "text"} for r in rows]

    out = {k: bare(thread.get(k, [])) for k in ("needs", "outcomes", "provision")}
    out["areas"] = {
        key: {k: bare(v) if isinstance(v, list) else v for k, v in area.items()}
        for key, area in thread.get("areas", {}).items()
    }
    out["summary"] = thread.get("summary", {})
    return out
