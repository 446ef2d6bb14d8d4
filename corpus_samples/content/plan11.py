"""11: combined headings: "Sections C and G – Health needs and health provision" and
"Sections H1 & H2 – Social care provision" (one heading, two sections, each gets the
shared text).  Heading 1 with en dashes.  Year 8, cerebral palsy.  Outcomes labelled
"Outcome 1:" (the label is not part of the outcome); provision as prose paragraphs.
Entirely fictional."""

from ..dsl import parse
from ..model import Joint, P, Plan, Section

front = [
    P("Education, Health and Care Plan"),
    P("Rivenshire County Council"),
    P("Child's name: Amira Haddad"),
    P("Date of birth: 3 October 2012. National curriculum year: Year 8."),
    P("Date of final plan: 16 January 2026. Next review by: January 2027"),
]

A = parse("""
? About me :: child
>c My name is Amira and I am 13. I live with my mum, my dad and my two older brothers, Sami and Yusuf. I love drawing manga characters and I have filled six sketchbooks this year. I also like baking, especially brownies, and I watch a lot of cooking programmes.
? What is important to me :: child
>c It is important to me that I can go where my friends go. I hate it when I have to go the long way round to get to a lesson because the lift is broken. I want people to talk to me and not to my assistant.
? What I would like to do in the future :: child
>c I would like to be an illustrator or design video games. I want to go to college to study art. I would like to be able to get the bus into town on my own with my friends.
? How I like to be supported :: child
>c I like help when I ask for it. Please give me extra time to get between lessons, and let me leave a few minutes early so the corridors are not busy. In maths please check I understand before you move on, because I sometimes pretend I do.
? My family's views :: parent
>p We are very proud of Amira, who is determined and funny and does not let anything stop her. Our biggest worry is her independence as she gets older, and whether she will be able to manage college and travel. We would like her physiotherapy to continue in school, because it is very hard for us to take time off work for appointments.
>p {t}Amira gets very tired by the end of the school day and sometimes has pain in her legs in the evening.
? Completed by :: professional
>t This section was completed by Amira and her mum with the special educational needs officer, Daniel Frost, on 2 December 2025.
""")

B = parse("""
## Cognition and learning
Amira is working within the expected range for her age in English and art, where she is a strong, imaginative writer and an able artist. In mathematics she is working about two years below age-related expectations. She finds it hard to hold several steps in mind, and her understanding of place value, fractions and negative numbers is not yet secure. She can become anxious in maths lessons and often does not ask for help.
Amira's handwriting is slow and tiring because of the difficulty she has with fine motor control, and she writes far less than she is able to say. She has used a laptop for extended writing since Year 6 and types at around 20 words a minute.
## Communication and interaction
Amira has no difficulties with speech or language. She is a confident speaker in small groups but is reluctant to speak in front of the whole class.
## Social, emotional and mental health
Amira has a small group of close friends. She is sensitive about being seen as different, and she can refuse help in front of other students even when she needs it. She has told staff that she sometimes feels left out at break and lunch, when her friends go to the field, which she cannot reach in her wheelchair.
## Sensory and/or physical needs
Amira has cerebral palsy (spastic diplegia), which affects both of her legs and, to a lesser extent, her hands. She walks short distances indoors with forearm crutches and uses a self-propelled wheelchair for longer distances and outdoors. She tires quickly, and her walking is less steady at the end of the day.
Amira needs adult help with some personal care, including getting on and off the toilet and managing clothing after PE. She needs a daily stretching programme, and she needs to change position regularly so that she does not become stiff or sore.
Amira's fine motor skills are affected by her cerebral palsy. She can manage buttons and zips slowly, but she finds cutting, using a compass and ruler, and handling small equipment in science very difficult.
""")

CG = parse("""
## Health needs
Amira has cerebral palsy, diagnosed at the age of 18 months. She is under the care of the children's physiotherapy service and the orthopaedic team at Rivenshire General Hospital. She had surgery to lengthen her hamstrings in 2022, and she wears ankle-foot orthoses during the day.
Amira experiences pain in her legs and hips, particularly after long periods of sitting or walking. She takes pain relief at home when needed, prescribed by her GP.
## Health provision
The children's physiotherapy service will see Amira in school once every half term for 45 minutes to review her stretching programme, check her equipment and train the staff who support her.
The orthotics service will review her ankle-foot orthoses every six months.
The children's occupational therapy service will carry out a seating and equipment review at school each September, and will provide written advice to the school within four weeks.
Her consultant will review her hips and posture every year at Rivenshire General Hospital.
""")

D = parse("""
Amira needs help with personal care and with getting out into the community with her friends. Her parents have asked for help so that she can take part in leisure activities without a parent being present.
The family had a carer's assessment in October 2025.
""")

