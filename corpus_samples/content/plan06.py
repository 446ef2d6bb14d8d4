"""06: letter headings "A. All about me" ... "K. Advice and information" in
style Heading 2 (the front-matter title is Heading 1); sub-questions in
Heading 3; single H; Section D is a one-line "no needs" statement.  Year 1.
Entirely fictional."""

from ..model import F, H, P, Plan, Section, lp, outcome, q, target, third

NAME = "Isla"

front = [
    P("Education, Health and Care Plan for Isla Morgan"),
    P("Calderbrook Borough Council, Special Educational Needs Team"),
    P("Date of birth: 21 June 2020. Year group: Year 1."),
    P("Setting: Penhallow Primary School"),
    P("Date issued: 27 January 2026"),
]

section_a = Section(
    "A",
    "A. All about me",
    [
        q(
            "What is important to me",
            "mixed",
            lp(
                "child",
                "I like bubbles.",
                "I like the blue slide.",
                "I like Mummy and Nanna.",
            ),
            lp(
                "parent",
                third(
                    "Isla loves anything that spins or sparkles, and she could watch bubbles "
                    "all day."
                ),
                "Her favourite things are her tablet, her soft rabbit called Bun and the "
                "blue slide at the park near our house.",
                "She likes things to be the same every day, and she finds it very hard "
                "when we have visitors or go somewhere new.",
            ),
        ),
        q(
            "What people like about me",
            "parent",
            lp(
                "parent",
                third("Isla has a beautiful smile and a really infectious giggle."),
                third("She is very musical and can hum whole songs after hearing them once."),
                third("She is gentle with animals and with babies."),
                third("Her teacher says she has an amazing memory for shapes and patterns."),
            ),
        ),
        q(
            "My hopes for the future",
            "parent",
            lp(
                "parent",
                "We hope Isla will be able to talk to us and tell us what she wants and "
                "how she feels.",
                "We want her to be happy at school and to have friends.",
                "In the future we would like her to have as much independence as she can, "
                "and to do something she loves, perhaps something to do with music.",
            ),
        ),
        q(
            "What is working well",
            "mixed",
            lp(
                "third",
                "Isla has settled into Year 1 with the help of a visual timetable and a "
                "familiar teaching assistant.",
                "She now stays in the classroom for most of the morning and joins the group "
                "for songs.",
                "She has begun to use single words and a few two-word phrases, such as "
                '"more bubbles" and "go outside".',
            ),
            lp("child", 'Isla said, "Happy school."'),
        ),
        q(
            "What is not working so well",
            "mixed",
            lp(
                "third",
                "Isla becomes very distressed in the dining hall and at the end of the day, "
                "when the cloakroom is busy.",
                "She finds it hard to wait and to share toys with other children.",
                "She does not yet use the toilet at school.",
            ),
            lp(
                "parent",
                third("At home, bedtimes are difficult, and Isla often wakes in the night."),
                "We find it hard to take her to the shops because she gets overwhelmed.",
            ),
        ),
        q(
            "What I am learning to do",
            "mixed",
            lp(
                "third",
                "Isla is learning to take off her coat and hang it on her peg, to wash her "
                "hands, and to choose her snack from two pictures.",
                "She is also learning to wait for a short time, using a visual countdown.",
            ),
            lp(
                "parent",
                "At home we are practising getting dressed in the mornings, and she can now "
                "put on her socks by herself, which she is very proud of.",
            ),
        ),
        q(
            "How to communicate with me",
            "mixed",
            lp(
                "child",
                "Show me.",
                "Sing to me.",
            ),
            lp(
                "parent",
                third("Isla understands best when you use a few words with a picture or object."),
                "She responds well to songs and rhymes, and we often sing instructions to "
                'her, like "shoes on, shoes on".',
                third("She may not look at you when you speak, but she is usually listening."),
                third(
                    "Give her time, and do not touch her without warning, because she is very "
                    "sensitive to touch."
                ),
            ),
        ),
        q(
            "My story so far",
            "parent",
            lp(
                "parent",
                "Isla was a contented baby, but by the time she was eighteen months old we "
                "noticed that she had stopped saying the few words she had and did not "
                "respond to her name.",
                "Our health visitor referred her for a hearing test, which was normal, and "
                "then to the child development centre.",
                third(
                    "She went to Little Acorns nursery for two days a week from the age of "
                    "three, where she had extra support, and she was diagnosed with autism just "
                    "before she turned four."
                ),
                "The nursery and the early years special educational needs service helped "
                "us to apply for this plan before she started school.",
            ),
        ),
        q(
            "My parents' and carers' views",
            "parent",
            lp(
                "parent",
                "We are Isla's mum, Kerry, and her nanna, Pat, who looks after her every "
                "day after school.",
                "We feel that Isla has come a long way since she started school, and we are "
                "grateful for the patience of her teachers.",
                "Our main worries are her speech, her toileting and her safety, because she "
                "has no sense of danger near roads.",
                "We would like to be told what she has done each day, because she cannot "
                "tell us herself yet.",
            ),
        ),
        q(
            "Who completed this section?",
            "professional",
            lp(
                "third",
                "This section was completed by Isla's mum and nanna with the school's "
                "special educational needs co-ordinator (SENCo), Mr Alan Pryce, on "
                "5 December 2025.",
                "Isla's own words were recorded by her teaching assistant during play.",
            ),
        ),
    ],
)

