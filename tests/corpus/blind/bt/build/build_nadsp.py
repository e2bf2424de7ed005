"""National Alliance for Direct Support Professionals (NADSP), "NADSP Competency Areas" page, areas 1-4.

Plain text, a browser "save as text" of the nadsp.org page: skip link, site name, nav menu items one per
line (sub-items indented), "Search for:", title underlined with "=", intro paragraph, then "Area n: Name"
headings underlined with "-", a description paragraph, "Skill Statements" and "  * " bullets hard-wrapped at
78 columns with 4-space continuation lines, "Back to top" after each area, footer lines.
"""
import textwrap

import btlib as B

STEM = "nadsp-competency-areas"
OUT = B.DOCS / f"{STEM}.txt"
TITLE = "NADSP Competency Areas"

AREAS = [
    (1, "Participant Empowerment",
     "The Direct Support Professional strengthens the participant's ability to lead a self-determined life "
     "by offering the support and information needed to build self-esteem and assertiveness and to make "
     "decisions.",
     ["The competent DSP helps the participant to find out which parts of life they want more control over, "
      "to make choices in those areas and to set their own goals.",
      "The competent DSP gives information about human, legal and civil rights and other resources, makes "
      "that information easy to reach, and helps the participant use it to speak up for themselves and to "
      "make decisions about home, work and relationships.",
      "The competent DSP supports the participant to take part in self-advocacy groups and other "
      "opportunities to build confidence and leadership.",
      "The competent DSP respects the participant's right to take risks and supports informed decision "
      "making."]),
    (2, "Communication",
     "The Direct Support Professional knows a range of effective communication strategies and skills and uses "
     "them to build a collaborative relationship with the participant.",
     ["The competent DSP uses effective and sensitive communication skills to build rapport and keep "
      "communication open, recognising and adapting to the participant's range of communication styles.",
      "The competent DSP knows about augmentative and assistive communication devices and uses them where "
      "the participant needs them.",
      "The competent DSP uses words and terms the participant understands and avoids jargon.",
      "The competent DSP listens actively and checks that they have understood what the participant has "
      "said."]),
    (3, "Assessment",
     "The Direct Support Professional knows formal and informal assessment practices and uses them to respond "
     "to the needs, desires and interests of participants.",
     ["The competent DSP starts, or helps to start, an assessment process by gathering information (for "
      "example, the participant's own assessment and history, earlier records, test results and other "
      "evaluations) and by telling the participant what to expect during the process.",
      "The competent DSP carries out or arranges assessments that identify the participant's needs, "
      "preferences and capabilities, using suitable tools and strategies, checking the process for "
      "inconsistencies and correcting them as needed.",
      "The competent DSP talks through the findings and recommendations with the participant in a clear and "
      "understandable way."]),
    (4, "Community and Service Networking",
     "The Direct Support Professional knows the formal and informal supports available in the community and "
     "is skilled at helping participants to identify and gain access to them.",
     ["The competent DSP helps to identify the participant's need for community supports, working with the "
      "participant's informal support network and starting or helping with connections to community "
      "resources.",
      "The competent DSP finds, develops and keeps up to date information on community and other resources "
      "that meet the participant's needs.",
      "The competent DSP keeps in touch with community resources to make sure the participant receives the "
      "services and supports that were agreed."]),
]

HEAD = """Skip to content
National Alliance for Direct Support Professionals
NADSP

Home
About
    Our Mission
    Board of Directors
    Staff
Certification
E-Badge Academy
Resources
Membership
Donate

Search for:

"""
INTRO = ("The NADSP Competency Areas describe the knowledge and skills that Direct Support Professionals "
         "(DSPs) need to support people with disabilities to lead self-directed lives in their communities. "
         "The competency areas are built on the Community Support Skill Standards (CSSS) and are used "
         "throughout the NADSP certification program. Each competency area is followed by skill statements "
         "that describe what a competent DSP does.")
FOOT = """
Copyright (c) 2024 National Alliance for Direct Support Professionals, Inc.
1971 Western Avenue, #261, Albany, New York 12203 | 844-44NADSP
Privacy Policy | Terms of Use
"""


def text():
    out = [HEAD, TITLE, "=" * len(TITLE), "", textwrap.fill(INTRO, 78, break_on_hyphens=False), ""]
    for num, name, desc, skills in AREAS:
        h = f"Area {num}: {name}"
        out += ["", h, "-" * len(h), "", textwrap.fill(desc, 78, break_on_hyphens=False), "", "Skill Statements", ""]
        for s in skills:
            out.append(textwrap.fill(s, 78, initial_indent="  * ", subsequent_indent="    ", break_on_hyphens=False))
        out += ["", "Back to top"]
    out.append(FOOT)
    return "\n".join(out)


def build():
    OUT.write_text(text(), encoding="utf-8")


def gold():
    comps = [B.competency(STEM, name, desc, indicators=[B.item(STEM, s) for s in skills])
             for num, name, desc, skills in AREAS]
    B.write_gold(OUT, "txt", TITLE, comps)


if __name__ == "__main__":
    build()
    gold()
