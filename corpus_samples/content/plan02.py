"""02: the whole plan is tables.  Each section is one table whose first row is
a merged heading; Section K holds a nested table.  Good plan, Year 7.
Entirely fictional."""

from ..model import (
    F,
    Plan,
    Section,
    T,
    cell,
    lp,
    outcome,
    q,
    target,
    third,
)

NAME = "Kai"
W2 = (0.3, 0.7)


def area(text: str, ncols: int) -> list:
    """A merged sub-heading row inside a table."""
    return [cell(text, span=ncols, shade=True, bold=True)]


front = [
    T(
        [
            [cell("Education, Health and Care Plan", span=2, shade=True, bold=True)],
            [cell("Name", bold=True), cell("Kai Mensah")],
            [cell("Date of birth", bold=True), cell("2 March 2014")],
            [cell("Year group", bold=True), cell("Year 7")],
            [cell("School", bold=True), cell("Brackenfield Academy")],
            [cell("NHS No:", bold=True), cell("999 000 0000")],
            [cell("Local authority", bold=True), cell("Westholm City Council")],
            [cell("Date of this plan", bold=True), cell("9 February 2026")],
            [cell("Plan status", bold=True), cell("Final (following annual review)")],
        ],
        ncols=2,
        widths=W2,
    )
]

