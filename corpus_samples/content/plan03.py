"""03: PDF exported from a case-management system, with running header and
footer on every page and "(continued)" section headings on pages that open
mid-section.  Good plan, Year 2.  Entirely fictional."""

from ..model import F, H, P, Plan, Section, lp, outcome, q, target, third

NAME = "Oliver"

front = [
    P("Education, Health and Care Plan"),
    P("Final plan"),
    P("Name: Oliver Grant"),
    P("Date of birth: 30 November 2018"),
    P("Year group: Year 2"),
    P("School: Millbeck Infant and Nursery School"),
    P("Case reference: 0004417"),
    P("Date of issue: 12 January 2026"),
    P("Case officer: Daniel Whitcombe, Special Educational Needs Casework Team"),
    P(
        "This plan has been produced from the Northbridge case management system. "
        "Please keep it safe: it contains personal information about Oliver and his family."
    ),
]

section_a = Section(
    "A",
    "Section A: All about me",
    [
        q(
            "What is important to me",
            "mixed",
            lp(
                "child",
                "I like trains.",
                "I like my mummy and daddy and my sister Poppy.",
                "I like my dog Pip.",
                "I like swings.",
            ),
            lp(
                "third",
                "These sentences were recorded by Oliver's teaching assistant using his "
                "Makaton signs and symbol cards, and then read back to him, and he nodded "
                "to show they were right.",
            ),
            lp(
                "parent",
                third("Routine matters a lot to Oliver."),
                third(
                    "He likes to have the same cereal in the same blue bowl every morning, and "
                    "he knows exactly which day is swimming day."
                ),
                third("His toy train, which he calls Big Engine, goes everywhere with him."),
                "Music is important to him too: he dances to the songs from his favourite "
                "television programme and loves it when we sing together in the car.",
            ),
        ),
        q(
            "What people like and admire about me",
            "mixed",
            lp(
                "parent",
                third(
                    "Oliver has the most wonderful laugh, and he makes everyone around him smile."
                ),
                third("He is affectionate and gives the best cuddles."),
                third(
                    "He is brave at the hospital and always says thank you to the nurses with "
                    "his thumbs-up sign."
                ),
            ),
            lp(
                "third",
                "His class teacher, Miss Ferreira, says that Oliver is the friendliest "
                "child in Year 2 and greets every adult in the building by name or sign.",
                "The other children look out for him and ask to be his partner in PE.",
                "Miss Ferreira has also noticed how hard he concentrates when he is "
                "building with the wooden railway, and how proud he is when he finishes a "
                "track.",
            ),
            lp("child", 'Oliver said, "Me good helper."'),
        ),
        q(
            "My hopes and aspirations for the future",
            "mixed",
            lp(
                "child",
                'When Oliver was asked what he wants to do when he is big, he said, "Drive train."',
            ),
            lp(
                "parent",
                "We hope Oliver will learn to read and write well enough to enjoy books "
                "and to send messages to his friends and family.",
                "We want him to stay at a mainstream school with his friends for as long "
                "as that is right for him.",
                "In the long term, we hope he will have a job he enjoys, a circle of "
                "friends and as much independence as possible, perhaps living in his own "
                "home with some support.",
            ),
            lp(
                "parent",
                "Our hopes for this year are simpler: we would like Oliver to be able to "
                "tell us about his day, to use the toilet independently at school, and to "
                "join in with a club outside school.",
            ),
        ),
        q(
            "What is working well",
            "mixed",
            lp(
                "child",
                "I like Mrs Kowalski.",
                "I like my work box.",
                "I like singing time.",
            ),
            lp(
                "third",
                "Oliver has a consistent teaching assistant, Mrs Kowalski, who knows him "
                "well and uses Makaton throughout the day.",
                "His visual timetable and his individual work station help him to settle "
                "to tasks, and he now completes three short activities in a row before a "
                "movement break.",
                "He has learned to recognise and say 24 words by sight, including the "
                "names of everyone in his family.",
                "He enjoys the whole-class singing sessions and joins in with actions.",
            ),
            lp(
                "parent",
                "At home we have noticed that Oliver is using more two-word phrases, such "
                'as "more juice" and "Pip gone", since the speech and language '
                "programme started.",
                "The home-school diary works well for us and means we can talk to him about "
                "his day.",
            ),
        ),
        q(
            "What is not working well",
            "mixed",
            lp("child", "I don't like the big hall.", "I don't like loud bells."),
            lp(
                "third",
                "Oliver finds assemblies and the dining hall overwhelming; he covers his "
                "ears and sometimes lies on the floor.",
                "He becomes upset when his routine changes unexpectedly, for example when "
                "there is a fire drill or a visitor in class.",
                "He is not yet toilet trained during the school day, and this is starting "
                "to affect his confidence with other children.",
                "He tires easily in the afternoons, which limits what he can learn after lunch.",
            ),
            lp(
                "parent",
                "We are worried that Oliver's hearing seems to go up and down, and that "
                "people think he is ignoring them when he cannot hear.",
                "We also find it hard to get him to try new foods.",
            ),
        ),
        q(
            "What I like to do at home and at the weekend",
            "mixed",
            lp(
                "child",
                "I like the park.",
                "I like bath time with bubbles.",
                "I like Grandad's train set.",
            ),
            lp(
                "parent",
                "At weekends we often go to Millbeck Park, where Oliver loves the big "
                "swings and watching the trains go over the viaduct.",
                third(
                    "On Sundays he visits his grandad, who has a model railway in the garage, "
                    "and the two of them will happily spend an hour sending the trains round "
                    "and round."
                ),
                "Oliver enjoys being in the water and we take him to a quiet family swim "
                "session, although he is frightened of the changing rooms.",
                third(
                    "He also loves helping with jobs around the house, especially putting the "
                    "washing in the machine and pressing the buttons."
                ),
            ),
        ),
        q(
            "How best to communicate with me",
            "mixed",
            lp(
                "child",
                "Sign to me.",
                "Show me the picture.",
                "Wait for me.",
            ),
            lp(
                "parent",
                third("Oliver understands much more than he can say."),
                third(
                    "Get down to his level, make sure he is looking at you, and use his name first."
                ),
                third(
                    "Use short, simple sentences with Makaton signs, and show him objects or "
                    "pictures."
                ),
                third("Give him at least ten seconds to respond before you repeat yourself."),
                third("If he is upset, a quiet space and his train usually help him to calm down."),
            ),
        ),
        q(
            "My story so far",
            "parent",
            lp(
                "parent",
                "Oliver was born at Northbridge Royal Infirmary and we learned the day after "
                "his birth that he has Down syndrome.",
                third(
                    "He had heart surgery at five months old to repair a hole in his heart, and "
                    "he has been well since then, although he still sees the cardiologist "
                    "every two years."
                ),
                third('He walked at two and a half and said his first word, "Dada", at three.'),
            ),
            lp(
                "parent",
                third("Oliver went to the nursery class at Millbeck when he was three."),
                third(
                    "The early years inclusion team helped the school to plan for him, and he "
                    "had extra support from an early years practitioner."
                ),
                third(
                    "He moved into Reception with his friends and has stayed with the same "
                    "class since then."
                ),
                third(
                    "His first Education, Health and Care Plan was issued in Reception, "
                    "and this plan has been updated after his annual review in November "
                    "2025."
                ),
            ),
        ),
        q(
            "My parents' views",
            "parent",
            lp(
                "parent",
                "We are so proud of Oliver and of everything he has learned this year.",
                third("Millbeck has been brilliant, and Mrs Kowalski is like part of the family."),
                "We are worried about the move to the junior school next September, "
                "because it is bigger, and we want the planning for that to start early.",
            ),
            lp(
                "parent",
                "We would like Oliver's speech and language therapy to be delivered in "
                "school, where he can practise with his friends, and we would like to be "
                "shown how to do the same activities at home.",
                "We also want his hearing checked more often, because we think it affects "
                "everything else.",
                "Finally, we would like him to have the chance to join in with after-school "
                "activities like his sister does.",
            ),
            lp(
                "parent",
                "Sometimes we feel that we have to tell Oliver's story again and again to "
                "different professionals.",
                "We would like one person at school to be our main contact, and we would "
                "like reports to be shared with us before meetings so that we have time to "
                "read them.",
                "We know Oliver best, and we want to be treated as part of his team.",
            ),
        ),
        q(
            "Who completed this section?",
            "professional",
            lp(
                "other",
                "I completed this section with Oliver in school on 6 November 2025, using "
                "his symbol cards and Makaton, and with his parents, Jess and Andrew Grant, "
                "at home on 10 November 2025.",
                third("Oliver's words are recorded as he said or signed them."),
                third("The section was written up by Mrs Kowalski, teaching assistant."),
            ),
        ),
    ],
)