E = parse("""
These outcomes are for the end of Year 9 (July 2027) unless another date is given.
O[smt]{Outcome 1:} By July 2027, Amira will solve two-step problems involving fractions and percentages with 80% accuracy, using her checklist.
O[smt]{Outcome 2:} By July 2027, Amira will type at 30 words per minute and produce a 500-word piece of writing in a lesson.
O[smt]{Outcome 3:} By the end of the summer term 2026, Amira will ask a member of staff for help in maths at least once a lesson, without being prompted.
O[sm]{Outcome 4:} Amira will move between lessons independently, arriving within 5 minutes of the start, on 9 out of 10 occasions.
O[smt]{Outcome 5:} By July 2027, Amira will complete her daily stretching programme with one adult, telling the adult which stretches come next.
O[smt]{Outcome 6:} By July 2027, Amira will travel by bus from home to the town centre with a friend, having planned the route herself, on three occasions.
O[]{Outcome 7:} Amira will have more friends.
""")

F = parse("""
The following provision will be made by Fernhill Academy and overseen by the special educational needs co-ordinator (SENCo).
F[qw;group of no more than 4;;90;specialist maths teacher] Amira will be taught mathematics in a group of no more than 4 students for three 30-minute sessions a week, in addition to her maths lessons, by a specialist maths teacher, using concrete materials and a step-by-step checklist.
F[qw;1:1;;60;teaching assistant] A teaching assistant will support Amira for 1 hour a week of touch-typing and laptop skills, 1:1, following a structured typing course, until she reaches 30 words per minute.
F[qw;;;150;teaching assistant] A trained teaching assistant will carry out Amira's stretching programme with her for 30 minutes every day, in the school's physiotherapy room, following the programme written by the physiotherapist.
F[qw;;;-;teaching assistant] Amira will have personal care support from a trained teaching assistant at set times each day and whenever she asks, including after PE, in the accessible toilet.
F[q;;;-;] Amira will leave each lesson five minutes before the end, with a friend of her choice, to move to the next lesson.
F[w;;regular,as required;-;subject teachers] Subject teachers will give Amira regular rest breaks and adapted equipment as required.
F[qw;small group of 6;;50;learning mentor] A lunchtime club of 50 minutes once a week in an accessible room, for Amira and five friends of her choosing, run by the learning mentor.
F[qw;1:1;;30;learning mentor] A 30-minute 1:1 independence and travel training session each week in the summer term 2026, with the learning mentor, building towards a supported bus journey.
""")

H = parse("""
## Support under the Chronically Sick and Disabled Persons Act 1970
Amira has been assessed as eligible for support under section 2 of the Chronically Sick and Disabled Persons Act 1970. She will receive 4 hours a week of support from a personal assistant, arranged through a direct payment, to take part in leisure activities with her friends.
The Children with Disabilities Team will fund a place at an accessible youth club for 2 hours every Thursday evening during term time.
## Other social care provision
No other social care provision is required at this time.
""")

I_ = parse("""
Fernhill Academy, Long Row, Rivenshire (mainstream academy, 11 to 16).
""")

J = parse("""
Amira's parents receive a direct payment for the personal assistant hours in Section H1. No personal budget has been requested for the special educational provision in Section F.
""")

K = parse("""
* Parent and child views, 2 December 2025
* Educational advice from Fernhill Academy, 14 November 2025
* Educational psychology advice, 21 November 2025
* Physiotherapy advice, 10 November 2025
* Occupational therapy advice, 12 November 2025
* Medical advice from the community paediatrician, 6 November 2025
* Social care advice from the Children with Disabilities Team, 18 November 2025
""")

PLAN = Plan(
    file="11_combined_sections.docx",
    description=(
        "Heading 1 with en dashes; two combined headings ('Sections C and G – Health needs "
        "and health provision', 'Sections H1 & H2 – Social care provision'), each naming two "
        "sections that share its text; outcomes labelled 'Outcome 1:'; provision in prose."
    ),
    child={"name": "Amira Haddad", "first_name": "Amira", "age": 13, "year_group": 8},
    front=front,
    sections=[],
    layout=[
        Section("A", "Section A – About me", A),
        Section("B", "Section B – Special educational needs", B),
        Joint(("C", "G"), "Sections C and G – Health needs and health provision", CG),
        Section("D", "Section D – Social care needs", D),
        Section("E", "Section E – Outcomes", E),
        Section("F", "Section F – Special educational provision", F),
        Joint(("H1", "H2"), "Sections H1 & H2 – Social care provision", H),
        Section("I", "Section I – Placement", I_),
        Section("J", "Section J – Personal budget", J),
        Section("K", "Section K – Advice and information", K),
    ],
    has_working_well=False,
    unexplained_acronyms=[],
    meta={"renderer": "docx_flow", "front_styles": {0: "Title"}},
)
