"""01: Word headings (Heading 1 / Heading 2), sections A-K in order, H1/H2
split, C1/C2 under Section C.  Good plan, Year 4.  Entirely fictional."""

from ..model import F as Prov
from ..model import H, P, Plan, Section, lp, other, outcome, q, target, third

NAME = "Amira"

front = [
    P("Education, Health and Care Plan"),
    P("Eastmere Borough Council"),
    P("Name: Amira Khan"),
    P("Date of birth: 14 May 2017"),
    P("School: Hollin Lane Primary School (Year 4)"),
    P("Date this plan was issued: 20 January 2026"),
    P("Annual review due by: 19 January 2027"),
    P("Education, Health and Care Co-ordinator: Rachel Ibbotson"),
]

section_a = Section(
    "A",
    "Section A: The views, interests and aspirations of the child and his or her parents "
    "or the young person",
    [
        q(
            "What is important to me",
            "child",
            lp(
                "child",
                "My family is the most important thing to me.",
                "I live with my mum, my dad, my big brother Idris and my baby sister Noor.",
                "I love it when we all go to my nan's house on Sundays because she makes "
                "rice pudding and lets me help.",
            ),
            lp(
                "child",
                "I love animals, especially our cat Biscuit.",
                "I feed him every morning before school and I know exactly how many scoops he has.",
                "I like drawing animals and I keep all my drawings in a red folder.",
                "It is important to me that nobody throws my drawings away.",
            ),
            lp(
                "child",
                "At school it is important that I sit next to Hana because she is my best friend.",
                "I like knowing what is happening next, so I like it when Mrs Shah shows me "
                "the pictures on my timetable.",
                "I don't like it when things change and nobody tells me.",
            ),
        ),
        q(
            "What people like and admire about me",
            "mixed",
            lp(
                "child",
                "I am kind and I always share my snack with Hana.",
                "I am good at looking after the class plants.",
            ),
            lp(
                "parent",
                third("Amira's mum and dad say that she is loving, funny and very determined."),
                "We love how she looks after her little sister without being asked.",
                third("She never gives up on a drawing until she thinks it is right."),
            ),
            lp(
                "third",
                "Mr Doyle, Amira's class teacher, says that she is the first person to "
                "notice when someone in the class is upset.",
                other(
                    'He said, "I have really enjoyed seeing Amira grow in confidence this year."'
                ),
                "The lunchtime staff say that Amira is polite and always says thank you.",
            ),
        ),
        q(
            "My hopes and aspirations for the future",
            "mixed",
            lp(
                "child",
                "When I grow up I want to be a vet so I can help poorly animals.",
                "I want to have a dog and a cat and maybe a rabbit.",
                "I want to be able to read chapter books by myself like Idris does.",
            ),
            lp(
                "child",
                'Amira said, "I want to get better at writing so my stories look nice."',
                "Next year I want to be a school councillor.",
            ),
            lp(
                "parent",
                "We hope that Amira will be able to read for pleasure and to explain "
                "herself clearly, so that other people understand how clever she is.",
                "We want her to go to secondary school with her friends and to feel happy there.",
            ),
        ),
        q(
            "What is working well",
            "mixed",
            lp(
                "child",
                "I like my reading group with Mrs Shah because it is quiet and she gives me time.",
                "I like the picture cards on my desk.",
                "I like it when I can show my answer by drawing it.",
            ),
            lp(
                "third",
                "Amira has settled well into Year 4.",
                "She now comes into class each morning without needing an adult to meet her "
                "at the gate, which she could not do in Year 3.",
                "Her speech and language sessions are helping her to use new topic words, "
                "and she proudly told the class about the life cycle of a frog last term.",
            ),
            lp(
                "parent",
                "We have noticed that Amira is much less tired and tearful after school "
                "since the visual timetable was introduced.",
            ),
        ),
        q(
            "What is not working well",
            "mixed",
            lp(
                "child",
                "I don't like the hall at lunchtime because it is too loud and it hurts my ears.",
                "Sometimes I don't understand what the teacher says and then I get in a muddle.",
                "I hate it when people rush me.",
            ),
            lp(
                "third",
                "Amira finds it hard to follow long spoken instructions given to the whole class.",
                "When she is unsure, she tends to copy other children rather than ask for "
                "help, and adults do not always notice that she has not understood.",
                "Writing is slow and tiring for her, and she often leaves pieces unfinished.",
            ),
            lp(
                "parent",
                "We worry that she is falling further behind with reading and that she is "
                "starting to say she is stupid.",
                third("Homework can end in tears."),
            ),
        ),
        q(
            "How best to communicate with me",
            "mixed",
            lp(
                "child",
                "Please say my name first so I know you are talking to me.",
                "Use short sentences and show me a picture or do it first.",
                "Give me time to think before I answer, and don't finish my sentences for me.",
                "If I look worried, ask me to point to my feelings scale.",
            ),
            lp(
                "parent",
                "We find that Amira answers best when you ask her one question at a time and wait.",
                third(
                    'If she says "I don\'t know", it usually means she needs more time '
                    "or a picture, not that she has no answer."
                ),
                third("She also likes to have a notebook so she can draw what she means."),
            ),
        ),
        q(
            "What I would like to be different",
            "child",
            lp(
                "child",
                "I would like the dinner hall to be quieter, or I would like to eat my "
                "lunch somewhere else with Hana.",
                "I would like more time to finish my writing.",
                "I would like to be in the same reading book as my friends one day.",
                "I want people to wait for me when I am trying to say something.",
            ),
        ),
        q(
            "My story so far",
            "parent",
            lp(
                "parent",
                third("Amira was born at Eastmere General Hospital and was a healthy baby."),
                "We first noticed that she was slow to start talking when she was about "
                "two, because she used gestures and pointing much more than her brother had.",
                "Our health visitor referred her to speech and language therapy when she "
                "was two and a half.",
            ),
            lp(
                "parent",
                third(
                    "At nursery she was very quiet and mostly played on her own, but she loved "
                    "the animal corner."
                ),
                third(
                    "In Reception the school put in extra help with her speech and her listening."
                ),
                third(
                    "In Year 2 she was diagnosed with developmental language disorder, and the "
                    "school asked for this assessment in Year 3 because she was not catching up "
                    "with reading and writing."
                ),
            ),
        ),
        q(
            "My parents' views",
            "parent",
            lp(
                "parent",
                "We are proud of how hard Amira works.",
                third("She tries so hard at school and she comes home exhausted."),
                "We know she understands far more than she can say, and we want everyone "
                "working with her to know that too.",
            ),
            lp(
                "parent",
                "Our biggest worry is her reading.",
                "We would like her to have help every day, not just when there is a "
                "teaching assistant free.",
                "We would also like to know what she is working on so that we can practise "
                "at home in the same way.",
                "We are happy with Hollin Lane and want her to stay there with her friends.",
            ),
            lp(
                "parent",
                "At home Amira is chatty with us and with her nan, but she goes quiet with "
                "people she does not know well, and we think teachers do not always see "
                "how much she has to say.",
                "We have found that she talks most when she is drawing or when we are "
                "walking the cat round the garden, so we would like school to use drawing "
                "as a way in.",
                "We would like her to have a say in her targets, because she works hardest "
                "when she knows why she is doing something.",
            ),
        ),
        q(
            "Who completed this section?",
            "professional",
            lp(
                "third",
                "This section was completed on 4 November 2025 by Amira with her mum, "
                "Mrs Sabina Khan, and her teaching assistant, Mrs Shah.",
                "Amira's own words are written in the first person and were recorded "
                "exactly as she said them, using picture prompts.",
                "Her parents' words are shown under their own headings.",
            ),
        ),
    ],
)

