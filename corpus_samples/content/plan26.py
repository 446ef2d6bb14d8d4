"""26: the national template as a PDF (case-management export with running header and
"Page x of y"), letters at the end of the joint headings ("Education needs, outcomes and
provision (Sections B, E and F)"), column headers in the child's words, a single H column in
the social care table, and A1 / A2 as sub-parts of Section A.  Several need, provision and
outcome statements in one row.  Year 8, autism and anxiety.  Entirely fictional."""

from ..dsl import Linker, parse
from ..model import Joint, P, Plan, Section

LINK = Linker()
W3 = (0.34, 0.36, 0.30)

front = [
    P("Education, Health and Care Plan"),
    P("Name: Kofi Mensah"),
    P("Date of birth: 7 July 2012. Year group: Year 8."),
    P("School: Wrenfield Academy"),
    P("Plan status: Final. Date of plan: 5 February 2026. Next review by: February 2027."),
]

A = parse("""
? A1: About me – what is important to me :: child
>c I am Kofi and I am 13. I live with my mum, my dad and my sister Ama. I love drawing comics, especially superhero ones, and I am making my own comic called Nightfall. I like science, especially chemistry experiments, and I like going to the library because it is quiet.
? What people like about me :: mixed
>c People say I am creative and that I know a lot of facts.
>p {t}Kofi is thoughtful, honest and very funny in his own quiet way. He is a loyal brother and is very patient with his little sister.
? What I find hard :: child
>c I find it hard when lessons change or when we have a cover teacher. Loud classrooms and the canteen make me feel like my head is going to explode. I don't always know what people mean when they are joking. Group work is the worst.
? How to help me :: child
>c Tell me about changes before they happen. Let me sit at the end of a row. Give me instructions written down. Let me go to the library at lunchtime, and please do not make me read aloud.
? A2: My aspirations for the future :: mixed
>c I want to be a comic artist or a video game designer. I want to go to art college. I would like to have a friend who likes the same things as me.
>p We would like Kofi to feel settled and happy at school and to achieve the grades he is capable of. We hope he will find friends who share his interests, and that he will go on to study art or science.
? What is working well :: mixed
>c Science lessons and art are good. The library is my safe place.
>t Kofi has settled in his science and art classes, where he has built good relationships with his teachers. His reading is a real strength, and he often reads at lunchtime.
? My parents' views :: parent
>p We are Kwame and Efua, Kofi's parents. Kofi was diagnosed with autism in Year 5. Primary school went well because it was small and he had the same teacher all day, but moving to Wrenfield has been very hard for him.
>p {t}Kofi often comes home exhausted and goes straight to his room. He has had days when he refused to go in. We want the school to understand that he is working very hard to cope, even when he looks fine.
>p We have found that Kofi copes best when we talk through the next day with him the evening before, and when he has time alone after school to draw. We would like the school to tell us about changes early so that we can prepare him, and we would like one person at school we can contact easily. We are happy to work with the school on a plan for the mornings he finds hardest.
? Who completed Section A :: professional
>t Section A was completed with Kofi and his parents by the plan co-ordinator, Sarah Mills, on 13 January 2026.
""")

CI = [
    [
        "N Kofi is autistic. He finds social communication difficult: he takes language literally, misses jokes and sarcasm, and finds it hard to join conversations or group work. // N He needs time to process spoken information and can lose track of long instructions.",
        "F[qw;small group of 4;;45;speech and language therapist] A social communication group of 45 minutes each week for two terms, in a group of 4, run by a speech and language therapist. // F[qw;;;-;subject teachers] Instructions given in writing as well as spoken, in every lesson, by subject teachers.",
        "O[smt] By July 2027, Kofi will take part in a structured group task in science or art, taking on an agreed role, in 4 out of 5 group lessons. // O[smt] By the end of the summer term 2026, Kofi will ask a teacher to explain an instruction he has not understood, at least once a week.",
    ],
]
CL = [
    [
        "N Kofi is working at the expected level in most subjects and above it in science and art. He finds open-ended writing tasks and revision planning difficult.",
        "F[qw;1:1;;30;teaching assistant] A weekly 30-minute 1:1 study skills session with a teaching assistant, using writing frames and a revision planner.",
        "O[smt] By July 2027, Kofi will plan and write a 600-word answer in English using a writing frame, without adult help.",
    ],
    [
        "N Kofi finds it hard to organise his homework and equipment across a secondary timetable, and he often loses track of deadlines. // N He becomes anxious when he falls behind and then avoids the work altogether.",
        "F[qw;;;50;teaching assistant] A daily 10-minute organisation check with a teaching assistant at the end of the school day, going through his planner and homework deadlines. // F[qw;;;-;form tutor] A colour-coded timetable and homework planner, set up by his form tutor and reviewed every half term.",
        "O[smt] By the end of the spring term 2026, Kofi will record every homework task in his planner and hand in 9 out of 10 pieces on time.",
    ],
]
SEMH = [
    [
        "N Kofi experiences high anxiety about change, noise and social situations, which can lead to shutdowns and refusal to attend. // N His attendance in the autumn term 2025 was 89%.",
        "F[qw;;;75;pastoral manager] A key adult (the pastoral manager) who meets Kofi for a 15-minute check-in at the start of each school day. // F[q;;;-;] Written notice of any timetable change, sent to Kofi and his parents the day before. // F[;;as required;-;] Time out as required.",
        "O[smt] By July 2027, Kofi will attend school on at least 95% of days, arriving by 8.40am. // O[smt] By the end of the autumn term 2026, Kofi will use his exit pass to go to the library for 10 minutes, then return to the lesson, on each occasion he feels overwhelmed.",
    ],
    [
        "N Kofi would like to have friends but finds unstructured times lonely and confusing. He spends most lunchtimes alone in the library.",
        "F[qw;group of no more than 8;;60;librarian] A comic and art club at lunchtime, twice a week for 30 minutes, in a group of no more than 8 students, run by the school librarian. // F[w;;opportunities for;-;pastoral manager] Opportunities for peer mentoring, arranged by the pastoral manager.",
        "O[smt] By July 2027, Kofi will attend the lunchtime club at least once a week and name one student he enjoys spending time with.",
    ],
]
SP = [
    [
        "N Kofi is very sensitive to noise, crowds and bright light, especially in the canteen, the sports hall and assemblies.",
        "F[q;;;-;] Ear defenders in lessons and a quiet place to eat lunch, every day. // F[qw;;;-;form tutor] Leaving lessons 3 minutes early to avoid crowded corridors, arranged by his form tutor.",
        "O[] Kofi will cope better with noise.",
    ],
    [
        "N Kofi has poor handwriting stamina and his hand aches after a page of writing.",
        "F[q;;;-;] A laptop for all extended writing in every subject.",
        "O[smt] By July 2027, Kofi will type his English and humanities homework on his laptop at 30 words a minute.",
    ],
]
HEAD = ["What I need help with", "The help I will get", "What I will achieve"]
KEYS = ["B", "F", "E"]

