"""The cross-plan copy pass: passages planted in several children's plans are found (recall >=
0.95), template text is not reported, and a pasted name is traced to the other child's plan."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import docx
import pytest

from ehcp_audit.audit import audit_file
from ehcp_audit.compare import passages as P
from ehcp_audit.compare.crossplan import cross_plan_pass, cross_plan_run, template_passages
from ehcp_audit.config import Settings

CHILDREN = [
    ("Sam Jones", "he"),
    ("Amir Khan", "he"),
    ("Lily Evans", "she"),
    ("Noah Price", "he"),
    ("Isla Brown", "she"),
    ("Oscar Reid", "he"),
    ("Maya Patel", "she"),
    ("Kacey Shah", "she"),
]
TEMPLATE = [
    "This section sets out the views, interests and aspirations of the child and their family.",
    "The outcomes below were agreed with the family at the planning meeting and will be reviewed.",
    "All provision in this section will be reviewed at least annually at the annual review.",
]
VOCAB = [
    "apple",
    "river",
    "garden",
    "window",
    "bicycle",
    "kitchen",
    "planet",
    "music",
    "castle",
    "forest",
    "rocket",
    "puzzle",
    "pencil",
    "blanket",
    "candle",
    "harbour",
    "island",
    "jacket",
    "ladder",
    "marble",
    "needle",
    "orchard",
    "pillow",
    "quarry",
    "saddle",
    "tunnel",
    "violin",
    "wagon",
    "yogurt",
    "zebra",
    "anchor",
    "button",
    "cactus",
    "dragon",
    "engine",
    "feather",
    "glacier",
    "hammer",
    "igloo",
    "jungle",
    "kettle",
    "lantern",
    "mirror",
    "nest",
    "ocean",
    "parrot",
    "quilt",
    "ribbon",
    "shovel",
    "tiger",
    "umbrella",
    "valley",
    "whistle",
    "basket",
    "cloud",
    "desert",
    "fountain",
    "grapes",
    "helmet",
    "insect",
    "jigsaw",
    "koala",
    "lemon",
    "meadow",
]

# Planted copies: (passage, section, plans holding it). {n} is the child's name, {p} a pronoun.
PLANTED = [
    ("{n} becomes very anxious when the classroom routine changes without warning and {p} "
     "needs a visual timetable to settle.", "B", (0, 1, 2)),
    ("By July 2026, {n} will read 30 common exception words correctly in 4 out of 5 reading "
     "sessions with an adult.", "E", (3, 4)),
    ("Twice-weekly 30-minute social skills group with a trained teaching assistant, focusing on "
     "turn taking, sharing and joining in with games.", "F", (5, 6)),
    ("{n} likes to line up the toy cars along the windowsill before school. When the line is "
     "disturbed {p} gets upset and needs time alone.", "A", (1, 7)),
]  # fmt: skip
# Near copies: plan 6's differs in one word, plan 2's in two.
NEAR = {(2, 6): [("sharing", "waiting")], (0, 2): [("very", "quite"), ("settle", "calm down")]}
PASTED = (2, "Kacey enjoys the sensory room and asks for it every morning.")  # plan 7


def _unique(rng: random.Random, n: int) -> list[str]:
    return [" ".join(rng.sample(VOCAB, 12)).capitalize() + "." for _ in range(n)]


def build_batch(folder: Path, template: bool = True) -> list[Path]:
    paths = []
    for index, (name, pronoun) in enumerate(CHILDREN):
        rng = random.Random(index)
        first = name.split()[0]
        body: dict[str, list[str]] = {
            "A": _unique(rng, 2),
            "B": _unique(rng, 3),
            "E": [f"By July 2026, {first} will {' '.join(rng.sample(VOCAB, 9))}."],
            "F": [f"Three 20-minute sessions a week of {' '.join(rng.sample(VOCAB, 8))}."],
        }
        if template:
            body["A"].insert(0, TEMPLATE[0])
            body["E"].insert(0, TEMPLATE[1])
            body["F"].append(TEMPLATE[2])
        for p_index, (text, section, holders) in enumerate(PLANTED):
            if index in holders:
                passage = text.format(n=first, p=pronoun)
                for old, new in NEAR.get((p_index, index), []):
                    passage = passage.replace(old, new)
                body[section].insert(1, passage)
        if index == PASTED[0]:
            body["B"].append(PASTED[1])
        document = docx.Document()
        document.add_paragraph(f"Name: {name}")
        headings = {
            "A": "Section A: All about me",
            "B": "Section B: Special educational needs",
            "E": "Section E: Outcomes",
            "F": "Section F: Special educational provision",
        }
        for key, heading in headings.items():
            document.add_heading(heading, level=1)
            for line in body[key]:
                document.add_paragraph(line)
        for key in "CDGHIJK":
            document.add_heading(f"Section {key}", level=1)
            document.add_paragraph("No needs have been identified in this area at this time.")
        path = folder / f"child_{index}.docx"
        document.save(str(path))
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("batch")
    return [audit_file(p, Settings()) for p in build_batch(folder)]


def _expected() -> dict[int, set[str]]:
    wanted: dict[int, set[str]] = {}
    for _text, section, holders in PLANTED:
        for h in holders:
            wanted.setdefault(h, set()).add(section)
    return wanted


def test_planted_copies_found_and_template_ignored(batch):
    outcome = cross_plan_pass(batch)
    wanted = _expected()
    found = missed = 0
    for index, result in enumerate(batch):
        sections = [f.section for f in outcome.findings.get(result.file, [])]
        for section in wanted.get(index, set()):
            if section in sections:
                found += 1
            else:
                missed += 1
        # Nothing else: template sentences and stock statements are never reported.
        assert sorted(sections) == sorted(wanted.get(index, set())), (index, sections)
    assert found / (found + missed) >= 0.95
    assert outcome.summary["template_passages"] >= 2
    top = outcome.summary["most_copied"][0]
    assert top["plans"] == 3 and top["section"] == "B" and "text" not in top


def test_findings_name_other_plans_not_their_text(batch):
    outcome = cross_plan_pass(batch)
    findings = outcome.findings[batch[0].file]
    message = findings[0].message
    assert Path(batch[1].file).name in message and Path(batch[2].file).name in message
    assert "anxious" not in message and findings[0].match is None
    assert findings[0].code == "X-COPIED" and findings[0].location


def test_personalisation(batch):
    outcome = cross_plan_pass(batch)
    figures = outcome.figures
    # Plan 0 shares only Section B text; plan 1 shares an A answer, so less of its A/E/F is its own.
    assert figures[batch[0].file]["personalisation"] > figures[batch[1].file]["personalisation"]
    assert all(0 <= f["personalisation"] <= 1 for f in figures.values())


def test_pasted_name_names_the_other_plan(batch):
    results = copy.deepcopy(batch)  # the pass frees the passages; other tests need them
    cross_plan_run(results)
    pasted = [f for f in results[PASTED[0]].findings if f.code == "H-OTHER-NAME"]
    assert pasted and Path(batch[7].file).name in pasted[0].message
    assert all(r.passages == "" for r in results)  # freed once the pass is done


def test_template_file_and_small_batches(tmp_path):
    every = build_batch(tmp_path)
    paths = [every[0], every[5]]  # no planted copy in common
    results = [audit_file(p, Settings()) for p in paths]
    # Two plans cannot show what is template: the template's sentences look copied ...
    assert any(f for fs in cross_plan_pass(results).findings.values() for f in fs)
    # ... unless the blank template is given.
    blank = docx.Document()
    for line in [*TEMPLATE, "No needs have been identified in this area at this time."]:
        blank.add_paragraph(line)
    blank.save(str(tmp_path / "blank.docx"))
    packed = template_passages(tmp_path / "blank.docx", Settings())
    assert not any(cross_plan_pass(results, packed).findings.values())


def test_signatures_match_datasketch():
    from datasketch import MinHash

    texts = [" ".join(P.mask("Sam reads 30 words with his TA every morning.")), "short"]
    packed = P.signatures(texts)
    for text, row in zip(texts, packed, strict=True):
        sketch = MinHash(num_perm=packed.shape[1], seed=P._SEED, hashfunc=int, scheme=P.SCHEME)
        sketch.update_batch(P.shingle_hashes(text))
        assert (sketch.hashvalues == row).all()


def test_banding_matches_datasketch():
    """The pass's LSH buckets are datasketch's MinHashLSH buckets for the same band layout: the
    same candidate pairs, each checked against its bucket's first member."""
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    from ehcp_audit.compare.crossplan import candidate_pairs

    cfg = P.copy_options()
    bands, rows = int(cfg["lsh_bands"]), int(cfg["lsh_rows"])
    rng = np.random.default_rng(7)
    base = rng.integers(0, 2**32, size=(300, 32), dtype=np.uint32)
    near = base[rng.integers(0, 300, size=200)].copy()  # near copies: a few values changed
    near[np.arange(200), rng.integers(0, 32, size=200)] = rng.integers(0, 2**32, size=200)
    near[:50, :4] = rng.integers(0, 2**32, size=(50, 4))
    signatures = np.concatenate([base, near, base[:20]])  # and some exact copies
    lsh = MinHashLSH(num_perm=32, params=(bands, rows))
    for key, row in enumerate(signatures):
        lsh.insert(key, MinHash(num_perm=32, hashvalues=row, scheme=P.SCHEME))
    expected = set()
    for table in lsh.hashtables:
        for bucket in table.keys():  # noqa: SIM118 - a datasketch storage, not a dict
            head, *rest = sorted(table.get(bucket))
            for other in rest:
                if (signatures[other] == signatures[head]).mean() >= float(cfg["near_duplicate"]):
                    expected.add((head, other))
    found = candidate_pairs(signatures, cfg)
    assert len(expected) > 200  # near and exact copies were found
    assert set(found) == expected


