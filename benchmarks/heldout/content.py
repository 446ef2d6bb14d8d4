"""The held-out plans: fictional children and councils, written for this set only.

Shapes follow published council templates and guidance (see SOURCES.md); every word of content
is invented. Labels sit on the objects (Oc = outcome, Pv = provision) and in ``Plan.planted``.
"""

from __future__ import annotations

from model import Bul, Grid, Oc, P, Plan, Pv, Section, Sub, Tbl

STATUTORY = {
    "A": "The views, interests and aspirations of the child and his or her parents or the "
    "young person",
    "B": "The child or young person's special educational needs",
    "C": "The child or young person's health care needs which relate to their special "
    "educational needs",
    "D": "The child or young person's social care needs which relate to their special "
    "educational needs or to a disability",
    "E": "The outcomes sought for the child or the young person, including outcomes for adult "
    "life, and the arrangements for setting shorter term targets",
    "F": "The special educational provision required by the child or the young person",
    "G": "Any health care provision reasonably required by the learning difficulties or "
    "disabilities which result in the child or young person having special educational needs",
    "H1": "Any social care provision which must be made for a child or young person under 18 "
    "resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Any other social care provision reasonably required by the learning difficulties or "
    "disabilities which result in the child or young person having special educational needs",
    "I": "The name and type of the school, maintained nursery school, post-16 institution or "
    "other institution to be attended by the child or young person",
    "J": "Where any special educational provision is to be secured by a direct payment, the "
    "special educational needs and outcomes to be met by the direct payment",
    "K": "The advice and information gathered during the EHC needs assessment",
}


def advice(name: str, parent: str, when: str, skip: tuple[str, ...] = (), pfa: bool = False) -> Bul:
    """Section K's list of advice; ``skip`` leaves out advice types (a planted gap); ``pfa``
    adds the preparing-for-adulthood advice required from Year 9."""
    items = {
        "parent": f"Views and information from {name}'s {parent}, received {when}",
        "educational": f"Educational advice from {name}'s class teacher and the special "
        f"educational needs co-ordinator, dated {when}",
        "medical": f"Medical advice from the community paediatrician, dated {when}",
        "psychological": f"Psychological advice from the educational psychologist, dated {when}",
        "social": f"Social care advice from the children with disabilities social care team, "
        f"dated {when}",
    }
    if pfa:
        items["pfa"] = f"Preparing for adulthood advice from {name}'s careers adviser, dated {when}"
    return Bul([text for key, text in items.items() if key not in skip])


def budget_none(name: str) -> list:
    return [P(f"{name}'s family have not requested a personal budget at this time.")]


# --------------------------------------------------------------------------- h01
def h01() -> Plan:
    n = "Maya"
    outcomes = [
        Oc(
            "By the end of Year 5 (July 2026), Maya will read a book at her reading level aloud "
            "and answer 4 out of 5 questions about it correctly.",
            True,
            True,
            True,
        ),
        Oc(
            "By the end of the spring term 2026, Maya will use her visual timetable to move "
            "between lessons without an adult prompt on 4 days out of 5.",
            True,
            True,
            True,
        ),
        Oc(
            "Maya will develop her confidence with friendships.",
            False,
            False,
            False,
        ),
        Oc(
            "By July 2026, Maya will write three linked sentences using capital letters and full "
            "stops correctly, on her own, in 3 pieces of work in a row.",
            True,
            True,
            True,
        ),
        Oc(
            "By the next annual review, Maya will tell an adult when she is feeling worried, "
            "using her feelings chart, on at least 3 occasions each week.",
            True,
            True,
            True,
        ),
    ]
    provision = [
        Pv(
            "Maya will have a daily 20-minute reading session with a teaching assistant trained "
            "in the school's phonics programme, on a one-to-one basis.",
            True,
            100,
            "1:1",
            "teaching assistant",
        ),
        Pv(
            "A teaching assistant will support Maya in class for 15 hours each week, covering "
            "all English and mathematics lessons and helping her plan and check her sentence "
            "writing.",
            True,
            900,
            None,
            "teaching assistant",
        ),
        Pv(
            "Maya will attend a social skills group led by the emotional literacy support "
            "assistant once a week for 40 minutes, in a group of no more than four pupils, where "
            "she will also be taught to use a feelings chart.",
            True,
            40,
            "4",
            "emotional literacy support assistant",
        ),
        Pv(
            "The class teacher will provide a visual timetable and prepare Maya for any change "
            "to routine at the start of each school day.",
            True,
            None,
            None,
            "class teacher",
        ),
        Pv(
            "A speech and language therapist will deliver six 45-minute sessions of direct "
            "therapy each term and set targets for the teaching assistant to practise with Maya "
            "three times a week for 15 minutes.",
            True,
            45,
            "1:1",
            "speech and language therapist",
        ),
        Pv(
            "Maya will have access to a quiet space when she needs it.",
            False,
            None,
            None,
            None,
        ),
    ]
    sub_a = [
        Sub("What is important to me"),
        P("I love drawing horses and I go riding with my nan on Saturdays."),
        P("My cat Biscuit is really important to me."),
        Sub("What people like and admire about me"),
        P("People say I am kind and that I always help the younger children at lunch."),
        Sub("My hopes and aspirations for the future"),
        P("When I grow up I want to work with animals, maybe at a stables."),
        Sub("How best to communicate with me"),
        P("Give me one instruction at a time and show me a picture if it is something new."),
        Sub("My parents' views"),
        P(
            "We would like Maya to feel settled in class and to have one or two good friends. "
            "She tries very hard but gets tired by the afternoon."
        ),
        Sub("Who completed this section"),
        P(
            "This section was completed by Maya with her mum and her class teacher on 12 March 2025."
        ),
    ]
    sections = [
        Section(("A",), "Section A: " + STATUTORY["A"], sub_a),
        Section(
            ("B",),
            "Section B: " + STATUTORY["B"],
            [
                Sub("Communication and interaction"),
                P(
                    "Maya has a language disorder. She finds it hard to follow instructions with "
                    "more than two parts and to find the words she wants when she is speaking."
                ),
                Sub("Cognition and learning"),
                P(
                    "Maya is reading about two years below the level expected for her age and "
                    "finds spelling and sentence writing difficult."
                ),
                Sub("Social, emotional and mental health"),
                P(
                    "Maya becomes anxious when routines change and finds it hard to join in with "
                    "games at playtime without adult help."
                ),
            ],
        ),
        Section(
            ("C",),
            "Section C: " + STATUTORY["C"],
            [P("Maya has no health needs related to her special educational needs.")],
        ),
        Section(
            ("D",),
            "Section D: " + STATUTORY["D"],
            [P("Maya has no identified social care needs at this time.")],
        ),
        Section(
            ("E",),
            "Section E: " + STATUTORY["E"],
            [
                P("The outcomes below were agreed with Maya and her family."),
                Bul(outcomes, numbered=True),
                P(
                    "The school will set short-term targets each term and share them with Maya's parents."
                ),
            ],
        ),
        Section(
            ("F",),
            "Section F: " + STATUTORY["F"],
            [
                Sub("Communication and interaction"),
                P(provision[4]),
                Sub("Cognition and learning"),
                P(provision[0]),
                P(provision[1]),
                Sub("Social, emotional and mental health"),
                P(provision[2]),
                P(provision[3]),
                P(provision[5]),
            ],
        ),
        Section(
            ("G",),
            "Section G: " + STATUTORY["G"],
            [P("No health provision is required at this time.")],
        ),
        Section(
            ("H1",),
            "Section H1: " + STATUTORY["H1"],
            [
                P(
                    "No provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is required."
                )
            ],
        ),
        Section(
            ("H2",),
            "Section H2: " + STATUTORY["H2"],
            [P("No other social care provision is required at this time.")],
        ),
        Section(
            ("I",),
            "Section I: " + STATUTORY["I"],
            [P("Brookfield Community Primary School, a mainstream maintained primary school.")],
        ),
        Section(("J",), "Section J: " + STATUTORY["J"], budget_none(n)),
        Section(
            ("K",),
            "Section K: " + STATUTORY["K"],
            [advice(n, "parents", "14 March 2025")],
        ),
    ]
    return Plan(
        name="h01_statutory_titles",
        fmt="docx",
        shape="Heading 1 with the full statutory titles of reg. 12 (H1 title over 25 words); "
        "Heading 2 Section A sub-questions incl. parents' views and who completed; numbered "
        "will-outcomes with a lead-in; F as prose paragraphs under area sub-headings",
        council="Fernleigh County Council",
        title="Education, Health and Care Plan for Maya Okafor",
        front=[
            ("Name", "Maya Okafor"),
            ("Date of birth", "4 May 2016"),
            ("Year group", "Year 4 (Year 5 from September 2025)"),
            ("Date of request for assessment", "6 January 2025"),
            ("Date final plan issued", "19 May 2025"),
            ("Plan status", "Final"),
        ],
        sections=sections,
        heading_style="h1",
        sub_style="h2",
        dates={"request": "2025-01-06", "issue": "2025-05-19"},
    )


