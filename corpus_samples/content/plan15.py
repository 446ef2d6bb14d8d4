"""15: the national template layout of the DfE standardisation work: Section A1 with A2 as a
sub-part; "Sections B, F and E" as one table per area of need with columns need | provision
| outcome, the cells of a row linked; a C | G | E health table and a D | H1 | H2 | E social
care table; one area "No needs identified in this area"; Section K as a table of date /
from whom / appended.  Age 4, nursery school, global developmental delay.
Entirely fictional."""

from ..dsl import Linker, parse
from ..model import Joint, P, Plan, Section

LINK = Linker()
W3 = (0.34, 0.36, 0.30)

front = [
    P("Education, Health and Care Plan"),
    P("Hartmoor City Council"),
    P("Name: Ruby Ellis. Date of birth: 19 January 2022."),
    P("Setting: Sunnyside Maintained Nursery School (pre-school room)"),
    P("Plan type: Final. Date issued: 10 March 2026. First review by: 9 September 2026"),
]

A = parse("""
? What I like and what makes me happy :: mixed
>c I like Peppa. I like swings. I like Daddy.
>p {t}Ruby loves being outside, especially on the swings and in the mud kitchen. She adores her big brother Finn and copies everything he does. She is happiest with music, bubbles and splashing in the bath.
? What people like about me :: parent
>p {t}Ruby has a cheeky sense of humour and a wonderful laugh. She is determined and keeps trying even when things are hard for her. Everyone at nursery says she brightens up the room.
? My story so far :: parent
>p {t}Ruby spent five weeks in the neonatal unit after she was born and came home on a feeding tube, which she no longer needs. She sat up at 11 months and walked at 26 months, later than her brother did. The health visitor noticed that her speech was slow to develop and referred her to the speech and language therapy service when she was two.
>p {t}Ruby started at Sunnyside in September 2025 for 15 hours a week, and since January 2026 she has attended for 30 hours a week. The nursery asked for an education, health and care needs assessment in the autumn term with our agreement.
? What I find difficult :: parent
>p Ruby gets frustrated when she cannot tell us what she wants, and she may bite her hand or throw herself to the floor. She finds it hard to climb stairs and gets tired walking any distance. She does not like having her hair washed or her nails cut.
? How to help me :: parent
>p {t}Use simple words and show Ruby what you mean with signs or objects. Give her time to answer. Warn her before something changes, and sing a song to help her move to the next thing. She copes best with a small number of familiar adults, so please introduce new people slowly and tell her their name each time. When she is upset, stay close, keep your voice calm and offer her favourite soft toy rather than talking a lot. Praise her for trying, not only for getting things right.
? Section A2: My family's views and aspirations :: parent
>p We are Ruby's parents, Nicola and Craig. Ruby was born early, at 32 weeks, and she has always been a bit behind other children, but she has made so much progress since she started at Sunnyside. We want her to go to our local primary school with her brother if she can, and to be able to talk to us and make friends.
>p Our biggest hope is that Ruby will be happy, confident and as independent as possible. We worry about how she will cope with a big class and a long school day, and we want the right help in place before she starts Reception in September 2026.
? Who completed Section A :: professional
>t Section A was completed by Ruby's parents with her key person at nursery, Jodie Bright, on 28 January 2026. Ruby's words were noted by Jodie during play.
""")

CI = [
    [
        "N Ruby understands around 50 familiar words and follows simple instructions in routine situations, supported by gestures. // N She uses about 15 single words and some signs, and she points or leads adults to show what she wants.",
        "F[qw;1:1;;75;key person] A daily 15-minute 1:1 language session with her key person, following the programme set by the speech and language therapist, using objects, photographs and signs. // F[qw;;;-;speech and language therapist] A visit from the speech and language therapist every six weeks for 45 minutes to review the programme and train staff.",
        "O[smt] By July 2027, Ruby will use 50 words or signs and will join two words together to ask for things, at least 5 times a day at nursery or school.",
    ],
    [
        "N Ruby plays alongside other children but does not yet take turns or join in shared play.",
        "F[qw;small group of 3;;60;key person] Four 15-minute turn-taking and shared play sessions a week in a group of 3 children, led by her key person.",
        "O[smt] By the end of the summer term 2026, Ruby will take three turns in a simple game with one other child and an adult.",
    ],
]
CL = [
    [
        "N Ruby's development across all areas is about 18 months behind that of children her age. // N She has short attention for adult-led activities (about two minutes) and learns best through repetition, play and her interests.",
        "F[qw;1:1;;50;early years practitioner] A daily 10-minute 1:1 attention and early learning session at a work table, led by an early years practitioner trained in the approach advised by the early years specialist teacher. // F[qw;;;-;early years specialist teacher] Advice and modelling from the early years specialist teacher for 2 hours each half term.",
        "O[smt] By July 2027, Ruby will complete an adult-led activity for 5 minutes with one prompt, on 4 out of 5 occasions.",
    ],
    [
        "N Ruby is beginning to match colours and shapes and to count to 3 in songs. // N She enjoys stories with repeated phrases and will fill in the last word of a familiar line.",
        "F[;;regular;-;] Regular counting and matching games planned by nursery staff.",
        "O[] Ruby will improve her early maths skills.",
    ],
]
SEMH = [
    [
        "N Ruby becomes distressed at changes of activity and at the end of the session, and she may bite her hand. // N She is affectionate with familiar adults but wary of new people, and she needs a settled routine to feel safe.",
        "F[qw;;;-;key person] A visual now-and-next board and a sung transition warning, used by her key person at every change of activity. // F[qw;;;-;key person] A familiar adult, her key person or a named deputy, to settle her at arrival and at home time every day.",
        "O[smt] By July 2027, Ruby will move from a preferred activity to the next activity when shown her now-and-next board, without biting her hand, on 4 out of 5 occasions.",
    ],
]
SP = [
    [
        "N Ruby has hypermobile joints and low muscle tone. She tires quickly, finds stairs difficult and falls more often than other children.",
        "F[qw;;;50;key person] A 10-minute physical programme every day, set by the physiotherapist and delivered by her key person, including climbing, balance and core strength activities.",
        "O[smt] By July 2027, Ruby will climb the nursery steps and the small climbing frame with one hand held, at each outdoor session.",
    ],
    [
        "N Ruby is sensitive to loud noise and to some textures.",
        "F[q;;;-;] A quiet, low-arousal corner and ear defenders available at every session.",
        "O[smt] By the end of the autumn term 2026, Ruby will choose to go to the quiet corner or ask for her ear defenders, using a sign or picture, when she is overwhelmed, on 3 out of 5 occasions.",
    ],
]
HEAD_BFE = ["Special educational needs", "Special educational provision", "Outcomes"]
KEYS_BFE = ["B", "F", "E"]