def test_packing_a_plan_never_loads_datasketch(tmp_path):
    """Workers make the signatures without datasketch (its LSH module loads scipy, which the
    main process would otherwise load before forking); the main process loads it for the pass."""
    import subprocess
    import sys

    path = build_batch(tmp_path)[0]
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from ehcp_audit.audit import audit_file, warm_up\n"
        "from ehcp_audit.config import Settings\n"
        "warm_up(Settings())\n"
        f"result = audit_file(Path({str(path)!r}), Settings())\n"
        "assert result.passages, 'no passages packed'\n"
        "print(sorted(m for m in ('datasketch', 'scipy') if m in sys.modules))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "[]"


def test_masking_names_pronouns_dates_numbers():
    a = P.mask("On 3 May 2024 Sam told his TA that he wants 2 more turns.", ["Sam"])
    b = P.mask("On 9 June 2025 Priya told her TA that she wants 5 more turns.", ["Priya"])
    assert a == b


def test_runs_on_dask_results_as_on_local_ones(tmp_path):
    distributed = pytest.importorskip("distributed")
    from ehcp_audit.engine import run_batch

    every = build_batch(tmp_path)
    paths = [every[0], every[1], every[5]]  # 0 and 1 share a Section B sentence
    local = run_batch(paths, Settings(), workers=1, cache=None)
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        remote = run_batch(paths, Settings(), executor="dask", scheduler=client, cache=None)
    assert [r.passages for r in remote] == [r.passages for r in local]
    found = cross_plan_pass(remote).findings
    assert [len(found.get(r.file, [])) for r in remote] == [1, 1, 0]