# --------------------------------------------------------------------------- h02
def h02() -> Plan:
    n = "Ethan"
    o = [
        Oc(
            "Ethan starts a conversation with a classmate at break time on at least 3 days a "
            "week by the end of Year 8.",
            True,
            True,
            True,
        ),
        Oc(
            "Ethan uses a checklist to organise his equipment for each lesson independently by "
            "Easter 2026.",
            True,
            True,
            True,
        ),
        Oc(
            "Ethan reads and understands texts used in his lessons.",
            False,
            False,
            False,
        ),
        Oc(
            "Ethan completes written homework tasks using a laptop, handing in 8 out of 10 on "
            "time by July 2026.",
            True,
            True,
            True,
        ),
    ]
    pv = [
        Pv(
            "Weekly 30-minute social communication group with the speech and language therapy "
            "assistant, group of 3 pupils.",
            True,
            30,
            "3",
            "speech and language therapy assistant",
        ),
        Pv(
            "Reading intervention with a specialist teacher for 45 minutes twice a week, one to one.",
            True,
            90,
            "1:1",
            "specialist teacher",
        ),
        Pv(
            "A laptop with word-processing and text-to-speech software for use in all lessons and "
            "for homework.",
            None,
            None,
            None,
            None,
        ),
        Pv(
            "Ten minutes with his key worker at the start of each school day to check his "
            "timetable and equipment.",
            True,
            50,
            "1:1",
            "key worker",
        ),
        Pv(
            "Support from staff to help with organisation as required.",
            False,
            None,
            None,
            None,
        ),
    ]
    sections = [
        Section(
            ("A",),
            "Part 1: All about me",
            [
                Sub("Who I am"),
                P("I am Ethan and I am 12. I like football, coding games and my dog Rolo."),
                Sub("My story so far"),
                P(
                    "I moved to this school in Year 7. Lessons got harder and I found it hard to keep up."
                ),
                Sub("What my family think"),
                P(
                    "Ethan is a funny, caring boy. We worry that he is falling behind and that he "
                    "keeps himself to himself at school."
                ),
                Sub("People who know me well say"),
                P("His form tutor says Ethan is polite and works hard when tasks are broken down."),
                Sub("This section was written by"),
                P("Ethan and his dad with the form tutor, February 2025."),
            ],
        ),
        Section(
            ("B",),
            "Part 2: My special educational needs",
            [
                Sub("Communication and interaction"),
                P(
                    "Ethan finds it hard to start and keep up conversations with other young people."
                ),
                Sub("Cognition and learning"),
                P(
                    "Ethan has dyslexia. His reading age is about 9 years and writing by hand is "
                    "slow and tiring for him. He struggles to organise his equipment and homework."
                ),
                Sub("Sensory and physical"),
                P(
                    "Ethan has a moderate hearing loss in his left ear and needs to sit where he "
                    "can hear the teacher; in noisy rooms he misses much of what is said."
                ),
            ],
        ),
        Section(
            ("C",),
            "Part 3: My health needs",
            [P("Ethan is seen by the audiology service once a year to check his hearing.")],
        ),
        Section(
            ("D",),
            "Part 4: My social care needs",
            [P("There are no social care needs related to Ethan's special educational needs.")],
        ),
        Section(
            ("E",),
            "Part 5: What I want to achieve",
            [
                Sub("Communication and interaction"),
                Bul([o[0]]),
                Sub("Cognition and learning"),
                Bul([o[1], o[2], o[3]]),
            ],
        ),
        Section(
            ("F",),
            "Part 6: The help I will get in school",
            [
                Sub("Communication and interaction"),
                Bul([pv[0]]),
                Sub("Cognition and learning"),
                Bul([pv[1], pv[2], pv[3], pv[4]]),
            ],
        ),
        Section(
            ("G",),
            "Part 7: The help I will get with my health",
            [P("An annual hearing check with the audiology service at the local hospital.")],
        ),
        Section(
            ("H",),
            "Part 8: The help I will get from social care",
            [P("No social care provision is needed.")],
        ),
        Section(
            ("I",),
            "Part 9: My school",
            [P("Castle Hill Academy, a mainstream secondary academy.")],
        ),
        Section(("J",), "Part 10: Personal budget", budget_none(n)),
        Section(
            ("K",),
            "Part 11: Advice and information used to write my plan",
            [advice(n, "father", "20 February 2025")],
        ),
    ]
    return Plan(
        name="h02_numbered_parts",
        fmt="docx",
        shape="Numbered parts with no section letters ('Part 1: All about me' ... 'Part 11'), "
        "Heading 1; single H; present-tense outcomes as bullets under area sub-headings (Heading "
        "3); F as bullets",
        council="Wyvern Vale Council",
        title="My Education, Health and Care Plan",
        front=[
            ("Name", "Ethan Price"),
            ("Date of birth", "18 October 2012"),
            ("Year group", "Year 7 (Year 8 from September 2025)"),
            ("Request for assessment received", "10 February 2025"),
            ("Date of final plan", "23 June 2025"),
        ],
        sections=sections,
        heading_style="h1",
        sub_style="h3",
        dates={"request": "2025-02-10", "issue": "2025-06-23"},
        planted=[
            (
                "T-NEED-NO-PROVISION",
                "Section B 'Sensory and physical': hearing loss, seating and noisy rooms have "
                "no provision in F or G",
            )
        ],
    )