section_b = Section(
    "B",
    "Section B: My special educational needs",
    [
        P(
            "Oliver has Down syndrome, a genetic condition that affects his learning, his "
            "speech and language, his muscle tone and his health. His needs are described "
            "below under the four areas of need. The information comes from the advice "
            "listed in Section K and from discussions with his parents and school staff at "
            "his annual review on 18 November 2025."
        ),
        H("Communication and interaction"),
        P(
            "Oliver's understanding of language is a relative strength. He understands "
            'familiar instructions in context, such as "get your coat" and "time for '
            'lunch", and can follow two-part instructions when they are supported by signs '
            'and pictures, for example "find your book and sit on the carpet". He '
            "understands around 200 single words and is beginning to understand simple "
            'questions with "what" and "where". He finds questions with "why" and '
            '"when" very hard.'
        ),
        P(
            "Oliver's expressive language is much more limited. He uses around 60 single "
            "words and a growing number of two-word phrases, together with about 80 "
            "Makaton signs. His speech is often hard for unfamiliar people to understand "
            "because of low muscle tone in his mouth and face, which affects the clarity "
            "of his speech sounds. He becomes frustrated when he is not understood, and "
            "he may then stop trying or push the adult away."
        ),
        P(
            "The speech and language therapist (SALT) assessed Oliver in October 2025 and "
            "found that his language is at about the level expected of a child of two and "
            "a half to three years. She recommended continued use of Makaton, a "
            "core-vocabulary symbol board and daily practice of target words and phrases, "
            "both in school and at home."
        ),
        P(
            "Oliver is sociable and seeks out other children, but his play is often "
            "alongside rather than with them. He likes simple turn-taking games with an "
            "adult and can take two or three turns before he loses interest. He does not "
            "yet join in with imaginative play led by other children, and can be "
            "bewildered when a game changes quickly."
        ),
        P(
            "Adults who know Oliver well can usually work out what he means from his "
            "signs, gestures and the context. Staff who do not know him well, such as "
            "supply teachers and lunchtime supervisors, often cannot, and this is when he "
            "is most likely to become frustrated. A short communication passport, with "
            "photographs of his most important signs, has been shared with all staff and "
            "helps them to understand him."
        ),
        H("Cognition and learning"),
        P(
            "Oliver has a moderate learning difficulty associated with Down syndrome. He is "
            "working at a level well below that expected for his age across the curriculum, "
            "and his progress is measured in small steps using the school's pre-key stage "
            "assessment framework. He learns best through visual information, repetition, "
            "practical activities and clear routines. His visual memory is a strength, "
            "which means that he learns whole words by sight more easily than he learns "
            "letter sounds."
        ),
        P(
            "In reading, Oliver can match and select 24 words by sight and can recognise "
            "the first letter of his name and of the names of his family. He enjoys "
            "sharing books with an adult, particularly books about trains and animals, "
            "and he turns the pages and points to pictures. He does not yet blend sounds "
            "to read words."
        ),
        P(
            "In writing, Oliver can make marks with a chunky pencil and copy a circle and "
            "a vertical line. He is beginning to trace the letters of his name. Writing "
            "tasks tire him quickly because of his low muscle tone and his difficulty with "
            "hand control."
        ),
        P(
            "In mathematics, Oliver can count to 10 by rote and count up to 5 objects "
            "accurately, touching each one. He recognises the numerals 1 to 5 and can "
            "match quantities to numerals to 3. He can sort objects by colour and size and "
            "can continue a simple pattern of two colours. He enjoys counting songs."
        ),
        P(
            "Oliver's attention is short, particularly for adult-led tasks. He can focus "
            "for about four minutes on a structured task at his work station, and much "
            "longer when the activity involves his trains. His processing speed is slow, "
            "and he needs extra time to take in information and to respond."
        ),
        P(
            "Like many children with Down syndrome, Oliver finds it hard to keep hold of "
            "new learning unless it is practised often, and he may know something on one "
            "day and seem to have forgotten it the next. He also finds it hard to use a "
            "skill he has learned in one place somewhere else: for example, he counts "
            "objects accurately at his work station but not yet when laying the table "
            "at home. Planned repetition across different settings is therefore an "
            "important part of his provision."
        ),
        H("Social, emotional and mental health"),
        P(
            "Oliver is a happy and affectionate boy who enjoys the company of adults and "
            "children. He has good relationships with the staff who work with him and "
            "with several children in his class, who look out for him. He enjoys praise and "
            "responds well to stickers and to being given jobs, such as taking the "
            "register to the office with a friend."
        ),
        P(
            "Oliver finds changes in routine and noisy environments difficult. When he is "
            "overwhelmed he may cover his ears, sit or lie on the floor and refuse to "
            "move, or run away from the area. These incidents happen about twice a week, "
            "usually at transition times, in the dining hall or in assembly. They are "
            "much less frequent when he is prepared for changes with his visual timetable "
            "and a now-and-next board."
        ),
        P(
            "Oliver is sometimes physically over-affectionate with other children, for "
            "example hugging them tightly without asking. Staff are teaching him to give "
            "high fives instead, with some success. He does not yet understand personal "
            "space and needs adults to help him learn the social rules of the classroom "
            "and playground."
        ),
        P(
            "At home, Oliver's parents report that he is generally happy and settled, but "
            "that he can become very upset when his sister has friends round or when "
            "plans change at short notice. He uses his toy train as a comfort object and "
            "will line up his trains when he is anxious. His parents use a simple picture "
            "schedule at home, which helps."
        ),
        H("Sensory and/or physical needs"),
        P(
            "Oliver has a mild to moderate conductive hearing loss in both ears, caused by "
            "glue ear, which goes up and down with colds and the seasons. He was fitted "
            "with hearing aids in June 2025 but often pulls them out. When his hearing is "
            "poor, he is slower to respond and more likely to become upset. He is supported "
            "by a qualified teacher of the deaf from the Northbridge sensory support "
            "service."
        ),
        P(
            "In class, Oliver hears best when he is close to the speaker, when background "
            "noise is low and when he can see the speaker's face and signs. He misses a "
            "great deal of what is said in whole-class teaching on the carpet, "
            "particularly when other children are talking, and he relies heavily on "
            "watching what other children do. The teacher of the deaf has advised that a "
            "radio aid may help in future, and this will be considered once his hearing "
            "aids are worn consistently."
        ),
        P(
            "Oliver wears glasses for long sight. He has low muscle tone throughout his "
            "body and loose joints, which affect his balance, his stamina and his fine "
            "motor control. He can walk and run on flat ground but falls more often than "
            "other children and finds stairs, climbing equipment and uneven ground "
            "difficult. He tires quickly and needs rest breaks during the day."
        ),
        P(
            "Oliver needs help with many self-care tasks. He can take off his coat and "
            "shoes but needs help to put them on. He can feed himself with a spoon and "
            "drinks from an open cup. He is not yet toilet trained in school and wears "
            "pull-ups; he will sometimes sit on the toilet when taken at regular times. "
            "The occupational therapist (OT) has recommended a toileting programme and "
            "equipment to help him sit securely."
        ),
        P(
            "In PE and at playtimes, Oliver enjoys running games and ball play, but needs "
            "an adult nearby on the climbing frame and on the steps down to the field. "
            "He finds changing for PE slow and tiring, and staff allow him to come to "
            "school in his PE kit on PE days. He cannot yet ride a bicycle or scooter, "
            "which his parents would like him to learn."
        ),
    ],
)

