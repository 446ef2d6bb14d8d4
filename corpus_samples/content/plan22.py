"""22: section headings in shaded one-cell table rows ("banner" tables, white bold text on
dark fill), the rest as paragraphs; Section A as a question | answer table.  Age 3, day
nursery, a chromosome deletion with complex health needs (gastrostomy feeding).  One area
"No needs identified in this area"; outcomes by school entry (September 2027) and
"within 6 weeks".  Entirely fictional."""

from ..dsl import parse
from ..model import P, Plan, Section

front = [
    P("Education, Health and Care Plan"),
    P("Larchfield Borough Council – Early Years Inclusion Team"),
    P("Child's name: Jasper Quinn. Date of birth: 5 September 2022."),
    P("Setting: Bright Acorns Day Nursery (30 funded hours a week)"),
    P("Date of plan: 4 March 2026"),
]

A = parse("""
[table 2 widths=0.3,0.7]
? What is important to me :: parent
>p {t}Jasper loves music, especially nursery rhymes with actions, and he lights up when his big sisters sing to him. He loves lights, bubbles, the sensory room at nursery and being swung gently in a blanket. His family are the most important people in his world.
? What people like about me :: parent
>p {t}Jasper has the most gorgeous smile and a real twinkle in his eye. He is sociable and loves being around other children, watching them and laughing when they are silly. He is very determined.
? How I communicate :: parent
>p {t}Jasper does not use words yet. He shows us what he likes by smiling, vocalising and reaching, and he turns away or cries when he does not like something. He is starting to use a big button switch to ask for "more".
? My family's hopes for me :: parent
>p We hope Jasper will be able to communicate what he wants and how he feels, maybe with a communication aid. We would love him to sit on his own and to use his hands to play. We want him to go to school with children from our village if that is right for him, and to be happy, safe and included.
? My family's views :: parent
>p We are Jasper's parents, Rhiannon and Tom. Jasper has had many hospital stays, and our lives revolve around his care, but he has brought us so much joy. We have been really impressed with how Bright Acorns has included him, and we would like this to continue until he starts school, with staff trained in his feeding and his medical needs.
? Who completed this section :: professional
>t This section was written by Jasper's parents with the early years inclusion officer, Bethan Lloyd, on 10 February 2026.
[/table]
""")

B = parse("""
## Communication and interaction
Jasper has a chromosome 2 deletion, which affects all areas of his development. He communicates through facial expression, vocal sounds, body movement and crying. He recognises familiar voices and songs and turns towards them. He does not yet use words, signs or symbols. He has begun to use a single-message switch with adult support, and he anticipates familiar routines, such as getting excited when his coat is put on.
## Cognition and learning
Jasper's development is at about the level of a 6 to 9 month old child. He explores objects by looking, mouthing and swiping at them, and he is beginning to understand cause and effect, for example that pressing a switch starts a toy. He learns best through repeated, multi-sensory experiences with a familiar adult. He needs time to respond, often up to 20 seconds, and adults need to wait for his response before repeating or moving on. He tires quickly, especially after a feed or a medical procedure, and his alertness varies across the day, so his most demanding activities should be planned for when he is most alert, usually mid-morning.
## Social, emotional and mental health
No needs identified in this area. Jasper is a happy, sociable child who enjoys being with other children and adults.
## Sensory and/or physical needs
Jasper has very low muscle tone (hypotonia). He cannot yet sit without support, roll reliably or bear weight through his legs. He uses a supportive seat, a standing frame and a side-lying board at nursery, and he needs to be repositioned every 30 minutes. He has limited use of his hands, and he reaches and swipes rather than grasps.
Jasper has cortical visual impairment. He sees best when objects are high contrast, lit and moving, and placed to his right side. He is sensitive to noise and may startle or cry at sudden sounds.
Jasper is fed by gastrostomy tube and has small tastes of puréed food by mouth as part of his feeding plan. He needs all his personal care to be carried out by an adult, and he needs two adults for some moves, using the hoist and sling provided by the occupational therapist. Staff must follow his moving and handling plan.
""")

C = parse("""
Jasper has a chromosome 2 deletion, global developmental delay, hypotonia and cortical visual impairment. He is fed through a gastrostomy, with bolus feeds at nursery at 10am and 1pm. He has reflux and is prone to chest infections, which can lead to hospital admissions. He takes regular medication at home, and his parents keep a written record of his feeds and medicines.
He is supported by the community paediatrician, the children's community nursing team, the dietitian, the children's physiotherapist, the occupational therapist, the speech and language therapist for feeding and communication, and the qualified teacher of children with vision impairment.
""")

D = parse("""
Jasper's parents provide a high level of care, including at night. The family had a carer's assessment in January 2026 and have asked for short breaks. Jasper's two older sisters, aged 8 and 11, also have their lives affected by his care and by his hospital stays, and his parents would like support so that they can spend time with the girls. Jasper's grandparents help when they can but live an hour away.
""")

