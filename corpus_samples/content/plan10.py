"""10: headings in the full statutory wording of SEND Regulations 2014 reg. 12(1) ("Section H1:
Any social care provision which must be made ... Chronically Sick and Disabled Persons Act
1970", over 25 words), Heading 1; sub-questions Heading 2.  Year 3, dyslexia and attention
needs.  Outcomes are "will" sentences; provision bullets with amounts in words and ranges.
Entirely fictional."""

from ..dsl import parse
from ..model import P, Plan, Section

front = [
    P("Education, Health and Care Plan"),
    P("Ashdown Vale Council – Special Educational Needs Assessment and Review Service"),
    P("Name: Theo Marsh. Date of birth: 14 March 2018. Year group: Year 3."),
    P("School: Hollin Lane Community Primary School"),
    P("Date of this plan: 9 February 2026. Plan co-ordinator: Ruth Akande"),
]

A = parse("""
? What people like and admire about me :: mixed
>c People say I am funny and I make good jokes. I am kind to my little sister.
>p {t}Theo is generous and caring, and he always notices when someone is upset. We love his imagination and the stories he makes up at bedtime.
? What is important to me :: child
>c My dog Pepper is important to me. I like building things with my grandad in his shed. I like football on Saturdays with the Hollin Lane Juniors. I want to be on the team for the whole match.
? What I find hard :: child
>c I find reading hard because the words jump around. I do not like writing because it takes me ages and my hand hurts. When the classroom is noisy I can't think. Sometimes I get cross and I don't know why.
? My hopes for the future :: mixed
>c When I grow up I want to be an engineer and build bridges. I want to read the Pepper the Dog books all by myself.
>p We want Theo to believe he is clever, because he is. We hope he will leave primary school able to read well enough to enjoy books and to keep up with his friends.
? How best to help me :: child
>c Tell me one thing at a time. Let me move about a bit. Show me a picture or write it on my whiteboard. Don't make me read out loud in front of everyone.
? My parents' views :: parent
>p We are Theo's mum and dad, Jess and Aaron. We first worried about Theo's reading in Reception, when he could not remember letter sounds from one day to the next. School put extra help in place in Year 1 and Year 2, but the gap with his friends has grown.
>p {t}At home Theo is bright, chatty and full of ideas, but he comes home exhausted and says he is stupid. We want him to get specialist teaching for his dyslexia, and we want staff to understand that when he fidgets or calls out he is not being rude.
? Who contributed to this section :: professional
>t This section was written with Theo and his parents by Ruth Akande, plan co-ordinator, on 12 January 2026. Theo's words were gathered at home using a talking mat.
""")

B = parse("""
## Cognition and learning
Theo has a diagnosis of dyslexia from a specialist teacher assessment completed in November 2025. His verbal reasoning is in the above-average range, but his phonological processing and working memory are well below what is typical for his age. This uneven profile means that Theo understands ideas quickly when they are discussed but struggles to get them onto paper or to decode the text in front of him.
Theo can read around 40 of the first 100 high-frequency words. He knows most single letter sounds but is not yet secure with digraphs such as "sh", "ch" and "th", and he guesses words from the first letter or the picture. His reading age on the most recent assessment was 5 years 9 months when he was 7 years 10 months old.
Theo's spelling is mostly phonetic and he often reverses b and d. He can write a simple sentence with support, but he rarely writes more than two sentences independently, and his handwriting is large and effortful. He tires quickly when writing and will often avoid the task by asking to go to the toilet or sharpening pencils.
In mathematics Theo is working just below the expected level. His understanding of number and shape is good, and he enjoys practical problem solving, but he finds it hard to remember times tables and the steps of written methods, and he is slowed down by reading word problems.
## Communication and interaction
Theo's spoken language is a strength. He has a wide vocabulary, explains his ideas well and enjoys talking with adults. He sometimes misses parts of long instructions given to the whole class, which staff believe is linked to his working memory and attention rather than to his understanding of language.
## Social, emotional and mental health
Theo is a sociable boy with a good group of friends. Over the last year his self-esteem as a learner has fallen, and he has begun to describe himself as "thick". He becomes frustrated and sometimes tearful during literacy lessons, and he has occasionally torn up his work.
Theo finds it hard to sit still and to stay focused on adult-led tasks for more than about five minutes, especially when the task involves reading or writing. He is often out of his seat, and he calls out answers. He has not been assessed for attention deficit hyperactivity disorder (ADHD), and his parents and the school have agreed to monitor this and to discuss a referral at his first review.
## Sensory and/or physical needs
Theo's fine motor skills are a little behind those of his peers, and he holds his pencil with a tight grip. He has no other sensory or physical needs. His vision and hearing were checked in 2025 and are normal.
""")

C = parse("""
Theo is healthy and has no diagnosed medical conditions. He has mild asthma, which is managed with a blue reliever inhaler kept in the classroom, and an individual healthcare plan is held by the school.
Theo's parents have raised concerns about his attention and restlessness. His GP has advised that this should be discussed with the school first, and a referral to the community paediatrician can be made if concerns continue after the provision in Section F has been in place for two terms.
""")

D = parse("""
Theo does not have any social care needs relating to his special educational needs or disability. The family are not known to children's social care.
""")