section_c = Section(
    "C",
    "Section C: My health needs",
    [
        P(
            "Oliver's health needs relating to his special educational needs are "
            "described below. His parents manage his health needs with the support of a "
            "number of health professionals, who are listed in Section G."
        ),
        H("Hearing"),
        P(
            "Oliver has glue ear affecting both ears, which causes a fluctuating "
            "conductive hearing loss. He is under the care of the paediatric audiology "
            "service at Northbridge Royal Infirmary and the ear, nose and throat (ENT) "
            "team. He was fitted with two behind-the-ear hearing aids in June 2025. His "
            "hearing is tested every four months. The ENT surgeon has discussed the "
            "option of grommets with his parents, and this will be reviewed in spring "
            "2026."
        ),
        H("Vision"),
        P(
            "Oliver is long-sighted and wears glasses at all times. He is seen once a year "
            "by the hospital eye service, as children with Down syndrome are at higher risk "
            "of eye conditions."
        ),
        H("Heart"),
        P(
            "Oliver had surgery to repair an atrioventricular septal defect when he was "
            "five months old. He has had no problems since and does not need any special "
            "care in school because of his heart. He is reviewed by the paediatric "
            "cardiologist every two years."
        ),
        H("Thyroid, growth and general health"),
        P(
            "Oliver has a blood test once a year to check his thyroid function, in line "
            "with national guidance for children with Down syndrome. His thyroid function "
            "has been normal so far. He is small for his age but growing along his own "
            "centile line on the Down syndrome growth chart. He catches colds and chest "
            "infections easily, particularly in the winter, which affects his attendance "
            "(91% in the autumn term 2025)."
        ),
        H("Medication"),
        P(
            "Oliver does not take any regular medication in school. He sometimes has "
            "antibiotics for ear or chest infections, which are given at home. His "
            "parents will tell the school if he is unwell, as his hearing and his energy "
            "levels are often worse during and after an infection."
        ),
        H("Continence, eating and sleep"),
        P(
            "Oliver is not yet toilet trained. The children's continence service has "
            "assessed him and advised a timed toileting programme, which is being "
            "followed at home and at school. He eats a limited range of foods and prefers "
            "soft textures; the community paediatrician has advised that this is "
            "monitored but that no specialist feeding assessment is needed at present. "
            "Oliver sometimes snores and wakes in the night, and he has been referred for "
            "a sleep study to check for obstructive sleep apnoea."
        ),
    ],
)

