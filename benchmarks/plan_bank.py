"""Fictional text used to vary the benchmark plans (see ``generate_plans.py``).

Everything here is invented: the names are ordinary first names and surnames paired at random,
the professionals and councils do not exist, and the paragraphs were written for this
benchmark. Paragraphs are templates: ``{name}`` is the child's first name, ``{he}``, ``{him}``,
``{his}``, ``{himself}`` (and capitalised ``{He}``, ``{His}``) follow the child's pronouns,
``{setting}`` is "school" or "college", ``{adult}`` the supporting adult's role, ``{month}``,
``{year}`` and ``{date}`` a date near the plan's own, ``{professional}`` an invented name,
``{topic}``, ``{need}`` and ``{relative}`` a word from the lists below, and ``{A-B}`` a whole
number from A to B. Each paragraph is tagged ``""`` (any age), ``"p"`` (primary, up to 11) or
``"s"`` (secondary or college, 11 and over).
"""

from __future__ import annotations

GIRL_NAMES = (
    "Aisha",
    "Alice",
    "Amelia",
    "Ava",
    "Bethany",
    "Chloe",
    "Daisy",
    "Eleanor",
    "Ella",
    "Elsie",
    "Esme",
    "Evie",
    "Fatima",
    "Freya",
    "Grace",
    "Hannah",
    "Harriet",
    "Imogen",
    "Iris",
    "Jasmine",
    "Layla",
    "Leah",
    "Lily",
    "Lucy",
    "Maisie",
    "Maryam",
    "Matilda",
    "Mia",
    "Millie",
    "Nadia",
    "Niamh",
    "Olivia",
    "Phoebe",
    "Rosie",
    "Safiya",
    "Scarlett",
    "Sienna",
    "Sofia",
    "Tilly",
    "Zara",
    "Zainab",
    "Yasmin",
)

BOY_NAMES = (
    "Aaron",
    "Adam",
    "Alfie",
    "Archie",
    "Arlo",
    "Ben",
    "Caleb",
    "Callum",
    "Charlie",
    "Dylan",
    "Elijah",
    "Ethan",
    "Finley",
    "Freddie",
    "George",
    "Harrison",
    "Harvey",
    "Hassan",
    "Henry",
    "Ibrahim",
    "Isaac",
    "Jacob",
    "Jamal",
    "Joshua",
    "Kian",
    "Leo",
    "Logan",
    "Luca",
    "Mason",
    "Max",
    "Musa",
    "Noah",
    "Omar",
    "Reuben",
    "Riley",
    "Rowan",
    "Samuel",
    "Sebastian",
    "Theo",
    "Tobias",
    "Yusuf",
    "Zack",
)

SURNAMES = (
    "Adeyemi",
    "Ahmed",
    "Ali",
    "Allen",
    "Appiah",
    "Atkinson",
    "Bailey",
    "Barker",
    "Begum",
    "Bennett",
    "Bhatt",
    "Brennan",
    "Carter",
    "Chandler",
    "Chowdhury",
    "Clarke",
    "Collins",
    "Cooper",
    "Daly",
    "Davies",
    "Dhillon",
    "Edwards",
    "Evans",
    "Fletcher",
    "Gallagher",
    "Gill",
    "Green",
    "Hall",
    "Harris",
    "Hughes",
    "Hussain",
    "Iqbal",
    "Jackson",
    "James",
    "Jones",
    "Kaur",
    "Kowalski",
    "Lewis",
    "Lloyd",
    "Malik",
    "Marshall",
    "Mitchell",
    "Moore",
    "Murphy",
    "Nowak",
    "Obi",
    "O'Brien",
    "Owusu",
    "Parker",
    "Patel",
    "Phillips",
    "Quinn",
    "Rahman",
    "Reid",
    "Roberts",
    "Robinson",
    "Shah",
    "Singh",
    "Stewart",
    "Taylor",
    "Thomas",
    "Turner",
    "Walker",
    "Ward",
    "Watson",
    "Webb",
    "White",
    "Williams",
    "Wilson",
    "Wood",
    "Wright",
    "Young",
)