section_a = Section(
    "A",
    "Section A All about me",
    [
        T(
            [
                q(
                    "What is important to me",
                    "child",
                    lp(
                        "child",
                        "I love trains, especially the old steam engines on the Westholm "
                        "heritage line.",
                        "I know the numbers of all of them and I can tell you which ones "
                        "are being repaired.",
                        "My family is important to me: my mum, my stepdad Marcus, my little "
                        "brother Jonah and my gran.",
                    ),
                    lp(
                        "child",
                        "It is important to me to have my headphones and to know where I "
                        "can go when it gets too much.",
                        "I need to know my timetable the day before.",
                        "I like my computer games, but only the building ones, not the "
                        "fighting ones.",
                    ),
                ),
                q(
                    "What people like and admire about me",
                    "mixed",
                    lp(
                        "child",
                        "People say I am honest and I know a lot of facts.",
                        "My gran says I make her laugh.",
                    ),
                    lp(
                        "parent",
                        "We admire how brave Kai has been in moving to a big secondary school.",
                        third(
                            "He is kind to his little brother and very patient when he "
                            "explains things to him."
                        ),
                    ),
                    lp(
                        "third",
                        "His form tutor, Ms Adeyemi, says that Kai has a great memory and "
                        "a dry sense of humour, and that he is always truthful when "
                        "something has gone wrong.",
                    ),
                ),
                q(
                    "My dreams for the future",
                    "mixed",
                    lp(
                        "child",
                        "I want to be a train driver or an engineer who designs trains.",
                        "I would like to live in a flat near a station.",
                        'Kai said, "When I am older I want to go to the railway museum in '
                        'York on my own."',
                    ),
                    lp(
                        "parent",
                        "We want Kai to do well in his exams and to find work he enjoys.",
                        "Most of all we want him to be happy and to have friends who accept "
                        "him as he is.",
                    ),
                ),
                q(
                    "What is going well at school",
                    "mixed",
                    lp(
                        "child",
                        "I like science and computing because there are right answers.",
                        "I like the Learning Base at lunchtime because it is quiet and I "
                        "can play chess.",
                        "I have a friend called Ethan who also likes trains.",
                    ),
                    lp(
                        "third",
                        "Kai has attended 96% of sessions this term.",
                        "He uses his time-out card appropriately and usually returns to the "
                        "lesson within ten minutes.",
                        "His science teacher reports that his written work on the laptop "
                        "is much longer and clearer than his handwritten work.",
                        "Kai has joined the lunchtime chess club and won his first match "
                        "against a Year 9 student in December.",
                    ),
                ),
                q(
                    "What I do outside school",
                    "child",
                    lp(
                        "child",
                        "On Saturdays I go to the model railway club with my stepdad.",
                        "We are building a layout of Westholm station as it was in 1960, and "
                        "I am in charge of the signals.",
                        "I go swimming on Wednesdays, but only in the early session when it "
                        "is quiet.",
                        "I like cycling on the old railway path with my gran, because it is "
                        "flat and there are no cars.",
                    ),
                ),
                q(
                    "What is hard for me",
                    "child",
                    lp(
                        "child",
                        "The corridors are really loud and people bump into me.",
                        "I don't like it when we have a supply teacher and the lesson is "
                        "different.",
                        "Writing by hand makes my hand ache and my writing is messy.",
                        "Group work is hard because people don't listen to my ideas and "
                        "they change the plan.",
                    ),
                    lp(
                        "child",
                        "For me, lunchtime in the canteen is the worst part of the day "
                        "because of the smell and the noise.",
                        "I sometimes don't eat anything until I get home.",
                        "I find PE hard when it is football, because people shout and push.",
                    ),
                ),
                q(
                    "How to talk to me and help me",
                    "child",
                    lp(
                        "child",
                        "Tell me what is going to happen before it happens.",
                        "Say exactly what you mean, because I take things literally.",
                        "Don't make me look at you when you are talking to me; I am still "
                        "listening.",
                        "If I go quiet, give me a few minutes and then ask me on my own, "
                        "not in front of everyone.",
                    ),
                ),
                q(
                    "My history",
                    "parent",
                    lp(
                        "parent",
                        third(
                            "Kai was a very early talker and could read before he started "
                            "school, but he always found other children hard to play with."
                        ),
                        third("He was diagnosed with autism when he was seven, after a long wait."),
                        third(
                            "His primary school was small and he had the same teaching assistant "
                            "for three years, which really helped."
                        ),
                        "The move to Brackenfield in September was a big worry for all of us.",
                    ),
                ),
                q(
                    "My parents' and carers' views",
                    "parent",
                    lp(
                        "parent",
                        "I am relieved that Kai has settled better than we feared.",
                        third("The transition visits in the summer made a real difference."),
                        "I still worry about lunchtimes and about what happens when his "
                        "routine changes without warning.",
                    ),
                    lp(
                        "parent",
                        "Marcus and I would like Kai to learn to travel to school on the bus "
                        "by himself, because he wants to and we think he can.",
                        "We want him to be challenged in the subjects he is good at and "
                        "not only supported in the ones he finds hard.",
                    ),
                    lp(
                        "parent",
                        third("Communication between home and school has been good this year."),
                        "I find the weekly email from Mr Fenwick really helpful, because Kai "
                        "does not always tell us what has happened.",
                        "I would like this to carry on, and I would like to be told in "
                        "advance when there are trips or special events so that we can "
                        "prepare him.",
                    ),
                ),
                q(
                    "Who helped me write this",
                    "mixed",
                    lp(
                        "third",
                        "Kai wrote the parts in the first person himself on his laptop, "
                        "with his learning mentor, Mr Fenwick, on 13 January 2026.",
                        "His mum, Mrs Abena Mensah, wrote the parents' and carers' views.",
                    ),
                    lp("other", "I typed up Kai's quotation exactly as he said it."),
                ),
            ],
            ncols=2,
            widths=W2,
        )
    ],
)