section_d = Section(
    "D",
    "Section D: My social care needs",
    [
        P(
            "Oliver lives with his parents and his sister Poppy, who is ten. His parents "
            "provide a high level of care, including help with dressing, washing, toileting "
            "and eating, and they attend many health appointments with him. His father "
            "works shifts and his mother works part-time."
        ),
        P(
            "Oliver was assessed by the Northbridge Disabled Children's Team in September "
            "2025. The assessment found that Oliver needs more help with personal care "
            "than other children of his age and that the family would benefit from short "
            "breaks, so that his parents can spend time with Poppy and rest. It also found "
            "that Oliver would enjoy and benefit from activities in the community with "
            "other children, which he cannot yet access without support."
        ),
        P(
            "Poppy has been identified as a young carer and has been offered a place at "
            "the Northbridge Young Carers group, which she attends once a month. The "
            "family does not have an allocated social worker and there are no safeguarding "
            "concerns."
        ),
        P(
            "Oliver's parents have said that the most tiring part of caring for him is "
            "the number of appointments and the broken nights when he wakes. They would "
            "like help with equipment at home, including a bath seat, and advice about "
            "keeping Oliver safe as he becomes more mobile, for example locks for the "
            "kitchen cupboards and the garden gate. These needs are addressed in Section "
            "H1."
        ),
    ],
)