E = parse("""
Outcomes for Jasper by the time he starts school in September 2027:
O.b[smt] By September 2027, Jasper will use a switch or an eye-gaze choice board to choose between two activities, at least 3 times a day.
O.b[smt] Within 6 weeks of this plan, Jasper will press his switch to ask for "more" during a song, with one prompt, on 3 out of 5 occasions.
O.b[smt] By September 2027, Jasper will sit with support in his chair for 20 minutes while taking part in a group activity with other children.
O.b[smt] By September 2027, Jasper will reach for and hold a high-contrast toy for 10 seconds, using either hand, during his play sessions.
O.b[smt] By September 2027, Jasper will tolerate 10 teaspoons of puréed food at lunch, as set out in his feeding plan, on 4 days out of 5.
O.b[] Jasper will make progress in all areas.
""")

F = parse("""
The provision below will be delivered at Bright Acorns Day Nursery and overseen by the nursery's special educational needs co-ordinator (SENCo).
* {Staffing:} Jasper needs one adult with him at all times.
F.b[qw;1:1;;1800;early years practitioner] A trained early years practitioner working 1:1 with Jasper for all of his 30 funded hours a week, trained in his feeding, positioning, medication and communication programmes.
F.b[qw;1:1;;50;early years practitioner] A daily 10-minute 1:1 switch and cause-and-effect session with his early years practitioner, following the programme set by the speech and language therapist.
F.b[qw;;;-;speech and language therapist] A speech and language therapist visit each half term for 1 hour, to set his communication programme and review his eye-gaze trial.
F.b[qw;;;-;qualified teacher of children with vision impairment] A visit from the qualified teacher of children with vision impairment for 1 hour each half term, to advise on his visual environment and resources.
F.b[qw;;;100;early years practitioner] A positioning and movement programme set by the physiotherapist and occupational therapist and delivered by his early years practitioner, for 20 minutes each day, including time in his standing frame.
F.b[q;small group of 4;;60;] A sensory music group of 15 minutes, four times a week, with three other children.
F.b[qw;;;-;early years inclusion officer] A review with his parents, the nursery and the early years inclusion officer every term, including planning for his move to school.
F.b[;;as advised;-;] Specialist equipment as advised.
""")

G = parse("""
* Gastrostomy feeding and care plan written by the children's community nursing team, who will train all nursery staff who feed Jasper before they do so, and update the training every 6 months.
* Dietitian review every 3 months.
* Physiotherapy: a visit to nursery every 6 weeks for 45 minutes, and provision of a standing frame and supportive seating.
* Occupational therapy: equipment review each term.
* Speech and language therapy for feeding: a review every 8 weeks.
* Community paediatrician review every 4 months.
""")

H1 = parse("""
Following a short breaks assessment, Jasper will have overnight respite of one night a month at Willow House, and a sitting service of 4 hours a fortnight in the family home, provided under section 2 of the Chronically Sick and Disabled Persons Act 1970. A review of the short breaks is to be completed by the spring of 2027, and the date is to be confirmed with the family at the annual review.
""")

H2 = parse("""
No other social care provision is required.
""")

I_ = parse("""
Bright Acorns Day Nursery (private, voluntary and independent early years setting) until August 2027.
""")

J = parse("""
Jasper's parents have asked for the sitting service in Section H1 to be taken as a direct payment, so they can choose a carer who knows him. This will be arranged by the short breaks team.
""")

K = parse("""
* Parents' views, 10 February 2026
* Early years setting advice, Bright Acorns, 2 February 2026
* Educational psychology advice, 6 February 2026
* Medical advice, community paediatrician, 28 January 2026
* Community nursing, physiotherapy, occupational therapy and speech and language therapy advice, January 2026
* Vision impairment advice, 30 January 2026
* Social care advice, short breaks team, 5 February 2026
""")

LAYOUT = [
    ("A", "Section A: My views, interests and aspirations", A),
    ("B", "Section B: My special educational needs", B),
    ("C", "Section C: My health care needs", C),
    ("D", "Section D: My social care needs", D),
    ("E", "Section E: My outcomes", E),
    ("F", "Section F: My special educational provision", F),
    ("G", "Section G: My health care provision", G),
    ("H1", "Section H1: Social care provision under section 2 of the CSDPA 1970", H1),
    ("H2", "Section H2: Other social care provision", H2),
    ("I", "Section I: My placement", I_),
    ("J", "Section J: Personal budget", J),
    ("K", "Section K: Advice and information", K),
]

PLAN = Plan(
    file="22_banner_headings.docx",
    description=(
        "Section headings as shaded one-cell 'banner' tables, content as paragraphs; Section "
        "A as a question | answer table; an early years child with complex health needs; "
        "'No needs identified in this area' under one area of need; H1 short breaks."
    ),
    child={"name": "Jasper Quinn", "first_name": "Jasper", "age": 3, "year_group": None},
    front=front,
    sections=[Section(k, h, b) for k, h, b in LAYOUT],
    has_working_well=False,
    unexplained_acronyms=["CSDPA"],
    meta={"renderer": "docx_flow", "section_style": "banner", "front_styles": {0: "Title"}},
)