section_b = Section(
    "B",
    "B. My Special Educational Needs",
    [
        H("Communication and interaction", 3),
        P(
            "Isla received a diagnosis of autism from the Calderbrook Child Development "
            "Centre in February 2024. Her understanding of spoken language is at about the "
            "level of a two-year-old child. She understands familiar words for people, "
            "objects and routines, and can follow simple instructions given in context, "
            'such as "coat on", especially when they are supported by a picture.'
        ),
        P(
            "Isla uses around 30 single words, mostly to ask for things she wants, and "
            "has started to combine two words. She often repeats phrases from songs and "
            "television programmes. She uses a picture exchange system to ask for "
            "snacks and toys, and takes an adult's hand to show them what she wants."
        ),
        P(
            "Isla prefers to play alone and does not yet join in with other children's "
            "games, although she watches them and will play alongside one familiar "
            "child. She enjoys simple turn-taking games with adults, such as rolling a "
            "ball or blowing bubbles."
        ),
        P(
            "When Isla cannot make herself understood, she becomes frustrated and may "
            "scream or throw objects. Adults who know her well can usually tell what she "
            "wants from her gestures and from the situation, and they model short phrases "
            "for her to copy. She responds especially well to sung instructions and to "
            "a consistent set of symbols used at home and at school."
        ),
        H("Cognition and learning", 3),
        P(
            "Isla is working well below the level expected for her age and is assessed "
            "using the school's small-steps framework. She has strengths in visual "
            "memory, shape and pattern: she can complete 24-piece jigsaws and sort "
            "objects by colour and shape. She recognises her name and the names of "
            "some family members. She is not yet interested in mark making and will only "
            "hold a pencil for a few seconds."
        ),
        P(
            "Isla can count to 5 by rote and enjoys number songs. She learns best through "
            "short, structured, hands-on activities at a work station, with clear "
            "beginnings and endings, and with a motivating reward."
        ),
        P(
            "Isla's attention for adult-led activities is short, usually one to two "
            "minutes, although she can focus for much longer on activities she chooses, "
            "such as jigsaws or spinning objects. She needs a familiar adult to help her "
            "move from one activity to another, using a now-and-next board and a "
            "countdown."
        ),
        H("Social, emotional and mental health", 3),
        P(
            "Isla can become very anxious when her routine changes or when she is in "
            "busy, noisy places. When distressed she screams, drops to the floor or runs "
            "away, and she has sometimes bitten her own hand. These episodes last between "
            "5 and 20 minutes and happen about three times a week at school. She calms "
            "best in a quiet space with her rabbit and some music."
        ),
        P(
            "Isla is affectionate with her family and with adults she knows well, and she "
            "seeks them out for comfort. She is beginning to show an interest in one or "
            "two children in her class and will sit next to them at story time. She does "
            "not yet understand other children's feelings or the rules of play, and she "
            "may take toys without asking."
        ),
        P(
            "Isla's emotional wellbeing depends heavily on predictability. She copes best "
            "when the same adults work with her, when changes are prepared for with "
            "pictures, and when she has regular chances to retreat to a quiet space. "
            "Her family report that she is much calmer on school days than during the "
            "holidays, because of the routine that school provides."
        ),
        H("Sensory and/or physical needs", 3),
        P(
            "Isla has significant sensory differences. She is very sensitive to noise, to "
            "touch and to the texture of some foods and clothing, and she covers her ears "
            "in busy places. She seeks out certain sensations, such as spinning and "
            "rocking. Her gross motor skills are good and she is a confident climber, but "
            "she does not recognise danger. Her fine motor skills are delayed. She needs "
            "help with dressing and is not yet toilet trained."
        ),
        P(
            "Because Isla does not recognise danger, she needs close supervision at all "
            "times, especially near doors, gates, roads and water. The school has "
            "completed a risk assessment for the playground and for trips, and it is "
            "reviewed each term with her family."
        ),
    ],
)

