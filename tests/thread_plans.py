"""Labelled plans with known gaps for the golden-thread tests, built with python-docx.

Every need, outcome and provision statement below is fictional, written in the shapes council
templates and guidance use (need under an area heading; SMART outcome with a date and a
criterion; provision saying what, who, how often). A plan is built from a set of "strands"
(need, provision, outcome in one area); a strand listed in ``drop_provision`` loses its
provision, so its need and outcome are labelled as having none. Three layouts: sub-headings
per area, tables (area | need; outcome | by when; provision | frequency | who), and prose with
no area headings at all (areas must come from the words).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import docx

AREA_HEADINGS = {
    "communication_interaction": "Communication and interaction",
    "cognition_learning": "Cognition and learning",
    "semh": "Social, emotional and mental health",
    "sensory_physical": "Sensory and/or physical needs",
    "independence_self_care": "Independence and self-care",
}


@dataclass(frozen=True)
class Strand:
    key: str
    area: str
    need: str
    provision: str
    outcome: str


S = Strand
STRANDS: list[Strand] = [
    S(
        "instructions",
        "communication_interaction",
        "{n} finds it hard to understand spoken instructions that contain more than two key words.",
        "A daily 10-minute 1:1 session on following spoken instructions with two and three key words, delivered by a teaching assistant trained by the speech and language therapist.",
        "By July 2027, {n} will follow a spoken three-key-word instruction in class in 4 out of 5 observed lessons.",
    ),
    S(
        "speech",
        "communication_interaction",
        "{n}'s speech is hard for unfamiliar adults to understand because he has difficulty producing several speech sounds.",
        "Six 45-minute sessions of direct speech and language therapy each term on speech sounds, delivered by a speech and language therapist.",
        "By July 2027, {n} will say the k and g sounds correctly at the start of words in 8 out of 10 attempts.",
    ),
    S(
        "social",
        "communication_interaction",
        "{n} struggles to take turns in conversation and to join in with games with other children at playtime.",
        "Two 20-minute social communication groups a week with three peers, run by the ELSA, using turn-taking games and social stories.",
        "By July 2027, {n} will take turns in a structured game with two peers for 10 minutes on 4 out of 5 occasions.",
    ),
    S(
        "reading",
        "cognition_learning",
        "{n} is working well below age-related expectations in reading and cannot yet blend sounds to read unfamiliar words.",
        "A daily 20-minute 1:1 phonics programme delivered by a trained teaching assistant.",
        "By July 2027, {n} will read 40 common exception words correctly.",
    ),
    S(
        "maths",
        "cognition_learning",
        "{n} has difficulty with number and cannot yet count reliably beyond 20.",
        "Three 20-minute maths intervention sessions a week using Numicon, in a group of no more than 3 pupils, delivered by a teaching assistant.",
        "By July 2027, {n} will count forwards and backwards to 50 accurately on 4 out of 5 occasions.",
    ),
    S(
        "memory",
        "cognition_learning",
        "{n} has a weak working memory and forgets what he has been asked to do.",
        "A visual task board and checklist in every lesson, prepared by the class teacher, with instructions given one step at a time and repeated.",
        "By July 2027, {n} will use his task board to finish a three-step task without adult prompting in 4 out of 5 lessons.",
    ),
    S(
        "writing",
        "cognition_learning",
        "{n} struggles to write more than one sentence and his spelling is well below the expected level.",
        "Four 15-minute writing sessions a week with a writing frame and a spelling word mat, delivered by a teaching assistant.",
        "By July 2027, {n} will write three sentences with capital letters and full stops in 3 out of 4 writing tasks.",
    ),
    S(
        "anxiety",
        "semh",
        "{n} becomes very anxious at times of change and can refuse to come into the classroom in the morning.",
        "A daily 10-minute check-in with a named key adult at the start of the school day, with a visual timetable showing any changes.",
        "By July 2027, {n} will come into class calmly in the morning on 4 out of 5 days.",
    ),
    S(
        "regulation",
        "semh",
        "{n} finds it hard to manage his anger when he is frustrated and sometimes hits out at other children.",
        "A weekly 30-minute 1:1 session on recognising and managing emotions using the Zones of Regulation, delivered by a trained ELSA.",
        "By July 2027, {n} will use a calming strategy from his Zones of Regulation toolkit when frustrated on 4 out of 5 observed occasions.",
    ),
    S(
        "esteem",
        "semh",
        "{n} has low self-esteem and often says that he is stupid.",
        "A weekly 20-minute nurture group with up to 6 pupils, led by the learning mentor, to build his confidence.",
        "By July 2027, {n} will name three things he is proud of when asked by his mentor on 3 out of 3 occasions.",
    ),
    S(
        "fine_motor",
        "sensory_physical",
        "{n} has weak fine motor skills and finds it hard to hold a pencil and use scissors.",
        "A daily 10-minute fine motor programme (theraputty, threading, cutting) set by the occupational therapist and delivered by a teaching assistant.",
        "By July 2027, {n} will cut along a curved line accurately in 4 out of 5 attempts.",
    ),
    S(
        "noise",
        "sensory_physical",
        "{n} is very sensitive to noise and becomes overwhelmed in the dining hall and in assemblies.",
        "Ear defenders in every lesson and a quiet room to eat lunch with a friend every day, supervised by a midday supervisor.",
        "By July 2027, {n} will eat lunch in the quiet room with a friend for the whole lunch break on 4 out of 5 days.",
    ),
    S(
        "balance",
        "sensory_physical",
        "{n} has poor balance and coordination and tires quickly in PE.",
        "A 15-minute gross motor programme three times a week, devised by the physiotherapist and delivered in school by a teaching assistant.",
        "By July 2027, {n} will hop five times on each foot in 4 out of 5 PE lessons.",
    ),
    S(
        "dressing",
        "independence_self_care",
        "{n} needs adult help to dress and undress for PE and to do up his coat.",
        "A daily 10-minute dressing skills programme with a visual sequence, delivered by a teaching assistant.",
        "By July 2027, {n} will put on his coat and do up the zip without help on 4 out of 5 days.",
    ),
]
# A second set, in other wording (diagnoses, symbols and signing, mobility, vision, toileting),
# added after the first was tuned against: the thresholds hold on both.
SECOND: list[Strand] = [
    S(
        "h1",
        "communication_interaction",
        "{n} has a diagnosis of developmental language disorder and has difficulty understanding new vocabulary in lessons.",
        "Pre-teaching of key topic vocabulary for 15 minutes three times a week by a teaching assistant, using a visual word map.",
        "By July 2027, {n} will explain the meaning of 5 new science words in his own words.",
    ),
    S(
        "h2",
        "communication_interaction",
        "{n} uses very few words to communicate and relies on pointing and gestures.",
        "Use of Makaton signs and a symbol-based communication book throughout the day, with staff trained by the speech and language therapist.",
        "By July 2027, {n} will use 20 Makaton signs or symbols to make requests across the school day.",
    ),
    S(
        "h3",
        "cognition_learning",
        "{n} is not yet able to recognise numbers to 10 and needs concrete apparatus for all number work.",
        "Daily 15-minute 1:1 numeracy teaching using concrete resources, delivered by a teaching assistant and planned by the class teacher.",
        "By July 2027, {n} will recognise and order numbers to 10 in 4 out of 5 activities.",
    ),
    S(
        "h4",
        "cognition_learning",
        "{n}'s attention is very short and he finds it difficult to concentrate for more than 3 minutes on an adult-led task.",
        "Short, timed work tasks with a now-and-next board and movement breaks every 10 minutes, supported by a teaching assistant.",
        "By July 2027, {n} will stay focused on an adult-led task for 8 minutes on 4 out of 5 occasions.",
    ),
    S(
        "h5",
        "semh",
        "{n} worries a lot about making mistakes and becomes tearful when work is hard.",
        "A weekly 20-minute session with the school counsellor to talk about his worries.",
        "By July 2027, {n} will tell an adult when he feels worried, using his feelings chart, on 4 out of 5 occasions.",
    ),
    S(
        "h6",
        "semh",
        "{n} can become physically aggressive when his routine changes unexpectedly.",
        "A positive behaviour support plan with de-escalation strategies, reviewed each half-term by the SENCo and shared with all staff.",
        "By July 2027, {n} will use his calm card to ask for a break instead of hitting out on 4 out of 5 occasions.",
    ),
    S(
        "h7",
        "sensory_physical",
        "{n} has cerebral palsy and uses a walking frame; he cannot manage stairs safely.",
        "Ground-floor classroom and a trained adult to support {n} when moving around the school, every day.",
        "By July 2027, {n} will walk with his frame from the classroom to the hall independently on 4 out of 5 days.",
    ),
    S(
        "h8",
        "sensory_physical",
        "{n} has a visual impairment and cannot read standard print.",
        "All written materials provided in 24-point font and a magnifier for every lesson, with termly visits from the qualified teacher of the visually impaired.",
        "By July 2027, {n} will read enlarged print texts independently in 4 out of 5 literacy lessons.",
    ),
    S(
        "h9",
        "independence_self_care",
        "{n} is not yet toilet trained and needs adult support with toileting.",
        "A toileting plan with two planned toilet visits each morning and afternoon, supported by a named teaching assistant.",
        "By July 2027, {n} will use the toilet with only verbal prompts on 4 out of 5 days.",
    ),
]
BY_KEY = {s.key: s for s in [*STRANDS, *SECOND]}


@dataclass
class LabelledPlan:
    name: str
    layout: str  # headings | tables | prose
    strands: list[str]
    drop_provision: set[str] = field(default_factory=set)
    child: str = "Sam"

    def needs(self) -> list[tuple[str, str, bool]]:
        """(text, area, has provision) per need, in plan order."""
        return [
            (BY_KEY[k].need.format(n=self.child), BY_KEY[k].area, k not in self.drop_provision)
            for k in self._ordered()
        ]

    def outcomes(self) -> list[tuple[str, str, bool]]:
        return [
            (BY_KEY[k].outcome.format(n=self.child), BY_KEY[k].area, k not in self.drop_provision)
            for k in self._ordered()
        ]

    def _ordered(self) -> list[str]:
        order = list(AREA_HEADINGS)
        return sorted(self.strands, key=lambda k: order.index(BY_KEY[k].area))

    def by_area(self) -> dict[str, list[Strand]]:
        grouped: dict[str, list[Strand]] = {}
        for key in self._ordered():
            grouped.setdefault(BY_KEY[key].area, []).append(BY_KEY[key])
        return grouped


FRONT = ["Education, Health and Care Plan", "Name: {n} Carter", "Year group: 3"]
REST = {
    "A": "What is important to me\nI like playing football with my brother.\nMy hopes for the future\nI want to be a footballer.",
    "C": "{n} has no health needs related to his special educational needs.",
    "D": "No social care needs have been identified at this time.",
    "G": "No health provision is required at this time.",
    "H": "No social care provision is required at this time.",
    "I": "Marsh Lane Primary School, a mainstream primary school.",
    "J": "{n}'s parents have not asked for a personal budget.",
    "K": "Views of {n} and his parents, 2 February 2026.\nEducational advice from Marsh Lane Primary School, 5 February 2026.\nPsychological advice from the educational psychologist, 9 February 2026.\nMedical advice from the community paediatrician, 11 February 2026.\nSocial care advice from the children's social care team, 12 February 2026.",
}
TITLES = {
    "A": "Section A: All about me",
    "B": "Section B: Special educational needs",
    "C": "Section C: Health needs",
    "D": "Section D: Social care needs",
    "E": "Section E: Outcomes",
    "F": "Section F: Special educational provision",
    "G": "Section G: Health provision",
    "H": "Section H: Social care provision",
    "I": "Section I: Placement",
    "J": "Section J: Personal budget",
    "K": "Section K: Advice and information",
}


def _lines(document, text: str, child: str, sub_heading_keys: bool = False) -> None:
    for line in text.format(n=child).splitlines():
        if not line.strip():
            continue
        if sub_heading_keys and not line.rstrip().endswith((".", "!", "?")):
            document.add_heading(line, level=2)
        else:
            document.add_paragraph(line)


def _table(document, header: list[str], rows: list[list[str]]) -> None:
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    for i, label in enumerate(header):
        table.cell(0, i).text = label
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            table.cell(r, c).text = value


def build_labelled(plan: LabelledPlan, path: Path, overrides: dict | None = None) -> Path:
    """Write ``plan`` as .docx. ``overrides`` replaces the text of sections or the front
    matter ("front": list of lines) for the placement, date and Section K cases."""
    overrides = overrides or {}
    n = plan.child
    document = docx.Document()
    for line in overrides.get("front", FRONT):
        document.add_paragraph(line.format(n=n))
    for key, title in TITLES.items():
        if key in overrides and overrides[key] is None:
            continue
        document.add_heading(title, level=1)
        if key in ("B", "E", "F") and key not in overrides:
            _thread_section(document, plan, key)
        else:
            _lines(document, overrides.get(key, REST.get(key, "")), n, sub_heading_keys=key == "A")
    document.save(str(path))
    return path


def _thread_section(document, plan: LabelledPlan, key: str) -> None:
    n = plan.child
    grouped = plan.by_area()
    if plan.layout == "tables":
        if key == "B":
            rows = [
                [AREA_HEADINGS[a], " ".join(s.need.format(n=n) for s in ss)]
                for a, ss in grouped.items()
            ]
            _table(document, ["Area of need", "Description of need"], rows)
        elif key == "E":
            rows = [[s.outcome.format(n=n), "July 2027"] for ss in grouped.values() for s in ss]
            _table(document, ["Outcome", "By when"], rows)
        else:
            rows = []
            for ss in grouped.values():
                for s in ss:
                    if s.key not in plan.drop_provision:
                        rows.append([s.provision.format(n=n), "See provision", "Named staff"])
            _table(document, ["Provision", "Frequency", "Delivered by"], rows)
        return
    for area, strands in grouped.items():
        if plan.layout == "headings":
            document.add_heading(AREA_HEADINGS[area], level=2)
        for s in strands:
            if key == "B":
                document.add_paragraph(s.need.format(n=n))
            elif key == "E":
                document.add_paragraph(s.outcome.format(n=n), style="List Number")
            elif s.key not in plan.drop_provision:
                document.add_paragraph(s.provision.format(n=n), style="List Bullet")


ALL = [s.key for s in STRANDS]
ALL_SECOND = [s.key for s in SECOND]
LABELLED: list[LabelledPlan] = [
    LabelledPlan("headings_full", "headings", ALL),
    LabelledPlan("headings_gaps", "headings", ALL, {"maths", "noise", "esteem", "speech"}),
    LabelledPlan("tables_gaps", "tables", ALL, {"writing", "balance", "social"}),
    LabelledPlan("prose_gaps", "prose", ALL, {"memory", "dressing", "anxiety"}, child="Alex"),
    LabelledPlan(
        "small_gaps", "headings", ["instructions", "reading", "maths", "regulation"], {"regulation"}
    ),
    LabelledPlan("second_headings", "headings", ALL_SECOND, {"h2", "h5", "h8"}),
    LabelledPlan("second_tables", "tables", ALL_SECOND, {"h1", "h4", "h9"}),
    LabelledPlan("second_prose", "prose", ALL_SECOND, {"h3", "h6", "h7"}, child="Alex"),
]