section_b = Section(
    "B",
    "Section B: Special educational needs",
    [
        P(
            "This section describes Amira's special educational needs under the four "
            "broad areas of need in the Special Educational Needs and Disability Code of "
            "Practice. It is based on the advice "
            "listed in Section K, on the views of Amira and her parents, and on what her "
            "teachers see every day. Amira's main area of need is communication and "
            "interaction; her difficulties with literacy, her anxiety and her fine motor "
            "difficulties are described below because they also affect her learning."
        ),
        H("Amira's strengths"),
        P(
            "Amira is observant, caring and creative. Her drawings are detailed and show "
            "a good memory for things she has seen, and she uses drawing to plan and "
            "explain her ideas. She has a strong sense of fairness, she is a loyal "
            "friend, and she is reliable when given a responsibility. She is "
            "interested in animals and nature, and her knowledge of these topics is well "
            "above what her spoken language would suggest. She works hard and wants to "
            "do well, which is one of the main reasons the adults around her are "
            "confident that she will make good progress with the right support."
        ),
        H("Communication and interaction"),
        P(
            "Amira has a diagnosis of developmental language disorder (DLD), made by the "
            "community speech and language therapy service in June 2024. Her speech and "
            "language therapist (SALT), who is registered with the Health and Care "
            "Professions Council (HCPC), assessed her again in October 2025. Her "
            "understanding of spoken language is at about the level expected of a child "
            "of six, and her expressive language is at about the level of a child of five "
            "and a half. This means she is around two and a half to three years behind "
            "other children of her age."
        ),
        P(
            "Amira can follow a single instruction that contains two key words, such as "
            '"Put your book in the tray", but she loses track when an instruction has '
            "three or more parts or contains words about time and position (before, "
            'after, unless, underneath). She finds questions beginning with "why" and '
            '"how" much harder than questions beginning with "who" or "where".'
        ),
        P(
            "When she talks, Amira uses short sentences and often leaves out small "
            'grammatical words, for example "Me go park yesterday". She has difficulty '
            "finding the word she wants, particularly under pressure, and may then stop "
            'talking or say "I don\'t know". She is beginning to use the strategy of '
            'describing a word she cannot find ("the thing you cut with"), which was '
            "taught in her therapy sessions."
        ),
        P(
            "Amira enjoys being with other children and has a small group of friends. "
            "She finds it hard to join in with fast group conversations and games with "
            "changing rules, and she can be left out at playtime without adults noticing."
        ),
        P(
            "In class, Amira's difficulties are easy to miss. She watches other children "
            "closely and copies what they do, so she often appears to have understood an "
            "instruction when she has only understood part of it. Her teachers report "
            "that her answers in whole-class discussion are short and that she rarely "
            "volunteers, but that in a quiet 1:1 conversation, especially with pictures "
            "or objects in front of her, she can explain her ideas in much more detail. "
            "She responds well to adults who slow down, use her name first and show "
            "what they mean."
        ),
        H("Cognition and learning"),
        P(
            "Amira's non-verbal reasoning, tested by the educational psychologist in "
            "September 2025, is within the average range. Her difficulties with learning "
            "come mainly from her language difficulties and not from a general difficulty "
            "with thinking or reasoning. She learns best when new ideas are shown to her "
            "with objects, pictures and demonstrations."
        ),
        P(
            "Amira is working well below the level expected for her age in reading and "
            "writing. She knows most single letter sounds and some two-letter sounds "
            "(sh, ch, th) but cannot yet reliably blend sounds in words with more than "
            "four sounds. She reads 32 of the first 100 high-frequency words on sight. "
            "Her reading comprehension is limited by her vocabulary; she can answer "
            "literal questions about a picture book read to her but finds it hard to "
            "explain what a character might be thinking."
        ),
        P(
            "In writing, Amira can write a simple sentence with support but does not yet "
            "use capital letters and full stops consistently. Her spelling is phonetic "
            "and often incomplete. She has lots of ideas for stories, which she prefers "
            "to show through drawing."
        ),
        P(
            "In mathematics, Amira has a secure understanding of place value to 100 and "
            "can add and subtract two-digit numbers using apparatus. She finds word "
            "problems very difficult because of the language involved and is slow to "
            "recall number facts. She enjoys shape and measure work, especially when "
            "it is practical."
        ),
        P(
            "Her working memory for spoken information is a relative weakness. She "
            "benefits from information being repeated and from having visual reminders "
            "of what she needs to do."
        ),
        P(
            "Amira's difficulties with reading and writing mean that she cannot yet get "
            "at much of the Year 4 curriculum independently. In subjects such as science "
            "and history she understands the practical activities but struggles with "
            "the written tasks that follow, and her recorded work does not show what she "
            "knows. When she is given a choice of ways to show her learning, such as "
            "labelling a diagram, sequencing pictures or explaining to an adult, her "
            "teachers can see that she has understood the main ideas."
        ),
        H("Social, emotional and mental health"),
        P(
            "Amira is a sociable girl who cares about other people. Over the past year "
            "she has become more anxious about school, particularly about reading aloud "
            "and about unstructured times such as lunchtime, when the hall is noisy and "
            "she does not know what will happen. When she is anxious she becomes very "
            "quiet, bites the sleeves of her jumper and sometimes asks to go to the "
            "toilet repeatedly."
        ),
        P(
            "Her parents report that she sometimes has tummy aches on Sunday evenings "
            "and says she does not want to go to school. She has begun to compare herself "
            'with her classmates and to call herself "stupid" when she finds work hard. '
            "Adults who know her well can usually spot the early signs of worry and help "
            "her to calm down by giving her a job to do or some quiet time with a book."
        ),
        P(
            "Amira has never shown aggressive behaviour at school. She can find it hard "
            "to recover after a disagreement with a friend, and she will often need an "
            "adult to help her explain what happened."
        ),
        P(
            "Amira's self-esteem as a learner is the main concern for her parents and "
            "her teachers. She is proud of her drawing and of her work looking after the "
            "class plants, and these strengths are an important way of helping her to "
            "feel successful. Praise works best when it is quiet and specific; she does "
            "not like being singled out in front of the class."
        ),
        H("Sensory and/or physical needs"),
        P(
            "Amira's hearing was tested in August 2025 and is within normal limits. Her "
            "vision is also normal. She is sensitive to loud and echoing noise, which "
            "makes busy spaces such as the dining hall and the swimming baths difficult "
            "for her."
        ),
        P(
            "Amira has difficulties with fine motor skills. Her pencil grip is immature "
            "and her handwriting is large and uneven; she tires quickly when writing and "
            "complains that her hand hurts. She has difficulty with buttons, zips and "
            "cutting with scissors. Her gross motor skills are less affected, although "
            "she is described as clumsy at PE when activities involve catching or "
            "balancing. The occupational therapist (OT) has recommended an assessment "
            "for developmental coordination disorder, which is due to take place in the "
            "spring term of 2026."
        ),
        P(
            "At present these difficulties mean that Amira produces much less written "
            "work than her classmates and that practical tasks, such as getting changed "
            "for PE, take her much longer. She is starting to avoid writing tasks by "
            "going to the toilet or sharpening her pencil, and adults need to give her "
            "short tasks and breaks to keep her going. She is keen to try the writing "
            "board and pencil grips recommended by the occupational therapist."
        ),
    ],
)