section_c = Section(
    "C",
    "C. My Health Needs",
    [
        P(
            "Isla is followed up by the community paediatrician, Dr Rosa Clement, every "
            "6 months. She has difficulty getting to sleep and staying asleep, and she is "
            "being assessed for a sleep programme. She eats a very limited range of foods, "
            "but her growth is normal. Her hearing was tested in 2024 and is normal. She "
            "has no other health needs."
        ),
        P(
            "Isla's mum and nanna have said that broken nights are affecting the whole "
            "family. Dr Clement has referred Isla to the children's sleep service and has "
            "asked the family to keep a sleep diary for two weeks before her first "
            "appointment. Isla's diet is monitored by the health visitor team, and she "
            "takes a daily vitamin supplement at home."
        ),
    ],
)

section_d = Section(
    "D",
    "D. My social care needs",
    [P("No social care needs have been identified at this time.")],
)

section_e = Section(
    "E",
    "E. Outcomes sought",
    [
        P(
            "These outcomes are for the next twelve months and will be reviewed at "
            "Isla's annual review in January 2027."
        ),
        outcome(
            "By January 2027, Isla will use two-word phrases, spoken or with pictures, to "
            "ask for what she wants or to comment, at least 5 times a day in school.",
            "smt",
            style="number",
        ),
        target(
            "By Easter 2026, Isla will use her picture exchange book to ask for a snack or "
            "toy without physical prompting on 4 out of 5 occasions.",
            "smt",
            style="bullet",
        ),
        outcome(
            "By January 2027, Isla will take part in a group activity with 2 other "
            "children and an adult for 5 minutes, taking turns, on 3 days a week.",
            "smt",
            style="number",
        ),
        target(
            "By July 2026, Isla will roll a ball or pass a toy to another child and wait "
            "for it to come back, taking 3 turns, with an adult's support.",
            "smt",
            style="bullet",
        ),
        outcome(
            "By July 2026, Isla will use her quiet space and calming box to calm herself, "
            "with no more than one adult prompt, on 4 out of 5 occasions when she is "
            "distressed.",
            "smt",
            style="number",
        ),
        outcome(
            "By January 2027, Isla will use the toilet at school at set times with one "
            "adult helping, and stay dry for the whole day on 3 days out of 5.",
            "smt",
            style="number",
        ),
        target(
            "By Easter 2026, Isla will sit on the toilet for 1 minute at each of her 4 "
            "set toilet times without becoming distressed.",
            "smt",
            style="bullet",
        ),
        outcome(
            "Isla will develop her early number skills.",
            "",
            style="number",
        ),
        outcome(
            "By July 2026, Isla will hold a chunky crayon with a fist or finger grip and "
            "make marks for 1 minute during a motivating activity.",
            "smt",
            style="number",
        ),
    ],
)

section_f = Section(
    "F",
    "F. Special educational provision",
    [
        P(
            "The provision below will be arranged by Penhallow Primary School and "
            "overseen by the SENCo. Staff will keep a weekly record of the sessions "
            "delivered and share it with Isla's family at each termly review."
        ),
        F(
            "A teaching assistant (TA) for Isla for the whole school day (32.5 hours a "
            "week), working 1:1 or in a group of no more than 3 children, who has been "
            "trained in autism and in the picture exchange system.",
            "qw",
            "1:1 or group of no more than 3",
            style="bullet",
        ),
        F(
            "A structured work station session of 10 minutes, 4 times a day, led by the "
            "TA, using the approach advised by the specialist autism teacher.",
            "qw",
            "1:1",
            style="bullet",
        ),
        F(
            "Speech and language therapy: a 1-hour visit from a speech and language "
            "therapist every half-term to assess Isla, set her programme and train the "
            "TA, and a daily 10-minute 1:1 language session with the TA following that "
            "programme.",
            "qw",
            "1:1",
            style="bullet",
        ),
        F(
            "Intensive interaction and attention-building group for 15 minutes a day, in "
            "a group of 3 children, led by the TA.",
            "qw",
            "small group of 3",
            style="bullet",
        ),
        F(
            "A visit from the specialist autism teacher for 2 hours once a term to "
            "observe Isla, advise staff and review her sensory plan.",
            "qw",
            style="bullet",
        ),
        F(
            "A quiet space with a calming box, available at all times.",
            "q",
            style="bullet",
        ),
        F(
            "Sensory circuits for 10 minutes at the start of each morning and after "
            "lunch, led by the TA.",
            "qw",
            style="bullet",
        ),
        F(
            "Lunch in a small, quiet room with a familiar adult, every day.",
            "q",
            style="bullet",
        ),
        F(
            "A home-school book with photographs of Isla's day, completed by the TA every "
            "day, and a 10-minute conversation with her nanna at collection time once a "
            "week.",
            "qw",
            style="bullet",
        ),
        F(
            "A visual timetable and now-and-next board, kept up to date by the TA, used "
            "for every change of activity throughout the day.",
            "qw",
            style="bullet",
        ),
        F(
            "Occupational therapy advice as required.",
            "w",
            None,
            ("as required",),
            style="bullet",
        ),
        F(
            "Access to a toileting programme.",
            "",
            None,
            ("access to",),
            style="bullet",
        ),
    ],
)