# --------------------------------------------------------------------------- h03
def h03() -> Plan:
    n = "Leo"
    o = [
        Oc(
            "By July 2026 Leo will recognise and read the first 100 high-frequency words "
            "accurately.",
            True,
            True,
            True,
            label="Outcome 1: ",
        ),
        Oc(
            "By the end of Year 3, Leo will wait for his turn in a small-group game for 5 minutes "
            "without leaving the group, on 4 out of 5 occasions.",
            True,
            True,
            True,
            label="Outcome 2: ",
        ),
        Oc(
            "Leo will be supported to improve his handwriting.",
            False,
            False,
            False,
            label="Outcome 3: ",
        ),
        Oc(
            "By the end of the summer term 2026, Leo will get changed for PE on his own within "
            "10 minutes.",
            True,
            True,
            True,
            label="Outcome 4: ",
        ),
    ]
    pv = [
        Pv(
            "Precision teaching of high-frequency words",
            True,
            50,
            "1:1",
            "teaching assistant",
            cells=("10 minutes daily", "Teaching assistant", "1:1"),
        ),
        Pv(
            "Turn-taking and attention group",
            True,
            60,
            "4",
            "learning mentor",
            cells=("Twice weekly, 30 minutes", "Learning mentor", "4 pupils"),
        ),
        Pv(
            "Fine motor skills programme set by an occupational therapist",
            True,
            45,
            "1:1",
            "teaching assistant",
            cells=("3 x 15 minutes per week", "Teaching assistant", "1:1"),
        ),
        Pv(
            "Movement breaks",
            False,
            None,
            None,
            None,
            cells=("As needed", "Class staff", ""),
        ),
    ]
    sections = [
        Section(
            ("A",),
            "About me and what matters to me (Section A)",
            [
                Sub("What I like"),
                P("I like dinosaurs, Lego and playing tag with my brother."),
                Sub("What I find hard"),
                P("Reading is hard and sometimes I get cross when I lose a game."),
                Sub("My family say"),
                P(
                    "Leo is bright and curious. He needs more help with reading and with waiting his turn."
                ),
                Sub("How I was involved"),
                P(
                    "Leo talked to his teaching assistant using pictures; his answers are written as he said them."
                ),
            ],
        ),
        Section(
            ("B",),
            "My special educational needs (Section B)",
            [
                P(
                    "Leo has attention deficit hyperactivity disorder. He finds it hard to wait, "
                    "take turns and stay with a task for more than a few minutes."
                ),
                P(
                    "Leo is working well below the expected level in reading and has weak fine motor control, so handwriting is slow."
                ),
            ],
        ),
        Section(
            ("C",),
            "My health needs (Section C)",
            [
                P(
                    "Leo takes medication for attention deficit hyperactivity disorder each morning at home."
                )
            ],
        ),
        Section(
            ("D",),
            "My social care needs (Section D)",
            [P("No social care needs have been identified.")],
        ),
        Section(
            ("E",),
            "What I want to achieve (Section E)",
            [
                P("The outcomes below were agreed at the planning meeting on 3 March 2025."),
                P(o[0]),
                P(o[1]),
                P(o[2]),
                P(o[3]),
            ],
        ),
        Section(
            ("F",),
            "The help I will get (Section F)",
            [
                P("Below is the help the school will give Leo."),
                Tbl(["Provision", "Frequency", "Delivered by", "Group size"], pv),
            ],
        ),
        Section(
            ("G",),
            "Help with my health (Section G)",
            [P("Leo's general practitioner reviews his medication every six months.")],
        ),
        Section(
            ("H1", "H2"),
            "Social care provision (Sections H1 & H2)",
            [P("No social care provision is required.")],
        ),
        Section(
            ("I",),
            "Where I will learn (Section I)",
            [
                P(
                    "St Anne's Church of England Primary School, a mainstream voluntary aided primary school."
                )
            ],
        ),
        Section(("J",), "Personal budget (Section J)", budget_none(n)),
        Section(
            ("K",),
            "Advice and information (Section K)",
            [advice(n, "mother", "3 March 2025")],
        ),
    ]
    return Plan(
        name="h03_letter_at_end",
        fmt="docx",
        shape="Bold capitals headings with the letter at the end ('WHERE I WILL LEARN (SECTION "
        "I)'), combined 'SOCIAL CARE PROVISION (SECTIONS H1 & H2)'; labelled 'Outcome 1:' "
        "lines after a lead-in; F as a table Provision | Frequency | Delivered by | Group size "
        "after a lead-in sentence",
        council="Ashby Marsh Council",
        title="EDUCATION, HEALTH AND CARE PLAN",
        front=[
            ("Child's name", "Leo Brennan"),
            ("Date of birth", "2 December 2017"),
            ("School year", "Year 2 (Year 3 from September 2025)"),
            ("Date request received", "13 January 2025"),
            ("Date plan finalised", "26 May 2025"),
        ],
        sections=sections,
        heading_style="caps",
        sub_style="bold",
        dates={"request": "2025-01-13", "issue": "2025-05-26"},
        planted=[
            (
                "T-OUTCOME-NO-PROVISION",
                "Outcome 4 (getting changed for PE on his own) has no provision in F; B states "
                "no self-care need",
            )
        ],
    )