section_b = Section(
    "B",
    "Section B My Special Educational Needs",
    [
        T(
            [
                [cell("Area of need"), cell("Description of my needs")],
                [
                    cell("Summary", bold=True),
                    cell(
                        "Kai is an able, honest and knowledgeable young person who is "
                        "autistic. His needs are mainly in social communication, in managing "
                        "anxiety and sensory overload, and in handwriting and organising "
                        "written work. He moved from Fernside Primary School to Brackenfield "
                        "Academy in September 2025. This plan was amended after his first "
                        "annual review at secondary school to reflect the progress he has "
                        "made and the new challenges of a larger school.",
                        "Kai's strengths include his memory, his knowledge of science and "
                        "technology, his honesty and his determination. He responds well to "
                        "adults who are calm, predictable and clear, and he is very motivated "
                        "by his interest in trains and engineering, which staff can use to "
                        "engage him in learning.",
                    ),
                ],
                [
                    cell("Communication and interaction", bold=True),
                    cell(
                        "Kai has a diagnosis of autism spectrum condition (ASC), made by the "
                        "Westholm Child Development Centre in 2021. His vocabulary and "
                        "grammar are well above the level expected for his age, and he "
                        "speaks fluently about his interests. His difficulties are in the "
                        "social use of language: he finds it hard to take turns in "
                        "conversation, to notice when a listener has lost interest and to "
                        "understand jokes, sarcasm and figures of speech.",
                        "In group work Kai tends either to take over or to withdraw. He can "
                        "become distressed when others do not follow the plan he expects, "
                        "and he may then leave the group. He has one close friend at "
                        "school and would like more, but he is unsure how to join in with "
                        "groups of students at break time.",
                        'Kai takes instructions literally. An instruction such as "Have a '
                        'look at question 3" may lead him to read the question and wait, '
                        "rather than answer it. Staff who give clear, precise instructions "
                        "find that he follows them quickly and accurately.",
                    ),
                ],
                [
                    cell("Cognition and learning", bold=True),
                    cell(
                        "Kai is a capable learner. His Year 6 national curriculum test "
                        "results were above the expected standard in reading and "
                        "mathematics. He has a very good memory for facts and enjoys "
                        "subjects with clear rules, such as science, mathematics and "
                        "computing.",
                        "His main barrier to learning is writing. His handwriting is slow, "
                        "effortful and hard to read, and he becomes anxious when asked to "
                        "write at length by hand. An assessment by the specialist teacher "
                        "in November 2025 found his handwriting speed to be 9 words per "
                        "minute, which is well below the average for his age. When he "
                        "types, his work is longer, better organised and shows his real "
                        "understanding.",
                        'Kai finds open-ended tasks difficult to start, for example "write '
                        'about your favourite place". He finds it hard to organise his '
                        "ideas into paragraphs without a structure, and he can spend a "
                        "long time on one detail. In mathematics he is secure in number but "
                        "loses marks because he does not show his working, and he becomes "
                        "frustrated when asked to explain how he reached an answer he "
                        "thinks is obvious.",
                        "Homework is a frequent cause of stress at home. Kai finds it hard "
                        "to remember what has been set, to plan when he will do it and to "
                        "start tasks that are not clearly explained. He sometimes spends "
                        "hours on one piece and ignores the others. He is more successful "
                        "when homework is posted on the online platform with a clear "
                        "deadline and an example of what a good answer looks like.",
                    ),
                ],
                [
                    cell("Social, emotional and mental health", bold=True),
                    cell(
                        "Kai experiences high levels of anxiety, particularly at times of "
                        "change and in crowded, noisy places. At primary school this "
                        "sometimes led to him running out of the classroom. Since starting "
                        "at Brackenfield he has learned to use a time-out card, and the "
                        "number of times he leaves lessons has fallen from about eight a "
                        "week in September to two or three a week in January.",
                        "When anxious, Kai may repeat questions about what is going to "
                        "happen next, talk at length about trains or put his head down on "
                        "the desk. At home he sometimes has meltdowns after school, which "
                        "his parents believe happen because he has held his feelings in "
                        "all day. His sleep has improved since he started taking "
                        "medication prescribed by the community paediatrician.",
                        'Kai\'s self-esteem is fragile. He says he is "weird" and that '
                        "other students laugh at him. There have been two incidents of "
                        "unkind comments from other students this year, which the academy "
                        "dealt with under its anti-bullying policy.",
                        "Kai responds well to a small number of trusted adults. He has "
                        "built a good relationship with his learning mentor and will now "
                        "tell him when something has upset him, sometimes by email rather "
                        "than face to face. He finds it much harder to talk to adults he "
                        "does not know, and supply teachers and cover lessons are a common "
                        "trigger for anxiety.",
                    ),
                ],
                [
                    cell("Sensory and/or physical needs", bold=True),
                    cell(
                        "Kai is very sensitive to noise and to being touched unexpectedly. "
                        "Crowded corridors between lessons, the canteen and the sports "
                        "hall are very hard for him. He wears ear defenders or noise-"
                        "reducing headphones in noisy places, which help him to stay "
                        "calm. He is also sensitive to some food textures and eats a "
                        "limited range of foods.",
                        "Kai has some difficulties with fine motor coordination, which "
                        "affect his handwriting and his use of equipment such as "
                        "compasses and rulers. His gross motor skills are within the "
                        "typical range, but he avoids team sports because of the noise "
                        "and physical contact. He enjoys swimming and cycling.",
                        "Changing for PE in a busy changing room is very stressful for Kai. "
                        "Since October he has been allowed to change in a side room, and he "
                        "now takes part in most PE lessons, especially athletics and "
                        "badminton.",
                    ),
                ],
                [
                    cell("Independence", bold=True),
                    cell(
                        "Kai is keen to become more independent. At present his stepfather "
                        "drives him to school each day because the school bus was too "
                        "crowded and noisy for him in September. Kai has asked to learn "
                        "to use the public bus, which is quieter. He can read timetables "
                        "well but finds unexpected changes, such as a late or cancelled "
                        "bus, very hard to manage. He also needs help to organise his "
                        "equipment and homework, and relies on his mother to pack his bag "
                        "each evening.",
                    ),
                ],
            ],
            ncols=2,
            widths=W2,
            header_rows=1,
        )
    ],
)

