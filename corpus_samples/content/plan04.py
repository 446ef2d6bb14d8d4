"""04: PDF styled like a Word export with "Part A – ..." headings, bold
sub-headings and bullet lists.  Year 10, Preparing for Adulthood outcomes.
Entirely fictional."""

from ..model import F, H, P, Plan, Section, lp, outcome, q, target, third

NAME = "Priya"

front = [
    P("Education, Health and Care Plan"),
    P("Ashworth Metropolitan Borough Council"),
    P("Name: Priya Sandhu"),
    P("Date of birth: 19 January 2011"),
    P("School: Ravensmoor High School, Year 10"),
    P("Date of plan: 23 February 2026 (amended following annual review)"),
]

section_a = Section(
    "A",
    "Part A – Views, interests and aspirations",
    [
        q(
            "About me",
            "child",
            lp(
                "child",
                "My name is Priya and I am 15.",
                "I live with my mum, my dad and my grandma, and I have an older brother, "
                "Arjun, who is at university in Leeds.",
                "I have cerebral palsy, which mainly affects my legs, so I use a wheelchair "
                "for longer distances and walk with crutches at home and around some parts "
                "of school.",
                "I am into music, especially K-pop, and I have been learning the keyboard "
                "for two years.",
            ),
        ),
        q(
            "What matters to me now",
            "child",
            lp(
                "child",
                "My friends matter to me more than anything at the moment.",
                "I want to be treated the same as everyone else and not to have an adult "
                "following me around all day.",
                "It matters to me that I can get to all my lessons on time, because being "
                "late every lesson is embarrassing.",
                "I also care about my GCSEs, because I want to go to college to study animal care.",
            ),
            lp(
                "child",
                "Outside school, I help at my aunt's dog grooming salon on some Saturdays, "
                "which I love.",
                "I go to a youth music group at the community centre on Thursdays, and "
                "last year I played keyboard in their concert.",
                "My grandma is teaching me to cook, but our kitchen is hard for me to use "
                "because the worktops are too high.",
            ),
        ),
        q(
            "My aspirations: what I want to do after Year 11",
            "child",
            lp(
                "child",
                "I want to go to Ashworth College to do a Level 2 course in animal care and "
                "then maybe become a veterinary nurse.",
                "One day I would like to live in my own flat with my own dog.",
                "I want to learn to drive an adapted car when I am 17.",
            ),
        ),
        q(
            "What is working well",
            "mixed",
            lp(
                "child",
                "My lift pass works now and I can get to the science labs on the top floor.",
                "I like that I can leave lessons two minutes early to miss the crowds.",
                "Using a laptop for my coursework has made a big difference.",
            ),
            lp(
                "third",
                "Priya's teachers describe her as hard-working, articulate and funny.",
                "She is on track for grade 5 in English and science.",
                "Her attendance this year is 94%, with most absences for hospital appointments.",
            ),
        ),
        q(
            "What could be better",
            "child",
            lp(
                "child",
                "PE is still a problem because I usually end up keeping score.",
                "I get really tired by period 5, especially on days when I have had physio "
                "in the morning.",
                "Maths is hard and I don't always get the help I need in class because "
                "there are 30 of us.",
                'Priya said, "I hate it when supply teachers ask me why I have a laptop in '
                'front of the whole class."',
            ),
        ),
        q(
            "How I like to communicate",
            "child",
            lp(
                "child",
                "Talk to me, not to my mum or my support assistant.",
                "Ask me before you help me with anything, because sometimes I don't need "
                "help and it is annoying.",
                "I prefer messages on the school app to letters, because letters never "
                "make it home.",
            ),
        ),
        q(
            "My parents' views",
            "parent",
            lp(
                "parent",
                "We are really proud of how Priya has grown up over the last two years.",
                third(
                    "She is much more confident, and she speaks up for herself in a way she "
                    "never used to."
                ),
                "We want her to be as independent as possible, but we worry about her "
                "safety when she is out on her own and about how tired she gets.",
            ),
            lp(
                "parent",
                "We would like the school and the college to start planning her move to "
                "college now, including visits and a plan for her personal care.",
                "We would also like help to find her a Saturday job or volunteering, "
                "because she is ready for it.",
            ),
            lp(
                "parent",
                "I sometimes feel that people see the wheelchair before they see Priya.",
                third(
                    "She is funny, stubborn and clever, and she will tell you exactly what she "
                    "thinks."
                ),
                "We would like everyone who works with her to listen to her first and to us "
                "second, because she knows what she needs.",
            ),
        ),
        q(
            "Who contributed to this part",
            "professional",
            lp(
                "third",
                "This part was written with Priya and her parents, Mr and Mrs Sandhu, at "
                "her annual review on 2 February 2026.",
                "Priya checked the wording of her own sections and agreed them.",
            ),
        ),
    ],
)