OUT_T = "Steps towards this outcome:"
section_e = Section(
    "E",
    "Section E: My outcomes",
    [
        P(
            "These outcomes were agreed with Oliver's parents and the school at the annual "
            "review on 18 November 2025. They describe what we want Oliver to be able to "
            "do by the end of Year 3 (July 2027), with steps that will be checked at each "
            "termly review."
        ),
        P(
            "Progress towards each outcome will be recorded by Oliver's teaching assistant "
            "using short daily notes, a weekly tracking sheet and photographs or video "
            "clips, which will be shared with his parents. The speech and language "
            "therapist and the specialist teacher will use these records when they "
            "review his programmes."
        ),
        H("Communication and interaction"),
        outcome(
            "By the end of Year 3 (July 2027), Oliver will use spoken words or signs to make "
            'three-word phrases (for example, "more red paint") to ask for things or '
            "comment, at least 10 times a day across the school day.",
            "smt",
        ),
        P(OUT_T),
        target(
            "By Easter 2026, Oliver will use 20 new two-word phrases, with speech or "
            "signs, recorded on his communication tracker.",
            "smt",
            style="bullet",
        ),
        target(
            'By July 2026, Oliver will answer "what" and "where" questions about a '
            "familiar picture book correctly in 4 out of 5 tries.",
            "smt",
            style="bullet",
        ),
        outcome(
            "By the end of Year 3 (July 2027), Oliver will take part in a simple game with "
            "two other children, taking at least 5 turns without an adult needing to "
            "prompt him.",
            "smt",
        ),
        P(OUT_T),
        target(
            "By July 2026, Oliver will play a turn-taking game with one other child and an "
            "adult, taking 4 turns and waiting for his turn, on 3 out of 4 occasions.",
            "smt",
            style="bullet",
        ),
        H("Cognition and learning"),
        outcome(
            "By the end of Key Stage 1, Oliver will read 50 familiar words by sight and "
            "use them to read simple two- and three-word sentences.",
            "smtg",
        ),
        P(OUT_T),
        target(
            "By Easter 2026, Oliver will read 35 words from his personal sight vocabulary "
            "on three separate days.",
            "smt",
            style="bullet",
        ),
        target(
            "By July 2026, Oliver will match 8 words to the right picture in a simple "
            "sentence-building activity with 80% accuracy.",
            "smt",
            style="bullet",
        ),
        outcome(
            "By the end of Year 3 (July 2027), Oliver will count up to 10 objects "
            "accurately and match each group to the correct numeral.",
            "smt",
        ),
        P(OUT_T),
        target(
            "By Easter 2026, Oliver will count out up to 7 objects on request in 4 out of "
            "5 attempts.",
            "smt",
            style="bullet",
        ),
        target(
            "By July 2026, Oliver will write his first name with a model to copy, with all "
            "letters recognisable.",
            "smt",
            style="bullet",
        ),
        H("Social, emotional and mental health"),
        outcome(
            "By the end of Year 3 (July 2027), Oliver will manage changes to his routine, "
            "such as assemblies, visitors and fire drills, using his now-and-next board, "
            "with no more than one incident of lying down or running away each half-term.",
            "smt",
        ),
        P(OUT_T),
        target(
            "By Easter 2026, Oliver will move between the classroom and the hall with his "
            "ear defenders and a transition object, without distress, on 4 out of 5 "
            "occasions.",
            "smt",
            style="bullet",
        ),
        target(
            "By July 2026, Oliver will greet other children with a high five or a wave "
            "instead of a hug on 8 out of 10 observed occasions.",
            "smt",
            style="bullet",
        ),
        H("Sensory, physical and independence"),
        outcome(
            "By the end of Year 3 (July 2027), Oliver will use the toilet at school with "
            "the help of one adult, staying dry during the school day on 4 out of 5 days.",
            "smt",
        ),
        P(OUT_T),
        target(
            "By Easter 2026, Oliver will sit on the toilet at his timed toileting breaks "
            "without protest on 4 out of 5 occasions.",
            "smt",
            style="bullet",
        ),
        target(
            "By July 2026, Oliver will put on his coat and shoes with Velcro fastenings "
            "independently at home time.",
            "smt",
            style="bullet",
        ),
        outcome(
            "Oliver will keep his hearing aids in for longer.",
            "s",
        ),
        P(OUT_T),
        target(
            "By Easter 2026, Oliver will wear his hearing aids for the whole morning "
            "session on 4 out of 5 days.",
            "smt",
            style="bullet",
        ),
    ],
)

