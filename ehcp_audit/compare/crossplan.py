"""Main-process side of the copy pass: passages found in several children's plans of a batch.

Runs once every plan is audited, on what the workers returned (packed hashes and MinHash
signatures, :mod:`ehcp_audit.compare.passages`), never on plan text. Exact copies share a hash;
near copies are found by MinHash LSH banding (datasketch's ``MinHashLSH`` buckets, made with one
sort per band), each candidate pair checked against the estimated Jaccard similarity of its
signatures. Clusters of passages are joined with a union-find.

Text common to most plans of the batch (``template_share`` in ``rules/compare.yaml``), or found
in a blank template given with ``--template``, is the template's own text, not copying.

Memory: the packed records are ``6 + 10 + 8 + 4 x num_perm`` bytes per passage (152 with 32
permutations); the pass holds them once, plus one band's sort order at a time over the distinct
passages.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ehcp_audit.compare import passages as P
from ehcp_audit.result import Finding, PlanResult

CODE = P.CODE
OTHER_NAME = "H-OTHER-NAME"
_LISTED_FILES = 5


@dataclass(slots=True)
class CrossPlanOutcome:
    """The pass's result. A plan's findings are made when :meth:`for_file` asks for them, so a
    batch's tens of thousands of findings are never all held at once (the stage streams)."""

    summary: dict[str, Any] = field(default_factory=dict)
    other_names: dict[str, list[str]] = field(default_factory=dict)  # file -> files named
    files: list[str] = field(default_factory=list)  # the plans the pass saw
    _make: Callable[[str], tuple[list[Finding], dict[str, Any]]] | None = None

    def for_file(self, file: str) -> tuple[list[Finding], dict[str, Any]]:
        """The X-COPIED findings and the figures of one plan ([] and {} when it had none)."""
        return self._make(file) if self._make is not None else ([], {})

    @property
    def findings(self) -> dict[str, list[Finding]]:
        """Every plan's findings, by file (all made at once: for tests and small batches)."""
        made = {file: self.for_file(file)[0] for file in self.files}
        return {file: found for file, found in made.items() if found}

    @property
    def figures(self) -> dict[str, dict[str, Any]]:
        return {file: self.for_file(file)[1] for file in self.files}


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.joined: set[int] = set()

    def find(self, item: int) -> int:
        parent = self.parent
        root = item
        while parent[root] != root:
            root = parent[root]
        while parent[item] != root:
            parent[item], item = root, parent[item]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
            self.joined.update((a, b))

    def roots(self):
        """Every item's root (the lowest item of its group), as an array; only items that were
        ever joined are looked up (most passages have no near copy)."""
        found = np.arange(len(self.parent), dtype=np.int64)
        for item in self.joined:
            found[item] = self.find(item)
        return found


def _near_duplicates(signatures, indexed, cfg: dict[str, Any]) -> _UnionFind:
    """Union-find over distinct passages, joined where MinHash LSH and the signatures agree.

    The banding of datasketch's ``MinHashLSH`` with ``params=(lsh_bands, lsh_rows)``: two
    passages are candidates when all the hash values of one band are equal. Each band's
    buckets come from one stable sort of the ``indexed`` signatures, where datasketch inserts
    one key at a time (about 30 microseconds a key: most of the pass on a batch of mostly
    personal text). A bucket is checked against its first member (a star, not all pairs),
    which bounds the work for large buckets of stock text; ``test_banding_matches_datasketch``
    holds the pairs to datasketch's buckets. Only the ``indexed`` passages take part:
    sentences and one-sentence items long enough to have near copies (a passage of several
    sentences is matched exactly, and its sentences carry its near copies)."""
    groups = _UnionFind(len(signatures))
    if len(indexed) >= 2:
        for head, member in candidate_pairs(signatures, cfg, indexed):
            groups.union(head, member)
    return groups


