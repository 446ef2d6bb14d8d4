"""09: young person aged 17 at college, PDF.  "Section A: My Profile" style
headings, first person throughout, H1 and H2 present, Section G is a one-line
"no provision" statement, Section F is a table that runs over several pages
with a repeated header row.  Entirely fictional."""

from ..model import F, H, P, Plan, Section, T, cell, lp, outcome, q, target

NAME = "Daniel"

front = [
    P("My Education, Health and Care Plan"),
    P("Thornvale County Council"),
    P("Name: Daniel Osei"),
    P("Date of birth: 11 October 2008 (age 17)"),
    P("Placement: Kingsmere College, Level 3 Extended Diploma in Music Technology, year 1"),
    P("Date of this plan: 2 March 2026 (amended after annual review)"),
    P(
        "This plan is written to Daniel, in the first person, because he asked for it to "
        "be. Where other people's views are included, this is made clear."
    ),
]

section_a = Section(
    "A",
    "Section A: My Profile",
    [
        q(
            "About me",
            "child",
            lp(
                "child",
                "I am Daniel, I am 17 and I live in Thornbridge with my mum and my "
                "younger sister, Abena.",
                "I am in my first year at Kingsmere College doing music technology.",
                "I make electronic music and I have released two tracks online under "
                "my producer name.",
                "I have dyslexia and dyspraxia, and I also get anxious, especially in new "
                "situations and when there are lots of people.",
            ),
        ),
        q(
            "What is important to me",
            "child",
            lp(
                "child",
                "Music is the most important thing in my life.",
                "I spend most evenings in my room working on tracks, and I go to an open "
                "studio session at the youth centre on Saturdays.",
                "My mum and my sister are important to me, and so is my friend Kyle, who "
                "I have known since primary school.",
                "It is important to me that people don't treat me like I am stupid "
                "because my spelling is bad.",
            ),
        ),
        q(
            "What people like and admire about me",
            "mixed",
            lp(
                "child",
                "People say I am calm and easy to get on with once they know me.",
                "My tutor says I have a good ear for sound.",
            ),
            lp(
                "third",
                "His course leader, Mr Ashdown, describes Daniel as one of the most "
                "creative students in the group and says that other students ask Daniel "
                "for help with the recording software.",
            ),
            lp(
                "parent",
                "I admire how Daniel has kept going when school was really hard for him.",
            ),
        ),
        q(
            "My aspirations for the future",
            "child",
            lp(
                "child",
                "I want to finish my diploma and go to university to study sound "
                "engineering or music production.",
                "In the long run I would like to work in a recording studio or in live "
                "sound for concerts and festivals.",
                "I want to be able to live on my own or with friends by the time I am 21, "
                "and I want to learn to drive.",
            ),
        ),
        q(
            "What I do outside college",
            "child",
            lp(
                "child",
                "On Saturdays I help to run the open studio at the Thornbridge youth "
                "centre, showing younger people how to use the mixing desk.",
                "I go to the gym with Kyle twice a week, which helps my mood and my coordination.",
                "I have started doing the sound for a local band when they play at the "
                "community hall, and they pay me in pizza.",
                "I would like to earn some real money from music, even a little, so that "
                "I can save for better equipment.",
            ),
        ),
        q(
            "What is working well",
            "child",
            lp(
                "child",
                "Having my assignments sent to me as audio files and being able to hand "
                "in some work as recordings has been brilliant.",
                "My laptop with the text-to-speech software helps a lot.",
                "I like my study skills sessions with Mrs Nolan, because she helps me to "
                "plan my assignments and she doesn't rush me.",
                "I have made two new friends on my course.",
            ),
        ),
        q(
            "What is not working well",
            "child",
            lp(
                "child",
                "English GCSE resits are really stressful and I have failed twice already.",
                "The canteen is too busy at lunch, so I usually don't eat until I get home.",
                "I still can't get to college on my own when the bus is diverted, and I "
                "panic if I get lost.",
                "Sometimes I find out about deadlines too late because the emails are long "
                "and I don't read them properly.",
            ),
        ),
        q(
            "How best to communicate with me",
            "child",
            lp(
                "child",
                "Talk to me face to face or send me a voice note rather than a long email.",
                "Give me written information in short bullet points, in a clear font on a "
                "cream background.",
                "Don't ask me to read out loud in front of other people.",
                "If I go quiet in a meeting, it's usually because I am anxious, so give me "
                "a minute or ask me if I want a break.",
            ),
        ),
        q(
            "My story so far",
            "child",
            lp(
                "child",
                "At primary school I found reading and writing really hard, and I got "
                "into trouble for messy work.",
                "I was diagnosed with dyslexia in Year 4 and with dyspraxia in Year 6.",
                "Secondary school was difficult, and in Year 9 I stopped going for nearly "
                "a term because of anxiety.",
                "I got my first plan in Year 10, and things got better after I moved to "
                "a smaller teaching group and started using a laptop.",
                "I passed my Level 2 music technology course last year with a merit.",
            ),
        ),
        q(
            "My mum's views",
            "parent",
            lp(
                "parent",
                "I am so proud of how far Daniel has come.",
                "There were times in Year 9 when I did not think he would finish school, "
                "and now he is at college doing something he loves.",
                "My worries now are about his English, his independence with travel and "
                "money, and what support he will get at university.",
                "I would like the college to keep in touch with me, with Daniel's "
                "agreement, because he does not always tell me when things are going wrong.",
            ),
        ),
        q(
            "Who completed this section?",
            "mixed",
            lp(
                "child",
                "I wrote this section myself with help from Mrs Nolan, my study skills "
                "tutor, who typed it up as I talked on 9 February 2026.",
            ),
            lp("third", "Daniel's mother, Mrs Akosua Osei, wrote her own views."),
        ),
    ],
)