section_f = Section(
    "F",
    "Section F: Special Educational Provision",
    [
        P(
            "The provision in this section must be made by Millbeck Infant and Nursery "
            "School, with the specialist support described. The SENCo is responsible for "
            "co-ordinating it and for keeping a record of the sessions delivered, which "
            "will be shared with Oliver's parents each half-term."
        ),
        H("Staffing and general arrangements"),
        F(
            "Oliver will be supported by a teaching assistant (TA) for 25 hours a week "
            "(the whole of the school day, including lunchtime), working with him 1:1 or "
            "in a small group of no more than 4 children for part of each session.",
            "qw",
            "1:1 or small group of no more than 4",
            style="bullet",
        ),
        F(
            "The TA working with Oliver will have completed Makaton Level 2 training and "
            "will receive 2 hours of training on supporting children with Down syndrome "
            "from the Northbridge specialist teaching service by the end of the spring "
            "term 2026.",
            "qw",
            style="bullet",
        ),
        F(
            "Oliver's class teacher will plan a personalised curriculum for Oliver each "
            "half-term, with advice from the specialist teacher, setting out small-step "
            "targets that link to the outcomes in Section E.",
            "qw",
            style="bullet",
        ),
        F(
            "Oliver will have a quiet individual work station in the classroom and a "
            "visual timetable, a now-and-next board and symbol labels in all areas he "
            "uses, set up and kept up to date by his TA every day.",
            "qw",
            style="bullet",
        ),
        F(
            "A home-school communication book, completed by the TA every day with a photo "
            "or symbol of one thing Oliver did, so that he can talk about his day at home.",
            "qw",
            style="bullet",
        ),
        H("Communication and interaction"),
        F(
            "Speech and language therapy from an HCPC-registered speech and language "
            "therapist: a 45-minute visit to school every 3 weeks, including 30 minutes of "
            "direct 1:1 therapy with Oliver and 15 minutes to review and update his "
            "programme with the TA.",
            "qw",
            "1:1",
            style="bullet",
        ),
        F(
            "A daily speech and language programme, set by the SALT, delivered 1:1 by the "
            "TA for 15 minutes every school day.",
            "qw",
            "1:1",
            style="bullet",
        ),
        F(
            "Oliver's core-vocabulary symbol board will be available to him in every "
            "lesson and at lunchtime, and adults will model its use when speaking to him.",
            "q",
            style="bullet",
        ),
        F(
            "A turn-taking and shared play group of 3 children (Oliver and two peers), "
            "led by the TA for 20 minutes, three times a week, following games suggested "
            "by the SALT.",
            "qw",
            "small group of 3",
            style="bullet",
        ),
        F(
            "All staff who work with Oliver, including lunchtime supervisors, will use "
            "Makaton signs alongside speech; the school will provide a Makaton taster "
            "session of 1 hour for all staff each school year.",
            "qw",
            style="bullet",
        ),
        H("Cognition and learning"),
        F(
            "A daily 1:1 reading session of 15 minutes with the TA, using a sight-vocabulary "
            "programme designed for children with Down syndrome, with new words "
            "introduced at Oliver's pace.",
            "qw",
            "1:1",
            style="bullet",
        ),
        F(
            "A daily 1:1 number session of 10 minutes with the TA, using practical "
            "equipment, number songs and games.",
            "qw",
            "1:1",
            style="bullet",
        ),
        F(
            "Fine motor and pre-writing activities, such as threading, play dough and "
            "tracing, for 10 minutes each day.",
            "q",
            None,
            ("such as",),
            style="bullet",
        ),
        F(
            "A visit from the specialist teacher for learning and cognition (Northbridge "
            "specialist teaching service) once each half-term, for 2 hours, to observe "
            "Oliver, review his targets with the class teacher and TA, and model teaching "
            "approaches.",
            "qw",
            style="bullet",
        ),
        F(
            "Learning tasks will be broken into short steps of no more than 5 minutes, "
            "followed by a movement or sensory break, throughout the school day.",
            "q",
            style="bullet",
        ),
        H("Social, emotional and mental health"),
        F(
            "A personalised behaviour support plan, written by the class teacher and SENCo "
            "with Oliver's parents and reviewed every half-term, setting out how adults "
            "will help Oliver when he is overwhelmed.",
            "qw",
            style="bullet",
        ),
        F(
            "Social stories, written by the TA, to prepare Oliver for changes and new "
            "events (for example, school trips, visitors and the move to Year 3), shared "
            "with him at least 3 days before each event.",
            "qw",
            style="bullet",
        ),
        F(
            "A calm area in the classroom, with soft seating and sensory items, which "
            "Oliver can use when he needs a break.",
            "",
            None,
            style="bullet",
        ),
        F(
            "A lunchtime buddy system supervised by a named lunchtime supervisor every "
            "day, so that Oliver eats with two chosen friends in the small dining room.",
            "qw",
            "small group of 3",
            style="bullet",
        ),
        H("Sensory and physical"),
        F(
            "Monitoring visits from the qualified teacher of the deaf (Northbridge sensory "
            "support service) twice a term, for 1 hour, to check Oliver's hearing aids, "
            "advise on the classroom environment and train staff.",
            "qw",
            style="bullet",
        ),
        F(
            "Daily checks of Oliver's hearing aids by the TA at the start of the school "
            "day, following the checklist provided by the teacher of the deaf.",
            "qw",
            style="bullet",
        ),
        F(
            "Seating close to the teacher and away from noise sources, such as the door "
            "and the sink, in every lesson.",
            "q",
            None,
            ("such as",),
            style="bullet",
        ),
        F(
            "A motor skills programme set by the OT and physiotherapist, delivered by "
            "the TA for 15 minutes, four times a week, in a group of 2 (Oliver and one "
            "other child).",
            "qw",
            "group of 2",
            style="bullet",
        ),
        F(
            "Adapted equipment as advised by the OT, including a toilet seat reducer, a "
            "step, a sloping board and chunky pencils.",
            "w",
            None,
            ("as advised",),
            style="bullet",
        ),
        F(
            "A timed toileting programme, following the plan from the children's "
            "continence service, with 1:1 support from a trained adult at 5 set times "
            "during the school day.",
            "qw",
            "1:1",
            style="bullet",
        ),
        F(
            "Support to use the playground climbing equipment and steps safely, from "
            "an adult at all times.",
            "q",
            "1:1",
            style="bullet",
        ),
        H("Lunchtimes and unstructured times"),
        F(
            "A trained lunchtime supervisor will support Oliver 1:1 for the whole of the "
            "lunch break (60 minutes each day), including eating, going to the toilet and "
            "play.",
            "qw",
            "1:1",
            style="bullet",
        ),
        F(
            "Structured playground games, such as parachute games and ring games, "
            "organised by the lunchtime supervisor for a group of up to 6 children on 3 "
            "days a week.",
            "qw",
            "group of up to 6",
            ("such as", "up to"),
            style="bullet",
        ),
        F(
            "Oliver will not attend whole-school assemblies in the main hall; instead he "
            "will join the smaller Key Stage 1 assembly on Fridays for 15 minutes, with "
            "his ear defenders and his TA.",
            "qw",
            style="bullet",
        ),
        H("Working with Oliver's parents"),
        F(
            "A meeting of 30 minutes each half-term between Oliver's parents, the class "
            "teacher and the TA, to share progress and agree how to practise skills at "
            "home.",
            "qw",
            style="bullet",
        ),
        F(
            "Copies of Oliver's speech and language and reading programmes, with short "
            "videos of the activities, sent home by the TA whenever the programmes "
            "change, and at least once a half-term.",
            "qw",
            style="bullet",
        ),
        F(
            "Makaton training for Oliver's parents, provided by the Northbridge speech "
            "and language therapy service, in a group course of 4 evening sessions.",
            "qw",
            style="bullet",
        ),
        H("Preparing for transition"),
        F(
            "Transition planning for the move to Millbeck Junior School in September 2026, "
            "led by the SENCo, including at least 6 visits to the new school in the summer "
            "term 2026 with his TA and a transition booklet with photographs.",
            "qw",
            style="bullet",
        ),
        F(
            "A transition meeting with the junior school SENCo, class teacher and Oliver's "
            "parents by 22 May 2026, to agree how the provision in this plan will be "
            "delivered in the new school.",
            "qw",
            style="bullet",
        ),
    ],
)

