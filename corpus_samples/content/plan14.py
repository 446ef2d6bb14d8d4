"""14: an unlettered "my plan" template: no section letters at all; headings such as "What
I need help with" and "The help I will get in school" (Heading 1) map to sections by their
meaning.  Year 5, social, emotional and mental health needs, a child in foster care.  The
carers' and social worker's sub-headings follow the child's own.  Outcomes are bullets under
area sub-headings after a lead-in; one is a resource written as an outcome.
Entirely fictional."""

from ..dsl import parse
from ..model import P, Plan, Section

front = [
    P("My Plan"),
    P("Education, Health and Care Plan – Thornbury and Wick District Council"),
    P("Name: Leo Brennan. Date of birth: 8 August 2015. Year 5."),
    P("School: Wickham Fields Primary School. Date of plan: 20 February 2026."),
]

A = parse("""
? What I like doing :: child
>c I like skateboarding and making videos of my tricks. I like cooking pancakes with Sue. I like animals, especially dogs, and I want to have a dog of my own one day.
? What I am good at :: child
>c I am good at art and drawing cartoons. I am fast at running and I came second on sports day. I am good at looking after little kids.
? What makes me feel worried or cross :: child
>c I get cross when people say things about my family. I don't like it when teachers shout, even when it isn't at me. I worry when I don't know who is picking me up.
? What I want to be when I'm older :: child
>c I want to be a vet or a YouTuber.
? What my foster carers say about me :: parent
>p We are Sue and Martin, and Leo has lived with us since March 2024. Leo is a funny, kind and creative boy who is brilliant with our younger foster children. When he feels safe he is chatty and affectionate, and he loves helping in the kitchen.
>p {t}Leo finds it very hard when plans change or when he feels he is being blamed. He can go from calm to very angry in seconds, and afterwards he is often tearful and ashamed. We would like school to keep things calm and predictable and to let us know about any changes as early as possible.
? What my foster carers hope for me :: parent
>p We hope Leo will stay with us for as long as he needs, and that he will move to secondary school feeling settled and ready to learn. We would love him to find a club or hobby where he can shine, like skateboarding or art, and to have a couple of good friends he can rely on. More than anything we want him to know that he is not to blame for what has happened in his life.
? What my social worker says :: professional
>o I have been Leo's social worker since 2023. I see him every six weeks at home and at school. I have seen him become much more settled in his foster placement over the last year.
>t Leo has contact with his mother once a month, supervised by the family time service. These visits can unsettle him for a day or two afterwards.
? Who helped to write this :: professional
>t This section was written with Leo by his designated teacher, Mrs Helen Park, and his foster carers, in January 2026.
""")

B = parse("""
## Social, emotional and mental health
Leo has experienced significant early trauma and neglect, and he has had four home moves since he was five. He has difficulties with attachment and with managing his emotions. He is hypervigilant in class: he watches adults closely, notices small changes in tone or routine and often expects to be blamed. When he is anxious or feels criticised he may shout, swear, throw equipment or run out of the classroom. This happened on 14 occasions in the autumn term 2025, most often after lunchtime.
Leo finds it hard to trust adults, but he has formed good relationships with two members of staff, his teaching assistant and the designated teacher. He finds unstructured times, such as lunchtime and the end of the day, especially difficult, and he has been involved in several arguments with other children at these times.
Leo has a low opinion of himself as a learner and often says "I'm rubbish at this" before he starts a task. He responds well to calm, consistent adults, to praise given quietly, and to being given a job or responsibility.
## Cognition and learning
Leo's reading is about a year behind that expected for his age. He reads fluently but does not always understand what he has read, especially when he is asked to infer how a character feels. His writing is short and he finds it hard to plan. His maths is close to age-related expectations, and he enjoys practical maths and problem solving, especially when he can work with a partner he trusts. He finds it hard to accept mistakes and may rip up work that is not perfect.
Gaps in Leo's learning are mainly the result of missed schooling and of times when he was too anxious to learn. His working memory and attention are affected when he is worried. On calm days he can concentrate on a task for 20 minutes or more, but after a difficult morning or a contact visit he may manage only a few minutes before he needs a break.
## Communication and interaction
Leo's speech and language are within the typical range. He can find it hard to explain how he feels, and he uses anger to show many different feelings, including sadness, fear and embarrassment.
## Sensory and/or physical needs
No needs identified in this area.
""")

C = parse("""
Leo has a health assessment for looked-after children every six months with the specialist nurse for children in care. He is healthy, growing well and up to date with his immunisations and dental checks. He has difficulty getting to sleep and sometimes has nightmares. He was referred to the child and adolescent mental health service in 2025 and is waiting for an assessment.
""")

