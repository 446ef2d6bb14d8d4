"""Worker side of the cross-plan copy pass: each plan's passages as hashes and MinHash sketches.

A passage is a sentence, an outcome, a provision statement or a Section A answer (a paragraph of
several sentences). Before hashing, names (capitalised words that are not common words),
pronouns, dates and numbers are masked, so the same paragraph pasted into another child's plan
hashes the same. What leaves the worker is, per passage, a compact list::

    [kind, section, location, hash, words, signature, parent]

``hash`` is 16 hex digits of BLAKE2b over the masked text, ``signature`` the MinHash hash values
(``num_perm`` x 32 bits, base64), ``parent`` the index of the larger passage holding a sentence
(or -1). No plan text leaves the worker through this field.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from collections.abc import Iterable
from typing import Any

from ehcp_audit.resources import load_rules_file

KIND_SENTENCE, KIND_OUTCOME, KIND_PROVISION, KIND_ANSWER = (
    "sentence",
    "outcome",
    "provision",
    "answer",
)
_SEED = 1
SCHEME = "affine32"  # 32-bit hash values: half the bytes of the legacy scheme
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|"
    "saturday|sunday"
)
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    "forty|fifty|sixty|hundred|once|twice|first|second|third|fourth|fifth"
)
_TOKEN = re.compile(
    r"[A-Za-z\u00c0-\u024f]+(?:['\u2019-][A-Za-z\u00c0-\u024f]+)*|\d+(?:[.,:/]\d+)*"
)
SENTENCE_CODE_END = re.compile(r"(?<=[.!?])[\"'\u201d)]*\s+(?=[A-Z0-9\"'\u201c(])")


@functools.cache
def settings() -> dict[str, Any]:
    return dict(load_rules_file("compare.yaml").get("cross_plan", {}))


CODE = "X-COPIED"


def copy_rule(settings: Any):
    """The X-COPIED rule in force (its level, options and ``enabled`` from the rules and the
    config), or None when no rule has that code."""
    from ehcp_audit.registry import rules_for

    return next((rule for rule in rules_for(settings) if rule.code == CODE), None)


def copy_options(rule: Any = None) -> dict[str, Any]:
    """``rules/compare.yaml``'s cross-plan settings with the options of ``rule`` (default: the
    shipped X-COPIED rule, so its defaults) over them."""
    rule = rule if rule is not None else shipped_copy_rule()
    return {**settings(), **(dict(rule.options) if rule is not None else {})}


def shipped_copy_rule():
    """X-COPIED as ``rules/rules.yaml`` ships it."""
    from ehcp_audit.registry import shipped_rules

    return next((r for r in shipped_rules() if r.code == CODE), None)


@functools.cache
def _stock() -> re.Pattern[str]:
    return re.compile(settings().get("stock") or r"$^", re.I)


@functools.cache
def _pronouns() -> frozenset[str]:
    return frozenset(str(p).lower() for p in settings().get("pronouns", []))


@functools.cache
def _common_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


_MONTH_SET = frozenset(_MONTHS.split("|"))
_NUMBER_SET = frozenset(_NUMBER_WORDS.split("|"))


def _mask_word(word: str) -> str:
    low = word.lower()
    base = low.split("'")[0].split("\u2019")[0]
    if word[0].isdigit() or low in _NUMBER_SET or low in _MONTH_SET:
        return "<d>"
    if base in _pronouns():
        return "<p>"
    if word[0].isupper() and low not in _common_words() and not word.isupper():
        return "<n>"  # a capitalised word that is not a common word: a name
    return low


# word -> its masked token, for every plan of the process (a plan's own names are applied on
# top, in mask()); bounded so that a long-running worker does not grow without limit.
_WORD_TOKENS: dict[str, str] = {}
_WORD_TOKENS_LIMIT = 200_000


def _word_token(word: str) -> str:
    token = _mask_word(word)
    if len(_WORD_TOKENS) >= _WORD_TOKENS_LIMIT:
        _WORD_TOKENS.clear()
    _WORD_TOKENS[word] = token
    return token


def _base(word: str) -> str:
    return word.lower().split("'")[0].split("\u2019")[0]


def mask(text: str, names: Iterable[str] = (), cache: dict | None = None) -> list[str]:
    """The passage's tokens, lower-cased, with names, pronouns, dates and numbers masked.

    ``names`` are the plan's child's names: masked wherever they appear, even where they are
    common words ("Will", "Grace") or written in lower case. ``cache`` may be kept per plan to
    hold the names' set.
    """
    return _mask_with(text, *_own_names(names, cache))


def _mask_with(text: str, own: frozenset[str], written_otherwise: re.Pattern) -> list[str]:
    """:func:`mask` with the plan's names as :func:`_own_names` gives them."""
    words = _TOKEN.findall(text)
    known = _WORD_TOKENS.get
    tokens = [known(w) or _word_token(w) for w in words]
    # A capitalised name is already "<n>"; look word by word only where the name may be written
    # otherwise (lower case, capitals) or is a common word.
    if own and written_otherwise.search(text):
        tokens = [
            "<n>" if token != "<n>" and _base(word) in own else token
            for word, token in zip(words, tokens, strict=True)
        ]
    return tokens