section_c = Section(
    "C",
    "Section C My Health Needs",
    [
        H("C1 Health needs related to Amira's special educational needs"),
        P(
            "Amira's developmental language disorder is a long-term condition that affects "
            "her understanding and use of spoken language. It is monitored by the "
            "community speech and language therapy service, which is part of Eastmere "
            "Community Health NHS Trust."
        ),
        P(
            "Amira is under the care of Dr Meera Lowell, community paediatrician, who saw "
            "her in September 2025. Dr Lowell noted Amira's motor coordination "
            "difficulties and has referred her to the children's occupational therapy "
            "service for assessment. Dr Lowell also noted that Amira's sleep is disturbed "
            "on school nights because of worry and has given her parents advice on a "
            "calming bedtime routine."
        ),
        P(
            "Amira's anxiety is not at a level that needs a specialist mental health "
            "service at present. Her parents and the school have been given information "
            "about how to ask for advice from the mental health support team that works "
            "with Hollin Lane if her anxiety increases."
        ),
        P(
            "Dr Lowell has asked that school and home keep a short record of Amira's "
            "sleep and of any tummy aches for six weeks before her next appointment, so "
            "that she can see whether these are linked to worry about school. The family "
            "has agreed to do this."
        ),
        H("C2 Other health needs"),
        P(
            "Amira has mild asthma, which is well controlled with a blue reliever inhaler. "
            "She keeps an inhaler in school in line with the school's asthma policy. Her "
            "asthma does not affect her learning. She is otherwise in good health and her "
            "immunisations are up to date."
        ),
    ],
)