BFE = [
    P(
        "For each area of need, the table sets out what Ruby needs help with, the provision "
        "to meet that need and the outcome it will help her achieve. The provision will be "
        "made by Sunnyside Maintained Nursery School until July 2026, and then by her primary "
        "school."
    ),
    LINK.table("Communication and interaction", HEAD_BFE, KEYS_BFE, CI, W3),
    LINK.table("Cognition and learning", HEAD_BFE, KEYS_BFE, CL, W3),
    LINK.table("Social, emotional and mental health", HEAD_BFE, KEYS_BFE, SEMH, W3),
    LINK.table("Sensory and/or physical needs", HEAD_BFE, KEYS_BFE, SP, W3),
]

CGE = [
    LINK.table(
        "Health",
        ["Health care needs", "Health care provision", "Outcomes"],
        ["C", "G", "E"],
        [
            [
                "N Ruby was born at 32 weeks and is followed up by the community paediatrician for her global developmental delay. // N She has hypermobility, assessed by the children's physiotherapy service in 2025.",
                "Review by the community paediatrician every 6 months. // A block of 6 physiotherapy sessions at the child development centre in spring 2026, and a written home and nursery programme.",
                "O[smt] By July 2027, Ruby will walk from the nursery gate to the classroom without being carried, every day.",
            ],
            [
                "N Ruby's sleep is disturbed, and she wakes two or three times most nights.",
                "Sleep advice from the health visitor, with a review appointment in May 2026.",
                "",
            ],
        ],
        W3,
    )
]

DHE = [
    LINK.table(
        "Social care",
        [
            "Social care needs",
            "Social care provision (H1)",
            "Other social care provision (H2)",
            "Outcomes",
        ],
        ["D", "H1", "H2", "E"],
        [
            [
                "N No needs identified in this area.",
                "None.",
                "None.",
                "",
            ],
        ],
        (0.3, 0.25, 0.25, 0.2),
    )
]

I_ = parse("""
Sunnyside Maintained Nursery School (maintained nursery school) until July 2026.
From September 2026: Ashgrove Primary School (mainstream community primary school), Reception class.
""")

J = parse("""
Ruby's parents have not requested a personal budget. Information about personal budgets and direct payments was shared with them at the planning meeting, and they can ask for one at any review.
""")

K = parse("""
The advice below was gathered during the assessment and is appended to this plan.
[table 3 header=1 widths=0.25,0.5,0.25]
Date | From whom | Appended
28 January 2026 | Ruby's parents and her key person (Section A views) | Yes
2 February 2026 | Sunnyside Maintained Nursery School: educational advice | Yes
4 February 2026 | Educational psychologist: psychological advice | Yes
30 January 2026 | Speech and language therapist | Yes
6 February 2026 | Community paediatrician: medical advice | Yes
6 February 2026 | Children's physiotherapy service | Yes
3 February 2026 | Children's social care: not known to the service | No
[/table]
""")

PLAN = Plan(
    file="15_national_tables.docx",
    description=(
        "National template: Section A1 with an A2 sub-part; 'Sections B, F and E' as one "
        "table per area of need (need | provision | outcome, rows linked); C | G | E and "
        "D | H1 | H2 | E tables; 'No needs identified in this area'; K as a date / from whom "
        "/ appended table."
    ),
    child={"name": "Ruby Ellis", "first_name": "Ruby", "age": 4, "year_group": None},
    front=front,
    sections=[],
    layout=[
        Section("A", "Section A1: About me – my views, interests and aspirations", A),
        Joint(
            ("B", "F", "E"),
            "Sections B, F and E: My special educational needs, the provision to meet them "
            "and my outcomes",
            BFE,
        ),
        Joint(("C", "G", "E"), "Sections C, G and E: My health care needs and provision", CGE),
        Joint(
            ("D", "H1", "H2", "E"),
            "Sections D, H1, H2 and E: My social care needs and provision",
            DHE,
        ),
        Section("I", "Section I: Placement", I_),
        Section("J", "Section J: Personal budget", J),
        Section("K", "Section K: Advice and information", K),
    ],
    has_working_well=False,
    unexplained_acronyms=[],
    meta={"renderer": "docx_flow", "front_styles": {0: "Title"}, "linker": LINK},
)
