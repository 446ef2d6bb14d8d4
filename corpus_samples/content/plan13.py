"""13: numbered parts, "Part 1: About me ..." to "Part 7: Advice and information", as in
templates with a Part structure; parts with several sections have numbered sub-parts
("3.1 My health needs"), and the Part title itself belongs to no section.  No section
letters anywhere: the parts map to sections by their titles.  PDF saved from Word (header
line, "Page N" footer).  Year 10, autism and anxiety, part-time attendance.  Outcomes
labelled "My goal:".  Entirely fictional."""

from ..dsl import parse
from ..model import Divider, P, Plan, Section

front = [
    P("Education, Health and Care Plan"),
    P("Greywater Metropolitan Borough Council"),
    P("Name: Ethan Clarke   Date of birth: 22 July 2010   School year: Year 10"),
    P("Education setting: Castlegate High School"),
    P("Date of plan: 27 February 2026   Review due: February 2027"),
]

A = parse("""
? 1.1 What I want people to know about me :: child
>c I am Ethan and I am 15. I am autistic and I have anxiety. I am really into trains and railway history, and I know the timetable for every line out of Greywater. I like being on my own, but I do have one good friend, Kieran, who I game with online most nights.
? 1.2 What is hard for me :: child
>c School is too loud and too busy. The corridors are the worst part, because people push and shout. If a teacher changes the plan without telling me I can't stop thinking about it. Sometimes I feel sick in the morning and I can't get out of the car.
? 1.3 What I want for my future :: child
>c I want to do my GCSEs, especially maths and computer science. After that I want to go to college and then work for the railway, maybe as a signaller or in planning. I would like to learn to drive one day.
? 1.4 What helps me :: child
>c It helps when I know exactly what is happening each day, and when changes are written down for me before I get to school. I like to arrive before the other students so the building is quiet. I work best when I can sit at the edge of the room near the door. Please don't ask me to read out loud or to answer in front of the class without warning me first.
>c When I am anxious I need to go somewhere quiet and be left alone for ten minutes. Talking to me straight away makes it worse.
? 1.5 What my parents think :: parent
>p Ethan is a clever, honest and loyal young man with a dry sense of humour. Since Year 9 his anxiety has got much worse, and there have been weeks when he has not been able to go into school at all. We are worried that he will leave without the qualifications he is capable of.
>p We want the school to understand that when Ethan does not come in, it is not because he does not want to learn. We would like a clear, gradual plan to get him back into lessons, with one person he trusts.
? 1.6 How this part was written :: professional
>t Ethan wrote his views on a laptop at home with his mum, Lisa, in January 2026. They were added to this plan by the plan co-ordinator.
""")

B = parse("""
## Communication and interaction
Ethan was diagnosed with autism in 2019. He has a wide vocabulary and speaks fluently about his interests, but he finds conversation about other topics tiring. He interprets language literally and can be confused or upset by sarcasm, jokes and vague instructions such as "have a go" or "finish it off". He needs time to process what has been said before he answers.
Ethan prefers to communicate in writing when he is anxious. He will often answer a question by email or on paper that he cannot answer out loud.
## Social, emotional and mental health
Ethan experiences high levels of anxiety, which have increased since the start of Year 9. His attendance fell to 41% in the autumn term 2025. He currently attends school for three mornings a week, working in the school's learning base. His anxiety shows as stomach pain, nausea and difficulty leaving the house. When overwhelmed in school he leaves the room and hides in the toilets.
Ethan has one close friendship, which he maintains mainly online. He finds group work very difficult and avoids the canteen.
Ethan's sleep pattern has become disrupted, and he often stays up late gaming, which makes mornings harder. He has told his key worker that he worries about "failing everything" and that being away from school makes him more anxious about going back. He responds well to calm, predictable adults, to clear written plans and to being given choices.
Ethan can manage his anxiety when he has a predictable routine, when he arrives before the corridors are busy and when he knows who he will see. He has used a traffic-light card system in the learning base since November 2025 and has started to tell staff when he is "amber" instead of leaving.
## Cognition and learning
Ethan is a capable learner. His predicted grades in maths and computer science are 6 to 7. His gaps in English, science and humanities are largely due to missed lessons. He finds extended writing in English difficult, especially when he is asked to write about characters' feelings. He benefits from writing frames, worked examples and clear success criteria. His processing speed is in the average range, but he can freeze when a task is open-ended or when he is not sure what a good answer looks like.
Ethan has been completing work sent home on the days he does not attend, but this has been inconsistent. He works best on a laptop and can type quickly.
## Sensory and/or physical needs
Ethan is very sensitive to noise and to crowded spaces. He wears noise-cancelling headphones when travelling and would like to wear them in school. He dislikes strong smells and will not eat in the canteen.
""")