BEF = [
    LINK.table("Communication and interaction", HEAD, KEYS, CI, W3),
    LINK.table("Cognition and learning", HEAD, KEYS, CL, W3),
    LINK.table("Social, emotional and mental health", HEAD, KEYS, SEMH, W3),
    LINK.table("Sensory and/or physical", HEAD, KEYS, SP, W3),
]

CEG = [
    LINK.table(
        "Health",
        ["My health needs", "Health provision", "What I will achieve"],
        ["C", "G", "E"],
        [
            [
                "N Kofi has anxiety and poor sleep. He is known to the child and adolescent mental health service, which assessed him in October 2025 and found moderate anxiety linked to school and social situations. // N He often takes more than an hour to fall asleep, and he is tired in the mornings.",
                "Eight weekly sessions of support for anxiety from the mental health support team in school, from March 2026. // Sleep advice from the school nurse, with a follow-up appointment in May 2026.",
                "O[smt] By the end of the summer term 2026, Kofi will name three ways to calm himself and use one of them when he is anxious, as recorded by the mental health support team.",
            ]
        ],
        W3,
    )
]

DEH = [
    LINK.table(
        "Social care",
        ["My social care needs", "Social care provision", "What I will achieve"],
        ["D", "H", "E"],
        [["N No needs identified in this area.", "None required.", ""]],
        W3,
    )
]

I_ = parse("""
Wrenfield Academy, Station Road, Wrenfield (mainstream secondary academy, 11 to 18). Kofi's parents asked for Wrenfield Academy, and the school was consulted on 20 January 2026 and agreed that it can meet his needs with the provision in this plan.
""")

J = parse("""
No personal budget has been requested at this stage. Kofi's parents have been given information about personal budgets.
""")

K = parse("""
[table 3 header=1 widths=0.22,0.55,0.23]
Date | From whom | Appended
13 January 2026 | Kofi and his parents | Yes
8 January 2026 | Wrenfield Academy: educational advice | Yes
15 January 2026 | Educational psychologist | Yes
9 January 2026 | Speech and language therapist | Yes
12 January 2026 | School nurse on behalf of the designated clinical officer | Yes
7 January 2026 | Children's social care (not known) | No
[/table]
""")

PLAN = Plan(
    file="26_national_pdf.pdf",
    description=(
        "National template as a case-management PDF: joint headings with the letters at the "
        "end ('Education needs, outcomes and provision (Sections B, E and F)'), column headers "
        "in the child's words, several statements in one linked row, a single H column, A1 "
        "and A2 as sub-parts of A, K as a date / from whom / appended table."
    ),
    child={"name": "Kofi Mensah", "first_name": "Kofi", "age": 13, "year_group": 8},
    front=front,
    sections=[],
    layout=[
        Section("A", "Section A: About me and my aspirations", A),
        Joint(
            ("B", "E", "F"), "Education needs, outcomes and provision (Sections B, E and F)", BEF
        ),
        Joint(("C", "E", "G"), "Health needs, outcomes and provision (Sections C, E and G)", CEG),
        Joint(
            ("D", "E", "H"),
            "Social care needs, outcomes and provision (Sections D, E and H)",
            DEH,
        ),
        Section("I", "Section I: Placement", I_),
        Section("J", "Section J: Personal budget", J),
        Section("K", "Section K: Advice and information", K),
    ],
    unexplained_acronyms=[],
    meta={"renderer": "pdf_case_export", "council": "Wrenfield City Council", "linker": LINK},
)