section_b = Section(
    "B",
    "Section B: My Special Educational Needs",
    [
        H("Cognition and learning"),
        P(
            "I have dyslexia. My reading is accurate but slow, and I lose track of long "
            "texts. My spelling is well below what is expected for my age, and I find it "
            "hard to organise my ideas in writing. An assessment by the college's "
            "specialist assessor in October 2025 found that my reading speed and my "
            "spelling are in the lowest 5% for my age, while my verbal reasoning is above "
            "average. This means I understand complex ideas well but struggle to show it "
            "in writing."
        ),
        P(
            "I also have difficulty with working memory and processing speed. I can "
            "forget instructions if they are given all at once, and I need more time than "
            "other students to process written information. I use text-to-speech and "
            "speech-to-text software, a digital recorder in lectures and mind-mapping "
            "apps to plan assignments."
        ),
        P(
            "I have not yet passed GCSE English Language, which I need for university. "
            "My spoken English is strong, but my reading speed and spelling mean that "
            "I run out of time in the examination. I have 25% extra time, a reader and a "
            "word processor."
        ),
        P(
            "Planning long pieces of work is the hardest part of college for me. I often "
            "have good ideas but do not know where to start, and I can spend too long on "
            "the practical part of an assignment and leave the written evaluation until "
            "the last minute. With my study skills tutor I have started breaking "
            "assignments into smaller steps with their own deadlines, which is helping."
        ),
        H("Communication and interaction"),
        P(
            "I communicate well in conversation with people I know. I find it harder to "
            "speak in groups and with people I do not know, because of anxiety rather "
            "than language difficulties. Presentations are very stressful for me, and I "
            "have agreed with my tutors that I can present to a smaller group or submit a "
            "recorded presentation instead."
        ),
        H("Social, emotional and mental health"),
        P(
            "I have anxiety. It is worst when I am in new places, when I am in crowds, and "
            "before examinations. When I am anxious I get a racing heart and feel sick, and "
            "sometimes I leave the room or do not go in. In Year 9 my anxiety led to a long "
            "period out of school. Since then I have learned strategies, including "
            "breathing exercises and listening to music, which help me to calm down."
        ),
        P(
            "At college my attendance is 88%. Most of my absences are on days when I have "
            "English, or when something has changed, such as a room move or a new "
            "teacher. I have a small group of friends on my course and I get on well with "
            "most of my tutors."
        ),
        P(
            "I am worried about what will happen after college. The thought of moving to "
            "a new city for university, with new people and new buildings, makes me "
            "anxious, even though it is what I want. I would like to plan this step by "
            "step, with visits and information, so that it does not feel so big."
        ),
        H("Sensory and/or physical needs"),
        P(
            "I have developmental coordination disorder (DCD), also called dyspraxia. It "
            "affects my coordination, my handwriting and my sense of direction. My "
            "handwriting is slow and hard to read, so I use a laptop for all written "
            "work. I find it hard to find my way around new buildings and to follow "
            "directions, and I can get lost, which makes me anxious. I am sometimes "
            "clumsy when setting up equipment, and I need extra time to learn new "
            "practical routines, although once I have learned them I am careful and "
            "accurate."
        ),
        P(
            "In the studio I have learned to use checklists and labelled cables, which "
            "help me to set up equipment in the right order. My tutors have noticed that "
            "I am much more confident with equipment I have used many times, and that "
            "problems happen mainly when the set-up changes or when I am rushed."
        ),
        P(
            "I also find it hard to organise myself: planning my time, keeping track of "
            "deadlines and managing money. These are the areas I most need to work on to "
            "become more independent."
        ),
        P(
            "At home my mum still reminds me about appointments, tops up my bus pass and "
            "helps me to read letters. I want to do these things myself, but I need to "
            "learn ways of doing them that work with my dyslexia and dyspraxia, such as "
            "using apps, reminders and voice notes."
        ),
    ],
)