section_b = Section(
    "B",
    "Part B – Special educational needs",
    [
        H("Cognition and learning"),
        P(
            "Priya's general ability is within the average range. She has particular "
            "strengths in verbal reasoning, and her reading and written expression are at "
            "the level expected for her age. She has significant difficulties with "
            "mathematics, linked to visual perceptual difficulties that are common in "
            "cerebral palsy. She finds it hard to line up numbers in columns, to read "
            "graphs and tables, and to work with shape and space. She has a slow "
            "processing speed for visual information and needs more time than her peers "
            "to complete written work and tests."
        ),
        P(
            "Priya writes slowly and her handwriting becomes hard to read when she is "
            "tired. She now uses a laptop for most written work and is a fast, accurate "
            "typist. She has been awarded 25% extra time and the use of a word processor "
            "in her GCSE examinations."
        ),
        P(
            "In mathematics, Priya is currently working towards grade 3 and is at risk "
            "of not achieving the grade 4 she needs for her chosen college course. She "
            "understands number well when problems are presented in words, but loses "
            "marks in questions that rely on diagrams, graphs and geometry. She has "
            "found it helpful when teachers give her enlarged, uncluttered copies of "
            "diagrams and talk through what each part shows."
        ),
        P(
            "Priya is well organised and keeps on top of her homework using the school "
            "app. Her fatigue means that she cannot always complete homework in the "
            "evenings, particularly after hospital appointments, and her teachers have "
            "agreed to give her flexible deadlines when this happens."
        ),
        H("Communication and interaction"),
        P(
            "Priya has no difficulties with speech, language or communication. She is "
            "articulate and confident in conversation and can explain her needs clearly. "
            "She has a close group of three friends. She sometimes feels left out when "
            "her friends go to places that are not accessible to her, such as the "
            "trampoline park in town."
        ),
        P(
            "Priya is a confident self-advocate in familiar situations and has spoken at "
            "her own review meetings since Year 8. She is less confident with unfamiliar "
            "adults and in new settings, and she will need practice in explaining her "
            "needs to college staff, employers and health professionals as she moves "
            "towards adulthood."
        ),
        H("Social, emotional and mental health"),
        P(
            "Priya is generally resilient and positive, but she has told staff that she "
            "sometimes feels low about her disability, particularly about being treated "
            "differently and about missing out on activities with her friends. During "
            "Year 9 she had a period of low mood after surgery on her hamstrings, and she "
            "was supported by the school counsellor. She says that she is happier now, "
            "but she wants to know she can talk to someone if she needs to."
        ),
        P(
            "Priya is becoming more aware of her future and is anxious about whether she "
            "will be able to live independently and find a job. She benefits from clear "
            "information and from meeting disabled adults who are working and living "
            "independently."
        ),
        P(
            "Priya has said that she sometimes worries about asking for help, because "
            "she does not want to be seen as different. She is more likely to ask for "
            "help by message than in front of other students, and staff have agreed "
            "that she can use the school app to tell her pastoral lead when something "
            "is wrong."
        ),
        H("Sensory and/or physical needs"),
        P(
            "Priya has bilateral spastic cerebral palsy (diplegia). She walks short "
            "distances with elbow crutches and uses a self-propelled wheelchair for "
            "longer distances and around the school site. She tires easily and has pain "
            "in her hips and knees, particularly after long periods of sitting. She needs "
            "an adjustable chair and a height-adjustable desk in practical subjects."
        ),
        P(
            "Priya needs help with some personal care tasks at school, including getting "
            "on and off the toilet safely in the accessible toilet, which she does with "
            "the supervision of one adult. She needs help to carry equipment, to open "
            "heavy doors and to move between buildings safely in wet or icy weather. Her "
            "fine motor skills are affected on her right side, so she finds cutting, "
            "using a ruler and some practical science tasks difficult."
        ),
        P(
            "Priya's physical needs also affect her preparation for adult life. She has "
            "not yet used public transport on her own, and she has little experience of "
            "cooking, shopping or handling money independently, partly because the "
            "places she would practise these skills are not always accessible. She is "
            "keen to learn, and her parents support this."
        ),
    ],
)