section_c = Section(
    "C",
    "Section C My Health Needs",
    [
        T(
            [
                [
                    cell("Diagnoses", bold=True),
                    cell(
                        "Autism spectrum condition, diagnosed in 2021. Sleep-onset "
                        "difficulties, diagnosed in 2024."
                    ),
                ],
                [
                    cell("Health needs related to my special educational needs", bold=True),
                    cell(
                        "Kai is under the care of Dr Samuel Okonjo, community "
                        "paediatrician, who reviews his autism-related health needs and "
                        "his sleep once a year. Kai takes melatonin at bedtime, which has "
                        "reduced the time it takes him to fall asleep from around two "
                        "hours to around thirty minutes. Better sleep has helped his "
                        "concentration and mood at school.",
                        "Kai's restricted diet has been reviewed by the paediatric "
                        "dietitian, who found that his growth is normal and that he does "
                        "not need supplements at present.",
                        "Kai's anxiety has been discussed with Dr Okonjo, who has advised "
                        "that it is managed through the school-based support in Section F "
                        "for now, and that the family should contact the surgery if Kai's "
                        "sleep or eating gets worse or if he says he does not want to go "
                        "to school.",
                    ),
                ],
                [
                    cell("Other health needs", bold=True),
                    cell(
                        "Kai has no other significant health needs. He wears glasses for "
                        "reading, which he sometimes forgets."
                    ),
                ],
            ],
            ncols=2,
            widths=W2,
        )
    ],
)

section_d = Section(
    "D",
    "Section D My Social Care Needs",
    [
        T(
            [
                [
                    cell("Social care needs", bold=True),
                    cell(
                        "Kai lives with his mother, his stepfather and his younger "
                        "brother. He is not known to children's social care and has no "
                        "assessed social care needs. His family manages his needs well at "
                        "home.",
                        "Kai's parents would like him to have more opportunities to take "
                        "part in activities outside school with other young people who "
                        "share his interests. They have been given information about the "
                        "Westholm youth inclusion programme and a model railway club that "
                        "welcomes young people with autism.",
                        "The family finds the hour after school the hardest time of the "
                        "day, as Kai often needs to be alone and can become distressed if "
                        "his brother is noisy. His parents have been given information "
                        "about parenting support for families of autistic children, and "
                        "they will say at the next review whether they would like a social "
                        "care assessment.",
                    ),
                ],
                [
                    cell("Young carers", bold=True),
                    cell(
                        "Kai's younger brother, Jonah, is not a young carer, but the family "
                        "has been told about the sibling group run by the local parent "
                        "carer forum."
                    ),
                ],
            ],
            ncols=2,
            widths=W2,
        )
    ],
)