section_c = Section(
    "C",
    "Section C: My Health Needs",
    [
        P(
            "My anxiety is managed by my GP. I had a course of cognitive behavioural "
            "therapy through the local talking therapies service for young people in "
            "2024, which helped. I do not take any medication for my anxiety at present. "
            "I know I can go back to my GP if my anxiety gets worse."
        ),
        P(
            "My dyspraxia was diagnosed by the community paediatrician in 2019. I was "
            "discharged from the paediatric service and from occupational therapy in 2023. "
            "I have no other health needs apart from hay fever in the summer."
        ),
        P(
            "I sleep well most of the time, but I sometimes stay up very late working on "
            "music, which makes me tired the next day. I know this is something I need to "
            "manage better, especially before examinations."
        ),
    ],
)

section_d = Section(
    "D",
    "Section D: My Social Care Needs",
    [
        P(
            "I do not have a social worker. I had a transition assessment from Thornvale "
            "adult social care in January 2026, which found that I do not have eligible "
            "needs for adult social care at the moment, but that I need some help to "
            "learn to travel independently and to manage money. This is recorded in "
            "Section H2."
        ),
        P(
            "My mum is a single parent and works full time. She has been assessed as a "
            "carer and has been given information about the Thornvale carers' service."
        ),
        P(
            "My sister is 13. We get on well, although she says I take over the living "
            "room with my speakers. My dad lives in another part of the country and I see "
            "him in the holidays. I travel there by train with my mum, and I would like to "
            "be able to make that journey on my own."
        ),
    ],
)