PROFESSIONALS = (
    "Dr Helen Marsh",
    "Dr Tomasz Zielinski",
    "Ms Anita Rao",
    "Mr Gareth Pryce",
    "Dr Efua Boateng",
    "Ms Claire Henshaw",
    "Mrs Louise Kettering",
    "Mr Daniel Achebe",
    "Dr Priti Nair",
    "Ms Rebecca Holm",
    "Mr Simon Ashworth",
    "Dr Fiona McLeod",
    "Ms Joanne Ferris",
    "Mrs Nasreen Qureshi",
    "Dr Martin Edevane",
    "Ms Olivia Trent",
)

TOPICS = (
    "history",
    "science",
    "computing",
    "art",
    "music",
    "engineering",
    "animals",
    "geography",
    "cooking",
    "photography",
    "football",
    "astronomy",
)

NEEDS = (
    "autism",
    "dyslexia",
    "speech, language and communication needs",
    "physical disability",
    "sensory needs",
    "social, emotional and mental health",
)

RELATIVES = ("mother", "father", "grandmother", "stepfather", "aunt", "older sister")

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "September",
    "October",
    "November",
    "December",
)

# (section, topic label for table rows, age tag, template)
BANK: tuple[tuple[str, str, str, str], ...] = (
    # -- Section B: communication and interaction -------------------------------------------
    (
        "B",
        "Communication and interaction",
        "",
        "{name} understands more than {he} is able to say. In a structured assessment in {month} "
        "{year}, the speech and language therapist found that {his} understanding of spoken "
        "sentences was in the average range for familiar topics, but fell to the low range when "
        "sentences were long or contained words about time, such as before, after and until. In "
        "class this means that {he} may follow the first part of an instruction and miss the rest. "
        "{He} is more successful when adults break instructions into short steps and ask {him} to "
        "say back what {he} is going to do.",
    ),
    (
        "B",
        "Communication and interaction",
        "",
        "{name}'s expressive language is still developing. {He} often uses short sentences and "
        "relies on general words such as thing and stuff when {he} cannot find the word {he} "
        "needs. When {he} is asked to explain something in front of the class, {he} may fall "
        "silent or say that {he} does not know, even when {he} does. Staff report that {he} gives "
        "fuller answers when {he} is given thinking time of around {5-10} seconds and when a visual "
        "prompt, such as a word mat or a picture, is available.",
    ),
    (
        "B",
        "Communication and interaction",
        "",
        "Social communication is an area of difficulty for {name}. {He} finds it hard to read other "
        "people's facial expressions and tone of voice, and {he} can misread a joke or a friendly "
        "comment as unkind. This has led to several falling-outs with peers this year. {He} wants "
        "to have friends and is upset when things go wrong. Adults who explain what happened, "
        "using a simple drawing or a comic strip conversation, help {him} to understand other "
        "people's points of view and to decide what to do next time.",
    ),
    (
        "B",
        "Communication and interaction",
        "p",
        "At playtime {name} often plays alone or follows the adult on duty. {He} enjoys games with "
        "clear rules, such as tag, but finds it hard to join in once a game has started and to cope "
        "when the rules change. Lunchtime staff have noticed that {he} plays for longer with other "
        "children when an adult sets up a small game and then gradually steps back. The school's "
        "lunchtime club, which runs on {2-4} days a week, has given {him} a quieter place to "
        "practise these skills.",
    ),
    (
        "B",
        "Communication and interaction",
        "s",
        "In group work {name} tends to take a passive role and may let others complete the task. "
        "{He} has said that {he} does not know how to disagree politely or how to make sure {his} "
        "idea is heard. Subject teachers report that {he} contributes well when roles within a "
        "group are assigned in advance and when {he} has had the chance to prepare what {he} will "
        "say. {He} has asked not to be chosen to speak without warning in front of the class.",
    ),
    (
        "B",
        "Communication and interaction",
        "",
        "{name}'s speech is sometimes hard for unfamiliar listeners to understand. {He} simplifies "
        "some sounds, for example saying t for k, and drops the ends of longer words. Familiar "
        "adults understand most of what {he} says, but new staff and visitors understand about "
        "half. {He} is aware of this and can become frustrated or stop talking when {he} is asked "
        "to repeat {himself}. Practising target sounds in short, frequent sessions has led to "
        "steady progress since the last review.",
    ),
    # -- Section B: cognition and learning ----------------------------------------------------
    (
        "B",
        "Cognition and learning",
        "p",
        "{name} is working below the level expected for {his} age in reading, writing and "
        "mathematics. {He} knows most single letter sounds and some two-letter sounds, but finds it "
        "hard to blend sounds into words of more than four letters. {His} reading age was measured "
        "at {6-8} years {1-11} months in {month} {year}. {He} enjoys being read to and can talk "
        "about the characters in a story, which shows that {his} understanding of stories is "
        "stronger than {his} decoding.",
    ),
    (
        "B",
        "Cognition and learning",
        "",
        "Working memory is a significant barrier to {name}'s learning. {He} can lose track of a "
        "task part way through, forget what {he} was asked to do, or need to hear information "
        "several times before {he} can use it. Standardised assessment by the educational "
        "psychologist placed {his} working memory in the low range, while {his} non-verbal "
        "reasoning was in the average range. {He} benefits from visual reminders of each step, "
        "checklists and the chance to practise new skills little and often.",
    ),
    (
        "B",
        "Cognition and learning",
        "p",
        "In mathematics {name} has a secure understanding of number to {20-100} and can add and "
        "subtract using practical equipment. {He} finds it harder to recall number facts quickly "
        "and to apply {his} knowledge to word problems, where {he} has to decide which operation to "
        "use. {He} is more confident when problems are presented with pictures or objects, and "
        "when {he} is allowed to talk through {his} method with an adult before writing anything "
        "down.",
    ),
    (
        "B",
        "Cognition and learning",
        "s",
        "{name} finds it difficult to organise {his} written work. {His} ideas are often good, but "
        "{his} writing lacks structure and {he} rarely checks or edits it. {He} writes more, and to "
        "a higher standard, when {he} uses a planning frame and when {he} can type rather than "
        "handwrite. In {his} most recent assessments {he} was working at grade {2-4} in English and "
        "grade {3-5} in science, and teachers noted that {his} written answers did not show the "
        "full extent of {his} understanding.",
    ),
    (
        "B",
        "Cognition and learning",
        "s",
        "Processing speed is an area of relative weakness for {name}. {He} needs more time than "
        "{his} peers to read questions, to take in spoken information and to produce written "
        "answers. In timed tasks {he} often completes only part of the work. {He} has been assessed "
        "as eligible for 25% extra time in examinations, and {he} uses it well. Teachers have "
        "noticed that {he} is less anxious in lessons when {he} is given a copy of the key "
        "information before the lesson begins.",
    ),
    (
        "B",
        "Cognition and learning",
        "",
        "{name} learns best through practical activities and short, focused tasks. {He} "
        "concentrates for around {5-15} minutes on adult-led work before {he} needs a brief "
        "movement break, and for longer when the task links to {his} interests. Staff have found "
        "that a visual timer and a clear finish point help {him} to stay on task. {He} is proud of "
        "{his} work when {he} succeeds and responds well to specific praise that tells {him} what "
        "{he} did well.",
    ),
    (
        "B",
        "Cognition and learning",
        "p",
        "Phonics remains an important area for {name}. {He} has followed the school's phonics "
        "programme in a small group since Reception and is currently working on phase {3-5} "
        "sounds. {He} can read simple decodable books with support but loses confidence with "
        "unfamiliar words and may guess from the first letter. Daily practice with a familiar adult "
        "and pre-teaching of new words before group reading sessions have helped {him} to make "
        "steady progress.",
    ),
    (
        "B",
        "Cognition and learning",
        "",
        "{name}'s handwriting is slow and effortful. {He} grips the pencil tightly, presses hard "
        "and tires quickly, and {his} letters vary in size and are not always on the line. A "
        "handwriting speed assessment in {month} {year} found that {he} writes around {6-12} words "
        "per minute. {He} produces longer and better organised work when {he} can dictate or type. "
        "{He} has started to use a laptop for extended pieces of writing in some lessons.",
    ),
    (
        "B",
        "Cognition and learning",
        "s",
        "{name} is a capable student with a strong interest in {topic}. {He} has a good memory for "
        "facts and is able to learn complex information when it is presented in a structured way. "
        "{His} difficulties lie in planning extended tasks, managing deadlines and working "
        "independently when instructions are open-ended. Homework and coursework deadlines are a "
        "frequent source of stress, and {he} does best when tasks are broken into smaller steps "
        "with a date for each step.",
    ),
    # -- Section B: social, emotional and mental health ---------------------------------------
    (
        "B",
        "Social, emotional and mental health",
        "",
        "{name} experiences anxiety, particularly at times of change and in busy, noisy places. "
        "When {he} is anxious {he} may become very quiet, refuse to start work or ask repeatedly "
        "what will happen next. On {2-4} occasions this term {he} has left the classroom without "
        "permission. {He} is calmer when {he} knows what is going to happen and who will be there, "
        "and when changes are explained to {him} in advance with a visual schedule.",
    ),
    (
        "B",
        "Social, emotional and mental health",
        "",
        "{name} finds it hard to recognise and name {his} own feelings. {He} can move quickly from "
        "calm to very upset, and adults do not always see the early signs. When {he} is "
        "overwhelmed {he} may shout, push furniture or hide under a table. These incidents have "
        "reduced from around {4-8} a week in the autumn term to {1-3} a week now, following the "
        "introduction of a calm space, a feelings scale and a consistent response from all staff.",
    ),
    (
        "B",
        "Social, emotional and mental health",
        "s",
        "{name} has told staff that {he} often feels different from other students and worries "
        "about what they think of {him}. {He} has a small group of friends from {his} tutor group, "
        "but {he} finds unstructured times such as break and lunch difficult and sometimes spends "
        "them in the library. {His} self-esteem is fragile, and {he} can describe {himself} in "
        "negative terms after a setback. {He} responds well to regular check-ins with a trusted "
        "adult.",
    ),
    (
        "B",
        "Social, emotional and mental health",
        "",
        "{name}'s attendance this academic year is {82-95}%. Most absences have been linked to "
        "illness or to days when {he} felt too anxious to come in. {His} family report that "
        "mornings are often difficult and that {he} may complain of stomach aches before {setting}. "
        "A gradual, agreed plan, including a quiet arrival and a named adult to meet {him}, has "
        "helped {him} to attend more consistently since {month}.",
    ),
    (
        "B",
        "Social, emotional and mental health",
        "p",
        "{name} is a friendly and sociable child who is keen to please adults. {He} sometimes seeks "
        "attention in ways that disrupt others, for example by calling out or making noises during "
        "whole-class teaching. Adults have found that giving {him} a specific job, such as handing "
        "out resources, and praising {him} when {he} waits for {his} turn reduces these behaviours. "
        "A simple reward chart used at home and at school has helped {him} to see {his} own "
        "progress.",
    ),
    (
        "B",
        "Social, emotional and mental health",
        "s",
        "Low mood has affected {name} over the past year. {He} has described feeling tired and "
        "unmotivated, and {he} has withdrawn from some activities {he} used to enjoy. {He} has seen "
        "the {setting} counsellor for {4-8} sessions and is on the waiting list for the Child and "
        "Adolescent Mental Health Service. Staff are aware of the signs that {he} is struggling and "
        "know how to respond, following the agreed safety plan.",
    ),
    (
        "B",
        "Social, emotional and mental health",
        "",
        "{name}'s {relative} says that {he} is a different child at home, where {he} is relaxed, "
        "chatty and confident. The family have noticed that {he} is often exhausted after "
        "{setting} and may need time alone before {he} can talk about {his} day. They feel that "
        "{he} masks {his} difficulties during the day and that the effort of doing so is not always "
        "recognised. {He} has asked for a quiet place to go when {he} needs a break.",
    ),
    (
        "B",
        "Social, emotional and mental health",
        "",
        "{name} and {his} family have said that the most important thing is for {him} to feel safe "
        "and understood at {setting}. {His} family describe {him} as affectionate, curious and "
        "funny, and they feel that {his} strengths are not always seen when {he} is anxious. They "
        "have asked that staff share information with them regularly, using the home-school book or "
        "a weekly email, so that they can use the same strategies at home.",
    ),
    # -- Section B: sensory and physical -----------------------------------------------------
    (
        "B",
        "Sensory and physical needs",
        "",
        "{name} is sensitive to noise, strong smells and busy environments. The dining hall, "
        "assemblies and corridors at change-over times are particularly difficult for {him}. {He} "
        "may cover {his} ears, refuse to enter or become distressed. Ear defenders, leaving lessons "
        "a few minutes early and a quieter place to eat have reduced {his} distress. {He} also "
        "seeks movement and benefits from short, planned movement breaks during the day.",
    ),
    (
        "B",
        "Sensory and physical needs",
        "",
        "{name}'s fine motor skills are below those expected for {his} age. {He} finds it hard to "
        "use scissors, fasten buttons and manage small equipment in practical lessons. The "
        "occupational therapist has recommended a daily fine motor programme, which {he} completes "
        "with an adult for around {10-15} minutes. {His} coordination has improved over the year, "
        "and {he} can now manage zips and larger buttons without help.",
    ),
    (
        "B",
        "Sensory and physical needs",
        "",
        "{name} has difficulties with balance and coordination that affect {him} in PE and at "
        "break times. {He} can be unsteady on stairs and uneven ground, tires more quickly than "
        "{his} peers and sometimes trips or bumps into things. The physiotherapist has provided a "
        "programme of exercises to improve {his} core strength. {He} is able to take part in most "
        "PE activities with adjustments, and {he} particularly enjoys swimming.",
    ),
    (
        "B",
        "Sensory and physical needs",
        "",
        "{name} has a mild to moderate hearing loss in both ears and wears hearing aids. {He} hears "
        "best in quiet conditions, face to face and within two metres of the speaker. In a noisy "
        "classroom {he} can miss important information, especially when the teacher is moving "
        "around or facing the board. A radio aid, used consistently by all adults, and a seat near "
        "the front of the class help {him} to access teaching.",
    ),
    (
        "B",
        "Sensory and physical needs",
        "",
        "{name} has a visual impairment and uses enlarged print. Text needs to be at least {18-24} "
        "point on a plain background, and {he} finds worksheets with small diagrams or cluttered "
        "layouts hard to use. {He} uses a tablet to zoom in on the board. The qualified teacher of "
        "the visually impaired visits the {setting} each term to advise staff and to check that "
        "resources are accessible.",
    ),
    # -- Section B: independence --------------------------------------------------------------
    (
        "B",
        "Independence and preparing for adulthood",
        "s",
        "Preparing for adulthood is an important focus for {name}. {He} would like to travel on "
        "public transport independently, manage {his} own money and eventually live in {his} own "
        "home. At present {he} relies on {his} family for most of these tasks. {He} has started a "
        "travel training programme and can now make a familiar bus journey with an adult following "
        "at a distance. {He} needs practice with handling change and with asking strangers for "
        "help.",
    ),
    (
        "B",
        "Independence and self-care",
        "p",
        "{name} is developing {his} self-care skills. {He} can dress {himself} with some help with "
        "fastenings, and {he} is learning to manage {his} own belongings at the start and end of the "
        "day. {He} needs reminders to wash {his} hands and to use the toilet at break times. Visual "
        "sequences in the cloakroom and toilets, and consistent routines between home and school, "
        "are helping {him} to become more independent.",
    ),
    # -- Section C: health --------------------------------------------------------------------
    (
        "C",
        "Health needs",
        "",
        "{name} is under the care of the community paediatrician, who last reviewed {him} in "
        "{month} {year}. {His} growth and general health are within the expected range. The "
        "paediatrician has confirmed {his} diagnosis and has advised that {he} continues to be "
        "reviewed once a year, or sooner if {his} family or the {setting} have concerns. There are "
        "no medical reasons for {him} to miss any part of the curriculum.",
    ),
    (
        "C",
        "Health needs",
        "",
        "{name} has asthma, which is well controlled with a preventer inhaler taken at home and a "
        "reliever inhaler kept at {setting}. {He} may need {his} reliever inhaler after exercise or "
        "in cold weather. Staff who supervise PE and trips are aware of {his} individual healthcare "
        "plan and know what to do if {his} symptoms do not improve. {He} is learning to recognise "
        "the early signs and to ask for {his} inhaler {himself}.",
    ),
    (
        "C",
        "Sleep",
        "",
        "{name} has difficulty getting to sleep and often wakes during the night. {His} family "
        "report that {he} rarely sleeps for more than {5-7} hours, and tiredness affects {his} mood "
        "and concentration the next day. The paediatrician has advised a consistent bedtime "
        "routine and has prescribed melatonin, which the family began in {month} {year}. The "
        "{setting} will tell the family if {he} appears very tired in lessons.",
    ),
    (
        "C",
        "Eating and drinking",
        "",
        "{name} has a restricted diet and eats a small range of foods, mostly plain and of a "
        "similar colour and texture. {He} finds the smell and noise of the dining hall difficult, "
        "which further reduces what {he} eats at lunchtime. A dietitian has reviewed {his} diet and "
        "found that {his} growth is satisfactory. {He} is allowed to bring a packed lunch and to "
        "eat in a quieter space, and new foods are introduced gradually and without pressure.",
    ),
    (
        "C",
        "Health needs",
        "",
        "{name} has epilepsy, diagnosed in {2016-2022}. {His} seizures are currently well "
        "controlled with medication, and {he} has had {0-2} seizures at {setting} in the past year. "
        "{He} has an individual healthcare plan that sets out what staff should do in the event of "
        "a seizure, including when to give emergency medication and when to call an ambulance. "
        "Named staff have been trained by the epilepsy specialist nurse.",
    ),
    (
        "C",
        "Hearing",
        "",
        "{name}'s hearing was last tested by the audiology service in {month} {year}. {He} has a "
        "permanent hearing loss and wears two behind-the-ear hearing aids, which {he} manages with "
        "some adult help. The audiologist has advised that {his} hearing aids should be checked at "
        "the start of each day and that spare batteries are kept at {setting}. {His} hearing will "
        "be reviewed again in twelve months.",
    ),
    (
        "C",
        "Vision",
        "",
        "{name} wears glasses for short sight and should wear them in all lessons. {He} sometimes "
        "takes them off when {he} is anxious or during PE. The orthoptist has advised that {he} "
        "sits with a clear view of the board and that written materials are not cluttered. {His} "
        "next eye examination is due in {month} {year}.",
    ),
    (
        "C",
        "Health needs",
        "",
        "{name} has a diagnosis of attention deficit hyperactivity disorder, made by the "
        "paediatric team in {month} {year}. {He} takes medication each morning, which {his} family "
        "report has helped {his} focus at {setting}. The effect of the medication wears off in the "
        "late afternoon, and {he} may be more restless in the last lesson of the day. The "
        "paediatrician reviews {his} medication, height, weight and blood pressure every six "
        "months.",
    ),
    (
        "C",
        "Physical health",
        "",
        "{name} has hypermobility, which means that {his} joints are more flexible than usual. {He} "
        "has pain in {his} hands and knees after writing or walking for long periods, and {he} "
        "tires easily. The physiotherapist has advised that {he} takes regular rest breaks, uses a "
        "sloped writing board and avoids carrying heavy bags. {He} has a locker so that {he} does "
        "not have to carry all {his} books.",
    ),
    (
        "C",
        "Continence",
        "p",
        "{name} has had toileting difficulties since early childhood, which are managed by the "
        "continence service. {He} takes daily medication and follows a toileting routine at home "
        "and at school. {He} may need to use the toilet urgently, and {he} has a card that allows "
        "{him} to leave lessons without having to explain. Spare clothes are kept at school, and "
        "accidents are dealt with discreetly.",
    ),
    (
        "C",
        "Emotional health",
        "",
        "{name}'s mental health is monitored by {his} GP. {He} has been referred to the Child and "
        "Adolescent Mental Health Service for an assessment of {his} anxiety, and the family are "
        "waiting for an appointment. In the meantime the GP has advised on sleep, exercise and "
        "relaxation, and the {setting} nurse has offered {him} {3-6} sessions to talk about {his} "
        "worries. Health advice will be updated when the assessment has taken place.",
    ),
    (
        "C",
        "Skin",
        "",
        "{name} has eczema, which flares up in hot weather and when {he} is stressed. The itching "
        "can make it hard for {him} to concentrate, and {he} can be self-conscious about {his} "
        "skin. {He} uses an emollient cream, which {he} may apply at {setting}, and {he} is "
        "allowed to wear long sleeves in PE. {His} GP reviews {his} treatment when needed.",
    ),
    (
        "C",
        "Speech and language",
        "",
        "The speech and language therapy service has identified that {name} has a developmental "
        "language disorder. This is a long-term condition that affects how {he} understands and "
        "uses language, and it is not caused by any other condition. {His} needs are described in "
        "Section B. The service will continue to provide a programme delivered by {setting} staff "
        "and will review {his} progress at least once a year.",
    ),
    (
        "C",
        "Health appointments",
        "",
        "{name} attends the dental service and the community paediatric service for routine care. "
        "{He} finds medical appointments stressful because of the waiting rooms, unfamiliar people "
        "and physical examinations. {His} family have found that a social story about the visit, "
        "the first or last appointment of the day and a familiar object to hold help {him} to cope. "
        "The health services involved have been asked to make these adjustments.",
    ),
    (
        "C",
        "Sensory processing",
        "",
        "{name} had a detailed assessment from the occupational therapy service in {month} {year}. "
        "The therapist found difficulties with sensory processing, in particular with noise and "
        "touch, and with motor planning. Recommendations for a sensory diet, seating and equipment "
        "have been shared with the {setting} and are included in Sections F and G. The service will "
        "offer a review appointment in twelve months or sooner if needed.",
    ),
    (
        "C",
        "Health needs",
        "",
        "{name}'s health needs are not expected to change in the next year. {His} family will let "
        "the {setting} and the local authority know if there are any new diagnoses or changes to "
        "{his} medication. All staff who work with {him} have read {his} health information and "
        "know who to contact if they are worried about {his} health or wellbeing during the day.",
    ),
    (
        "C",
        "Recent illness",
        "",
        "{name} spent time in hospital in {month} {year} after a serious chest infection and missed "
        "{2-6} weeks of {setting}. {He} has since made a full recovery, although {he} tires more "
        "easily than before. {His} family were anxious about {his} return, and a phased return was "
        "agreed. {He} is now attending full time, and {his} health is reviewed by {his} GP.",
    ),
    (
        "C",
        "Assessment in progress",
        "",
        "{name} is being assessed for developmental coordination disorder, and the outcome is "
        "expected in the summer term. The assessing paediatrician has noted difficulties with "
        "handwriting, dressing and ball skills that are consistent with the needs described in "
        "Section B. Whatever the outcome of the assessment, the provision in Section F is based on "
        "{his} needs rather than on a diagnosis.",
    ),
    # -- Section K: advice and information ---------------------------------------------------
    (
        "K",
        "Educational psychology",
        "",
        "Educational psychology advice was provided by {professional}, educational psychologist, "
        "following an assessment in {month} {year}. The assessment included observation in class, "
        "discussion with {name}, {his} family and {his} teachers, and standardised tests of "
        "reasoning, memory and attainment. The educational psychologist's advice is attached as "
        "Appendix {1-3} and has been used in Sections B, E and F.",
    ),
    (
        "K",
        "Speech and language therapy",
        "",
        "Speech and language therapy advice was provided on {date} by {professional}, specialist "
        "speech and language therapist. The advice describes {name}'s understanding and use of "
        "language, {his} social communication and {his} speech sound development, and recommends "
        "the provision set out in Section F. The therapist met {name} at {setting} and spoke with "
        "{his} family by telephone.",
    ),
    (
        "K",
        "Occupational therapy",
        "",
        "Occupational therapy advice dated {date} was provided by {professional}, occupational "
        "therapist. It describes {name}'s fine and gross motor skills, sensory processing and "
        "self-care, and recommends equipment and a programme to be delivered by {setting} staff. "
        "The advice has been summarised in Sections B, C and G, and the full report is attached.",
    ),
    (
        "K",
        "Educational setting",
        "",
        "Advice from the {setting}, dated {date}, was provided by {professional}, special "
        "educational needs co-ordinator, with contributions from {name}'s teachers and "
        "{adult}. It includes attainment data, attendance figures, the support in place and the "
        "results of the last two assess, plan, do, review cycles. {name}'s views were gathered by "
        "the {adult} using a one-page profile.",
    ),
    (
        "K",
        "Medical advice",
        "",
        "Medical advice was provided by {professional}, community paediatrician, on {date}. The "
        "paediatrician reviewed {name}'s developmental history, health and medication and "
        "confirmed that there are no health needs that would prevent {him} from attending {setting} "
        "full time. The advice is summarised in Section C.",
    ),
    (
        "K",
        "Social care",
        "",
        "Social care advice was requested from the Children with Disabilities Team on {date}. The "
        "team confirmed that {name} is not currently open to social care and that no assessment is "
        "needed at this time. The family have been given information about the local offer, short "
        "breaks and the carers' assessment, which they may request at any time.",
    ),
    (
        "K",
        "Family views",
        "",
        "{name}'s family contributed their views in writing on {date} and at a meeting with the "
        "education, health and care co-ordinator. Their views are included in Section A and have "
        "informed the description of needs in Section B. They have asked that the plan uses "
        "{name}'s preferred name and describes {his} strengths as well as {his} needs.",
    ),
    (
        "K",
        "Views of the child",
        "",
        "{name} contributed {his} own views on {date}, through a conversation with {his} {adult} "
        "using pictures and a talking mat. {His} views are recorded in Section A in {his} own words "
        "wherever possible. {He} was shown a draft of Section A and agreed that it describes what "
        "is important to {him}.",
    ),
    (
        "K",
        "Specialist teacher",
        "",
        "Advice was received from the specialist teacher for {need} on {date}. The specialist "
        "teacher observed {name} in lessons, assessed {his} current skills and met {his} "
        "teachers. The advice recommends strategies for the classroom, staff training and a "
        "programme of direct teaching, which are included in Section F.",
    ),
    (
        "K",
        "Physiotherapy",
        "",
        "Physiotherapy advice dated {date} was provided by {professional}, paediatric "
        "physiotherapist. The advice describes {name}'s mobility, balance and strength, and "
        "recommends a daily exercise programme, adjustments to PE and a risk assessment for trips. "
        "The physiotherapist will review the programme with {setting} staff every term.",
    ),
    (
        "K",
        "Other reports",
        "",
        "The following reports were also considered: the annual review report dated {date}, the "
        "previous education, health and care plan, the {setting}'s provision map for the current "
        "year and the transition notes from {name}'s previous setting. Where these reports conflict "
        "with the new advice, the more recent advice has been followed.",
    ),
    (
        "K",
        "Hearing support",
        "",
        "Advice from the hearing support service was provided by {professional}, qualified teacher "
        "of the deaf, on {date}. The advice sets out the listening conditions {name} needs, the use "
        "of {his} radio aid and the training needed by staff. It recommends termly visits from the "
        "service to monitor {his} progress and equipment.",
    ),
    (
        "K",
        "Panel decision",
        "",
        "The local authority's special educational needs panel considered all of the advice listed "
        "above on {date}. The panel agreed that {name}'s needs should be met through an education, "
        "health and care plan and that the provision in Section F is necessary to meet them. The "
        "panel's decision and the reasons for it were shared with {name}'s family in writing.",
    ),
    (
        "K",
        "Careers advice",
        "s",
        "Advice from the careers adviser, dated {date}, describes {name}'s interests, {his} hopes "
        "for the future and the options open to {him} at the next stage. The adviser met {name} "
        "twice and recommended that {he} visits local colleges and takes part in a work experience "
        "placement linked to {his} interest in {topic}. This advice has informed the preparing for "
        "adulthood outcomes in Section E.",
    ),
    (
        "K",
        "Early years advice",
        "p",
        "Advice from the early years inclusion team was provided on {date}, following visits to "
        "{name}'s nursery and home. The advice describes {his} play, communication and early "
        "learning, and recommends a structured, visual approach and support from a key person in "
        "small-group activities. This advice was used to describe {his} needs on transition to "
        "school.",
    ),
    (
        "K",
        "Clinical psychology",
        "",
        "No new advice was sought from the clinical psychology service, because {name} was "
        "discharged in {month} {year} and there has been no change in {his} needs since then. The "
        "discharge letter is attached and was considered when writing Sections B and C. {His} "
        "family agreed that new advice was not needed.",
    ),
    (
        "K",
        "Sensory support",
        "",
        "Advice from the sensory support service was provided on {date} following a functional "
        "vision assessment. It recommends font sizes, lighting, seating and technology to help "
        "{name} access learning, and training for staff in preparing accessible materials. The "
        "recommendations are included in Section F, and the service will visit the {setting} each "
        "term.",
    ),
    (
        "K",
        "Currency of advice",
        "",
        "All advice and information listed in this section is available to {name}'s family, and "
        "copies have been sent to the {setting}. Where advice was received more than six months "
        "before this plan was finalised, the professional has confirmed that it is still accurate. "
        "Any new advice received before the next annual review will be considered at that review.",
    ),
    (
        "K",
        "Behaviour support",
        "",
        "Advice from the inclusion and behaviour support team, dated {date}, describes the triggers "
        "for {name}'s distress, the strategies that work well and the training needed by staff. It "
        "recommends a consistent, relational approach across the {setting}, with a named key adult "
        "and a written support plan reviewed every half term.",
    ),
)