C = parse("""
Ethan is known to the child and adolescent mental health service, which is working with him on anxiety. He has no other health needs and takes no regular medication.
Ethan had an initial assessment with the child and adolescent mental health service in November 2025, which found moderate anxiety linked to school and to social situations. His GP has checked his stomach pain and found no physical cause. His parents have been given advice on sleep routines and on limiting screen time in the evening.
""")

D = parse("""
Ethan has no social care needs related to his special educational needs. The family have been offered early help and have chosen not to take this up at present.
""")

E = parse("""
My outcomes for the end of Year 11 (July 2027):
O[smt]{My goal:} By July 2027, I will attend all of my timetabled lessons for maths, computer science and English, at least 90% of the time.
O[smt]{My goal:} By the end of the summer term 2026, I will attend school for five mornings a week, starting in the learning base and moving to at least two lessons a week in class.
O[smt]{My goal:} By July 2027, I will sit my GCSE exams in a separate room with the access arrangements agreed by the exams officer.
O[smt]{My goal:} By the end of the autumn term 2026, I will use my exit card and my calm-down plan instead of leaving the building, on 9 out of 10 occasions when I feel overwhelmed.
O[smt]{My goal:} By July 2027, I will plan and make a train journey to a college open day on my own.
O[]{My goal:} I will be less anxious.
""")

F = parse("""
## Education provision
F.b[qw;1:1;;100;key worker] A named key worker (a learning mentor trained in autism and anxiety) who will meet Ethan at the school gate on each day he attends, and hold a 20-minute 1:1 check-in with him every school day.
F.b[qw;;;-;educational psychologist] A return-to-school plan written with Ethan and his parents by the educational psychologist, reviewed every four weeks at a 30-minute meeting with the key worker.
F.b[qw;group of no more than 6;;900;qualified teacher] Teaching in the learning base, in a group of no more than 6 students, led by a qualified teacher, for 15 hours a week, until Ethan attends lessons in class.
F.b[qw;;;60;teaching assistant] A teaching assistant to support Ethan in two mainstream lessons a week, sitting near the door, for 30 minutes per lesson.
F.b[qw;;;-;exams officer] Access arrangements for all mock exams and GCSE exams: 25% extra time, a separate room and rest breaks, assessed by the exams officer by December 2026.
F.b[q;;;-;] An exit card and a quiet room he can use at any time.
F.b[w;;opportunities for;-;careers adviser] Opportunities for careers guidance from the careers adviser.
F.b[qw;1:1;;-;careers adviser] Two 45-minute 1:1 careers guidance interviews with the careers adviser in Year 10 and two in Year 11, including a planned visit to a college.
""")

G = parse("""
Ethan will receive a course of 12 weekly sessions of cognitive behavioural therapy for anxiety from the child and adolescent mental health service, starting in March 2026.
""")

H = parse("""
No social care provision is required.
""")

I_ = parse("""
Castlegate High School, Greywater (mainstream secondary school).
""")

J = parse("""
No personal budget has been requested.
""")

K = parse("""
* Ethan's views, January 2026
* Parental advice, January 2026
* Educational advice from Castlegate High School, 15 January 2026
* Educational psychology advice, 22 January 2026
* Advice from the child and adolescent mental health service, 19 January 2026
* Social care advice, 10 January 2026 (not known)
""")

PLAN = Plan(
    file="13_numbered_parts.pdf",
    description=(
        "Numbered parts without section letters ('Part 1: About me', ..., 'Part 7: Advice "
        "and information'), sub-parts '3.1 My health needs' under part titles that belong to "
        "no section; PDF saved from Word; outcomes labelled 'My goal:'."
    ),
    child={"name": "Ethan Clarke", "first_name": "Ethan", "age": 15, "year_group": 10},
    front=front,
    sections=[],
    layout=[
        Section("A", "Part 1: About me – my views, interests and aspirations", A),
        Section("B", "Part 2: My special educational needs", B),
        Divider("Part 3: My health and social care needs"),
        Section("C", "3.1 My health needs", C),
        Section("D", "3.2 My social care needs", D),
        Section("E", "Part 4: My outcomes", E),
        Divider("Part 5: The support I will get"),
        Section("F", "5.1 Special educational provision", F),
        Section("G", "5.2 Health provision", G),
        Section("H", "5.3 Social care provision", H),
        Divider("Part 6: My school and my personal budget"),
        Section("I", "6.1 The school I will attend", I_),
        Section("J", "6.2 Personal budget", J),
        Section("K", "Part 7: Advice and information", K),
    ],
    has_working_well=False,
    unexplained_acronyms=[],
    meta={"renderer": "pdf_word_export"},
)