section_g = Section(
    "G",
    "Section G: Health provision",
    [
        P(
            "The following health provision is reasonably required by Oliver's learning "
            "difficulties and disabilities:"
        ),
        P(
            "Paediatric audiology, Northbridge Royal Infirmary: hearing test every 4 "
            "months; hearing aid review and new ear moulds as needed.",
            style="bullet",
        ),
        P(
            "Ear, nose and throat team: review of glue ear and decision about grommets in "
            "the spring term 2026.",
            style="bullet",
        ),
        P(
            "Community paediatrician (Dr Helen Osei): review every 6 months, including "
            "growth, eating, sleep and the results of the annual thyroid blood test.",
            style="bullet",
        ),
        P(
            "Hospital eye service: annual check of vision and glasses.",
            style="bullet",
        ),
        P(
            "Paediatric cardiology: review every 2 years.",
            style="bullet",
        ),
        P(
            "Children's continence service: advice and a review of the toileting "
            "programme every 3 months, and provision of continence products.",
            style="bullet",
        ),
        P(
            "Children's physiotherapy service: assessment and a programme for balance and "
            "core strength, reviewed every 6 months, with a copy for school.",
            style="bullet",
        ),
        P(
            "Children's occupational therapy service: assessment for equipment in school "
            "and at home, and review of the fine motor programme every 6 months.",
            style="bullet",
        ),
        P(
            "Speech and language therapy is recorded in Section F because it is "
            "educational provision for Oliver. It will be delivered by the Northbridge "
            "Children's Speech and Language Therapy Service under the joint commissioning "
            "arrangement between the council and the integrated care board."
        ),
        P(
            "Health professionals will send copies of their reports and programmes to "
            "Oliver's parents and, with their consent, to the school SENCo, so that advice "
            "can be built into his daily routines. Oliver's parents have agreed to this. "
            "The community paediatrician will act as the lead health professional and "
            "will contribute written advice to each annual review."
        ),
    ],
)