W3 = (0.42, 0.42, 0.16)
section_e = Section(
    "E",
    "Section E My Outcomes",
    [
        T(
            [
                [
                    cell("Outcome (by end of key stage)"),
                    cell("Short-term targets (steps)"),
                    cell("By when"),
                ],
                area("Communication and interaction", 3),
                [
                    cell(
                        outcome(
                            "Kai will start and keep up a conversation with a classmate on "
                            "a topic chosen by the other person, taking at least 4 turns, "
                            "in 3 out of 4 observed opportunities.",
                            "smtg",
                        )
                    ),
                    cell(
                        target(
                            "Kai will use a taught opening phrase to join a group activity "
                            "in tutor time on 3 occasions each week.",
                            "smt",
                        ),
                        target(
                            "Kai will repeat one point a classmate has made before giving "
                            "his own view, in 2 out of 3 observed English lessons.",
                            "smt",
                        ),
                    ),
                    cell("Easter 2026", "July 2026"),
                ],
                area("Cognition and learning", 3),
                [
                    cell(
                        outcome(
                            "Kai will plan and type a piece of extended writing of at least "
                            "300 words, organised in paragraphs, in English, history and "
                            "geography.",
                            "smtg",
                        )
                    ),
                    cell(
                        target(
                            "Kai will touch-type at 20 words per minute with 90% accuracy.",
                            "smt",
                        ),
                        target(
                            "Kai will use a writing frame to plan a five-paragraph answer "
                            "without adult help.",
                            "smt",
                        ),
                    ),
                    cell("July 2026", "End of summer term 2026"),
                ],
                [
                    cell(outcome("Kai will make good progress in maths.", "tg")),
                    cell(target("Kai will use a homework planner.", "s")),
                    cell("Ongoing"),
                ],
                area("Social, emotional and mental health", 3),
                [
                    cell(
                        outcome(
                            "Kai will use his agreed strategies to manage his anxiety so "
                            "that he attends at least 95% of his timetabled lessons each "
                            "term.",
                            "smtg",
                        )
                    ),
                    cell(
                        target(
                            "Kai will name three signs that tell him he is becoming anxious "
                            "and write them on his personal plan with his mentor.",
                            "smt",
                        ),
                        target(
                            "Kai will use his time-out card and return to the lesson within "
                            "10 minutes on 4 out of 5 occasions.",
                            "smt",
                        ),
                    ),
                    cell("February half-term 2026", "Easter 2026"),
                ],
                area("Sensory and/or physical", 3),
                [
                    cell(
                        outcome(
                            "Kai will eat lunch in the canteen with friends on at least 3 "
                            "days a week, using his ear defenders when he chooses.",
                            "smtg",
                        )
                    ),
                    cell(
                        target(
                            "Kai will eat in the canteen at the quieter first sitting for "
                            "10 minutes, 2 days a week.",
                            "smt",
                        )
                    ),
                    cell("Easter 2026"),
                ],
                area("Independence", 3),
                [
                    cell(
                        outcome(
                            "Kai will travel to and from school on the public bus independently.",
                            "smtg",
                        )
                    ),
                    cell(
                        target(
                            "Kai will complete the bus journey to school 5 days a week with "
                            "his stepfather following at a distance.",
                            "smt",
                        )
                    ),
                    cell("End of summer term 2026"),
                ],
            ],
            ncols=3,
            widths=W3,
            header_rows=1,
        )
    ],
)