section_g = Section(
    "G",
    "G. Health provision",
    [
        P("Review by the community paediatrician every 6 months, including sleep and diet."),
        P(
            "Sleep support from the children's sleep service: a 6-week programme of "
            "weekly telephone appointments with a sleep practitioner, starting in March "
            "2026."
        ),
        P(
            "If Isla's sleep does not improve after the programme, the sleep service will "
            "discuss further options with Dr Clement and the family."
        ),
    ],
)

section_h = Section(
    "H",
    "H. Social care provision",
    [P("No social care provision is required at this time.")],
)

section_i = Section(
    "I",
    "I. Placement",
    [
        P("Penhallow Primary School (mainstream community primary school)."),
        P(
            "The plan will be reviewed within 12 months, by 26 January 2027. The "
            "school will hold termly review meetings with Isla's family."
        ),
        P(
            "Isla's mum has asked that her placement be considered again at the Year 2 "
            "annual review, when the family will decide whether Isla should stay at "
            "Penhallow or move to a specialist resource base for Key Stage 2. The council "
            "will arrange visits to suitable settings before that review."
        ),
    ],
)

section_j = Section(
    "J",
    "J. Personal budget",
    [
        P("Isla's mum has not requested a personal budget."),
        P(
            "She has been given information about personal budgets, and she knows that "
            "she can ask for one at any review."
        ),
    ],
)

section_k = Section(
    "K",
    "K. Advice and information",
    [
        P("Parents' and carers' views, 5 December 2025", style="bullet"),
        P("Educational advice, Penhallow Primary School, 1 December 2025", style="bullet"),
        P("Educational psychology advice, 20 November 2025", style="bullet"),
        P("Speech and language therapy advice, 14 November 2025", style="bullet"),
        P("Specialist autism teacher advice, 10 November 2025", style="bullet"),
        P("Medical advice, Dr Rosa Clement, 3 November 2025", style="bullet"),
        P(
            "Social care advice was requested and the Children with Disabilities Team "
            "replied on 8 November 2025 that Isla was not known to them.",
            style="bullet",
        ),
        P(
            "All of the advice listed above was considered when writing this plan and "
            "copies were shared with Isla's mum. The advice from the educational "
            "psychologist and the specialist autism teacher was particularly important "
            "in deciding the provision in Section F."
        ),
    ],
)

PLAN = Plan(
    file="06_letter_headings.docx",
    description=(
        "Word file with letter headings 'A. All about me' ... 'K. Advice and "
        "information' in Heading 2 under a Heading 1 title; sub-questions and need "
        "areas in Heading 3; single H; Section D holds only 'No social care needs "
        "have been identified at this time.' (content, not empty)."
    ),
    child={"name": "Isla Morgan", "first_name": NAME, "age": 5, "year_group": 1},
    front=front,
    sections=[
        section_a,
        section_b,
        section_c,
        section_d,
        section_e,
        section_f,
        section_g,
        section_h,
        section_i,
        section_j,
        section_k,
    ],
    unexplained_acronyms=[],
    meta={
        "renderer": "docx_flow",
        "section_style": "Heading 2",
        "sub_styles": {2: "Heading 3", 3: "Heading 3"},
        "front_styles": {0: "Heading 1"},
    },
)