# --------------------------------------------------------------------------- h04
def h04() -> Plan:
    n = "Zara"
    o = [
        Oc(
            "By July 2026, Zara will use two-word phrases to ask for what she wants at snack time "
            "on 4 out of 5 days.",
            True,
            True,
            True,
        ),
        Oc(
            "By July 2026, Zara will count objects to 10 accurately in 3 different activities.",
            True,
            True,
            True,
        ),
        Oc(
            "By the end of Year 1, Zara will stay with an adult-led activity for 10 minutes with "
            "one reminder.",
            True,
            True,
            True,
        ),
        Oc(
            "By July 2026, Zara will take part in physiotherapy exercises at home and at school "
            "and walk the length of the playground without stopping.",
            True,
            True,
            True,
        ),
    ]
    pv = [
        Pv(
            "A teaching assistant will model two-word phrases during snack time and play for 20 "
            "minutes every day, using Zara's picture symbols.",
            True,
            100,
            None,
            "teaching assistant",
        ),
        Pv(
            "Small-group number work with the class teacher three times a week for 20 minutes, "
            "in a group of up to 4 children.",
            True,
            60,
            "4",
            "class teacher",
        ),
        Pv(
            "An adult will use a now-and-next board with Zara for every adult-led activity.",
            True,
            None,
            None,
            "adult",
        ),
    ]
    grid_header = [
        "Special educational needs (Section B)",
        "Special educational provision (Section F)",
        "Outcomes (Section E)",
    ]
    sections = [
        Section(
            ("A",),
            "Section A1: About me - my history and how I communicate",
            [
                P(
                    "Zara was born early and was slow to start talking. She lives with her mum, dad and baby brother."
                ),
                P(
                    "Zara uses single words, pointing and picture symbols to tell people what she wants."
                ),
            ],
        ),
        Section(
            ("A",),
            "Section A2: My views, interests, strengths and aspirations",
            [
                P("Zara loves bubbles, singing and the climbing frame."),
                P(
                    "Her parents hope she will make friends and talk in sentences by the time she is seven."
                ),
                P("This section was written by Zara's parents with the early years teacher."),
            ],
        ),
        Section(
            ("B", "F", "E"),
            "Sections B, F and E: My needs, the support I will get and what I will achieve",
            [
                Grid(
                    "Communication and interaction",
                    grid_header,
                    ("B", "F", "E"),
                    [
                        [
                            "Zara speaks in single words and finds it hard to ask for help.",
                            pv[0],
                            o[0],
                        ]
                    ],
                ),
                Grid(
                    "Cognition and learning",
                    grid_header,
                    ("B", "F", "E"),
                    [
                        ["Zara is at an early stage with number and can count to 5.", pv[1], o[1]],
                        [
                            "Zara's attention to adult-led tasks lasts about two minutes.",
                            pv[2],
                            o[2],
                        ],
                    ],
                ),
            ],
        ),
        Section(
            ("C", "G", "E"),
            "Sections C, G and E: My health needs, health provision and outcomes",
            [
                Grid(
                    "Sensory and physical",
                    [
                        "Health needs (Section C)",
                        "Health provision (Section G)",
                        "Outcomes (Section E)",
                    ],
                    ("C", "G", "E"),
                    [
                        [
                            "Zara has low muscle tone and tires quickly when walking.",
                            "The NHS physiotherapist will review Zara each term and give the "
                            "school and family an exercise programme.",
                            o[3],
                        ],
                        [
                            "Zara's speech is unclear and she has a language delay.",
                            "Speech and language therapy: the NHS speech and language therapist "
                            "will see Zara in school for six 30-minute sessions each term and "
                            "train her teaching assistant to deliver her language programme.",
                            "",
                        ],
                    ],
                )
            ],
        ),
        Section(
            ("D", "H1", "H2", "E"),
            "Sections D, H1, H2 and E: Social care",
            [
                Grid(
                    "Social care",
                    [
                        "Social care needs (Section D)",
                        "Provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 (Section H1)",
                        "Other social care provision (Section H2)",
                        "Outcomes (Section E)",
                    ],
                    ("D", "H1", "H2", "E"),
                    [
                        [
                            "Zara has no social care needs at present.",
                            "None required.",
                            "None required.",
                            "",
                        ]
                    ],
                )
            ],
        ),
        Section(
            ("I",),
            "Section I: Placement",
            [P("Meadowbank Infant School, a mainstream maintained infant school.")],
        ),
        Section(("J",), "Section J: Personal budget", budget_none(n)),
        Section(
            ("K",),
            "Section K: Advice and information",
            [
                Tbl(
                    ["Date", "Advice from", "Appended"],
                    [
                        ["2 April 2025", "Zara's parents", "Yes"],
                        [
                            "4 April 2025",
                            "Early years teacher and special educational needs co-ordinator (educational advice)",
                            "Yes",
                        ],
                        ["7 April 2025", "Community paediatrician (medical advice)", "Yes"],
                        ["9 April 2025", "Educational psychologist (psychological advice)", "Yes"],
                        ["10 April 2025", "Children's social care (social care advice)", "Yes"],
                    ],
                )
            ],
        ),
    ]
    return Plan(
        name="h04_national_template",
        fmt="docx",
        shape="DfE standardised-template shape: A1/A2, per-area tables with a shaded title row "
        "and columns B | F | E, a C | G | E health table, a D | H1 | H2 | E social care table, "
        "K as a Date | Advice from | Appended table",
        council="Kingsmere City Council",
        title="Education, Health and Care Plan",
        front=[
            ("Name", "Zara Ahmed"),
            ("Date of birth", "30 June 2020"),
            ("Year group", "Reception (Year 1 from September 2025)"),
            ("Date of request for EHC needs assessment", "3 March 2025"),
            ("Date of issue of final EHC plan", "14 July 2025"),
        ],
        sections=sections,
        heading_style="h1",
        sub_style="h2",
        dates={"request": "2025-03-03", "issue": "2025-07-14"},
        planted=[
            (
                "G-THERAPY-IN-HEALTH",
                "Speech and language therapy (direct sessions and training) written in the "
                "Section G column of the health table",
            )
        ],
    )


# --------------------------------------------------------------------------- h05
def h05() -> Plan:
    n = "Noah"
    o = [
        Oc(
            "Independent travel to college by bus, on the route practised, by July 2026",
            True,
            True,
            True,
        ),
        Oc(
            "Four Saturdays of work experience at the garden centre before the end of Year 11 "
            "(July 2026)",
            True,
            True,
            True,
        ),
        Oc("Improved self-esteem", False, False, False),
        Oc(
            "10 hours a week of teaching assistant time",
            False,
            False,
            False,
            provision_as_outcome=True,
        ),
        Oc(
            "A grade 4 or above in GCSE English Language in summer 2026",
            True,
            True,
            True,
        ),
    ]
    pv = [
        Pv(
            "Travel training",
            True,
            120,
            "1:1",
            "independent travel trainer",
            cells=(
                "A two-hour session once a week for one term",
                "Independent travel trainer",
                "1:1",
            ),
        ),
        Pv(
            "Careers guidance and work experience planning",
            True,
            None,
            "1:1",
            "careers adviser",
            cells=("Three 45-minute meetings over the year", "Qualified careers adviser", "1:1"),
        ),
        Pv(
            "English booster lessons",
            True,
            100,
            "6",
            "English teacher",
            cells=("Two 50-minute lessons each week", "English teacher", "Group of 6"),
        ),
        Pv(
            "In-class support in English, mathematics and science",
            True,
            600,
            None,
            "teaching assistant",
            cells=("Ten hours per week", "Teaching assistant", "Shared with two other students"),
        ),
        Pv(
            "Mentoring",
            False,
            None,
            None,
            None,
            cells=("Up to 1 hour a week", "Key adult", ""),
        ),
        Pv(
            "Counselling for self-esteem",
            True,
            45,
            "1:1",
            "school counsellor",
            cells=("Weekly, 45 minutes, for 10 weeks", "School counsellor", "1:1"),
        ),
    ]
    head = ["Support", "How often and for how long", "Who will provide it", "Group size"]
    sections = [
        Section(
            ("A",),
            "My views, interests and aspirations",
            [
                Sub("About me"),
                P("I'm Noah. I like gardening, fixing bikes and being outside."),
                Sub("What I want for my future"),
                P(
                    "I want to go to college to study horticulture and get a job in a garden centre."
                ),
                Sub("What my parents and carers think"),
                P(
                    "We want Noah to be able to get around on his own and to leave school with qualifications."
                ),
                Sub("Views of the professionals who work with me"),
                P(
                    "His tutor notes that Noah is reliable and practical and does best with hands-on tasks."
                ),
            ],
        ),
        Section(
            ("B",),
            "My special educational needs",
            [
                P(
                    "Noah has a moderate learning difficulty. He reads at about a 10-year-old level and finds new routes and places confusing."
                ),
                P("Noah has low self-esteem and often says he is 'stupid'."),
            ],
        ),
        Section(("C",), "My health needs", [P("Noah has asthma, managed with an inhaler.")]),
        Section(("D",), "My social care needs", [P("Noah has no social care needs.")]),
        Section(
            ("E",),
            "My outcomes",
            [
                Sub("Employment and education"),
                Bul([o[1], o[4]]),
                Sub("Independent living"),
                Bul([o[0], o[3]]),
                Sub("Health"),
                Bul([o[2]]),
            ],
        ),
        Section(
            ("F",),
            "My special educational provision",
            [Tbl(head, pv)],
        ),
        Section(
            ("G",),
            "My health provision",
            [P("Noah's asthma plan is reviewed by the practice nurse once a year.")],
        ),
        Section(("H",), "My social care provision", [P("None.")]),
        Section(
            ("I",),
            "My school or college",
            [P("Riverside High School, a mainstream community secondary school.")],
        ),
        Section(("J",), "My personal budget", budget_none(n)),
        Section(
            ("K",),
            "Advice and information used to write my plan",
            [advice(n, "parents", "28 January 2025", skip=("psychological",), pfa=True)],
        ),
    ]
    return Plan(
        name="h05_unlettered_shaded",
        fmt="docx",
        shape="Unlettered 'My ...' titles in shaded single-cell table rows; PfA noun-phrase "
        "outcomes under PfA sub-headings, one a resource (provision as outcome); F as a table "
        "Support | How often and for how long | Who | Group size with amounts in words and an "
        "'up to'",
        council="Holmewood District Council",
        title="Education, Health and Care Plan - Noah Fielding",
        front=[
            ("Name", "Noah Fielding"),
            ("Date of birth", "9 January 2010"),
            ("Year group", "Year 10"),
            ("Date of request", "27 January 2025"),
            ("Date final plan issued", "9 June 2025"),
        ],
        sections=sections,
        heading_style="shaded",
        sub_style="bold",
        dates={"request": "2025-01-27", "issue": "2025-06-09"},
        planted=[
            (
                "K-ADVICE-MISSING",
                "Section K lists no psychological advice from an educational psychologist",
            )
        ],
    )