W4 = (0.34, 0.24, 0.26, 0.16)
section_f = Section(
    "F",
    "Section F Special Educational Provision",
    [
        T(
            [
                [
                    cell("Provision"),
                    cell("Frequency / duration"),
                    cell("Delivered by"),
                    cell("Group size"),
                ],
                area("Communication and interaction", 4),
                [
                    cell(
                        F(
                            "Social communication group following a structured programme "
                            "chosen by the speech and language therapist",
                            "qw",
                            "small group of 6",
                        )
                    ),
                    cell("1 x 45 minutes per week for the spring and summer terms 2026"),
                    cell(
                        "Learning support assistant trained by the speech and language "
                        "therapist, supervised by the special educational needs "
                        "co-ordinator (SENCo)"
                    ),
                    cell("6 students"),
                ],
                [
                    cell(
                        F(
                            "Direct speech and language therapy on conversation skills "
                            "and understanding non-literal language",
                            "qw",
                            "1:1",
                        )
                    ),
                    cell("6 sessions of 45 minutes each term"),
                    cell(
                        "Speech and language therapist registered with the Health and "
                        "Care Professions Council"
                    ),
                    cell("1:1"),
                ],
                [
                    cell(
                        F(
                            "Visual supports and advance warning of changes to the timetable",
                            "",
                            "whole class",
                            ("as required",),
                        )
                    ),
                    cell("As required"),
                    cell("All staff"),
                    cell("Whole class"),
                ],
                [
                    cell(
                        F(
                            "Chess and board games club in the Learning Base, with a member "
                            "of staff modelling turn-taking and conversation",
                            "qw",
                            "group of no more than 10",
                        )
                    ),
                    cell("30 minutes, 3 lunchtimes a week"),
                    cell("Learning support assistant"),
                    cell("No more than 10 students"),
                ],
                area("Cognition and learning", 4),
                [
                    cell(
                        F(
                            "Touch-typing programme using the academy's online course",
                            "qw",
                            "small group of 3",
                        )
                    ),
                    cell("15 minutes, 4 times a week, during tutor time, until July 2026"),
                    cell("Learning support assistant"),
                    cell("3 students"),
                ],
                [
                    cell(F("A school laptop for all extended writing and for examinations", "qw")),
                    cell("Every lesson and every internal examination"),
                    cell("Provided by the academy and set up by the IT technician"),
                    cell("Not applicable"),
                ],
                [
                    cell(
                        F(
                            "Reading comprehension intervention using inference and summary tasks",
                            "qw",
                            "small group of 4",
                        )
                    ),
                    cell("3 x 30 minutes per week for 12 weeks from 23 February 2026"),
                    cell(
                        "Specialist teacher holding a postgraduate qualification in "
                        "specific learning difficulties"
                    ),
                    cell("4 students"),
                ],
                [
                    cell(
                        F(
                            "Maths support",
                            "",
                            "small group",
                            ("regular", "key adult", "small group"),
                        )
                    ),
                    cell("Regular"),
                    cell("Key adult"),
                    cell("Small group"),
                ],
                [
                    cell(
                        F(
                            "Homework club with help to plan and start homework tasks",
                            "qw",
                            "group of no more than 8",
                        )
                    ),
                    cell("45 minutes after school on Tuesdays and Thursdays"),
                    cell("Teaching assistant from the learning support department"),
                    cell("No more than 8 students"),
                ],
                area("Social, emotional and mental health", 4),
                [
                    cell(F("Mentoring session with a named learning mentor", "qw", "1:1")),
                    cell("20 minutes every Monday morning"),
                    cell("Learning mentor (Mr Fenwick)"),
                    cell("1:1"),
                ],
                [
                    cell(
                        F(
                            "Time-out card allowing Kai to leave the lesson for the Learning Base",
                            "w",
                            "1:1",
                            ("up to",),
                        )
                    ),
                    cell("Whenever Kai shows the card, for up to 10 minutes each time"),
                    cell("Subject teachers and Learning Base staff"),
                    cell("Individual"),
                ],
                [
                    cell(
                        F(
                            "Anxiety management programme using a cognitive behavioural "
                            "approach adapted for autistic young people",
                            "qw",
                            "1:1",
                        )
                    ),
                    cell("6 weekly sessions of 50 minutes in the summer term 2026"),
                    cell(
                        "Assistant psychologist from the Westholm Inclusion Service, "
                        "supervised by an educational psychologist"
                    ),
                    cell("1:1"),
                ],
                area("Sensory and/or physical", 4),
                [
                    cell(F("Sensory break in the Learning Base with ear defenders", "qw", "1:1")),
                    cell("Two 10-minute breaks a day, after period 2 and after lunch"),
                    cell("Learning support assistant"),
                    cell("1:1"),
                ],
                [
                    cell(F("Sensory assessment and written advice to staff", "qw")),
                    cell("One assessment in the spring term 2026 and one review visit"),
                    cell("Occupational therapist"),
                    cell("Not applicable"),
                ],
                area("Staff training", 4),
                [
                    cell(
                        F(
                            "Training on autism and anxiety for all staff who teach Kai, "
                            "including cover supervisors",
                            "qw",
                            "whole staff",
                        )
                    ),
                    cell("One 60-minute session each autumn term"),
                    cell("Autism advisory teacher from the Westholm Inclusion Service"),
                    cell("Whole staff"),
                ],
                [
                    cell(
                        F(
                            "A one-page profile of Kai, shared with every teacher and "
                            "cover supervisor",
                            "qw",
                        )
                    ),
                    cell("Updated each term and before any planned cover lesson"),
                    cell("SENCo"),
                    cell("Not applicable"),
                ],
                area("Independence and transition", 4),
                [
                    cell(F("Travel training on the route between home and school", "qw", "1:1")),
                    cell("Every school day for 6 weeks from 20 April 2026"),
                    cell("Westholm City Council travel trainer"),
                    cell("1:1"),
                ],
                [
                    cell(
                        F(
                            "Support at lunchtime as appropriate",
                            "",
                            None,
                            ("as appropriate", "when needed"),
                        )
                    ),
                    cell("When needed"),
                    cell("Staff"),
                    cell("-"),
                ],
            ],
            ncols=4,
            widths=W4,
            header_rows=1,
        )
    ],
)