section_d = Section(
    "D",
    "Section D: Social care needs",
    [
        P(
            "Amira lives at home with her parents and her two siblings. The family is "
            "well supported by Amira's grandmother, who lives nearby. Amira does not have "
            "an allocated social worker and there are no safeguarding concerns."
        ),
        P(
            "Amira's parents have told us that school holidays can be hard, because "
            "Amira finds busy places and changes of routine difficult and most holiday "
            "clubs are too noisy for her. A social care assessment by the Eastmere "
            "Children with Disabilities Team in November 2025 found that Amira is "
            "eligible for short breaks under the council's short breaks statement, to "
            "give her the chance to join in with activities with other children in a "
            "calmer setting and to give her parents some time with her siblings. This "
            "is recorded in Section H2."
        ),
        P(
            "Amira's parents care for her well and do not need support with her care "
            "at home. They would like information about activities in the community "
            "where Amira can meet other children, such as quiet swimming sessions and "
            "animal-related clubs, and about support for her brother, who sometimes "
            "feels left out."
        ),
    ],
)

section_e = Section(
    "E",
    "Section E: Outcomes, including Preparing for Adulthood outcomes for Yr9 onwards",
    [
        P(
            "The outcomes below were agreed with Amira and her parents at the planning "
            "meeting on 2 December 2025. Each outcome has short-term targets, which the "
            "school will review with the family every term and at the annual review."
        ),
        H("Communication and interaction"),
        outcome(
            "By the end of Year 5 (July 2027), Amira will retell the main events of a story "
            "or a school trip in the right order, using the linking words first, then and "
            "after that, in 4 out of 5 opportunities recorded by her class teacher.",
            "smt",
            style="number",
        ),
        P("Short-term targets:"),
        target(
            "By the end of the spring term 2026, Amira will use first, next and last to "
            "retell a three-picture sequence in 4 out of 5 speech and language sessions.",
            "smt",
            style="bullet",
        ),
        target(
            "By July 2026, Amira will ask an adult to repeat an instruction, using a phrase "
            'she has been taught ("Can you say that again, please?"), at least once a day '
            "without being prompted, on 3 days out of 5.",
            "smt",
            style="bullet",
        ),
        H("Cognition and learning"),
        outcome(
            "By the end of Year 5 (July 2027), Amira will read an unfamiliar book at her "
            "reading level and answer 4 out of 5 questions about it correctly.",
            "smt",
            style="number",
        ),
        P("Short-term targets:"),
        target(
            "By Easter 2026, Amira will read and spell the 50 words on her personal "
            "high-frequency word list with 90% accuracy.",
            "smt",
            style="bullet",
        ),
        target(
            "By the end of the summer term 2026, Amira will write three linked sentences "
            "independently, using a capital letter and full stop correctly in at least "
            "two of them.",
            "smt",
            style="bullet",
        ),
        outcome(
            "By the end of Key Stage 2, Amira will add and subtract three-digit numbers "
            "using a written method, getting at least 8 out of 10 calculations right.",
            "smtg",
            style="number",
        ),
        P("Short-term targets:"),
        target(
            "By July 2026, Amira will recall number bonds to 20 within 3 seconds for 18 "
            "out of 20 facts.",
            "smt",
            style="bullet",
        ),
        H("Social, emotional and mental health"),
        outcome(
            "By the next annual review (January 2027), Amira will use her calm-down plan to "
            "manage worry at lunchtime, needing an adult prompt on no more than one day a "
            "week.",
            "smt",
            style="number",
        ),
        P("Short-term targets:"),
        target(
            "By February half-term 2026, Amira will tell an adult when she feels worried, "
            "using her feelings scale, on 4 out of 5 school days.",
            "smt",
            style="bullet",
        ),
        target("Amira will be more confident at playtimes.", "", style="bullet"),
        H("Sensory and/or physical"),
        outcome(
            "By July 2026, Amira will write a short sentence on the line with letters of "
            "even size that an unfamiliar adult can read, in 4 out of 5 pieces of work.",
            "smt",
            style="number",
        ),
        P("Short-term targets:"),
        target(
            "By the end of the spring term 2026, Amira will fasten the buttons on her "
            "coat independently after PE, within 2 minutes.",
            "smt",
            style="bullet",
        ),
        outcome("Amira will continue to develop her fine motor skills.", "", style="number"),
        H("Independence"),
        outcome(
            "By July 2026, Amira will follow her visual timetable to get ready for each "
            "lesson without adult help on 4 out of 5 days, as recorded by her class "
            "teaching assistant.",
            "smt",
            style="number",
        ),
        P("Short-term targets:"),
        target(
            "By February half-term 2026, Amira will check her timetable and collect the "
            "right equipment after one adult prompt in 8 out of 10 lessons.",
            "smt",
            style="bullet",
        ),
    ],
)