D = parse("""
Leo is a looked-after child, living with foster carers under a care order. His care plan and personal education plan are reviewed every six months, and the virtual school for children in care supports the school with his education. His social care needs relate to his emotional wellbeing, his contact with his birth family and the stability of his placement.
""")

E = parse("""
Below are the things Leo is working towards by the end of Year 6 (July 2027).
## Social, emotional and mental health
O.b[smt] By July 2027, Leo will use his calm-down plan to manage his anger, so that he leaves the classroom without shouting or throwing things on 9 out of 10 occasions when he is upset.
O.b[smt] By the end of the summer term 2026, Leo will name the feeling behind his anger, using his feelings chart, after 4 out of 5 incidents.
O.b[smt] By July 2027, Leo will take part in a structured lunchtime activity with other children for 3 lunchtimes a week without an argument that needs adult help.
O.b[p] 10 hours of teaching assistant time each week
## Cognition and learning
O.b[smtg] By the end of Key Stage 2, Leo will answer inference questions about a text at his reading level with 75% accuracy.
O.b[smt] By July 2027, Leo will plan and write a story of at least 300 words, using a planning frame, without adult help.
O.b[] A more positive view of himself as a learner.
""")

F = parse("""
## Social, emotional and mental health
F.b[qw;;;1500;teaching assistant] A teaching assistant trained in attachment-aware and trauma-informed practice for 25 hours a week, who will support Leo in class and at unstructured times.
F.b[qw;1:1;;30;teaching assistant] A 15-minute 1:1 emotion coaching session with his teaching assistant twice a week, using his feelings chart and calm-down plan.
F.b[qw;small group of 4;;60;learning mentor] A structured lunchtime club, led by the learning mentor, for 20 minutes on three days a week, in a group of 4 children.
F.b[qw;;;10;designated teacher] A meeting with the designated teacher every Friday for 10 minutes, and a 30-minute meeting on the day after each contact visit.
F.b[qw;;;-;educational psychologist] A consultation each term between the educational psychologist, the designated teacher and Leo's foster carers, to review his support plan.
F.b[;;should;-;] All staff should use calm, quiet language with Leo and avoid public reprimands.
F.b[;;as required;-;] Time out of class as required.
## Cognition and learning
F.b[qw;small group of 3;;90;teaching assistant] Three 30-minute reading comprehension sessions a week in a group of 3, delivered by the teaching assistant, using a structured inference programme.
F.b[qw;;;-;class teacher] A writing frame and a word bank for all extended writing tasks, prepared by the class teacher.
""")

G = parse("""
Health assessments for looked-after children every six months by the specialist nurse for children in care. Assessment by the child and adolescent mental health service, expected by June 2026, and any therapy that assessment recommends.
""")

H = parse("""
Leo's care plan, which sets out the social care support he receives as a looked-after child, is held by Thornbury and Wick District Council. His social worker will visit every six weeks and will attend his termly personal education plan meetings and his annual review. Family time with his mother will be supervised by the family time service once a month.
""")

I_ = parse("""
Wickham Fields Primary School (mainstream community primary school).
""")

J = parse("""
Not applicable.
""")

K = parse("""
* Leo's views and his foster carers' views, January 2026
* Designated teacher and class teacher advice, Wickham Fields Primary School, 12 January 2026
* Educational psychologist advice, 18 January 2026
* Social care advice from Leo's social worker, 14 January 2026
* Health advice from the specialist nurse for children in care, 9 January 2026
* Virtual school advice, 16 January 2026
""")

LAYOUT = [
    ("A", "All about me", A),
    ("B", "What I need help with", B),
    ("C", "My health", C),
    ("D", "My care and family support", D),
    ("E", "What I want to achieve", E),
    ("F", "The help I will get in school", F),
    ("G", "Help from health services", G),
    ("H", "Help from social care", H),
    ("I", "My school", I_),
    ("J", "Personal budget", J),
    ("K", "The information used to write my plan", K),
]

PLAN = Plan(
    file="14_unlettered_plan.docx",
    description=(
        "'My Plan' template with no section letters: Heading 1 titles ('What I need help "
        "with', 'The help I will get in school') map to sections by meaning; carers' and "
        "social worker's sub-headings after the child's; bullet outcomes after a lead-in."
    ),
    child={"name": "Leo Brennan", "first_name": "Leo", "age": 10, "year_group": 5},
    front=front,
    sections=[Section(k, h, b) for k, h, b in LAYOUT],
    has_working_well=False,
    unexplained_acronyms=[],
    meta={"renderer": "docx_flow", "front_styles": {0: "Title"}},
)