# --------------------------------------------------------------------------- h06
def h06() -> Plan:
    n = "Amelia"
    o = [
        Oc(
            "Amelia will read aloud a Year 6 text at 90 words per minute with 95% accuracy.",
            True,
            True,
            True,
            by_when="July 2026",
        ),
        Oc(
            "Amelia will solve two-step word problems, getting 7 out of 10 correct.",
            True,
            True,
            True,
            by_when="End of spring term 2026",
        ),
        Oc(
            "Amelia will manage her feelings better.",
            False,
            False,
            False,
            by_when="Ongoing",
        ),
        Oc(
            "Amelia will write a paragraph of at least 5 sentences legibly using a pen grip.",
            True,
            True,
            True,
            by_when="December 2025",
        ),
    ]
    pv = [
        Pv(
            "Amelia will take part in a reading fluency programme with a trained teaching "
            "assistant, in three 20-minute sessions each week, one to one.",
            True,
            60,
            "1:1",
            "teaching assistant",
        ),
        Pv(
            "A specialist maths teacher will teach Amelia in a group of three for one hour a week.",
            True,
            60,
            "3",
            "specialist maths teacher",
        ),
        Pv(
            "The educational psychologist will carry out a two-hour assessment of Amelia's "
            "learning each year and advise staff.",
            True,
            None,
            None,
            "educational psychologist",
        ),
        Pv(
            "Amelia will meet her learning mentor for a 15-minute check-in every morning.",
            True,
            75,
            "1:1",
            "learning mentor",
        ),
        Pv(
            "Staff should offer emotional support where appropriate.",
            False,
            None,
            None,
            None,
        ),
    ]
    sections = [
        Section(
            ("A",),
            "Section A – All About Me",
            [
                Sub("What I enjoy"),
                P("I like netball, baking with my auntie and watching cooking shows."),
                Sub("What is working well"),
                P("I like my new maths group because it is quiet."),
                Sub("What is not working well"),
                P("I get upset when I can't finish my work and people see."),
                Sub("My history"),
                P(
                    "Amelia was a confident reader of picture books in Reception but fell behind "
                    "in Year 2, when her class moved on to longer texts. Her teachers noticed that "
                    "she avoided reading aloud and often copied answers from the pupil next to "
                    "her. She was assessed by a specialist teacher in Year 4 and identified as "
                    "having dyslexia. Since then she has had a reading group in school, which she "
                    "says helped at first, but she now feels she is the only one in her class who "
                    "still needs it."
                ),
                P(
                    "Outside school Amelia plays netball for a local club on Saturday mornings "
                    "and helps her auntie run a cake stall at the market once a month. She is "
                    "proud that she can work out the change for customers."
                ),
                Sub("My mum's views"),
                P("I want Amelia to enjoy school again and be ready for secondary school."),
                P(
                    "I have seen her confidence drop over the last two years. She says she is "
                    "stupid, which breaks my heart, because she is clever and thoughtful. I would "
                    "like her teachers to understand how hard she works to keep up and how tired "
                    "she is at the end of the day. Homework often ends in tears."
                ),
            ],
        ),
        Section(
            ("B",),
            "Section B – My Special Educational Needs",
            [
                P("Amelia has dyslexia and reads slowly, which makes all subjects hard work."),
                P("She finds problem solving in maths difficult and has weak handwriting."),
                P("When she feels she is failing she becomes upset and leaves the classroom."),
                P(
                    "The specialist teacher's assessment in November 2024 found that Amelia's "
                    "single-word reading is at the level expected of a child about two and a half "
                    "years younger, and that her reading speed is well below average. Her "
                    "understanding of what is read to her is in the average range, which shows "
                    "that her difficulty lies in decoding rather than in understanding language."
                ),
                P(
                    "In mathematics Amelia knows most of her number facts but struggles when a "
                    "problem is written in words, because she must first read it and then decide "
                    "which operation to use. She can explain her reasoning well when a question is "
                    "read to her."
                ),
                P(
                    "Amelia's handwriting is large and uneven, and she holds her pencil in a tight "
                    "fist grip, which makes her hand ache after a few minutes of writing."
                ),
            ],
        ),
        Section(
            ("C",),
            "Section C – My Health Needs",
            [
                P(
                    "Amelia had repeated ear infections and glue ear between the ages of two and "
                    "four, and grommets were fitted when she was three. Her hearing was last "
                    "tested in September 2024 and is now within the normal range in both ears. "
                    "The audiologist advised that no further checks are needed unless her parents "
                    "or teachers notice a change. Amelia wears glasses for reading, prescribed by "
                    "her optician in 2023, and she should be reminded to bring them to school. "
                    "She has no other health needs related to her special educational needs, and "
                    "she takes no regular medication."
                )
            ],
        ),
        Section(
            ("D",),
            "Section D – My Social Care Needs",
            [P("No social care needs have been identified at this time.")],
        ),
        Section(
            ("E",),
            "Section E – My Outcomes",
            [Tbl(["Outcome", "By when"], o)],
        ),
        Section(
            ("F",),
            "Section F – Special Educational Provision",
            [P(pv[0]), P(pv[1]), P(pv[2]), P(pv[3]), P(pv[4])],
        ),
        Section(
            ("G",),
            "Section G – Health Provision",
            [
                P(
                    "An occupational therapist will deliver a 30-minute handwriting and fine motor "
                    "programme with Amelia in school every week for two terms."
                )
            ],
        ),
        Section(
            ("H1", "H2"),
            "Sections H1 & H2 – Social Care Provision",
            [P("No social care provision is required.")],
        ),
        Section(
            ("I",), "Section I – Placement", [P("Greenway Primary School, a mainstream academy.")]
        ),
        Section(("J",), "Section J – Personal Budget", budget_none(n)),
        Section(("K",), "Section K – Advice and Information", [advice(n, "mother", "2 May 2025")]),
    ]
    return Plan(
        name="h06_running_headers",
        fmt="pdf",
        shape="Case-management PDF export: OFFICIAL-SENSITIVE / council / 'Page x of y' on "
        "every page, 'Section A – All About Me' bold headings, combined 'Sections H1 & H2'; "
        "E as an Outcome | By when table; F as prose with amounts in words",
        council="Harrowgate Borough Council",
        title="Education, Health and Care Plan",
        front=[
            ("Name", "Amelia Hart"),
            ("Date of birth", "21 March 2015"),
            ("Year group", "Year 5 (Year 6 from September 2025)"),
            ("Date of request for assessment", "13 January 2025"),
            ("Date final plan issued", "21 July 2025"),
        ],
        sections=sections,
        heading_style="plain",
        running_header=True,
        dates={"request": "2025-01-13", "issue": "2025-07-21"},
        planted=[
            ("D-LATE-20-WEEKS", "Requested 13 January 2025, issued 21 July 2025: 27 weeks"),
            (
                "G-THERAPY-IN-HEALTH",
                "Occupational therapy handwriting programme (educates) written in Section G",
            ),
        ],
    )


