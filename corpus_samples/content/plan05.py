"""05: sections out of alphabetical order (A, E, B, C, D, F, ...), headings
"(A) Views, Interests and Aspirations" in bold Normal text rather than a
heading style; sub-questions also bold.  Year 5.  Entirely fictional."""

from ..model import F, H, P, Plan, Section, lp, outcome, q, target, third

NAME = "Ruby"

front = [
    P("FENMARSH COUNTY COUNCIL"),
    P("EDUCATION, HEALTH AND CARE PLAN"),
    P("Child's name: Ruby Okafor"),
    P("Date of birth: 8 October 2015"),
    P("Current setting: Wrenfield Primary School, Year 5"),
    P("Date of final plan: 3 December 2025"),
    P(
        "Please note: in this plan the outcomes (E) are set out straight after Ruby's "
        "views (A), so that everyone reads what Ruby wants to achieve before the "
        "description of her needs.",
        bold_prefix="Please note:",
    ),
]

section_a = Section(
    "A",
    "(A) Views, Interests and Aspirations",
    [
        q(
            "What is important to me?",
            "child",
            lp(
                "child",
                "I love gymnastics and I go to a club on Tuesdays and Saturdays.",
                "I can do a cartwheel, a round-off and a handstand for ten seconds.",
                "My dog Marley is important to me because he is always happy to see me.",
                "My best friends are Leah and Tomi.",
            ),
            lp(
                "child",
                "I like it when my mum watches me at gymnastics competitions, because she "
                "cheers the loudest.",
                "I like helping with my little brothers, but not when they break my things.",
                "At school the most important thing is playtime, because that is when I "
                "can run about.",
            ),
        ),
        q(
            "What do people like and admire about me?",
            "mixed",
            lp(
                "child",
                "People say I am funny and full of energy.",
                "I am good at making up dances.",
            ),
            lp(
                "third",
                "Her teacher, Mrs Lindqvist, says that Ruby is creative, quick-witted "
                "and generous, and that she is always the first to help a new child.",
            ),
            lp("parent", "We love her sense of humour and her big heart."),
        ),
        q(
            "My hopes and dreams",
            "child",
            lp(
                "child",
                "I want to be a gymnastics coach or a dancer on the stage.",
                "I want to be able to read the Harry Potter books by myself.",
                "I want to go to the same secondary school as Leah.",
            ),
        ),
        q(
            "What's working",
            "mixed",
            lp(
                "child",
                "I like my wobble cushion and my fiddle toy.",
                "I like having jobs like taking the register.",
                "Doing my spellings on the computer is better than writing them.",
            ),
            lp(
                "third",
                "Ruby's movement breaks are helping her to stay in class for longer, and "
                "she has not been sent out of a lesson since October.",
                "She is making good progress in her phonics group.",
                "Ruby responds very well to praise that is specific and immediate, and "
                "she is proud of the points she has earned on her class reward chart.",
            ),
            lp(
                "parent",
                "The daily text message from her teacher has made a real difference to "
                "us, because I can praise her at home for the good things she has done.",
            ),
        ),
        q(
            "What's not working",
            "mixed",
            lp(
                "child",
                "I get told off for fidgeting and shouting out, but I can't help it.",
                "I find reading out loud in front of the class really embarrassing.",
                "When we have to copy from the board I can't keep up.",
            ),
            lp(
                "third",
                "Ruby finds it hard to stay focused for more than a few minutes on written "
                "tasks, and she often does not finish her work.",
                "She sometimes falls out with friends at playtime when games become competitive.",
            ),
        ),
        q(
            "How to communicate with me",
            "child",
            lp(
                "child",
                "Give me one thing to do at a time.",
                "Write it down or show me, because I forget.",
                "If I am getting cross, let me go for a walk and then talk to me.",
                'Ruby said, "Don\'t shout at me, because then I shout back."',
            ),
        ),
        q(
            "What I want to get better at",
            "child",
            lp(
                "child",
                "I want to get better at reading so I don't have to guess.",
                "I want to stop getting cross when I lose at games.",
                "I want to get more house points than my friend Tomi.",
            ),
        ),
        q(
            "What my teacher says",
            "professional",
            lp(
                "other",
                "I have taught Ruby since September and I have seen how hard she tries, "
                "even when reading is a struggle.",
                third(
                    "She has a fantastic imagination, and her spoken stories are some of the "
                    "best in the class."
                ),
                "I would like her to be able to get those ideas down on paper, and I think "
                "the right technology will help.",
            ),
        ),
        q(
            "My history",
            "parent",
            lp(
                "parent",
                third("Ruby has always been on the go."),
                third("She walked at ten months and has never stopped since."),
                third(
                    "At nursery she found it hard to sit at circle time, and in Reception her "
                    "teacher first raised concerns about her attention and her letter sounds."
                ),
                third(
                    "She was diagnosed with attention deficit hyperactivity disorder (ADHD) in "
                    "March 2024, and the school assessed her for dyslexia in Year 4."
                ),
            ),
        ),
        q(
            "My family's views",
            "parent",
            lp(
                "parent",
                "I am a single parent and Ruby has two younger brothers, so life at home is busy.",
                "I know Ruby is bright, but I feel that school sometimes only sees her behaviour.",
                "I want her to get help with her reading before she goes to secondary "
                "school, because she is starting to say she hates books.",
                third("Her medication has helped, but it wears off by the afternoon."),
            ),
            lp(
                "parent",
                "Mornings are the hardest part of our day.",
                "Getting three children ready and out of the door, with Ruby unable to find "
                "her shoes or her book bag, often means we arrive stressed and late.",
                "I would like school and home to use the same checklists and the same "
                "reward system, so that Ruby gets the same message everywhere.",
            ),
        ),
        q(
            "Who completed this section?",
            "professional",
            lp(
                "other",
                "I met Ruby at school on 17 October 2025 and she told me her views while "
                "we played a card game.",
                "I met Ruby's mum, Ms Grace Okafor, at home on the same day.",
                third(
                    "This section was completed by Hollie Brand, SEND Officer, Fenmarsh "
                    "County Council."
                ),
            ),
        ),
    ],
)