section_h1 = Section(
    "H1",
    "Section H1: Social care provision under section 2 of the Chronically Sick and "
    "Disabled Persons Act 1970",
    [
        P(
            "Oliver will receive short breaks at home from a support worker employed by "
            "an agency commissioned by Northbridge County Council, for 4 hours every "
            "other Saturday, to support him with play and personal care while his parents "
            "spend time with Poppy."
        ),
        P(
            "The Disabled Children's Team will arrange an assessment by a community "
            "occupational therapist for a bath seat and other equipment at home."
        ),
    ],
)

section_h2 = Section(
    "H2",
    "Section H2: Other social care provision",
    [
        P(
            "Oliver will be offered a place at the Saturday morning inclusive play scheme "
            "at Northbridge Leisure Centre, with a support worker, for 3 hours on two "
            "Saturdays a month during term time."
        ),
        P(
            "Poppy will continue to be offered a place at the Northbridge Young Carers "
            "group once a month. The family will be reviewed by the Disabled Children's "
            "Team every 12 months, or sooner if their circumstances change."
        ),
    ],
)

section_i = Section(
    "I",
    "Section I: Placement",
    [
        P(
            "Millbeck Infant and Nursery School (mainstream community infant school), "
            "until the end of the summer term 2026."
        ),
        P(
            "From September 2026: Millbeck Junior School (mainstream community junior "
            "school). The junior school has been consulted and has agreed that it can "
            "meet Oliver's needs with the provision in this plan."
        ),
        P(
            "The plan will be reviewed at an annual review meeting by 11 January 2027. An "
            "interim review will be held in June 2026 to check the transition "
            "arrangements."
        ),
        P(
            "Oliver's parents have expressed a preference for Millbeck Junior School, "
            "which his sister attends. The council has named this school in line with "
            "their preference. Home-to-school travel is not needed because the family "
            "lives within walking distance of both schools."
        ),
    ],
)

section_j = Section(
    "J",
    "Section J: Personal budget",
    [
        P(
            "Oliver's parents have asked for a personal budget for the short breaks in "
            "Section H1. This will be paid as a direct payment of £1,248 a year, "
            "calculated on 4 hours every other Saturday at the council's standard hourly "
            "rate, so that the family can employ a personal assistant they know and trust."
        ),
        P(
            "The direct payment will be paid into a separate bank account every four "
            "weeks. The family will keep receipts and timesheets, which will be checked by "
            "the council's direct payments team every six months. The family has been "
            "given contact details for the Northbridge direct payments support service, "
            "which can help with payroll and recruitment."
        ),
        P(
            "No personal budget has been requested for the special educational provision "
            "in Section F."
        ),
    ],
)

section_k = Section(
    "K",
    "Section K: Advice and information",
    [
        P("The following advice and information was gathered for this plan and its annual review:"),
        P("Parents' views, Jess and Andrew Grant, 10 November 2025", style="bullet"),
        P("Oliver's views, recorded by Mrs Kowalski, 6 November 2025", style="bullet"),
        P(
            "Annual review report, Millbeck Infant and Nursery School, 18 November 2025",
            style="bullet",
        ),
        P(
            "Speech and language therapy report, Ms Laura Finch, speech and language "
            "therapist, 21 October 2025",
            style="bullet",
        ),
        P(
            "Teacher of the deaf report, Mr Rhys Morgan, Northbridge sensory support "
            "service, 3 November 2025",
            style="bullet",
        ),
        P(
            "Occupational therapy report, Ms Anita Sharma, occupational therapist, 15 October 2025",
            style="bullet",
        ),
        P(
            "Paediatric report, Dr Helen Osei, community paediatrician, 29 September 2025",
            style="bullet",
        ),
        P(
            "Disabled Children's Team assessment, 24 September 2025",
            style="bullet",
        ),
        P(
            "Educational psychology advice from the original assessment, Dr Sam Ellery, "
            "educational psychologist, 2 May 2023",
            style="bullet",
        ),
        P(
            "The educational psychology advice was written for Oliver's original "
            "assessment in 2023. The council considered whether new advice was needed "
            "for this review and agreed with Oliver's parents that the specialist teacher "
            "reports and the school's annual review report give an up-to-date picture of "
            "his learning. A new educational psychology assessment will be requested "
            "before the transition to Key Stage 3 or sooner if Oliver's needs change."
        ),
        P(
            "All reports were shared with Oliver's parents before the draft plan was "
            "issued. Copies are held on Oliver's file and are available from the Special "
            "Educational Needs Casework Team on request."
        ),
    ],
)

PLAN = Plan(
    file="03_running_headers.pdf",
    description=(
        "PDF exported from a case-management system: OFFICIAL-SENSITIVE and council "
        "running header and 'Plan for: name / Page x of y' footer on every page, bold "
        "'Section A: ...' headings repeated as '(continued)' at the top of pages that "
        "open mid-section, separate H1 and H2."
    ),
    child={"name": "Oliver Grant", "first_name": NAME, "age": 7, "year_group": 2},
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
    unexplained_acronyms=["SENCo", "HCPC"],
    meta={
        "renderer": "pdf_running",
        "council_header": "Northbridge County Council – Education, Health and Care Plan",
        "body_size": 11,
    },
)