# --------------------------------------------------------------------------- h07
def h07() -> Plan:
    n = "Isla"
    o = [
        Oc(
            "Isla will join in a conversation with two friends, taking at least 3 turns, by the "
            "end of Y4 (July 2026).",
            True,
            True,
            True,
        ),
        Oc(
            "Isla will know her 2, 5 and 10 times tables and answer 9 out of 10 quick-fire "
            "questions correctly by the end of the autumn term.",
            True,
            True,
            True,
        ),
        Oc(
            "Isla will use her calm-down plan when she feels overwhelmed, needing no more than one "
            "adult prompt, within 6 weeks of starting the plan.",
            True,
            True,
            True,
        ),
        Oc("Isla will become more independent.", False, False, False),
    ]
    pv = [
        Pv(
            "Talk group to practise conversation skills",
            True,
            30,
            "4",
            "teaching assistant",
            cells=(
                "Once a week, 30 minutes",
                "Teaching assistant trained by the speech and language therapist",
                "4",
            ),
        ),
        Pv(
            "Times-table practice using a structured programme",
            True,
            50,
            "2",
            "teaching assistant",
            cells=("10 minutes every day", "Teaching assistant", "Pair"),
        ),
        Pv(
            "Calm-down plan taught and rehearsed",
            True,
            40,
            "1:1",
            "emotional literacy support assistant",
            cells=(
                "Two 20-minute sessions per week",
                "Emotional literacy support assistant",
                "1:1",
            ),
        ),
        Pv(
            "Independence skills opportunities",
            False,
            None,
            None,
            None,
            cells=("Regularly", "School staff", "Small group"),
        ),
    ]
    sections = [
        Section(
            ("A",),
            "Section A: The views, interests and aspirations of Isla and her family",
            [
                Tbl(
                    ["Question", "Answer"],
                    [
                        ["What do you like doing?", "I like gymnastics and making slime."],
                        [
                            "What would you like to be when you are older?",
                            "A vet or a gymnastics coach.",
                        ],
                        [
                            "What do your parents think?",
                            "We would like Isla to be calmer at school and to have more friends.",
                        ],
                        [
                            "Who helped to write this?",
                            "Isla and her parents, with the SENCo, in April 2025.",
                        ],
                    ],
                )
            ],
        ),
        Section(
            ("B",),
            "Section B: Special educational needs",
            [
                Sub("Communication and interaction"),
                P(
                    "Isla is autistic. She finds back-and-forth conversation with other children hard."
                ),
                Sub("Cognition and learning"),
                P("Isla has difficulty remembering number facts."),
                Sub("Social, emotional and mental health"),
                P("Isla becomes overwhelmed in busy, noisy places and may run out of the room."),
            ],
        ),
        Section(
            ("C",),
            "Section C: Health needs",
            [P("Isla has no health needs related to her special educational needs.")],
        ),
        Section(("D",), "Section D: Social care needs", [P("No social care needs.")]),
        Section(
            ("E",),
            "Section E: Outcomes",
            [
                Sub("Communication and interaction"),
                Bul([o[0]]),
                Sub("Cognition and learning"),
                Bul([o[1]]),
                Sub("Social, emotional and mental health"),
                Bul([o[2], o[3]]),
            ],
        ),
        Section(
            ("F",),
            "Section F: Special educational provision",
            [Tbl(["Provision", "Frequency", "Delivered by", "Group size"], pv)],
        ),
        Section(("G",), "Section G: Health provision", [P("No health provision is required.")]),
        Section(("H1",), "Section H1: Social care provision (CSDPA 1970 section 2)", [P("None.")]),
        Section(("H2",), "Section H2: Other social care provision", [P("None.")]),
        Section(
            ("I",),
            "Section I: Placement",
            [P("Oakfield Primary School, a mainstream maintained primary school.")],
        ),
        Section(("J",), "Section J: Personal budget", budget_none(n)),
        Section(
            ("K",),
            "Section K: Advice and information",
            [advice(n, "parents", "22 April 2025", skip=("psychological",))],
        ),
    ]
    return Plan(
        name="h07_draft_tables",
        fmt="pdf",
        shape="Table-heavy DRAFT PDF: each heading in a shaded one-cell table, Section A as a "
        "Question | Answer table, outcomes as bullets under area sub-headings with 'Y4', "
        "'autumn term', 'within 6 weeks'; F as a Provision | Frequency | Delivered by | Group "
        "size table",
        council="Selby Downs Council",
        title="DRAFT Education, Health and Care Plan",
        front=[
            ("Name", "Isla Morgan"),
            ("Date of birth", "15 August 2017"),
            ("Year group", "Year 3 (Year 4 from September 2025)"),
            ("Date of request", "17 March 2025"),
            ("Date of draft plan", "16 June 2025"),
            ("Plan status", "DRAFT"),
        ],
        sections=sections,
        heading_style="table",
        status="draft",
        dates={"request": "2025-03-17", "draft": "2025-06-16"},
        planted=[
            ("I-DRAFT-NAMES-SETTING", "A plan marked DRAFT names Oakfield Primary School in I"),
            ("K-ADVICE-MISSING", "Section K lists no advice from the educational psychologist"),
        ],
    )