def _own_names(names: Iterable[str], cache: dict | None) -> tuple[frozenset[str], re.Pattern]:
    """The names in lower case, and a pattern finding them where a capitalised word is not
    enough to mask them: in lower case or capitals, or in any case when a name is a common word."""
    found = cache.get("\0names") if cache is not None else None
    if found is None:
        own = frozenset(name.lower() for name in names if name)
        forms = [re.escape(f) for name in sorted(own) for f in (name, name.upper())]
        forms += [f"(?i:{re.escape(name)})" for name in sorted(own & _common_words())]
        pattern = re.compile(rf"\b(?:{'|'.join(forms)})" if forms else r"$^")
        found = own, pattern
        if cache is not None:
            cache["\0names"] = found
    return found


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_CODE_END.split(text) if s.strip()]


@functools.cache
def _permutations(num_perm: int):
    """datasketch's ``affine32`` permutations for ``_SEED`` (``MinHash._init_permutations``).

    Made here rather than by datasketch so that no process imports it (its LSH module loads
    scipy: 0.4 s before the workers forked); ``test_signatures_match_datasketch`` holds the
    signatures to its MinHash, as ``test_banding_matches_datasketch`` holds the pass's LSH
    buckets to its MinHashLSH.
    """
    import numpy as np

    gen = np.random.RandomState(_SEED)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix32(values):
    """MurmurHash3's 32-bit finaliser: datasketch's pre-mix of ``affine32`` input hashes."""
    import numpy as np

    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def _window_values(raw: bytes, windows: int, size: int):
    """Each ``size``-byte window of ``raw`` as one little-endian number (uint64)."""
    import numpy as np

    if size in (1, 2, 4, 8):  # read in place, one byte apart
        return np.ndarray((windows,), dtype=f"<u{size}", buffer=raw, strides=(1,))
    data = np.frombuffer(raw, dtype=np.uint8).astype(np.uint64)
    value = np.zeros(windows, dtype=np.uint64)
    for i in range(size):
        value |= data[i : i + windows] << np.uint64(8 * i)
    return value


def signatures(masked: list[str]):
    """MinHash signatures (``num_perm`` x uint32 each) of the masked texts' character shingles.

    The same values datasketch's ``MinHash(scheme="affine32").update_batch`` gives for the
    shingles' 32-bit hashes (tests check it), computed for all of a plan's passages in one
    array operation instead of one MinHash object per passage.
    """
    import numpy as np

    num_perm = int(settings().get("num_perm", 32))
    size = int(settings().get("shingle_chars", 4))
    if not masked:
        return np.zeros((0, num_perm), dtype=np.uint32)
    encoded = [t.encode("utf-8").ljust(size, b" ") for t in masked]
    lengths = np.array([len(e) for e in encoded], dtype=np.int64)
    raw = b"".join(encoded)
    windows = len(raw) - size + 1
    value = _window_values(raw, windows, size)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    # Keep the windows that lie inside one passage.
    counts = lengths - size + 1
    index = np.repeat(starts, counts) + (
        np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    )
    hashed = value[index].astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15) >> np.uint64(32)
    mixed = _fmix32(hashed.astype(np.uint32))
    a, b = _permutations(num_perm)
    offsets = np.concatenate(([0], np.cumsum(counts)[:-1]))
    found = np.empty((len(masked), num_perm), dtype=np.uint32)
    # One permutation at a time: a row of a plan's shingles stays in the CPU's cache, where all
    # permutations at once (num_perm x shingles) made a new array of megabytes for every plan.
    for k in range(num_perm):
        found[:, k] = np.minimum.reduceat(a[k] * mixed + b[k], offsets)
    return found


def warm_up() -> None:
    """Load what packing a plan's passages needs (the permutations, the patterns, the word
    lists) before workers are forked."""
    builder = _Builder(["Sam"])
    builder.add(KIND_SENTENCE, "B", "Sam likes to read about trains and buses with his mum.", None)
    builder.pack()