section_f = Section(
    "F",
    "Section F: Special Education Provision required to meet needs and achieve outcomes",
    [
        P(
            "The provision below is to be put in place by Hollin Lane Primary School. "
            "The school's special educational needs co-ordinator (SENCo) is responsible "
            "for making sure it is delivered and recorded."
        ),
        H("Communication and interaction"),
        Prov(
            "Three 30-minute sessions per week of 1:1 speech and language therapy "
            "delivered by an HCPC-registered SALT in the spring term 2026, then one "
            "30-minute 1:1 session per week for the rest of the plan.",
            "qw",
            "1:1",
            style="bullet",
        ),
        Prov(
            "A 15-minute language group every school day, in a group of 4 pupils, run "
            "by a teaching assistant (TA) who has been trained by the SALT, following a "
            "programme the SALT sets each half-term.",
            "qw",
            "small group of 4",
            style="bullet",
        ),
        Prov(
            "Pre-teaching of key topic vocabulary by the TA in a 20-minute 1:1 session at "
            "the start of each new topic (about once every three weeks).",
            "qw",
            "1:1",
            style="bullet",
        ),
        Prov(
            "The SALT will visit school once each half-term for one hour to train the "
            "class teacher and TA and to update Amira's communication strategies.",
            "qw",
            style="bullet",
        ),
        H("Cognition and learning"),
        Prov(
            "A structured phonics and reading programme (Sound Steps or equivalent) "
            "delivered 1:1 by a trained TA for 20 minutes, four times a week.",
            "qw",
            "1:1",
            ("or equivalent",),
            style="bullet",
        ),
        Prov(
            "Precision teaching of high-frequency words for 10 minutes every school day, "
            "1:1 with a TA, using word lists set by the class teacher.",
            "qw",
            "1:1",
            style="bullet",
        ),
        Prov(
            "A maths intervention in a group of no more than 3 pupils, three times a week "
            "for 20 minutes, led by the school's intervention teacher.",
            "qw",
            "group of no more than 3",
            style="bullet",
        ),
        Prov(
            "Three half-day visits a year from the Eastmere specialist teacher for "
            "learning to assess progress, set targets and train staff.",
            "qw",
            style="bullet",
        ),
        H("Social, emotional and mental health"),
        Prov(
            "A 30-minute 1:1 session each week with the school's emotional literacy "
            "support assistant (ELSA) for a block of 12 weeks, to be reviewed at the end "
            "of the block by the SENCo.",
            "qw",
            "1:1",
            style="bullet",
        ),
        Prov(
            "A 5-minute check-in with the class TA at the start of every school day, "
            "using Amira's feelings scale.",
            "qw",
            "1:1",
            style="bullet",
        ),
        Prov(
            "Access to a quiet space at lunchtime when needed.",
            "",
            None,
            ("access to", "when needed"),
            style="bullet",
        ),
        Prov(
            "A library lunchtime club on 3 days a week, for no more than 8 pupils, "
            "supervised by a named midday supervisor.",
            "qw",
            "group of no more than 8",
            style="bullet",
        ),
        H("Whole-class strategies"),
        P(
            "The following strategies are part of Amira's special educational provision "
            "and must be used by every adult who teaches her, including supply staff:"
        ),
        Prov(
            "A visual timetable on Amira's desk, updated by the class TA at the start of "
            "each morning and each afternoon session.",
            "qw",
            style="bullet",
        ),
        Prov(
            "Instructions broken into steps of no more than two key words and backed up "
            "with a picture, object or demonstration, in every lesson, by the class "
            "teacher and TA.",
            "qw",
            style="bullet",
        ),
        Prov(
            "A word mat with the key vocabulary for each topic, made by the class teacher "
            "and given to Amira on the first day of the topic.",
            "qw",
            style="bullet",
        ),
        Prov(
            "A 10-minute 1:1 catch-up with the class teacher once a week to check Amira's "
            "understanding of the week's learning and to agree what she will show her "
            "parents.",
            "qw",
            "1:1",
            style="bullet",
        ),
        H("Staff training"),
        Prov(
            "One training session of 90 minutes each school year for all staff who work "
            "with Amira, including midday supervisors, on developmental language "
            "disorder, delivered by the SALT.",
            "qw",
            style="bullet",
        ),
        Prov(
            "Two hours of training for the TA who delivers Amira's phonics programme, "
            "given by the specialist teacher for learning before the programme starts.",
            "qw",
            style="bullet",
        ),
        H("Sensory and/or physical"),
        Prov(
            "A fine motor skills programme set by the OT, delivered by a TA in a group of "
            "3 pupils for 15 minutes, three times a week.",
            "qw",
            "small group of 3",
            style="bullet",
        ),
        Prov(
            "A sloping writing board and a triangular pencil grip provided for every "
            "written lesson.",
            "q",
            style="bullet",
        ),
        Prov(
            "Extra time to complete written tasks as appropriate.",
            "",
            None,
            ("as appropriate",),
            style="bullet",
        ),
    ],
)

