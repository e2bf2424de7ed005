"""Maine Commission for Community Service and Muskie School of Public Service (University of Southern Maine):
Volunteer Management Competencies, Indicators for Novice to Expert. Excerpt (area A, three topics).

Plain text, as a text export of the printed continuum: "=" rule title block, credits and funding note, a
"SKILL LEVELS" legend with dot leaders (front matter), the competency area in a "#" box, each topic in a
"==== A.1 Name ====" banner, level labels "Novice:" ... "Expert:" and "o" bullets hard-wrapped at 78 columns with
a 4-space continuation indent; a form feed with a running footer "... Page 1" between two levels of topic A.2.
"""
import textwrap

import helpers as H

STEM = "maine-volunteer-management-competencies"
DOC = STEM
TITLE = "VOLUNTEER MANAGEMENT COMPETENCIES"
LEVELS = ["Novice", "Advanced beginner", "Competent", "Proficient", "Expert"]
LEGEND = ["Acquire basic vocabulary and knowledge",
          "Apply knowledge with guidance in routine situations",
          "Work independently; plan and organize own work",
          "See the whole situation; adapt practice to the context",
          "Act from deep understanding; teach and lead others"]

TOPICS = [
    ("A.1", "Identify Need for Volunteers", [
        ["Knows the agency\u2019s priorities and the programs in which volunteers take part",
         "Can name the tasks that volunteers currently do in own program"],
        ["Talks with staff to find out where volunteers could add value"],
        ["Assesses program needs and identifies roles that volunteers can fill",
         "Links each proposed volunteer role to an agency goal"],
        ["Helps staff across the agency plan for volunteer involvement in new programs"],
        ["Shapes agency strategy so that volunteer involvement is part of long-range planning"]]),
    ("A.2", "Develop Volunteer Position Descriptions", [
        ["Knows what a volunteer position description contains"],
        ["Drafts position descriptions from a template, with review by a supervisor"],
        ["Writes clear position descriptions that state duties, time commitment, qualifications and "
         "supervision"],
        ["Reviews and updates position descriptions as programs change",
         "Coaches staff in writing position descriptions for the volunteers they supervise"],
        ["Designs position description systems and standards that other agencies adopt"]]),
    ("A.3", "Recruit Volunteers", [
        ["Knows the difference between targeted and general recruitment"],
        ["Carries out recruitment activities planned by others"],
        ["Plans and runs recruitment campaigns aimed at the people needed for each role"],
        ["Evaluates recruitment results and adjusts methods to reach groups that are under-represented among "
         "volunteers"],
        ["Builds community partnerships that keep a steady flow of qualified volunteers"]]),
]
W = 78


def bullet(text):
    return textwrap.fill(text, W, initial_indent="  o ", subsequent_indent="    ")


def text():
    rule = "=" * W
    out = [rule, TITLE.center(W).rstrip(), "Indicators for Novice to Expert".center(W).rstrip(), rule, "",
           "Developed by:",
           "  Anne Schink, Program Officer, Maine Commission for Community Service",
           "  Lawrence Ullian, Director of Program Development, Muskie School of Public",
           "  Service, University of Southern Maine", ""]
    out += textwrap.wrap(
        "This project is funded by the Corporation for National and Community Service through a grant for "
        "Program Development Assistance and Training (PDAT). Opinions or points of view expressed in this "
        "document are those of the authors and do not necessarily reflect those of the funders.", W)
    out += ["", "-" * W, "SKILL LEVELS (from the left of the continuum to the right)"]
    for lab, desc in zip(LEVELS, LEGEND):
        out.append(f"  {lab} {'.' * (20 - len(lab))} {desc}")
    out += ["-" * W, "", "#" * W, "#  A. SUPERVISION & HUMAN RESOURCES".ljust(W - 1) + "#", "#" * W, ""]
    for code, name, levels in TOPICS:
        out += [f"==== {code} {name} ====", ""]
        for i, (lab, inds) in enumerate(zip(LEVELS, levels)):
            if code == "A.2" and i == 3:
                out += ["", "", "Volunteer Management Competencies: Indicators for Novice to Expert"
                        "          Page 1", "\f"]
            out.append(f"{lab}:")
            out += [bullet(t) for t in inds]
            out.append("")
        out.append("")
    out += ["", "Volunteer Management Competencies: Indicators for Novice to Expert          Page 2"]
    return "\n".join(out) + "\n"


def build():
    out = H.DOCS / f"{STEM}.txt"
    out.write_text(text(), encoding="utf-8")
    comps = []
    for code, name, levels in TOPICS:
        lv = [H.level(i + 1, lab, H.items(DOC, inds)) for i, (lab, inds) in enumerate(zip(LEVELS, levels))]
        comps.append(H.competency(DOC, name, None, levels=lv))
    H.write_gold(out, "txt", TITLE, comps)
