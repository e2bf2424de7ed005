"""mq-capability-framework.txt: a plain-text export (text-browser dump) of a university HR page
(Macquarie University, Organisation and Staff Development, capability framework for a job family):
numbered link references, the site navigation as a bullet list, section names in capitals, "*"
bullets hard-wrapped at 72 columns with hanging indents (textwrap, breaking after hyphens as a text
browser does), a horizontal rule, the page footer and the "References" list of URLs.
"""
import textwrap

import balib as B

OUT = B.DOCS / "mq-capability-framework.txt"
W = 72

CAPS = [
    ("Client Service Focus",
     "Understands who the clients of the work area are, works to meet their needs and builds positive "
     "working relationships with students, staff and visitors.",
     ["Greets clients courteously and deals with enquiries promptly, whether at the counter, by phone or "
      "by email",
      "Listens carefully to work out what the client actually needs, and asks questions when a request "
      "is unclear",
      "Gives accurate, up-to-date information or refers the client to someone who can help",
      "Follows up to make sure the matter has been resolved, and keeps the client informed of any delay",
      "Stays calm and professional with clients who are upset or demanding"],
     ["Knowledge of the University services, policies and procedures that are relevant to the clients "
      "of the area",
      "Experience in a customer-facing role in a busy office environment",
      "Ability to use the student and finance systems used in day-to-day work"]),
    ("Working with Others",
     "Works cooperatively with colleagues in the team and across the University, shares information and "
     "contributes to a positive and inclusive workplace.",
     ["Offers help to colleagues and covers for them when needed",
      "Shares information and knowledge that others in the team need",
      "Respects different views and working styles, and treats everyone fairly",
      "Raises concerns directly and constructively with the people involved"],
     ["Understanding of how the work of the team fits with that of other areas of the University",
      "Experience of working as part of a team to meet shared deadlines"]),
    ("Planning and Organising",
     "Plans and organises own work to meet deadlines and quality standards, and manages competing "
     "priorities effectively.",
     ["Plans own workload so that regular deadlines, such as enrolment and exam periods, are met",
      "Sets priorities and adjusts them when urgent work comes in, telling the supervisor when deadlines "
      "are at risk",
      "Keeps accurate records and files so that information can be found quickly by others",
      "Checks work for accuracy before it is sent out"],
     ["Sound organisational and time-management skills",
      "Ability to use the Microsoft Office suite, including Outlook calendars and Excel spreadsheets",
      "Knowledge of the University records management requirements"]),
]

LINKS = [
    "http://hr1.mq.edu.au/ld/capability/admin.htm#content",
    "http://www.mq.edu.au/",
    "http://hr1.mq.edu.au/ld/",
    "http://hr1.mq.edu.au/",
    "http://hr1.mq.edu.au/ld/",
    "http://hr1.mq.edu.au/ld/programs.htm",
    "http://hr1.mq.edu.au/ld/capability/",
    "http://hr1.mq.edu.au/ld/capability/faq.htm",
    "http://hr1.mq.edu.au/contacts.htm",
    "http://hr1.mq.edu.au/ld/capability/faq.htm",
    "http://hr1.mq.edu.au/ld/capability/admin.doc",
    "http://hr1.mq.edu.au/ld/capability/index.htm",
    "http://www.mq.edu.au/privacy/",
    "http://www.mq.edu.au/disclaimer/",
]


def para(text, indent=3):
    return textwrap.fill(text, W, initial_indent=" " * indent, subsequent_indent=" " * indent)


def bullet(text):
    return textwrap.fill(text, W, initial_indent="     * ", subsequent_indent="       ")


def build():
    out = ["   [1]Skip to content", "",
           "   [2]Macquarie University", "",
           "   [3]Human Resources - Organisation and Staff Development", "",
           "     * [4]HR Home",
           "     * [5]Learning and Development",
           "     * [6]Programs and Courses",
           "     * [7]Capability Frameworks",
           "     * [8]FAQ",
           "     * [9]Contact Us", "",
           "Capability Framework: Administrative Services Job Family", "",
           para("The capability framework for the Administrative Services job family describes the "
                "behaviours, skills, knowledge and experience that make the critical difference to "
                "performance in administrative roles across the University. Use it together with the "
                "Position Description and the PDR objectives for the role. For more information see the "
                "[10]Frequently Asked Questions."), "",
           "   Print this page | [11]Download this framework (Word, 86 KB) |",
           "   [12]Back to Capability Frameworks", "",
           "   " + "_" * (W - 3), ""]
    for name, desc, beh, ske in CAPS:
        out += [name, ""]
        out += [para("Description: " + desc), ""]
        out += ["   Key behaviours", ""]
        out += [bullet(b) for b in beh] + [""]
        out += ["   Skills, knowledge and experience", ""]
        out += [bullet(b) for b in ske] + [""]
    out += ["   " + "_" * (W - 3), "",
            "   Last updated: 14 August 2009",
            "   Page maintained by: Organisation and Staff Development",
            "   Macquarie University, NSW 2109 Australia | ABN 90 952 801 237 |",
            "   CRICOS Provider No 00002J | [13]Privacy | [14]Disclaimer", "",
            "References", ""]
    out += [f"  {i:2d}. {u}" for i, u in enumerate(LINKS, 1)]
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    return OUT


if __name__ == "__main__":
    print(build())