section_g = Section(
    "G",
    "Section G My Health Provision",
    [
        T(
            [
                [cell("Health provision"), cell("Frequency"), cell("Provided by")],
                [
                    cell("Review of autism-related health needs, sleep and medication"),
                    cell("Once a year, and sooner if requested by the family"),
                    cell("Dr Samuel Okonjo, community paediatrician, Westholm Children's Health"),
                ],
                [
                    cell("Prescription of melatonin"),
                    cell("Monthly repeat prescription"),
                    cell("Family GP under a shared care agreement with the paediatrician"),
                ],
                [
                    cell("Advice to the family on extending Kai's diet"),
                    cell("Two appointments in 2026"),
                    cell("Paediatric dietitian"),
                ],
                [
                    cell("Sight test and review of reading glasses"),
                    cell("Every two years"),
                    cell("High street optician (free NHS sight test)"),
                ],
                [
                    cell(
                        "Kai is not currently open to CAMHS. If his anxiety increases, the "
                        "academy and family can ask the mental health support team for a "
                        "consultation."
                    ),
                    cell("-"),
                    cell("-"),
                ],
            ],
            ncols=3,
            widths=(0.45, 0.25, 0.30),
            header_rows=1,
        )
    ],
)

section_h = Section(
    "H",
    "Section H: Care Provision (sections H1 and H2)",
    [
        T(
            [
                [
                    cell(
                        "Provision under section 2 of the Chronically Sick and Disabled "
                        "Persons Act 1970",
                        bold=True,
                    ),
                    cell("None. Kai has no assessed social care needs."),
                ],
                [
                    cell("Other social care provision", bold=True),
                    cell(
                        "None at present. Information about local youth activities has "
                        "been given to the family (see Section D)."
                    ),
                ],
            ],
            ncols=2,
            widths=W2,
        )
    ],
)

section_i = Section(
    "I",
    "Section I Placement",
    [
        T(
            [
                [cell("Name of school", bold=True), cell("Brackenfield Academy")],
                [
                    cell("Type of school", bold=True),
                    cell("Mainstream secondary academy (11 to 16), part of a multi-academy trust"),
                ],
                [
                    cell("Arrangements for review", bold=True),
                    cell(
                        "The academy will hold a review meeting with Kai and his family "
                        "each term. The annual review of this plan must take place by "
                        "8 February 2027. Because Kai will move into Year 9 in September "
                        "2027, the review in Year 8 will begin planning for Preparing for "
                        "Adulthood outcomes.",
                        "Kai will be invited to every review and can choose whether to "
                        "attend the whole meeting, part of it, or to send his views in "
                        "writing. His learning mentor will help him to prepare. The SENCo "
                        "will send the family a written summary of each termly review within "
                        "ten school days.",
                    ),
                ],
            ],
            ncols=2,
            widths=W2,
        )
    ],
)