section_e = Section(
    "E",
    "(E) Outcomes",
    [
        P(
            "These outcomes were agreed with Ruby and Ms Okafor at the planning meeting "
            "on 12 November 2025. Progress will be reviewed at the end of each term and at "
            "the annual review. Ruby chose the order of the outcomes, starting with the one "
            "that mattered most to her."
        ),
        H("Cognition and learning"),
        outcome(
            "By the end of Key Stage 2, Ruby will read a Year 5 level text aloud at 90 "
            "words per minute and answer 7 out of 10 comprehension questions correctly.",
            "smtg",
        ),
        target(
            "By Easter 2026, Ruby will read and spell 80 of the 100 Year 3 and 4 common "
            "exception words correctly.",
            "smt",
            style="bullet",
        ),
        target(
            "By July 2026, Ruby will type a paragraph of at least 5 sentences using "
            "speech-to-text or typing, with capital letters and full stops, in 3 out of 4 "
            "pieces of writing.",
            "smt",
            style="bullet",
        ),
        outcome(
            "Ruby will improve her maths skills.",
            "",
        ),
        H("Communication and interaction"),
        outcome(
            "By July 2026, Ruby will wait for her turn to speak in a small group "
            "discussion, using the talking object, in 4 out of 5 observed sessions.",
            "smt",
        ),
        H("Social, emotional and mental health"),
        outcome(
            "By the end of Year 6 (July 2027), Ruby will use her self-regulation plan to "
            "recognise when she is becoming frustrated and choose a calming strategy, "
            "needing no more than one adult prompt per day.",
            "smt",
        ),
        target(
            "By February half-term 2026, Ruby will use her red, amber and green card to "
            "show an adult how she is feeling at least three times a day.",
            "smt",
            style="bullet",
        ),
        target(
            "Ruby will understand her feelings better.",
            "",
            style="bullet",
        ),
        outcome(
            "By July 2026, Ruby will play a competitive team game at lunchtime for 15 "
            "minutes without a falling-out that needs adult help, on 4 days out of 5.",
            "smt",
        ),
        H("Attention and independence"),
        outcome(
            "By the end of Year 6 (July 2027), Ruby will work independently on a written "
            "task for 15 minutes, using her task checklist, in 4 out of 5 lessons.",
            "smt",
        ),
        target(
            "By Easter 2026, Ruby will complete a 5-minute task at her work station before "
            "a movement break, without adult support, in 4 out of 5 attempts.",
            "smt",
            style="bullet",
        ),
        outcome(
            "Ruby will receive 5 hours of teaching assistant (TA) support each week to help "
            "her stay on task.",
            "p",
        ),
    ],
)