def shingle_hashes(masked: str) -> list[int]:
    """The 32-bit hashes :func:`signatures` gives one passage's shingles (for tests)."""
    size = int(settings().get("shingle_chars", 4))
    data = masked.encode("utf-8").ljust(size, b" ")
    found = []
    for i in range(len(data) - size + 1):
        value = int.from_bytes(data[i : i + size], "little")
        found.append(((value * 0x9E3779B97F4A7C15) % 2**64) >> 32)
    return found


SECTION_KEYS = ("A", "A1", "A2", "B", "C", "C1", "C2", "D", "D1", "D2", "E", "F", "G", "H",
                "H1", "H2", "I", "J", "K")  # fmt: skip
KINDS = (KIND_SENTENCE, KIND_OUTCOME, KIND_PROVISION, KIND_ANSWER)
LOC_FIELDS = ("page", "paragraph", "table", "row", "cell")
_SECTION_CODES = {key: code for code, key in enumerate(SECTION_KEYS)}
SENTENCE_CODE = KINDS.index(KIND_SENTENCE)  # a sentence's ``kind`` in the packed records


@functools.cache
def record_dtype(num_perm: int):
    import numpy as np

    return np.dtype(
        [("kind", "u1"), ("section", "u1"), ("words", "u2"), ("parent", "i2")]
        + [(name, "u2") for name in LOC_FIELDS]
        + [("hash", "u8"), ("sig", "u4", (num_perm,))]
    )


def _normal(text: str) -> str:
    return " ".join(text.split())


def location_tuple(loc: dict[str, int] | None) -> tuple[int, ...]:
    """A location as the packed records hold it (``LOC_FIELDS``, 0 where absent)."""
    if not loc:
        return _NO_LOCATION
    return tuple(min(int(loc.get(name, 0)), 65535) for name in LOC_FIELDS)


_NO_LOCATION = (0,) * len(LOC_FIELDS)


class _Builder:
    """A plan's passages, one column per packed field (a plan has a few hundred passages, and
    appending to columns is most of the packing time a row-per-passage layout spent)."""

    def __init__(self, names: list[str], min_words: int | None = None) -> None:
        self.names = names
        self.cache: dict = {}
        self.by_text: dict[str, int | None] = {}  # normalised text -> its row (None: not kept)
        self.min_words = int(min_words if min_words is not None else copy_options()["min_words"])
        self.kinds: list[int] = []
        self.sections: list[str] = []
        self.locations: list[tuple[int, ...]] = []
        self.hashes: list[int] = []
        self.words: list[int] = []
        self.parents: list[int] = []
        self.masked: list[str] = []
        self.by_hash: dict[int, int] = {}
        self.large_text: dict[str, list[tuple[int, str]]] = {}  # section -> (row, its text)
        self.own_names = _own_names(names, self.cache)
        self.stock = _stock().search

    def add(self, kind: str, section: str, text: str, loc: dict[str, int] | None) -> int | None:
        return self.add_normal(KINDS.index(kind), section, _normal(text), location_tuple(loc))

    def add_normal(self, kind: int, section: str, text: str, loc: tuple[int, ...]) -> int | None:
        """:meth:`add` for a text already normalised (``_normal``), its kind's index in
        ``KINDS`` and its location as :func:`location_tuple` gives it."""
        if text in self.by_text:  # an outcome's text is met again as a sentence of Section E
            index = self.by_text[text]
            if index is not None and kind != SENTENCE_CODE and self.kinds[index] == SENTENCE_CODE:
                self.kinds[index] = kind
            return index
        index = self._add(kind, section, text, loc)
        self.by_text[text] = index
        return index

    def _add(self, kind: int, section: str, text: str, loc: tuple[int, ...]) -> int | None:
        if not text or self.stock(text):
            return None
        tokens = _mask_with(text, *self.own_names)
        words = len(tokens) - tokens.count("<d>")
        if words < self.min_words:
            return None
        masked = " ".join(tokens)
        digest = int.from_bytes(hashlib.blake2b(masked.encode(), digest_size=8).digest(), "little")
        index = self.by_hash.get(digest)
        if index is not None:
            if kind != SENTENCE_CODE and self.kinds[index] == SENTENCE_CODE:
                self.kinds[index] = kind  # one sentence that is also an outcome
            return index
        index = len(self.hashes)
        self.kinds.append(kind)
        self.sections.append(section)
        self.locations.append(loc)
        self.hashes.append(digest)
        self.words.append(words)
        self.parents.append(-1)
        self.masked.append(masked)
        self.by_hash[digest] = index
        if kind != SENTENCE_CODE:
            self.large_text.setdefault(section, []).append((index, text))
        return index

    def add_sentence(self, section: str, text: str, loc: dict[str, int] | None) -> None:
        self.add_normal_sentence(section, _normal(text), location_tuple(loc))

    def add_normal_sentence(self, section: str, text: str, loc: tuple[int, ...]) -> None:
        index = self.add_normal(SENTENCE_CODE, section, text, loc)
        if index is None or self.kinds[index] != SENTENCE_CODE or self.parents[index] != -1:
            return
        for parent, parent_text in self.large_text.get(section, ()):
            if parent != index and text in parent_text:
                self.parents[index] = parent
                break

    def pack(self) -> str:
        import numpy as np

        if not self.hashes:
            return ""
        num_perm = int(settings().get("num_perm", 32))
        records = np.zeros(len(self.hashes), dtype=record_dtype(num_perm))
        # Short passages are only ever matched exactly (near_min_words), and a passage holding
        # sentences is matched exactly while its sentences carry its near copies: neither goes
        # into the LSH index, so neither needs a signature (all zeros).
        near_min = int(settings().get("near_min_words", 10))
        parents = {p for p in self.parents if p >= 0}
        long_enough = [
            i for i, words in enumerate(self.words) if words >= near_min and i not in parents
        ]
        if long_enough:
            records["sig"][long_enough] = signatures([self.masked[i] for i in long_enough])
        records["kind"] = self.kinds
        records["section"] = [_SECTION_CODES.get(s, 255) for s in self.sections]
        records["words"] = np.minimum(self.words, 65535)
        records["parent"] = [p if p < 32767 else -1 for p in self.parents]
        for name, column in zip(LOC_FIELDS, zip(*self.locations, strict=True), strict=True):
            records[name] = column
        records["hash"] = self.hashes
        return base64.b64encode(records.tobytes()).decode("ascii")