def test_with_a_template_text_in_every_plan_is_still_copying(tmp_path):
    paths = build_batch(tmp_path, template=False)[:3]  # 0, 1 and 2 share a Section B sentence
    results = [audit_file(p, Settings()) for p in paths]
    assert not any(cross_plan_pass(results).findings.values())  # learned: in every plan
    blank = docx.Document()
    blank.add_paragraph(TEMPLATE[0])
    blank.save(str(tmp_path / "blank.docx"))
    packed = template_passages(tmp_path / "blank.docx", Settings())
    found = cross_plan_pass(results, packed).findings
    assert [len(found.get(r.file, [])) for r in results] == [1, 1, 1]


def test_near_copies_of_real_sentences():
    """Sentences of the sample plans, each copied into a second plan with one word replaced,
    are found; different sentences of the samples are not paired unless they are near copies."""
    from ehcp_audit.audit import split_file
    from ehcp_audit.result import PlanResult

    root = Path(__file__).resolve().parents[1] / "corpus_samples"
    sentences = []
    for path in sorted(root.glob("0[1-6]_*.docx"))[:3]:
        for section in split_file(path, Settings()).sections.values():
            for block in section.blocks:
                sentences += [s for s in P.sentences(block.text) if 12 <= len(s.split()) <= 35]
    rng = random.Random(5)
    rng.shuffle(sentences)
    found = 0
    sample = sentences[:40]
    for sentence in sample:
        words = sentence.split()
        words[rng.randrange(1, len(words) - 1)] = rng.choice(["quite", "often", "usually"])
        plans = []
        for name, text in (("a", sentence), ("b", " ".join(words))):
            builder = P._Builder([])
            builder.add_sentence("B", text, {"paragraph": 1})
            plans.append(PlanResult(file=name, status="audited", passages=builder.pack()))
        found += bool(cross_plan_pass(plans).findings.get("a"))
    assert found / len(sample) >= 0.9