section_b = Section(
    "B",
    "(B) Special Educational Needs",
    [
        H("Communication and Interaction"),
        P(
            "Ruby has no identified difficulties with speech and language. She has a wide "
            "vocabulary, enjoys talking and tells stories with great expression. Her "
            "difficulties in this area are linked to her attention: she often interrupts, "
            "talks over others and finds it hard to wait her turn in conversation, which "
            "can cause friction with other children."
        ),
        P(
            "Ruby understands spoken instructions well when she is paying attention, but "
            "she often misses parts of instructions given to the whole class, and then "
            "copies what others are doing or asks the adult to repeat them. She is skilled "
            "at reading the mood of a group and can be very kind to children who are upset."
        ),
        H("Cognition and Learning"),
        P(
            "Ruby has a specific learning difficulty (dyslexia), identified by the "
            "specialist teacher in June 2025. Her phonological awareness and working "
            "memory are significantly below average, while her verbal reasoning is above "
            "average. This uneven profile means that she understands much more than she "
            "is able to read or write."
        ),
        P(
            "Ruby's reading is at about the level expected of a child in Year 2. She "
            "decodes slowly, often guesses words from the first letter and loses her "
            "place on the page. Her comprehension of texts read aloud to her is good. Her "
            "spelling is inconsistent, and her written work is short because of the effort "
            "involved. She is motivated when allowed to use a laptop or speech-to-text "
            "software."
        ),
        P(
            "In mathematics, Ruby has good reasoning skills and enjoys practical problem "
            "solving, but she makes errors in calculation because of her difficulties with "
            "attention and with remembering number facts and the steps of written methods. "
            "She is working at about the level expected in Year 3."
        ),
        P(
            "Copying from the board is particularly difficult for Ruby, because she has to "
            "hold words in her memory while she looks down at her page, and she often "
            "loses her place. She is much more successful when she has a printed copy on "
            "her desk. She also finds it hard to organise her belongings and often arrives "
            "at lessons without the right equipment, which adds to her frustration."
        ),
        P(
            "The EP who assessed Ruby in September 2025 found that her attention "
            "difficulties and her dyslexia affect each other: when reading and writing are "
            "hard, her attention drops sooner, and when her attention drops, she misses "
            "teaching she needs to build her literacy skills."
        ),
        H("Social, Emotional and Mental Health"),
        P(
            "Ruby's ADHD affects her attention, her activity levels and her impulse "
            "control. In lessons she often fidgets, leaves her seat and calls out. She finds "
            "it hard to start tasks she finds difficult and to sustain effort. She can "
            "become frustrated quickly, particularly when she feels she has been treated "
            "unfairly, and at these times she may shout, throw equipment or leave the "
            "classroom. These incidents have reduced since she started medication and "
            "since movement breaks were introduced."
        ),
        P(
            "Ruby has a good group of friends, but games at playtime can end in arguments, "
            "often because Ruby changes the rules or becomes upset when she loses. She is "
            "very sensitive to criticism and can be quick to decide that adults or other "
            "children do not like her. Her self-esteem as a learner is low, although she is "
            "confident in gymnastics and dance."
        ),
        P(
            "Afternoons are the hardest time for Ruby. As her medication wears off, her "
            "restlessness increases and she finds it much harder to manage her feelings. "
            "Most of the incidents recorded this year have happened after lunch, often "
            "after a disagreement at playtime that has not been resolved. Ruby does "
            "better when an adult helps her to talk through what happened before she goes "
            "back into class."
        ),
        P(
            'Ruby has told adults that she sometimes feels "stupid" and "naughty". It '
            "is important that adults help her to see her strengths and understand that "
            "her difficulties with reading and attention are not her fault."
        ),
        H("Sensory and/or Physical"),
        P(
            "Ruby has no sensory impairment. She seeks movement and benefits from "
            "opportunities to move, stretch and fidget during the day. Her gross motor "
            "skills are a strength. Her handwriting is untidy and slow, which she finds "
            "frustrating."
        ),
        P(
            "Ruby finds it hard to sit still on the carpet for whole-class teaching and is "
            "more settled when she can sit on a chair at the edge of the group or use a "
            "wobble cushion. She is not bothered by noise and is happy in busy places."
        ),
    ],
)