def unpack(packed: str):
    """The worker's packed passages as a numpy record array (see :func:`record_dtype`)."""
    import numpy as np

    dtype = record_dtype(int(settings().get("num_perm", 32)))
    raw = base64.b64decode(packed) if packed else b""
    if len(raw) % dtype.itemsize:
        return np.zeros(0, dtype=dtype)  # made with other settings (a stale cache entry)
    return np.frombuffer(raw, dtype=dtype)


def location_of(record) -> dict[str, int]:
    return {name: int(record[name]) for name in LOC_FIELDS if int(record[name])}


def section_of(record) -> str | None:
    return section_of_code(int(record["section"]))


def section_of_code(code: int) -> str | None:
    return SECTION_KEYS[code] if code < len(SECTION_KEYS) else None


def plan_passages(plan, result, min_words: int | None = None) -> str:
    """The passages of an audited plan (``SplitPlan`` and its ``PlanResult``), packed.
    ``min_words``: X-COPIED's option of that name (default: the rule's default)."""
    from ehcp_audit.analysis import find_child, is_prose

    child = find_child(plan.front_matter, plan)
    builder = _Builder([n for n in (child.first_name, child.surname) if n], min_words)
    for outcome in result.outcomes:
        builder.add(KIND_OUTCOME, "E", str(outcome.get("text", "")), outcome.get("location"))
    for item in result.provision:
        builder.add(KIND_PROVISION, "F", str(item.get("text", "")), item.get("location"))
    answer = KINDS.index(KIND_ANSWER)
    for key, section in plan.sections.items():
        for block in section.blocks:
            if not is_prose(block):
                continue
            loc = location_tuple(block.location.to_dict())
            text = _normal(block.text)
            parts = sentences(text)
            if key == "A" and len(parts) > 1:
                builder.add_normal(answer, key, text, loc)
            for part in parts:
                builder.add_normal_sentence(key, part, loc)
    return builder.pack()


def passage_hashes(
    kind: str, section: str, text: str, names: Iterable[str] = (), min_words: int | None = None
) -> int | None:
    """The hash a passage's text gets (None when it is too short or stock text): lets the main
    process find a passage's text again in a result that still holds it (``--include-text``)."""
    builder = _Builder(list(names), min_words)
    index = builder.add(kind, section, text, None)
    return builder.hashes[index] if index is not None else None


def child_key(plan) -> str | None:
    """A hash of the child's first name (lower case): lets the main process say whose name an
    H-OTHER-NAME finding holds without holding names."""
    from ehcp_audit.analysis import find_child

    child = find_child(plan.front_matter, plan)
    return name_key(child.first_name) if child.first_name else None


def name_key(name: str) -> str:
    return hashlib.blake2b(name.strip().lower().encode(), digest_size=8).hexdigest()