section_c = Section(
    "C",
    "Part C – Health needs",
    [
        P(
            "Priya's cerebral palsy is managed by the children's neurodisability team at "
            "Ashworth General Hospital. She had surgery to lengthen her hamstrings in "
            "April 2024 and has made a good recovery. She has a stretching programme, "
            "which she carries out at home with her mother's help every evening, and she "
            "wears night splints on both legs."
        ),
        P(
            "Priya takes pain relief when needed for pain in her hips and knees. She does "
            "not take any regular medication in school. She is reviewed by the orthopaedic "
            "surgeon every six months and by the physiotherapist every eight weeks."
        ),
        P(
            "Priya's transition from children's to adult health services will begin when "
            "she is 16. She will need a plan for this, led by her community paediatrician, "
            "so that she does not lose contact with the services she needs."
        ),
        P(
            "Priya is otherwise healthy. She has said that she would like more "
            "information about her condition and about how it may change as she gets "
            "older, and her paediatrician has agreed to talk this through with her at "
            "her next appointment, with her parents if she wishes."
        ),
    ],
)

section_d = Section(
    "D",
    "Part D – Social care needs",
    [
        P(
            "Priya was assessed by the Ashworth Children with Disabilities Social Work Team "
            "in 2024. She needs help with some personal care and with getting out into the "
            "community. Her parents provide most of this care. The family home was adapted "
            "with a ground-floor bedroom and wet room in 2022."
        ),
        P(
            "Priya would like to go out with her friends without her parents, but she needs "
            "support to use public transport and to find accessible places to go. She also "
            "wants to learn the skills she will need to live independently, such as "
            "cooking and managing money."
        ),
        P(
            "Priya's mother has reduced her working hours to help with Priya's care and "
            "hospital appointments. Her parents have said that they would value a break "
            "from some of the evening routines, and that they would like Priya to do more "
            "for herself as she gets older. Priya's grandmother also helps, but she has "
            "her own health needs and cannot lift or carry equipment."
        ),
    ],
)

section_e = Section(
    "E",
    "Part E – Outcomes",
    [
        P(
            "Priya is in Year 10, so her outcomes are organised under the four Preparing "
            "for Adulthood areas. They were agreed with her at the annual review on "
            "2 February 2026."
        ),
        H("Employment and further education"),
        outcome(
            "By July 2027, Priya will achieve at least grade 4 in GCSE English Language, "
            "mathematics and combined science, so that she can start a Level 2 animal care "
            "course at college.",
            "smt",
            style="bullet",
        ),
        target(
            "By July 2026, Priya will complete a one-week work experience placement in an "
            "animal care setting, with the adjustments agreed in her placement risk "
            "assessment.",
            "smt",
            style="bullet",
        ),
        target(
            "By the end of the spring term 2026, Priya will read and answer questions on "
            "bar charts and tables correctly in 7 out of 10 practice questions.",
            "smt",
            style="bullet",
        ),
        H("Independent living"),
        outcome(
            "By July 2027, Priya will plan, shop for and cook a simple hot meal for her "
            "family once a week without help, using adapted kitchen equipment.",
            "smt",
            style="bullet",
        ),
        target(
            "By Easter 2026, Priya will make a hot drink and a sandwich safely and "
            "independently in the school food room on 3 out of 3 occasions.",
            "smt",
            style="bullet",
        ),
        outcome(
            "By the end of Year 11 (July 2027), Priya will travel by accessible bus from "
            "her home to Ravensmoor town centre and back on her own.",
            "smt",
            style="bullet",
        ),
        outcome(
            "Priya will be supported to develop her independence skills.",
            "",
            style="bullet",
        ),
        H("Friends, relationships and community inclusion"),
        outcome(
            "By July 2026, Priya will attend a community activity of her choice, for "
            "example wheelchair basketball or a youth music group, at least twice a month "
            "without a parent.",
            "smt",
            style="bullet",
        ),
        outcome("Priya will have more friends.", "", style="bullet"),
        H("Good health"),
        outcome(
            "By the end of Key Stage 4, Priya will carry out her daily stretching programme "
            "independently and explain to a new adult what help she needs with her "
            "physical care.",
            "smtg",
            style="bullet",
        ),
        target(
            "By Easter 2026, Priya will complete her evening stretches with no more than "
            "one verbal prompt from her mother on 5 evenings out of 7.",
            "smt",
            style="bullet",
        ),
    ],
)