section_c = Section(
    "C",
    "(C) Health Needs",
    [
        P(
            "Ruby was diagnosed with ADHD by the community paediatrician, Dr Victor Nwosu, "
            "in March 2024. She takes a stimulant medication each morning before school, "
            "which helps her to concentrate, but its effect wears off by early afternoon. "
            "Her appetite is reduced at lunchtime as a side effect, and staff encourage her "
            "to eat her snack at morning break."
        ),
        P(
            "Ruby's medication, growth, blood pressure and sleep are reviewed by Dr Nwosu "
            "every 6 months. She has no other health needs."
        ),
        P(
            "Ms Okafor has reported that Ruby takes a long time to fall asleep, often not "
            "until after 10 pm, and that she is tired in the mornings. Dr Nwosu has given "
            "advice on a bedtime routine and will review her sleep at the next "
            "appointment. Ruby's eyesight and hearing were checked in 2025 and are normal."
        ),
    ],
)

section_d = Section(
    "D",
    "(D) Social Care Needs",
    [
        P(
            "Ruby lives with her mother and two younger brothers, aged 6 and 3. Ms Okafor "
            "is a single parent and works part-time. The family is not known to "
            "children's social care. Ms Okafor has said that she would like support with "
            "managing Ruby's behaviour at home and information about activities in the "
            "school holidays. The family has been referred to the Fenmarsh Family Hub "
            "for a parenting course for parents of children with ADHD. No social care "
            "assessment has been requested at this time."
        ),
        P(
            "Ruby enjoys her gymnastics club, which gives her a positive place to use her "
            "energy and to be successful. The cost of the club and of competitions is a "
            "strain on the family budget, and Ms Okafor has been given information about "
            "the council's holiday activities programme and local grants for sports clubs."
        ),
    ],
)

section_f = Section(
    "F",
    "(F) Special Educational Provision",
    [
        H("Cognition and Learning"),
        F(
            "A structured, multi-sensory literacy programme delivered 1:1 by a teaching "
            "assistant trained in the programme, for 30 minutes, 4 times a week.",
            "qw",
            "1:1",
        ),
        F(
            "A visit from the specialist teacher for specific learning difficulties once "
            "each half-term, for 1 hour, to review Ruby's literacy programme and advise "
            "the class teacher.",
            "qw",
        ),
        F(
            "Use of a laptop with speech-to-text software for extended writing, as appropriate.",
            "",
            None,
            ("as appropriate",),
        ),
        F(
            "A maths intervention in a group of 4 children, 3 times a week for 20 minutes, "
            "led by the class TA.",
            "qw",
            "small group of 4",
        ),
        F(
            "Coloured overlays and reading rulers.",
            "",
        ),
        F(
            "Printed copies of any text Ruby needs to copy from the board, provided by the "
            "class teacher in every lesson.",
            "qw",
        ),
        F(
            "Pre-teaching of key vocabulary for each new topic by the TA, in a 15-minute "
            "1:1 session at the start of each half-term.",
            "qw",
            "1:1",
        ),
        H("Social, Emotional and Mental Health"),
        F(
            "A self-regulation plan, written with Ruby by the SENCo (special educational "
            "needs co-ordinator) and reviewed every half-term with Ruby and her mother.",
            "qw",
        ),
        F(
            "Four planned movement breaks of 5 minutes each day (after each lesson), "
            "supervised by the TA.",
            "qw",
        ),
        F(
            "Weekly 30-minute sessions with the school's emotional literacy support "
            "assistant (ELSA), 1:1, for 10 weeks, focusing on recognising and managing "
            "frustration.",
            "qw",
            "1:1",
        ),
        F(
            "Regular social skills sessions with a small group of peers.",
            "",
            "small group",
            ("regular", "small group"),
        ),
        F(
            "A key adult to support Ruby at lunchtime when needed.",
            "",
            None,
            ("key adult", "when needed"),
        ),
        F(
            "A daily text message or note home from the class teacher, sharing one thing "
            "Ruby has done well that day.",
            "qw",
        ),
        F(
            "A 10-minute meeting with the TA straight after lunch every day, to talk "
            "through anything that happened at playtime before Ruby returns to class.",
            "qw",
            "1:1",
        ),
        H("Whole-class adjustments"),
        F(
            "Seating near the teacher and away from the door, with a wobble cushion and "
            "a fiddle toy, in all lessons.",
            "q",
        ),
        F(
            "Instructions given one step at a time and backed up with a written or "
            "picture checklist on Ruby's desk, by the class teacher, in every lesson.",
            "qw",
        ),
    ],
)