def _configured_copy_rule(change):
    from ehcp_audit.compare.passages import copy_rule

    return copy_rule(Settings(rules={"X-COPIED": change}))


def test_copy_rule_level_and_options_come_from_the_config(batch):
    # X-COPIED is a rule entry: [rules.X-COPIED] sets its level and options like any rule's.
    default = cross_plan_pass(batch).findings
    as_error = cross_plan_pass(batch, rule=_configured_copy_rule({"level": "error"})).findings
    assert default and {f.level for fs in default.values() for f in fs} == {"warning"}
    assert {f.level for fs in as_error.values() for f in fs} == {"error"}
    exact_only = cross_plan_pass(batch, rule=_configured_copy_rule({"near_duplicate": 1.0}))
    assert sum(map(len, exact_only.findings.values())) < sum(map(len, default.values()))


def test_copy_rule_turned_off_keeps_the_figures(batch):
    outcome = cross_plan_pass(batch, rule=_configured_copy_rule({"enabled": False}))
    assert not outcome.findings
    assert any(f["copied_passages"] for f in outcome.figures.values())


def test_copy_rule_bad_option_is_a_config_error():
    from ehcp_audit.errors import ConfigError

    with pytest.raises(ConfigError, match=r"rules\.X-COPIED\.min_words' must be a whole number"):
        _configured_copy_rule({"min_words": "seven"})


def test_rerun_of_an_unchanged_batch_reuses_the_pass(tmp_path):
    from cli_helpers import run_cli

    folder = tmp_path / "plans"
    folder.mkdir()
    build_batch(folder)
    cache = tmp_path / "cache"

    def scan(name):
        out = tmp_path / name
        args = ["scan", str(folder), "--cache", str(cache), "-j", "2", "--no-exit"]
        assert run_cli(*args, "--json", str(out)).returncode == 0
        return json.loads(out.read_text())

    first = scan("first.json")
    kept = list((cache / "batches").glob("*.jsonl"))
    assert len(kept) == 1 and sum(1 for _ in kept[0].open()) == 1 + len(first["plans"])
    assert any(f["code"] == "X-COPIED" for p in first["plans"] for f in p["findings"])
    assert scan("again.json") == first
    # The rerun reads the record rather than running the pass: a figure changed in it shows.
    lines = kept[0].read_text().splitlines()
    entry = json.loads(lines[1])
    entry["figures"]["passages"] = 424242
    kept[0].write_text("\n".join([lines[0], json.dumps(entry), *lines[2:]]) + "\n")
    assert scan("read.json")["plans"][0]["cross_plan"]["passages"] == 424242
    kept[0].write_text("\n".join(lines) + "\n")
    # A damaged record is not trusted: the pass runs again and gives the same findings.
    lines = kept[0].read_text().splitlines()
    kept[0].write_text("\n".join([*lines[:3], "{not json"]) + "\n")
    assert scan("damaged.json") == first
    # Another batch (one plan fewer) keeps its own record.
    sorted(folder.glob("*.docx"))[-1].unlink()
    scan("smaller.json")
    assert len(list((cache / "batches").glob("*.jsonl"))) == 2