section_f = Section(
    "F",
    "Part F – Special educational provision",
    [
        H("Learning and examinations"),
        F(
            "Maths intervention in a group of 4 students, two 50-minute lessons a week in "
            "place of one option subject, taught by a qualified maths teacher.",
            "qw",
            "small group of 4",
            style="bullet",
        ),
        F(
            "25% extra time and a word processor in all tests and examinations, arranged "
            "by the examinations officer.",
            "qw",
            style="bullet",
        ),
        F(
            "Enlarged (A3) copies of graphs, tables and diagrams in mathematics and "
            "science lessons, prepared by the LSA before each lesson.",
            "qw",
            style="bullet",
        ),
        F(
            "Support in practical lessons from an LSA as required.",
            "w",
            None,
            ("as required",),
            style="bullet",
        ),
        F(
            "A school laptop with word processing and dictation software for use in all "
            "lessons and at home.",
            "q",
            style="bullet",
        ),
        H("Physical access and personal care"),
        F(
            "A trained LSA to supervise Priya's personal care in the accessible toilet at "
            "break, lunch and at any other time she asks, every school day.",
            "qw",
            "1:1",
            style="bullet",
        ),
        F(
            "Permission to leave every lesson 2 minutes early, with a friend of her choice, "
            "to move between lessons before the corridors are busy.",
            "q",
            style="bullet",
        ),
        F(
            "A 10-minute rest break in the learning support base every afternoon, at the "
            "start of period 5.",
            "q",
            style="bullet",
        ),
        F(
            "Adapted PE: one lesson a week of wheelchair sports or swimming, planned by "
            "the PE department with advice from Priya's physiotherapist.",
            "qw",
            style="bullet",
        ),
        H("Preparing for Adulthood"),
        F(
            "Independent living skills sessions (cooking, money and shopping) in a group "
            "of 6 students, 1 hour each week, led by the food technology teacher.",
            "qw",
            "small group of 6",
            style="bullet",
        ),
        F(
            "Independent careers guidance from a qualified careers adviser: at least two "
            "1:1 interviews in Year 10 and two in Year 11, with a written action plan "
            "after each.",
            "qw",
            "1:1",
            style="bullet",
        ),
        F(
            "Travel training with a council travel trainer, 1:1, on two afternoons a week "
            "for up to 8 weeks in the summer term 2026.",
            "qw",
            "1:1",
            ("up to",),
            style="bullet",
        ),
        F(
            "Opportunities for work experience and college visits.",
            "",
            None,
            ("opportunities for",),
            style="bullet",
        ),
        H("Emotional wellbeing"),
        F(
            "A weekly 30-minute check-in with a named member of the pastoral team, and "
            "access to the school counsellor on request.",
            "qw",
            "1:1",
            ("access to",),
            style="bullet",
        ),
        F(
            "Introduction to a disabled adult mentor through the Ashworth Youth Mentoring "
            "Project, with monthly meetings.",
            "w",
            "1:1",
            style="bullet",
        ),
    ],
)