def candidate_pairs(signatures, cfg: dict[str, Any], among=None) -> list[tuple[int, int]]:
    """(first member, other member) of every LSH bucket whose signatures agree on at least
    ``near_duplicate`` of their hash values, as rows of ``signatures`` (only the rows
    ``among``, when given): the first member of a bucket is its lowest row."""
    bands = int(cfg.get("lsh_bands", 8))
    rows = min(int(cfg.get("lsh_rows", 3)), signatures.shape[1] // bands)
    near = float(cfg["near_duplicate"])
    chosen = np.arange(len(signatures)) if among is None else np.unique(among).astype(np.int64)
    found: set[tuple[int, int]] = set()
    positions = np.arange(len(chosen))
    for band in range(bands):
        part = signatures[chosen, band * rows : (band + 1) * rows]
        order = np.lexsort(_sort_keys(part))  # stable: a bucket's members in ascending order
        ordered = part[order]
        starts = np.ones(len(order), dtype=bool)
        starts[1:] = (ordered[1:] != ordered[:-1]).any(axis=1)
        if starts.all():
            continue  # no bucket with two members
        first = order[np.maximum.accumulate(np.where(starts, positions, 0))]
        heads, others = chosen[first[~starts]], chosen[order[~starts]]
        agree = (signatures[others] == signatures[heads]).mean(axis=1) >= near
        found.update(zip(heads[agree].tolist(), others[agree].tolist(), strict=True))
    return sorted(found)


def _sort_keys(part) -> list:
    """Keys for ``np.lexsort`` ordering the rows of ``part`` (uint32 columns) by their values:
    two columns to a uint64 key, the first columns last (lexsort's primary key), so that a band
    of three sorts on two keys instead of three."""
    keys = []
    for column in range(0, part.shape[1], 2):
        key = part[:, column].astype(np.uint64) << np.uint64(32)
        if column + 1 < part.shape[1]:
            key |= part[:, column + 1]
        keys.append(key)
    return keys[::-1]


def _template_hashes(template: str | None):
    import numpy as np

    records = P.unpack(template) if template else None
    if records is None or not len(records):
        return np.zeros(0, dtype=np.uint64), None
    return records["hash"], records["sig"]


def cross_plan_pass(
    results: Iterable[PlanResult],
    template: str | None = None,
    include_text: bool = False,
    unpacked: dict[str, Any] | None = None,
    rule: Any = None,
) -> CrossPlanOutcome:
    """Find passages copied between plans. ``template`` is a blank template's packed passages
    (:func:`template_passages`). Returns findings and figures by file; changes nothing.
    ``unpacked`` (file -> record array, :func:`passages.unpack`) may hold the passages of
    results whose ``passages`` were unpacked as they arrived; the pass empties it as it merges
    them, so each plan's records are held once. ``rule``: the X-COPIED rule in force (its
    level, options and ``enabled``; default: as shipped).
    Long on purpose: one vectorised pipeline over the batch's passage arrays (merge, hash,
    cluster, count) whose intermediate arrays each later step reuses; split, every helper
    would take and return most of them."""
    import numpy as np

    rule = rule if rule is not None else P.shipped_copy_rule()
    cfg = P.copy_options(rule)
    cfg["level"], cfg["enabled"] = rule.level, rule.enabled
    unpacked = unpacked if unpacked is not None else {}
    plans = [r for r in results if r.status == "audited" and (r.passages or r.file in unpacked)]
    outcome = CrossPlanOutcome()
    _whose_name(plans, outcome)
    records = [unpacked.pop(r.file) if r.file in unpacked else P.unpack(r.passages) for r in plans]
    sizes = [len(x) for x in records]
    if len(plans) < 2 or not sum(sizes):
        return outcome
    merged = np.concatenate(records)
    starts = np.cumsum([0, *sizes[:-1]]).tolist()
    records = [merged[start : start + size] for start, size in zip(starts, sizes, strict=True)]
    owner = np.repeat(np.arange(len(plans)), sizes)
    t_hash, t_sig = _template_hashes(template)
    all_hash = np.concatenate([merged["hash"], t_hash])
    all_owner = np.concatenate([owner, np.full(len(t_hash), -1)])
    sig = merged["sig"] if t_sig is None else np.concatenate([merged["sig"], t_sig])
    distinct, first, inverse = np.unique(all_hash, return_index=True, return_inverse=True)
    is_parent = np.zeros(len(all_hash), dtype=bool)
    for offset, own in zip(starts, records, strict=True):
        children_of = own["parent"][own["parent"] >= 0].astype(np.int64)
        is_parent[offset + children_of] = True
    t_words = P.unpack(template)["words"] if template else np.zeros(0, dtype=np.uint16)
    words = np.concatenate([merged["words"], t_words])
    long_enough = words[first] >= int(cfg.get("near_min_words", 10))
    indexed = np.flatnonzero(~is_parent[first] & long_enough)
    groups = _near_duplicates(np.ascontiguousarray(sig[first]), indexed, cfg)
    cluster_of_distinct = groups.roots()
    cluster = cluster_of_distinct[inverse]
    # Each (cluster, plan) once, sorted by cluster then plan (the template counts as plan -1):
    # one number per pair, so that np.unique sorts a flat array.
    width = len(plans) + 1
    pair = np.unique(cluster * width + (all_owner + 1))
    pair_cluster, pair_owner = pair // width, pair % width - 1
    in_plan = pair_owner >= 0
    cluster_ids, plan_counts = np.unique(pair_cluster[in_plan], return_counts=True)
    counts = dict(zip(cluster_ids.tolist(), plan_counts.tolist(), strict=True))
    in_template = set(pair_cluster[~in_plan].tolist())
    floor = max(
        int(cfg["min_template_plans"]),
        math.ceil(float(cfg["template_share"]) * len(plans)),
    )
    # A blank template, when given, says what the template is; otherwise it is learned as the
    # text most plans of the batch share.
    learned = set() if template is not None else {c for c, n in counts.items() if n >= floor}
    template_clusters = in_template | learned
    copied = {c for c, n in counts.items() if n >= 2 and c not in template_clusters}
    flags = _ClusterFlags(len(distinct), copied, template_clusters)
    chosen = in_plan & flags.copied[pair_cluster]
    copied_cluster, copied_owner = pair_cluster[chosen], pair_owner[chosen]
    members: dict[int, list[int]] = {}  # copied cluster -> its plans
    if len(copied_cluster):
        bounds = np.flatnonzero(np.diff(copied_cluster)) + 1
        heads = copied_cluster[np.concatenate(([0], bounds))].tolist()
        for c, found in zip(heads, np.split(copied_owner, bounds), strict=True):
            members[c] = found.tolist()
    offsets = np.concatenate(([0], np.cumsum(sizes)))
    # The files of each copied cluster, once: a large cluster is named in every plan it is in.
    flags.name_files(
        {c: tuple(sorted({plans[p].file for p in found})) for c, found in members.items()}
    )
    index_of = {result.file: index for index, result in enumerate(plans)}

    def make(file: str) -> tuple[list[Finding], dict[str, Any]]:
        index = index_of.get(file)
        if index is None:
            return [], {}
        own = slice(offsets[index], offsets[index + 1])
        return _plan_findings(
            plans[index].file, records[index], cluster[own], is_parent[own], flags, cfg
        )

    outcome.files, outcome._make = list(index_of), make
    outcome.summary = _summary(
        plans,
        records,
        cluster,
        owner,
        offsets,
        copied,
        members,
        template_clusters,
        include_text,
        cfg,
    )
    return outcome


class _ClusterFlags:
    """Per cluster of the batch: copied (in two plans or more, not the template's), the
    template's, and the copied clusters' files; what each plan's findings are made from."""

    def __init__(self, clusters: int, copied, template) -> None:
        self.copied = np.zeros(clusters, dtype=bool)
        self.copied[list(copied)] = True
        self.unique = ~self.copied
        self.unique[list(template)] = False
        self.files_of: dict[int, tuple[str, ...]] = {}
        self.set_of: dict[int, int] = {}
        self.others = _OtherPlans()

    def name_files(self, files_of: dict[int, tuple[str, ...]]) -> None:
        """The files of each copied cluster. Each set of files is also numbered: hashing a
        tuple of hundreds of file names for every finding was most of the time making them."""
        sets: dict[tuple[str, ...], int] = {}
        self.set_of = {c: sets.setdefault(files, len(sets)) for c, files in files_of.items()}
        self.files_of = files_of


# Section code -> whether its text counts towards personalisation (A, E and F).
_PERSONAL_SECTIONS = np.isin(
    np.arange(256), [P.SECTION_KEYS.index(k) for k in ("A", "A1", "A2", "E", "F")]
)


def _plan_findings(own_file, own, own_cluster, is_parent, flags, cfg):
    """One plan's X-COPIED findings and figures (``is_parent``: which of its passages hold
    sentences of their own). The per-passage arithmetic runs over the plan's arrays; only
    copied passages are visited one by one."""
    parent = own["parent"].astype(np.int64)
    counted = ~is_parent & _PERSONAL_SECTIONS[own["section"]]
    words = own["words"].astype(np.int64)
    total = int(words[counted].sum())
    unique = int(words[counted & flags.unique[own_cluster]].sum())
    copied = flags.copied[own_cluster]
    # A sentence whose outcome or answer is copied too: the larger passage is reported instead.
    held = np.zeros(len(own), dtype=bool)
    has_parent = parent >= 0
    held[has_parent] = copied[parent[has_parent]]
    rows = np.flatnonzero(copied & ~held)
    found = own[rows]
    kinds = found["kind"].tolist()
    sections = found["section"].tolist()
    locations = list(zip(*(found[name].tolist() for name in P.LOC_FIELDS), strict=True))
    files_of, set_of = flags.files_of, flags.set_of
    grouped: dict[tuple, list] = {}  # key -> [row of found, sentences, the cluster's files]
    reported = 0
    for i, c in enumerate(own_cluster[rows].tolist()):
        files = files_of[c]
        if len(files) < 2:  # this plan is one of the cluster's plans
            continue
        reported += 1
        if not cfg["enabled"]:  # X-COPIED turned off in the config: figures only
            continue
        # Sentences of one paragraph copied from the same plans make one finding.
        key = (sections[i], locations[i], set_of[c]) if kinds[i] == P.SENTENCE_CODE else (i,)
        if key in grouped:
            grouped[key][1] += 1
        else:
            grouped[key] = [i, 1, c]
    level = str(cfg["level"])
    findings: list[Finding] = []
    for i, sentences, c in grouped.values():
        if sentences > 1:
            what = f"{sentences} sentences of this paragraph also appear"
        else:
            what = f"This {P.KINDS[kinds[i]]} also appears"
        location = {k: v for k, v in zip(P.LOC_FIELDS, locations[i], strict=True) if v}
        findings.append(
            Finding(
                code=CODE,
                level=level,
                section=P.section_of_code(sections[i]),
                message=what + flags.others.named(files_of[c], set_of[c], own_file),
                location=location or None,
            )
        )
    figures = {
        "personalisation": round(unique / total, 3) if total else None,
        "copied_passages": reported,
        "passages": len(own),
    }
    return findings, figures


class _OtherPlans:
    """The end of an X-COPIED message: how many other plans hold the passage, and the first
    few of them by file name. Made once per cluster's files for the plans not among those
    named (a passage in 300 plans is reported in each of them)."""

    def __init__(self) -> None:
        self.made: dict[int, str] = {}

    def named(self, files: tuple[str, ...], files_id: int, own_file: str) -> str:
        """``files``: the cluster's files (``files_id`` numbers them) of which ``own_file``,
        the reporting plan, is one."""
        shown = files[: _LISTED_FILES + 1]
        if own_file in shown:
            return self._text(files, [f for f in shown if f != own_file][:_LISTED_FILES])
        text = self.made.get(files_id)
        if text is None:
            text = self.made[files_id] = self._text(files, shown[:_LISTED_FILES])
        return text

    @staticmethod
    def _text(files: tuple[str, ...], listed_files) -> str:
        count = len(files) - 1  # the reporting plan is one of the cluster's plans
        listed = ", ".join(listed_files)
        if count > _LISTED_FILES:
            listed += f" and {count - _LISTED_FILES} more"
        return (
            f" in {count} other plan{'s' if count != 1 else ''} of the batch "
            f"(names, pronouns, dates and numbers aside): {listed}. Check it describes this child."
        )


def _summary(plans, records, cluster, owner, offsets, copied, members, template, include_text, cfg):
    import numpy as np

    top_n = int(cfg["top_passages"])
    ranked = sorted(copied, key=lambda c: (-len(members[c]), c))[:top_n]
    top = []
    for c in ranked:
        where = np.flatnonzero(cluster[: len(owner)] == c)
        first = int(where[0])
        plan_index = int(owner[first])
        record = records[plan_index][first - int(offsets[plan_index])]
        entry: dict[str, Any] = {
            "plans": len(members[c]),
            "occurrences": int(len(where)),
            "kind": P.KINDS[int(record["kind"])],
            "section": P.section_of(record),
            "files": sorted(plans[p].file for p in members[c]),
        }
        if include_text:
            entry["text"] = find_text(plans[plan_index], record, int(cfg["min_words"]))
        top.append(entry)
    plan_sets = {p for c in copied for p in members[c]}
    return {
        "plans": len(plans),
        "copied_passages": len(copied),
        "plans_with_copied_text": len(plan_sets),
        "template_passages": len(template),
        "most_copied": top,
    }


def find_text(result: PlanResult, record, min_words: int | None = None) -> str | None:
    """A passage's text, from a result that still holds its text (``--include-text``)."""
    kind = P.KINDS[int(record["kind"])]
    section = P.section_of(record) or ""
    wanted = int(record["hash"])
    candidates: list[tuple[str, str]] = []
    candidates += [(P.KIND_OUTCOME, str(o.get("text", ""))) for o in result.outcomes]
    candidates += [(P.KIND_PROVISION, str(p.get("text", ""))) for p in result.provision]
    summary = result.sections.get(section)
    if summary is not None and summary.text:
        for line in summary.text.split("\n"):
            candidates.append((P.KIND_ANSWER, line))
            candidates += [(P.KIND_SENTENCE, s) for s in P.sentences(line)]
    for candidate_kind, text in candidates:
        if candidate_kind != kind and kind != P.KIND_SENTENCE and candidate_kind != P.KIND_SENTENCE:
            continue
        if P.passage_hashes(candidate_kind, section, text, (), min_words) == wanted:
            return text
    return None


def _whose_name(plans: list[PlanResult], outcome: CrossPlanOutcome) -> None:
    """H-OTHER-NAME findings whose name is the child of another plan of the batch."""
    by_key: dict[str, list[str]] = {}
    for result in plans:
        key = result.cross_plan.get("child_key")
        if key:
            by_key.setdefault(key, []).append(result.file)
    for result in plans:
        for finding in result.findings:
            if finding.code != OTHER_NAME or not finding.match:
                continue
            files = [f for f in by_key.get(P.name_key(finding.match), []) if f != result.file]
            if files:
                outcome.other_names.setdefault(result.file, []).extend(files)
                listed = ", ".join(sorted(files)[:_LISTED_FILES])
                finding.message += f". It is the name of the child in {listed}"


def apply(results: list[PlanResult], outcome: CrossPlanOutcome) -> None:
    """Add the pass's findings and figures to the results, and free the packed passages."""
    for result in results:
        findings, figures = outcome.for_file(result.file)
        result.findings.extend(findings)
        result.cross_plan = dict(figures) if figures else {}
        result.passages = ""


def template_passages(path, settings) -> str:
    """A blank template's passages, packed as a worker packs a plan's (every prose block,
    whether or not the splitter finds sections in it)."""
    from ehcp_audit.analysis import is_prose
    from ehcp_audit.readers import read_document

    document = read_document(path)
    builder = P._Builder([], P.copy_options(P.copy_rule(settings))["min_words"])
    for block in document.blocks:
        if not is_prose(block):
            continue
        parts = P.sentences(block.text)
        builder.add(P.KIND_ANSWER, "", block.text, None)
        for part in parts:
            builder.add(P.KIND_SENTENCE, "", part, None)
    return builder.pack()


def cross_plan_run(
    results: list[PlanResult],
    template: str | None = None,
    include_text: bool = False,
    rule: Any = None,
) -> dict[str, Any]:
    """The pass over results held in memory (a library caller's small batch; the scan streams
    through :class:`~ehcp_audit.engine.crossplan_stage.CrossPlanStage`): its findings added to
    ``results``; returns the batch summary."""
    outcome = cross_plan_pass(results, template, include_text, rule=rule)
    apply(results, outcome)
    return outcome.summary
