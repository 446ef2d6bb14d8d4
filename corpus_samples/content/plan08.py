"""08: not an EHCP.  A primary school's SEN Information Report that talks about
EHC plans, "Section F" and "outcomes" in running prose and has a heading
"Our approach to outcomes", but no A-K section structure.  Fictional."""

from ..model import H, P, Plan

front = [
    P("Larkspur Community Primary School"),
    P("Special Educational Needs and Disabilities (SEND) Information Report 2025-26"),
    P(
        "This report is published every year under the Children and Families Act 2014 "
        "and the Special Educational Needs and Disability Code of Practice. It explains "
        "how we support children with special educational needs and disabilities at "
        "Larkspur and how families can find out more. It was approved by the governing "
        "board on 24 September 2025 and will be reviewed in September 2026."
    ),
    H("1. Who we are"),
    P(
        "Larkspur is a community primary school for 420 children aged 4 to 11, with a "
        "26-place nursery. We are an inclusive school: we believe that every child can "
        "learn and make progress, and that children with special educational needs "
        "should take a full part in the life of the school alongside their friends."
    ),
    P(
        "At the time of writing, 61 children (about 14% of pupils) receive special "
        "educational needs support, and 9 children have an Education, Health and Care "
        "Plan. The most common areas of need at Larkspur are speech, language and "
        "communication, and social, emotional and mental health."
    ),
    H("2. Who to contact"),
    P(
        "Our special educational needs co-ordinator (SENCo) is Mrs Delia Hartnell, who "
        "holds the National Award for SEN Co-ordination. She works Monday to Thursday and "
        "can be contacted through the school office or by email. Our governor with "
        "responsibility for special educational needs is Mr Femi Adebayo. If your "
        "child's class teacher has not been able to answer your question, please ask to "
        "speak to Mrs Hartnell."
    ),
    H("3. How we identify special educational needs"),
    P(
        "Most children's needs are first noticed by their class teacher or by their "
        "parents. We check the progress of every child each term, and we listen carefully "
        "when parents tell us they are worried. If a child is making less progress than "
        "expected, the class teacher will first adapt their teaching. If concerns "
        "continue, the teacher will talk to the SENCo and to the child's parents, and "
        "we may carry out further assessments or ask for advice from specialists such as "
        "a speech and language therapist or an educational psychologist."
    ),
    P(
        "If we agree that a child has special educational needs, we will add them to our "
        "register of pupils receiving special educational needs support and we will "
        "write a support plan with the family. Being on the register is not a label that "
        "stays with a child for ever: many children need extra help for a time and then "
        "no longer need it."
    ),
    H("4. The graduated approach: assess, plan, do, review"),
    P(
        "We follow the graduated approach described in the Code of Practice. We assess "
        "the child's needs, plan the support with the child and family, put that support "
        "in place, and review how well it has worked, usually each term. Each review "
        "leads to a new plan. Parents are invited to every review, and children are "
        "asked for their views in a way that suits them, for example through drawings, "
        "photographs or a short conversation with a trusted adult."
    ),
    H("Our approach to outcomes", 3),
    P(
        "When we plan support, we begin by agreeing what difference it should make for "
        "the child. We call these outcomes. A good outcome describes something the child "
        "will be able to do, by when, and how we will know. For example, rather than "
        "writing that a child will improve their reading, we might agree that by the end "
        "of the spring term they will read 40 common words on sight. We share outcomes "
        "with children in words they understand, and we check progress towards them at "
        "every review."
    ),
    P(
        "We try to keep the number of outcomes small, so that everyone can remember and "
        "work towards them, and we make sure they reflect what matters to the child and "
        "their family, not only what matters to the school."
    ),
    H("5. Education, Health and Care Plans"),
    P(
        "A small number of children need more help than the school can provide from its "
        "own resources. In these cases, the school or the family can ask the local "
        "authority to carry out an Education, Health and Care needs assessment. If the "
        "local authority agrees that a plan is needed, it will write an Education, "
        "Health and Care Plan, which sets out the child's needs, the outcomes they are "
        "working towards and the support they must receive."
    ),
    P(
        "Parents sometimes ask us what the different parts of a plan mean. In short, the "
        "first part of the plan records the views and aspirations of the child and their "
        "family, and later parts describe the child's needs and the outcomes sought."
    ),
    P(
        "Section F of a plan sets out the special educational provision the child must "
        "receive, and it is the school's legal duty to make sure that this provision is "
        "delivered. If you think that the support in Section F is not being provided, "
        "please speak to the SENCo straight away. The plan also names the school the "
        "child will attend."
    ),
    P(
        "We hold an annual review meeting for every child with a plan. Before the "
        "meeting we gather the views of the child, the family and the professionals who "
        "work with them. At the meeting we look at progress towards each outcome and "
        "decide whether the plan needs to change. We send a report of the meeting to the "
        "local authority within two weeks."
    ),
    H("6. How we teach and support children with special educational needs"),
    P(
        "All of our teachers are teachers of children with special educational needs. "
        "High-quality teaching, adapted to the needs of the class, is the first and most "
        "important step in supporting every child. Our teachers use visual timetables, "
        "clear routines, pre-teaching of vocabulary, and practical resources in every "
        "classroom, because these help many children, not only those with identified "
        "needs."
    ),
    P(
        "In addition, we offer a range of targeted support, which may include small-group "
        "phonics and reading programmes, a maths catch-up programme, speech and language "
        "groups run by trained teaching assistants, a nurture group at lunchtime, and "
        "emotional literacy sessions. Some children receive individual support from a "
        "teaching assistant for part of the day. We keep a record of the interventions "
        "each child receives and check whether they are working."
    ),
    H("7. Staff training and expertise"),
    P(
        "This year all staff have had training on supporting children with "
        "developmental language disorder and on understanding anxiety. Two of our "
        "teaching assistants are trained to deliver emotional literacy support, and one "
        "is trained in a specialist reading programme. We work closely with the local "
        "authority's educational psychology service, the specialist teaching service, "
        "the speech and language therapy service and the school nursing team."
    ),
    H("What is important to us", 3),
    P(
        "We asked the children on our school council what matters most to them about "
        "getting help at school. They told us that they want adults to explain things "
        "more than once without getting cross, to have a quiet place to go when things "
        "feel too much, and to be asked what helps rather than told. One Year 5 pupil "
        'said that the best thing about the nurture group is that "nobody laughs if you '
        'get it wrong". We have used these views to plan our support for this year.'
    ),
    H("Accessibility"),
    P(
        "The school building is on one level, with ramps at both entrances, an accessible "
        "toilet with a changing bench, and a hearing loop in the hall. Our accessibility "
        "plan, which is reviewed every three years, sets out how we will continue to "
        "improve access to the building, the curriculum and written information for "
        "pupils and families with disabilities. Letters and reports can be provided in "
        "large print or another format on request."
    ),
    H("8. Working with families"),
    P(
        "We know that parents and carers are the experts on their children. We meet "
        "parents of children receiving special educational needs support at least three "
        "times a year, and we are always happy to arrange extra meetings. Our SENCo runs "
        "a coffee morning for families each half-term, and we can put families in touch "
        "with the local parent carer forum and the independent information, advice and "
        "support service."
    ),
    H("9. Moving on"),
    P(
        "We plan carefully for every move, whether it is into Reception, from one class "
        "to the next, or on to secondary school. Children with special educational needs "
        "may have extra visits, a transition booklet with photographs, and meetings "
        "between their current and new teachers. For children with a plan, the local "
        "authority must name the secondary school in the plan by 15 February of Year 6."
    ),
    H("10. Complaints and further information"),
    P(
        "If you are unhappy with the support your child receives, please talk to the "
        "class teacher or the SENCo first. If you are still unhappy, you can follow the "
        "school's complaints policy, which is on our website. Information about the "
        "services available in the area for children with special educational needs "
        "and their families is published in the local authority's Local Offer."
    ),
    P(
        "Thank you for reading our report. We welcome comments from families about how "
        "we can make it clearer and more useful."
    ),
]

PLAN = Plan(
    file="08_not_an_ehcp.docx",
    description=(
        "Not an EHCP: a primary school's SEND Information Report with numbered Heading 1 "
        "headings and a Heading 2 'Our approach to outcomes'; mentions Section F, "
        "outcomes and EHC plans in running prose but has no A-K section structure."
    ),
    child={"name": None, "first_name": None, "age": None, "year_group": None},
    front=front,
    sections=[],
    is_ehcp=False,
    has_aspirations=False,
    has_working_well=False,
    meta={
        "renderer": "docx_flow",
        "sub_styles": {2: "Heading 1", 3: "Heading 2"},
        "front_styles": {0: "Title", 1: "Subtitle"},
        "title": "SEND Information Report 2025-26",
    },
)