section_e = Section(
    "E",
    "Section E: My Outcomes",
    [
        P(
            "My outcomes are grouped under the four Preparing for Adulthood areas. I "
            "agreed them at my annual review on 16 February 2026."
        ),
        H("Employment and higher education"),
        outcome(
            "By July 2027, I will complete the Level 3 Extended Diploma in Music "
            "Technology with at least a merit overall, so that I can apply to "
            "university.",
            "smt",
            style="bullet",
        ),
        target(
            "By the end of the summer term 2026, I will hand in all my assignments by the "
            "deadline, using my planner and reminders, with no more than one extension a "
            "term.",
            "smt",
            style="bullet",
        ),
        target(
            "By June 2026, I will pass GCSE English Language at grade 4 or above.",
            "smt",
            style="bullet",
        ),
        outcome(
            "By October 2026, I will complete a work placement of at least 5 days at a "
            "recording studio or live music venue, travelling there independently.",
            "smt",
            style="bullet",
        ),
        H("Independent living"),
        outcome(
            "By March 2027, I will plan and manage a weekly budget for my travel, food "
            "and phone, using a banking app, without running out of money before the "
            "end of the week in 3 out of 4 weeks.",
            "smt",
            style="bullet",
        ),
        target(
            "By July 2026, I will travel by bus to college and to two other regular "
            "places on my own, including when there is a diversion, using a journey "
            "planner app.",
            "smt",
            style="bullet",
        ),
        H("Friends, relationships and community"),
        outcome(
            "By March 2027, I will take part in a music group or community event at least "
            "twice a month, including one where I do not already know anyone.",
            "smt",
            style="bullet",
        ),
        outcome(
            "I will continue to develop my social confidence.",
            "",
            style="bullet",
        ),
        H("Good health"),
        outcome(
            "By the next annual review, I will use my anxiety plan to manage my anxiety "
            "before and during examinations, so that I attend every examination I am "
            "entered for.",
            "smt",
            style="bullet",
        ),
        target(
            "By Easter 2026, I will book and attend my own GP appointment and explain my "
            "needs without my mum's help.",
            "smt",
            style="bullet",
        ),
    ],
)

FW = (0.22, 0.56, 0.22)


def row(area: str, prov: F, outcomes: str) -> list:
    return [cell(area), cell(prov), cell(outcomes)]