section_j = Section(
    "J",
    "Section J Personal Budget",
    [
        T(
            [
                [
                    cell("Has a personal budget been requested?", bold=True),
                    cell("No."),
                ],
                [
                    cell("Information given", bold=True),
                    cell(
                        "Kai's parents were given information about personal budgets and "
                        "direct payments at the annual review meeting on 20 January 2026. "
                        "They may ask for a personal budget for travel training at the next "
                        "review."
                    ),
                ],
                [
                    cell("Direct payments", bold=True),
                    cell(
                        "No direct payments are in place. If travel training is arranged "
                        "through a personal budget, the council will agree the amount, how "
                        "it is to be spent and how it will be monitored with Kai's parents "
                        "before any payment is made."
                    ),
                ],
            ],
            ncols=2,
            widths=W2,
        )
    ],
)

ADVICE = T(
    [
        [cell("Advice"), cell("Provided by"), cell("Date")],
        [cell("Parent and carer views"), cell("Mrs Abena Mensah"), cell("13 January 2026")],
        [cell("Young person's views"), cell("Kai Mensah"), cell("13 January 2026")],
        [
            cell("Educational advice"),
            cell("Mrs Lorna Pike, SENCo, Brackenfield Academy"),
            cell("12 January 2026"),
        ],
        [
            cell("Educational psychology advice"),
            cell("Dr Ian Carver, educational psychologist"),
            cell("4 December 2025"),
        ],
        [
            cell("Speech and language therapy advice"),
            cell("Ms Harriet Quayle, speech and language therapist"),
            cell("28 November 2025"),
        ],
        [
            cell("Specialist teacher assessment"),
            cell("Westholm Inclusion Service"),
            cell("19 November 2025"),
        ],
        [
            cell("Medical advice"),
            cell("Dr Samuel Okonjo, community paediatrician"),
            cell("8 December 2025"),
        ],
    ],
    ncols=3,
    widths=(0.4, 0.4, 0.2),
    header_rows=1,
)

section_k = Section(
    "K",
    "Section K Advice and Information",
    [
        T(
            [
                [
                    cell("Advice gathered for this plan", bold=True),
                    cell("The following advice is attached as appendices:", ADVICE),
                ],
                [
                    cell("Summary of the advice", bold=True),
                    cell(
                        "The educational psychologist recommended that Kai's anxiety be "
                        "treated as the main barrier to his learning and that staff use a "
                        "calm, predictable approach across all lessons. The speech and "
                        "language therapist recommended direct work on conversation and "
                        "non-literal language and training for the learning support "
                        "assistants who run the social communication group. The specialist "
                        "teacher recommended touch-typing and the use of a laptop as Kai's "
                        "normal way of working, including in examinations.",
                    ),
                ],
                [
                    cell("Other information", bold=True),
                    cell(
                        "Social care advice was requested and the Children with "
                        "Disabilities Team confirmed on 2 December 2025 that Kai is not "
                        "known to the service and that no advice was needed. Kai's "
                        "primary school records, including his transition plan from "
                        "Fernside Primary School, were also considered."
                    ),
                ],
            ],
            ncols=2,
            widths=W2,
        )
    ],
)

PLAN = Plan(
    file="02_all_tables.docx",
    description=(
        "Word file that is all tables: each section is a table whose first row is a merged "
        "(gridSpan) heading, Section A as question | answer rows, E and F as multi-column "
        "tables with merged area rows, a nested table in Section K, a single Section H."
    ),
    child={"name": "Kai Mensah", "first_name": NAME, "age": 11, "year_group": 7},
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
    unexplained_acronyms=["CAMHS"],
    meta={"renderer": "docx_tables", "font_size": 10},
)