section_g = Section(
    "G",
    "Section G: Health provision",
    [
        P(
            "The following health provision is reasonably required by Amira's learning "
            "difficulties and disabilities, which result in her having special "
            "educational needs."
        ),
        P(
            "Assessment for developmental coordination disorder by the children's "
            "occupational therapy service, Eastmere Community Health NHS Trust, in the "
            "spring term 2026. The OT will write a report and a home and school programme, "
            "and will share it with the school and family within 6 weeks of the "
            "assessment.",
            style="bullet",
        ),
        P(
            "Review by Dr Meera Lowell, community paediatrician, once a year, or sooner "
            "if her parents or the school raise a concern.",
            style="bullet",
        ),
        P(
            "Management of Amira's asthma through her GP practice, with an asthma review "
            "once a year by the practice nurse.",
            style="bullet",
        ),
        P(
            "Speech and language therapy is educational provision for Amira and is "
            "recorded in Section F. The NHS speech and language therapy service will "
            "continue to provide the therapy described in Section F under the "
            "arrangements agreed between the council and the NHS trust."
        ),
        P(
            "If the occupational therapy assessment identifies developmental coordination "
            "disorder, the council will hold an early review of this plan within 8 weeks "
            "of receiving the report, so that any new advice can be added to Sections B, "
            "E and F."
        ),
    ],
)