section_f = Section(
    "F",
    "Section F: Special Educational Provision",
    [
        P(
            "The provision below will be delivered by Kingsmere College. The college's "
            "learning support manager is responsible for making sure that it is in place "
            "and for recording what has been delivered."
        ),
        T(
            [
                [
                    cell("Area of need"),
                    cell("Provision (what, how often, who)"),
                    cell("Outcomes supported"),
                ],
                row(
                    "Cognition and learning",
                    F(
                        "One 1:1 study skills session of 60 minutes each week during term "
                        "time with a specialist study skills tutor who holds a Level 5 "
                        "qualification in teaching learners with specific learning "
                        "difficulties.",
                        "qw",
                        "1:1",
                    ),
                    "Completing my diploma; meeting deadlines",
                ),
                row(
                    "Cognition and learning",
                    F(
                        "GCSE English Language resit classes in a group of no more than 8 "
                        "students, 3 hours per week, taught by a qualified English teacher, "
                        "plus one 30-minute 1:1 session a week with a learning support "
                        "assistant to practise reading and planning answers.",
                        "qw",
                        "group of no more than 8, plus 1:1",
                    ),
                    "Passing GCSE English Language",
                ),
                row(
                    "Cognition and learning",
                    F(
                        "A college laptop with text-to-speech, speech-to-text and "
                        "mind-mapping software, for use in all lessons, at home and in "
                        "examinations, with a 1-hour training session from the assistive "
                        "technology officer at the start of each year.",
                        "qw",
                    ),
                    "Completing my diploma",
                ),
                row(
                    "Cognition and learning",
                    F(
                        "Examination access arrangements: 25% extra time, a reader or "
                        "computer reader, a word processor and a separate room with no "
                        "more than 6 candidates, for all internal and external "
                        "examinations, arranged by the examinations officer.",
                        "qw",
                        "separate room, no more than 6",
                    ),
                    "Completing my diploma; passing GCSE English Language",
                ),
                row(
                    "Cognition and learning",
                    F(
                        "All assignment briefs provided in writing and as an audio file, "
                        "in a dyslexia-friendly format, by the course tutor at least 4 "
                        "weeks before the deadline.",
                        "qw",
                    ),
                    "Meeting deadlines",
                ),
                row(
                    "Cognition and learning",
                    F(
                        "Lecture notes and slides shared electronically before each session.",
                        "q",
                    ),
                    "Completing my diploma",
                ),
                row(
                    "Cognition and learning",
                    F(
                        "In-class support from a learning support assistant as required.",
                        "w",
                        None,
                        ("as required",),
                    ),
                    "Completing my diploma",
                ),
                row(
                    "Communication and interaction",
                    F(
                        "Option to give presentations to a small group or as a recording, "
                        "agreed with the course leader for each assignment.",
                        "w",
                        None,
                        ("small group",),
                    ),
                    "Completing my diploma",
                ),
                row(
                    "Social, emotional and mental health",
                    F(
                        "A weekly 30-minute 1:1 check-in with a named learning support "
                        "mentor to review my week, my deadlines and my anxiety plan.",
                        "qw",
                        "1:1",
                    ),
                    "Good health; meeting deadlines",
                ),
                row(
                    "Social, emotional and mental health",
                    F(
                        "An anxiety plan, written with the college wellbeing adviser by "
                        "30 April 2026 and reviewed each term, setting out my early "
                        "warning signs, what helps and where I can go.",
                        "qw",
                    ),
                    "Good health",
                ),
                row(
                    "Social, emotional and mental health",
                    F(
                        "Use of the quiet study room in the learning centre at lunchtime "
                        "and whenever I need to leave a lesson because of anxiety, with "
                        "an exit card agreed with all my tutors.",
                        "",
                    ),
                    "Good health",
                ),
                row(
                    "Social, emotional and mental health",
                    F(
                        "Access to counselling through the college wellbeing service.",
                        "",
                        None,
                        ("access to",),
                    ),
                    "Good health",
                ),
                row(
                    "Social, emotional and mental health",
                    F(
                        "Advance notice by text message from the course administrator of "
                        "any change of room, tutor or timetable, at least 24 hours before "
                        "the change wherever possible.",
                        "qw",
                        None,
                        ("wherever possible",),
                    ),
                    "Good health; completing my diploma",
                ),
                row(
                    "Sensory and/or physical",
                    F(
                        "An orientation session of 1 hour with a learning support "
                        "assistant at the start of each term and before any move to a new "
                        "building, walking the routes to my rooms.",
                        "qw",
                        "1:1",
                    ),
                    "Independent living; completing my diploma",
                ),
                row(
                    "Sensory and/or physical",
                    F(
                        "Extra practice time in the studio: two 1-hour supervised sessions "
                        "a week with a studio technician, to learn new equipment set-ups.",
                        "qw",
                    ),
                    "Completing my diploma; work placement",
                ),
                row(
                    "Preparing for adulthood",
                    F(
                        "Independent careers guidance from a qualified careers adviser: "
                        "two 45-minute 1:1 interviews a year, including advice on "
                        "university applications and the Disabled Students' Allowance.",
                        "qw",
                        "1:1",
                    ),
                    "Employment and higher education",
                ),
                row(
                    "Preparing for adulthood",
                    F(
                        "Support to find and prepare for a work placement from the "
                        "college's work experience co-ordinator, including a pre-placement "
                        "visit with me and a written placement plan.",
                        "w",
                    ),
                    "Work placement",
                ),
                row(
                    "Preparing for adulthood",
                    F(
                        "Two visits to universities offering sound engineering courses "
                        "in the spring and summer terms 2026, with a learning support "
                        "mentor, including a meeting with each university's disability "
                        "service.",
                        "qw",
                    ),
                    "Employment and higher education",
                ),
                row(
                    "Preparing for adulthood",
                    F(
                        "Money management sessions in a group of 6 students, 1 hour a "
                        "week for 10 weeks in the summer term 2026, led by the college's "
                        "independent living tutor.",
                        "qw",
                        "small group of 6",
                    ),
                    "Independent living",
                ),
                row(
                    "Preparing for adulthood",
                    F(
                        "Opportunities for enrichment activities, such as the college "
                        "band and the sound crew for college events.",
                        "",
                        None,
                        ("opportunities for", "such as"),
                    ),
                    "Friends, relationships and community",
                ),
            ],
            ncols=3,
            widths=FW,
            header_rows=1,
        ),
    ],
)