E = parse("""
The outcomes below are for the end of Year 4 (July 2027). Hollin Lane will set short-term targets each term and share them with Theo and his parents.
## Cognition and learning
O.n[smt] By July 2027, Theo will read aloud a book at his assessed reading level with at least 90% accuracy.
O.n[smt] By July 2027, Theo will spell 80% of the Year 1 and Year 2 common exception words correctly in a dictated sentence.
O.n[smt] By the end of Year 4, Theo will write a paragraph of at least five sentences, using a word bank or his typing programme, without adult help.
O.n[sm] Theo will recall the 2, 5 and 10 times tables within 5 seconds for each fact.
O.n[] Theo will improve his handwriting.
## Social, emotional and mental health
O.n[smt] By July 2027, Theo will name two things he is good at in learning and one strategy that helps him, when asked at his review.
O.n[smt] By the end of the spring term 2027, Theo will stay on task for 15 minutes during a literacy activity, with no more than two adult prompts, in 4 out of 5 lessons.
O.n[] Theo will feel more confident.
""")

F = parse("""
All provision below will be arranged by Hollin Lane Community Primary School and overseen by the special educational needs co-ordinator (SENCo). The school will record the sessions delivered.
## Cognition and learning
F.b[qw;1:1;;150;specialist dyslexia teacher] Specialist teaching for dyslexia from a specialist teacher holding an approved qualification: three 50-minute 1:1 sessions each week, following a structured, cumulative, multi-sensory literacy programme.
F.b[qw;1:1;;50;teaching assistant] Daily 10-minute 1:1 reading practice with a teaching assistant trained by the specialist teacher, using decodable books matched to the programme.
F.b[qw;group of no more than 4;;60;teaching assistant] Two 30-minute sessions a week of precision teaching in a group of no more than 4, led by a teaching assistant.
F.b[qw;;;-;specialist teacher] A two-hour review assessment by the specialist teacher each summer term, with a written report for the annual review.
F.b[qw;;;75;teaching assistant] Touch-typing practice of between 15 and 20 minutes a day, five days a week, on a structured typing programme, supervised by a teaching assistant.
F.b[w;;such as,regular;-;class teacher] The class teacher will use dyslexia-friendly strategies such as coloured overlays and regular movement breaks.
## Social, emotional and mental health
F.b[qw;;;20;class teacher] A 10-minute check-in with his class teacher at the start of each Monday and Thursday to agree two learning goals and a movement break plan.
F.b[qw;small group of 6;;45;learning mentor] A self-esteem group of 45 minutes each week for two terms, in a group of 6, run by the learning mentor.
F.b[w;;access to,when needed;-;learning mentor] Access to the learning mentor when needed.
## Sensory and/or physical needs
F.b[qw;group of no more than 5;;60;teaching assistant] Fine motor and handwriting programme: four 15-minute sessions a week in a group of no more than 5, led by a teaching assistant, following an occupational therapy programme.
""")

G = parse("""
Asthma is managed through the individual healthcare plan agreed with the school nurse in September 2025, which is reviewed each September.
No other health provision is required at this time.
""")

H1 = parse("""
No social care provision is required under section 2 of the Chronically Sick and Disabled Persons Act 1970.
""")

H2 = parse("""
No other social care provision is required.
""")

I_ = parse("""
Hollin Lane Community Primary School, Brook Street, Ashdown Vale (mainstream community primary school).
""")

J = parse("""
Theo's parents have not asked for a personal budget. Information about personal budgets was given at the planning meeting on 19 January 2026.
""")

K = parse("""
* Advice from Theo and his parents, 12 January 2026
* Educational advice, Hollin Lane Community Primary School, 5 December 2025
* Specialist teacher assessment (dyslexia), Ashdown Vale Learning Support Service, 20 November 2025
* Psychological advice, educational psychologist, 2 December 2025
* Health advice, school nurse on behalf of the designated clinical officer, 28 November 2025
* Social care advice, 1 December 2025: not known to the service
""")

HEADINGS = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents "
    "or the young person",
    "B": "Section B: The child or young person's special educational needs",
    "C": "Section C: The child or young person's health care needs which relate to their "
    "special educational needs",
    "D": "Section D: The child or young person's social care needs which relate to their "
    "special educational needs or to a disability",
    "E": "Section E: The outcomes sought for the child or young person",
    "F": "Section F: The special educational provision required by the child or young person",
    "G": "Section G: Any health care provision reasonably required by the learning "
    "difficulties or disabilities which result in the child or young person having special "
    "educational needs",
    "H1": "Section H1: Any social care provision which must be made for the child or young "
    "person as a result of section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning "
    "difficulties or disabilities which result in the child or young person having special "
    "educational needs",
    "I": "Section I: The name of the school, maintained nursery school, post-16 institution or "
    "other institution to be attended by the child or young person and the type of that "
    "institution",
    "J": "Section J: Where any special educational provision is to be secured by a direct "
    "payment, the special educational needs and outcomes to be met by the direct payment",
    "K": "Section K: The advice and information gathered during the education, health and care needs assessment",
}

BODIES = {"A": A, "B": B, "C": C, "D": D, "E": E, "F": F, "G": G, "H1": H1, "H2": H2}
BODIES |= {"I": I_, "J": J, "K": K}

PLAN = Plan(
    file="10_statutory_titles.docx",
    description=(
        "Heading 1 section titles in the full wording of SEND Regulations 2014 reg. 12(1) "
        "(H1's title runs past 25 words), Heading 2 sub-questions; outcomes as will-sentences "
        "under area sub-headings; provision bullets with amounts in words and ranges."
    ),
    child={"name": "Theo Marsh", "first_name": "Theo", "age": 7, "year_group": 3},
    front=front,
    sections=[Section(k, HEADINGS[k], BODIES[k]) for k in HEADINGS],
    has_working_well=False,
    unexplained_acronyms=[],
    meta={"renderer": "docx_flow", "front_styles": {0: "Title"}},
)