section_h1 = Section(
    "H1",
    "H1 Social Care Provision",
    [
        P(
            "Provision under section 2 of the Chronically Sick and Disabled Persons Act "
            "1970: none at present. Amira's needs have been assessed by the Children with "
            "Disabilities Team and she does not need help at home with personal care or "
            "adaptations to the family home."
        ),
    ],
)

section_h2 = Section(
    "H2",
    "Other (H2) Social Care Provision",
    [
        P(
            "Short breaks: Amira will be offered a place at the Riverside Holiday Club, "
            "a specialist holiday scheme for children with additional needs run by "
            "Eastmere Borough Council, for 10 days a year (6 hours per day) during the "
            "summer and Easter holidays. The club has a ratio of one adult to three "
            "children and a quiet room."
        ),
        P(
            "The family will also be given information about the Eastmere parent carer "
            "forum and the family support workshops run by the Children with "
            "Disabilities Team."
        ),
        P(
            "Before Amira's first session, a member of the holiday club staff will visit "
            "her at school and send the family photographs of the club, the staff and the "
            "quiet room, so that she knows what to expect. Her parents will stay for the "
            "first hour of her first day if Amira wants them to."
        ),
    ],
)

section_i = Section(
    "I",
    "Section I: Name and type of Education Placement and arrangements for review",
    [
        P(
            "Hollin Lane Primary School, Hollin Lane, Eastmere. Mainstream community "
            "primary school maintained by Eastmere Borough Council."
        ),
        P(
            "This plan will be reviewed at least once every 12 months. The first annual "
            "review meeting must take place by 19 January 2027. The school will also hold "
            "a termly review with Amira and her parents to look at progress towards the "
            "short-term targets in Section E."
        ),
        P(
            "The termly reviews will be led by the SENCo and will include the class "
            "teacher, Amira's parents and, where possible, the SALT. Amira will take part "
            "in the first part of each meeting and will be helped to prepare her views "
            "beforehand with pictures and her feelings scale. A short written record of "
            "each review will be sent to her parents within two weeks."
        ),
    ],
)