# --------------------------------------------------------------------------- h08
def h08() -> Plan:
    n = "Kai"
    o = [
        Oc(
            "By July 2026, Kai will complete the Level 1 Certificate in Catering at college.",
            True,
            True,
            True,
        ),
        Oc(
            "Kai plans and cooks a two-course meal for his family once a week with no help by "
            "the end of his second college year (July 2026).",
            True,
            True,
            True,
        ),
        Oc(
            "By Easter 2026, Kai will travel from home to college by train on his own every "
            "college day.",
            True,
            True,
            True,
        ),
        Oc(
            "Kai will go to a youth club or sports club of his choice at least twice a month by "
            "December 2025.",
            True,
            True,
            True,
        ),
        Oc("Kai will continue to develop his cooking skills.", False, False, False),
    ]
    pv = [
        Pv(
            "Kai will have 1:1 support from a learning support assistant for 6 hours a week in "
            "his practical catering sessions.",
            True,
            360,
            "1:1",
            "learning support assistant",
        ),
        Pv(
            "Two 30-minute sessions a week with a study skills tutor to plan assignments.",
            True,
            60,
            "1:1",
            "study skills tutor",
        ),
        Pv(
            "Travel training by the college's independent travel trainer: one 90-minute session a "
            "week until Kai travels independently.",
            True,
            90,
            "1:1",
            "independent travel trainer",
        ),
        Pv(
            "A weekly 1-hour independent living skills session in the college training flat, in "
            "a group of 4 students, with a lecturer.",
            True,
            60,
            "4",
            "lecturer",
        ),
        Pv(
            "Opportunities to take part in enrichment activities.",
            False,
            None,
            None,
            None,
        ),
    ]
    sections = [
        Section(
            ("A",),
            "A – About me",
            [
                Sub("My story"),
                P("I'm Kai, I'm 17 and I go to Northgate College. I have Down's syndrome."),
                Sub("What I want in the future"),
                P("I want to be a chef and live in a flat with my friends one day."),
                Sub("What my mum thinks"),
                P("I am proud of how grown up Kai has become. I worry about him travelling alone."),
            ],
        ),
        Section(
            ("B",),
            "B – My special educational needs",
            [
                P(
                    "Kai learns best through practical tasks and needs new skills broken into small steps."
                ),
                P("Kai needs help to plan written work and to keep track of deadlines."),
                P("Kai is not yet able to travel or cook on his own."),
            ],
        ),
        Section(
            ("C",),
            "C – My health needs",
            [P("Kai has a heart condition that is checked by a cardiologist each year.")],
        ),
        Section(
            ("D",),
            "D – My social care needs",
            [P("Kai would like more time with friends outside college.")],
        ),
        Section(
            ("E",),
            "E – My outcomes",
            [
                Sub("Employment"),
                Bul([o[0]]),
                Sub("Independent living"),
                Bul([o[1], o[2]]),
                Sub("Friends, relationships and community"),
                Bul([o[3], o[4]]),
            ],
        ),
        Section(("F",), "F – Special educational provision", [Bul(pv)]),
        Section(
            ("G",), "G – Health provision", [P("An annual review with the cardiology clinic.")]
        ),
        Section(
            ("H1",),
            "H1 – Social care provision (Chronically Sick and Disabled Persons Act 1970)",
            [P("None required.")],
        ),
        Section(
            ("H2",),
            "H2 – Other social care provision",
            [
                P(
                    "A personal assistant for 4 hours each fortnight to support Kai to attend a youth club of his choice."
                )
            ],
        ),
        Section(
            ("I",), "I – Placement", [P("Northgate College, a general further education college.")]
        ),
        Section(
            ("J",),
            "J – Personal budget",
            [P("Kai's mother has requested a direct payment for the personal assistant in H2.")],
        ),
        Section(
            ("K",), "K – Advice and information", [advice(n, "mother", "5 February 2025", pfa=True)]
        ),
    ]
    return Plan(
        name="h08_young_person_pdf",
        fmt="pdf",
        shape="Word-export PDF, bare page numbers, letter-dash headings 'A – About me' ... 'H1 – "
        "...'; PfA outcomes (will and present tense) under PfA sub-headings; F as bullets",
        council="Tyneford Council",
        title="Education, Health and Care Plan: Kai Robinson",
        front=[
            ("Name", "Kai Robinson"),
            ("Date of birth", "3 November 2007"),
            ("Year group", "Year 12 (college)"),
            ("Date of request for assessment", "20 January 2025"),
            ("Date final plan issued", "2 June 2025"),
        ],
        front_as_table=False,
        sections=sections,
        heading_style="plain",
        dates={"request": "2025-01-20", "issue": "2025-06-02"},
    )


# --------------------------------------------------------------------------- h09
def h09() -> Plan:
    n = "Ruby"
    o = [
        Oc(
            "Ruby will blend and read 20 three-letter words this term.",
            True,
            True,
            True,
            label="My goal: ",
        ),
        Oc(
            "Ruby will write her first name and surname without a model by the end of Y2.",
            True,
            True,
            True,
            label="My goal: ",
        ),
        Oc(
            "Ruby will ask a friend to play at lunchtime on 3 days each week by the end of the "
            "autumn term.",
            True,
            True,
            True,
            label="My goal: ",
        ),
        Oc("Ruby will be happier at school.", False, False, False, label="My goal: "),
    ]
    pv = [
        Pv(
            "Phonics catch-up in 20-minute sessions four times a week with a trained teaching "
            "assistant, in a group of 3.",
            True,
            80,
            "3",
            "teaching assistant",
        ),
        Pv(
            "Handwriting practice for 10 minutes each day with the class teaching assistant.",
            True,
            50,
            None,
            "teaching assistant",
        ),
        Pv(
            "A lunchtime buddy club run by the learning mentor on Mondays, Wednesdays and Fridays "
            "for 30 minutes.",
            True,
            90,
            None,
            "learning mentor",
        ),
        Pv(
            "The class teacher will meet Ruby's parents each half term to review her progress.",
            True,
            None,
            None,
            "class teacher",
        ),
    ]
    sections = [
        Section(
            ("A",),
            "Section A: About me",
            [
                Sub("What I am good at"),
                P("I am good at singing and I can do a cartwheel."),
                Sub("What I want to get better at"),
                P("I want to read books by myself."),
                Sub("What my parents and carers say"),
                P(
                    "Ruby is a happy girl at home. We would love her to have a friend to play with at school."
                ),
                Sub("Who completed this section?"),
                P("Ruby and her mum with the class teacher."),
            ],
        ),
        Section(
            ("E",),
            "Section E: Outcomes, including Preparing for Adulthood outcomes for Yr9 onwards",
            [
                P("These are the things Ruby is working towards."),
                P(o[0]),
                P(o[1]),
                P(o[2]),
                P(o[3]),
            ],
        ),
        Section(
            ("B",),
            "Section B: My Special Educational Needs",
            [
                P(
                    "Ruby has a specific difficulty learning letter sounds and blending them to read words."
                ),
                P("Her fine motor skills are weak and forming letters is hard for her."),
                P("Ruby is shy and does not yet join other children in play without help."),
            ],
        ),
        Section(
            ("C",),
            "Section C: My Health Needs",
            [P("Ruby has no health needs relating to her special educational needs.")],
        ),
        Section(
            ("D",),
            "Section D: My Social Care Needs",
            [P("No social care needs have been identified.")],
        ),
        Section(
            ("F",),
            "Section F: Special Education Provision required to meet needs and achieve outcomes",
            [Bul(pv)],
        ),
        Section(
            ("G",),
            "Section G: Health Provision required to meet needs and achieve outcomes",
            [P("No health provision is required.")],
        ),
        Section(
            ("H1", "H2"),
            "Section H: Care Provision required to meet needs and achieve outcomes (sections H1 and H2)",
            [P("No social care provision is required.")],
        ),
        Section(
            ("I",),
            "Section I: Name and type of Education Placement and arrangements for review",
            [
                P(
                    "Hillside Infant School, a mainstream maintained infant school. The plan will be reviewed within 12 months."
                )
            ],
        ),
        Section(
            ("J",),
            "Section J: Personal Budget including arrangements for direct payments",
            budget_none(n),
        ),
        Section(
            ("K",),
            "Section K: Advice and Information gathered",
            [advice(n, "mother", "11 February 2025")],
        ),
    ]
    return Plan(
        name="h09_e_before_b",
        fmt="docx",
        shape="Sections out of order (E before B), Heading 2 headings in the long 'Section F: "
        "Special Education Provision required to meet needs and achieve outcomes' form, single "
        "'Section H: ... (sections H1 and H2)'; 'My goal:' labelled outcomes with 'this term', "
        "'Y2', 'autumn term'; F bullets",
        council="Eastmoor County Council",
        title="Education, Health and Care Plan",
        front=[
            ("Name", "Ruby Clarke"),
            ("Date of birth", "1 February 2019"),
            ("Year group", "Year 1 (Year 2 from September 2025)"),
            ("Date request received", "3 February 2025"),
            ("Date of final plan", "16 June 2025"),
        ],
        sections=sections,
        heading_style="h2",
        sub_style="bold",
        dates={"request": "2025-02-03", "issue": "2025-06-16"},
    )