section_g = Section(
    "G",
    "(G) Health Provision",
    [
        P(
            "Review by the community paediatrician every 6 months, including medication, "
            "growth and sleep. School will complete a teacher questionnaire before each "
            "review."
        ),
        P(
            "If Ruby's medication is changed, Ms Okafor will let the school know, and the "
            "school will record any changes it notices in Ruby's attention, appetite or "
            "mood for the following four weeks."
        ),
    ],
)

section_h1 = Section(
    "H1",
    "(H1) Social Care Provision under Section 2 of the Chronically Sick and Disabled "
    "Persons Act 1970",
    [
        P("None."),
        P(
            "Ruby's needs were discussed with the Children with Disabilities Team, who "
            "confirmed that she does not currently meet the criteria for services under "
            "this Act."
        ),
    ],
)

section_h2 = Section(
    "H2",
    "(H2) Other Social Care Provision",
    [
        P(
            "Parenting course for parents of children with ADHD, Fenmarsh Family Hub, "
            "8 weekly sessions starting in January 2026."
        ),
    ],
)

section_i = Section(
    "I",
    "(I) Placement",
    [
        P("Wrenfield Primary School (mainstream primary academy)."),
        P("The first annual review of this plan must take place by 2 December 2026."),
        P(
            "The school will hold a meeting with Ruby and her mother each term to review "
            "progress towards the outcomes in section (E). Planning for Ruby's move to "
            "secondary school will begin at the annual review in Year 5, and Ms Okafor "
            "must name her preferred secondary school by 15 February 2027."
        ),
    ],
)

section_j = Section(
    "J",
    "(J) Personal Budget",
    [
        P("No personal budget has been requested."),
        P(
            "Ms Okafor has been given the council's leaflet about personal budgets and "
            "direct payments, and knows she can ask for one at any review meeting."
        ),
    ],
)

section_k = Section(
    "K",
    "(K) Advice and Information",
    [
        P("Parent's advice, Ms Grace Okafor, 17 October 2025", style="bullet"),
        P("Educational advice, Wrenfield Primary School, 10 October 2025", style="bullet"),
        P(
            "Educational psychology advice, Dr Mark Sefton, 29 September 2025",
            style="bullet",
        ),
        P("Specialist teacher report, 18 June 2025", style="bullet"),
        P("Paediatric advice, Dr Victor Nwosu, 6 October 2025", style="bullet"),
        P("Social care: no involvement, confirmed 14 October 2025", style="bullet"),
        P(
            "The educational psychology advice recommended that Ruby's literacy support "
            "be delivered in short, frequent sessions, that she have access to technology "
            "for recording, and that adults focus on praising effort. The specialist "
            "teacher's report gives details of the literacy programme and the screening "
            "results. The paediatric advice describes Ruby's ADHD and the effect of her "
            "medication across the school day."
        ),
    ],
)

PLAN = Plan(
    file="05_out_of_order.docx",
    description=(
        "Word file with headings in bold Normal text (no heading styles) shaped "
        "'(A) Views, Interests and Aspirations'; sections out of alphabetical order "
        "(A, E, B, C, D, F, G, H1, H2, I, J, K); sub-questions also bold; a "
        "partly-bold 'Please note:' paragraph in the front matter."
    ),
    child={"name": "Ruby Okafor", "first_name": NAME, "age": 10, "year_group": 5},
    front=front,
    sections=[
        section_a,
        section_e,
        section_b,
        section_c,
        section_d,
        section_f,
        section_g,
        section_h1,
        section_h2,
        section_i,
        section_j,
        section_k,
    ],
    unexplained_acronyms=["SEND", "EP"],
    meta={
        "renderer": "docx_flow",
        "section_style": "bold",
        "sub_styles": {2: "bold", 3: "bolditalic"},
        "front_styles": {0: "bold", 1: "bold"},
        "font": "Calibri",
    },
)