section_j = Section(
    "J",
    "Section J: Personal Budget including arrangements for direct payments",
    [
        P(
            "Amira's parents have not asked for a personal budget for the special "
            "educational provision in this plan. They were told about personal budgets "
            "and direct payments at the planning meeting on 2 December 2025 and have "
            "chosen for the school and the council to arrange the provision."
        ),
        P(
            "The short breaks in Section H2 are arranged by the council. Amira's parents "
            "may ask for these to be provided as a direct payment at the annual review."
        ),
        P(
            "If a direct payment is agreed in future, the council's direct payments team "
            "will explain how the money can be used, how it must be recorded and how "
            "often it will be checked, and will give the family written information on "
            "the support available to help them manage it."
        ),
    ],
)

section_k = Section(
    "K",
    "Section K: Advice and Information gathered",
    [
        P("The following advice and information was gathered during the assessment:"),
        P("Appendix 1: Views of Amira and her parents, 4 November 2025", style="bullet"),
        P(
            "Appendix 2: Educational advice from Hollin Lane Primary School (Mr Tom Doyle, "
            "class teacher, and Mrs Julia Arkwright, SENCo), 10 October 2025",
            style="bullet",
        ),
        P(
            "Appendix 3: Educational psychology advice, Dr Fiona Marsh, educational "
            "psychologist, 26 September 2025",
            style="bullet",
        ),
        P(
            "Appendix 4: Speech and language therapy advice, Ms Chloe Brandt, speech and "
            "language therapist, 14 October 2025",
            style="bullet",
        ),
        P(
            "Appendix 5: Medical advice, Dr Meera Lowell, community paediatrician, "
            "22 September 2025",
            style="bullet",
        ),
        P(
            "Appendix 6: Social care advice, Eastmere Children with Disabilities Team, "
            "18 November 2025",
            style="bullet",
        ),
        P(
            "All of the advice was shared with Amira's parents before the draft plan was "
            "issued. The council has not sought separate advice from the sensory support "
            "service because Amira's hearing and vision are within normal limits. If her "
            "needs change, further advice may be requested at the annual review."
        ),
    ],
)

PLAN = Plan(
    file="01_heading_styled.docx",
    description=(
        "Word file built from heading styles: Heading 1 section headings A-K in order, "
        "Heading 2 sub-questions, C1/C2 sub-headings, separate H1 and H2 headings, "
        "outcomes and provision in List Number / List Bullet paragraphs."
    ),
    child={"name": "Amira Khan", "first_name": NAME, "age": 8, "year_group": 4},
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
    meta={
        "renderer": "docx_flow",
        "section_style": "Heading 1",
        "sub_styles": {2: "Heading 2", 3: "Heading 3"},
        "front_styles": {0: "Title", 1: "Subtitle"},
    },
)