# --------------------------------------------------------------------------- h10
def h10() -> Plan:
    n = "Finley"
    o = [
        Oc(
            "By the end of Year 7 (July 2026), Finley will type at 20 words per minute so that he "
            "can record his work in all lessons.",
            True,
            True,
            True,
        ),
        Oc(
            "By February 2026, Finley will use a written plan to write a 300-word essay in "
            "English.",
            True,
            True,
            True,
        ),
        Oc(
            "By July 2026, Finley will make a simple hot meal at home, following a recipe card, "
            "with no adult help.",
            True,
            True,
            True,
        ),
        Oc(
            "Finley will have a better understanding of his learning.",
            False,
            False,
            False,
        ),
    ]
    pv = [
        Pv(
            "Finley will have a touch-typing programme for 20 minutes three times a week, "
            "supervised by a teaching assistant.",
            True,
            60,
            None,
            "teaching assistant",
        ),
        Pv(
            "A laptop will be provided for all lessons and examinations.",
            None,
            None,
            None,
            None,
        ),
        Pv(
            "A specialist teacher for specific learning difficulties will teach Finley essay "
            "planning for 1 hour each fortnight in a group of 2.",
            True,
            30,
            "2",
            "specialist teacher",
        ),
    ]
    sections = [
        Section(
            ("A",),
            "Section A – The views, interests and aspirations of the child and his or her parents",
            [
                Sub("My views"),
                P("I like history and drawing comics. I want to be an illustrator."),
                Sub("My parents' views"),
                P(
                    "We want Finley to be able to show what he knows without writing holding him back."
                ),
            ],
        ),
        Section(
            ("B",),
            "Section B – The child or young person's special educational needs",
            [
                Sub("Cognition and learning"),
                P(
                    "Finley has dyslexia and dyspraxia. Handwriting is slow and he finds it hard to organise longer pieces of writing."
                ),
                Sub("Social, emotional and mental health"),
                P(
                    "Finley has high levels of anxiety about school. He has panic attacks before "
                    "tests and has missed lessons because he is afraid to go in."
                ),
            ],
        ),
        Section(
            ("C",),
            "Section C – The child or young person's health needs which are related to their special educational needs",
            [P("Finley's dyspraxia was diagnosed by the community paediatrician in 2022.")],
        ),
        Section(
            ("D",),
            "Section D – The child or young person's social care needs which are related to their special educational needs or to a disability",
            [P("No social care needs.")],
        ),
        Section(
            ("E",),
            "Section E – The outcomes sought for the child or young person",
            [Bul(o)],
        ),
        Section(
            ("F",),
            "Section F – The special educational provision required by the child or young person",
            [P("The following provision will be made for Finley."), Bul(pv)],
        ),
        Section(
            ("G",),
            "Section G – Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
            [P("No health provision is required.")],
        ),
        Section(
            ("H1", "H2"),
            "Section H – Any social care provision which must be made for the child or young person (H1 and H2)",
            [P("No social care provision is required.")],
        ),
        Section(
            ("I",),
            "Section I – The name and type of school or other institution to be attended",
            [P("Marlow Park School, a mainstream foundation secondary school.")],
        ),
        Section(
            ("J",),
            "Section J – Personal budget and direct payments",
            budget_none(n),
        ),
        Section(
            ("K",),
            "Section K – Advice and information",
            [advice(n, "parents", "19 November 2024")],
        ),
    ]
    return Plan(
        name="h10_code_sentences_bold",
        fmt="docx",
        shape="Bold Normal headings (no styles) written as long Code of Practice sentences, "
        "single 'Section H ... (H1 and H2)'; E as plain bullets; F bullets after a lead-in",
        council="Greyford Council",
        title="Education, Health and Care Plan",
        front=[
            ("Name", "Finley Shaw"),
            ("Date of birth", "12 July 2014"),
            ("Year group", "Year 6 (Year 7 from September 2025)"),
            ("Date of request for an EHC needs assessment", "4 November 2024"),
            ("Date final EHC plan issued", "12 May 2025"),
        ],
        front_as_table=False,
        sections=sections,
        heading_style="bold",
        sub_style="bold",
        dates={"request": "2024-11-04", "issue": "2025-05-12"},
        planted=[
            (
                "T-NEED-NO-PROVISION",
                "Section B 'Social, emotional and mental health' (anxiety, panic attacks) has no provision",
            ),
            (
                "T-OUTCOME-NO-PROVISION",
                "Outcome 3 (making a hot meal at home) has no provision in F",
            ),
            ("D-LATE-20-WEEKS", "Requested 4 November 2024, issued 12 May 2025: 27 weeks"),
        ],
    )


# --------------------------------------------------------------------------- non-EHCPs
def n01() -> Plan:
    prose = [
        ("h", "SEN Support Plan"),
        ("p", "School: Linden Lea Primary School. Pupil: Harper Quinn, Year 3."),
        (
            "p",
            "This plan records the support Harper receives at SEN Support under the graduated approach: assess, plan, do, review. It is not an Education, Health and Care plan.",
        ),
        ("h2", "About me"),
        ("p", "I like swimming and my rabbit. I find reading tricky."),
        ("h2", "My strengths and needs"),
        ("p", "Harper has good spoken vocabulary. She is behind in reading and spelling."),
        ("h2", "Outcomes for this term"),
        (
            "b",
            "Harper will read 30 common exception words correctly by the end of the spring term.",
        ),
        ("b", "Harper will spell 10 of her weekly words correctly."),
        ("h2", "Provision"),
        ("b", "Daily 15-minute reading practice with a teaching assistant."),
        ("b", "Weekly spelling group, 20 minutes, group of 5."),
        ("h2", "Review of last term's outcomes"),
        (
            "p",
            "Harper met one of her two outcomes. If progress remains slow the school may consider asking the local authority for an EHC needs assessment.",
        ),
        ("h2", "Next review"),
        ("p", "The plan will be reviewed with Harper's parents in March."),
    ]
    return Plan(
        name="n01_sen_support_plan",
        fmt="docx",
        shape="A school's SEN Support Plan with a review of outcomes: talks about outcomes, "
        "provision and EHC needs assessment but has no A-K structure",
        council="",
        title="SEN Support Plan",
        front=[],
        sections=[],
        is_ehcp=False,
        prose=prose,
    )


def n02() -> Plan:
    prose = [
        ("bold", "Cobbleford County Council - SEND Statutory Assessment Team"),
        ("p", "County Hall, Market Street, Cobbleford"),
        ("p", "18 June 2025"),
        ("p", "Dear Mr and Mrs Lowe,"),
        (
            "bold",
            "Re: Jacob Lowe - decision following the education, health and care needs assessment",
        ),
        (
            "p",
            "Thank you for your contributions to Jacob's education, health and care needs assessment. The local authority has decided to issue an Education, Health and Care plan for Jacob.",
        ),
        (
            "p",
            "A draft plan is enclosed. You have 15 days to tell us your views on the draft and to ask for a particular school to be named in Section I. Section I of the draft has been left blank, as the law requires.",
        ),
        (
            "p",
            "Please check Section B, which describes Jacob's special educational needs, and Section F, which sets out the special educational provision to meet them. Section E lists the outcomes sought.",
        ),
        (
            "p",
            "If you would like to meet to discuss the draft, please contact your case officer on the number above. The final plan must be issued within 20 weeks of the request for assessment.",
        ),
        ("p", "Yours sincerely,"),
        ("p", "Casework Officer, SEND Statutory Assessment Team"),
    ]
    return Plan(
        name="n02_council_letter",
        fmt="docx",
        shape="A council's covering letter with a draft plan: names Sections B, E, F and I in "
        "running prose",
        council="Cobbleford County Council",
        title="Letter",
        front=[],
        sections=[],
        is_ehcp=False,
        prose=prose,
    )


PLANS = [h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, n01, n02]