section_g = Section(
    "G",
    "Part G – Health provision",
    [
        P(
            "Physiotherapy review every 8 weeks, with an updated home and school programme.",
            style="bullet",
        ),
        P("Orthopaedic review every 6 months at Ashworth General Hospital.", style="bullet"),
        P(
            "Replacement night splints and review of her wheelchair by the wheelchair "
            "service, at least once a year or sooner if she outgrows them.",
            style="bullet",
        ),
        P(
            "Occupational therapy review of seating and kitchen equipment once a year.",
            style="bullet",
        ),
        P(
            "Transition planning to adult health services, led by the community "
            "paediatrician, to start by Priya's 16th birthday (January 2027).",
            style="bullet",
        ),
    ],
)

section_h1 = Section(
    "H1",
    "Part H1 – Social care provision under section 2 of the Chronically Sick and "
    "Disabled Persons Act 1970",
    [
        P(
            "A personal assistant for 6 hours a week to support Priya to take part in "
            "activities in the community with her friends, arranged by the Children with "
            "Disabilities Social Work Team."
        ),
        P(
            "Loan of a perching stool and adapted kitchen equipment for use at home, "
            "following an assessment by the community occupational therapist."
        ),
    ],
)

section_h2 = Section(
    "H2",
    "Part H2 – Other social care provision",
    [
        P(
            "A transition assessment by adult social care will be carried out before "
            "Priya's 17th birthday, to plan the support she will need after she leaves "
            "school."
        ),
        P(
            "Priya has been given information about the local youth inclusion scheme, "
            "which runs accessible trips and activities in the school holidays."
        ),
    ],
)

section_i = Section(
    "I",
    "Part I – Placement",
    [
        P("Ravensmoor High School, a mainstream community secondary school (11 to 16)."),
        P(
            "The annual review in Year 11 will take place in the autumn term 2026 so that "
            "her post-16 placement can be named in this plan by 31 March 2027."
        ),
        P(
            "Priya and her parents have said that their preference for her post-16 "
            "placement is Ashworth College. The school will arrange at least two visits "
            "to the college during Year 10 and a taster day in the autumn term of Year 11, "
            "so that the college can plan for her physical access and personal care."
        ),
    ],
)

section_j = Section(
    "J",
    "Part J – Personal budget",
    [
        P(
            "The personal assistant hours in Part H1 are provided as a direct payment of "
            "£98.40 a week. Priya's parents manage the direct payment with help from the "
            "Ashworth Direct Payments Support Service."
        ),
        P(
            "Priya's parents have not asked for a personal budget for the special "
            "educational provision in Part F. They have been told that they can ask for "
            "one at any review, and that travel training could be funded in this way."
        ),
    ],
)

section_k = Section(
    "K",
    "Part K – Advice and information",
    [
        P("Priya's views and her parents' views, 2 February 2026", style="bullet"),
        P("Annual review report, Ravensmoor High School, 2 February 2026", style="bullet"),
        P("Physiotherapy report, 12 January 2026", style="bullet"),
        P("Occupational therapy report, 8 December 2025", style="bullet"),
        P("Paediatric report, 15 January 2026", style="bullet"),
        P("Social care assessment, 20 November 2024", style="bullet"),
        P("Careers guidance action plan, 27 January 2026", style="bullet"),
        P(
            "The reports above are held by the council and were shared with Priya and "
            "her parents before the amended plan was issued. No new educational "
            "psychology advice was sought, as the school and family agreed that Priya's "
            "learning needs are well understood."
        ),
    ],
)

PLAN = Plan(
    file="04_part_headings.pdf",
    description=(
        "PDF styled like a Word export: 'Part A – ...' headings (en dash), bold "
        "sub-headings, bullet lists, bare page-number footer; Year 10 with Preparing for "
        "Adulthood outcomes under the four PfA areas."
    ),
    child={"name": "Priya Sandhu", "first_name": NAME, "age": 15, "year_group": 10},
    front=front,
    sections=[
        section_a,
        section_b,
        section_c,
        section_d,
        section_e,
        section_f,
        section_g,
        section_h1,
        section_h2,
        section_i,
        section_j,
        section_k,
    ],
    unexplained_acronyms=["LSA"],
    meta={"renderer": "pdf_parts", "body_size": 11},
)