section_g = Section(
    "G",
    "Section G: Health Provision",
    [P("No health provision is required at this time.")],
)

section_h1 = Section(
    "H1",
    "Section H1: Social Care Provision (section 2 of the Chronically Sick and Disabled "
    "Persons Act 1970)",
    [P("No provision is required under section 2 of the Act at this time.")],
)

section_h2 = Section(
    "H2",
    "Section H2: Other Social Care Provision",
    [
        P(
            "Travel training from the Thornvale independent travel training team: 1:1 "
            "sessions of 2 hours, twice a week, for up to 8 weeks from April 2026, on my "
            "routes to college, to the youth centre and to the town centre, including "
            "practice of what to do when a bus is diverted."
        ),
        P(
            "Information and advice for my mum from the Thornvale carers' service, and a "
            "carer's assessment review every 12 months."
        ),
    ],
)

section_i = Section(
    "I",
    "Section I: My Placement",
    [
        P(
            "Kingsmere College (general further education college), Level 3 Extended "
            "Diploma in Music Technology, year 1 of 2, 16 hours a week of taught "
            "sessions, from September 2025 to July 2027."
        ),
        P(
            "My plan will be reviewed at least every 12 months. My next annual review "
            "must take place by 15 February 2027, and it will focus on my plans for "
            "university and on whether I still need this plan after I leave college."
        ),
        P(
            "The college will hold a progress review with me each term, and my mum will "
            "be invited if I agree. I will be told the date of each review at least two "
            "weeks in advance, and I can bring a friend or ask my mentor to speak for me."
        ),
    ],
)

section_j = Section(
    "J",
    "Section J: Personal Budget",
    [
        P(
            "I have not asked for a personal budget. I was given information about "
            "personal budgets and direct payments at my annual review, and I may ask for "
            "one for travel costs in the future."
        ),
        P(
            "If I do ask for a personal budget, the council will explain how much it "
            "would be, what it could be used for and how I would need to keep records. "
            "My mum has said she would help me to manage it at first."
        ),
    ],
)

section_k = Section(
    "K",
    "Section K: Advice and Information",
    [
        P("My views and my mum's views, 9 February 2026", style="bullet"),
        P("Annual review report, Kingsmere College, 16 February 2026", style="bullet"),
        P("Specialist dyslexia assessment report, 22 October 2025", style="bullet"),
        P("Adult social care transition assessment, 20 January 2026", style="bullet"),
        P("Careers guidance action plan, 4 December 2025", style="bullet"),
        P("Letter from GP about anxiety, 12 January 2026", style="bullet"),
        P(
            "Earlier advice from my secondary school, the educational psychologist and "
            "the paediatrician was also read, because it explains the history of my "
            "needs. I have seen all of these reports and I agree with them, apart from "
            "the part of the school report that said I was lazy, which I think was unfair."
        ),
    ],
)

PLAN = Plan(
    file="09_young_person.pdf",
    description=(
        "PDF for a young person aged 17 at college: 'Section A: My Profile' headings, "
        "first person throughout, H1 and H2 present, Section G is a one-line 'no "
        "provision' statement, Section F is a table that runs over several pages with "
        "a repeated header row; footer with council, name and page x of y."
    ),
    child={"name": "Daniel Osei", "first_name": NAME, "age": 17, "year_group": 12},
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
    unexplained_acronyms=[],
    meta={"renderer": "pdf_young_person", "council": "Thornvale County Council"},
)
