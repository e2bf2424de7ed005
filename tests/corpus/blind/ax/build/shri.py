"""Singapore Human Resources Institute: "The Competency Framework" page, saved from the browser as plain text
(page chrome kept as text lines, the accreditation sub-navigation as one pipe-separated line, long unwrapped
paragraph lines, CRLF line ends as Windows 'Save as text' writes them)."""
from axlib import DOCS, comp, write_gold

STEM = "ax-shri-competency-framework"

AREAS = [
    ("Core Attributes",
     "The core attributes describe the basic traits an HR professional needs in order to perform his / her "
     "role in the organisation, such as the ability to communicate and influence, and the ability to cope "
     "with ambiguity and stress."),
    ("Strategic Business Partner",
     "This competency describes the skills that allow an HR professional to play a strategic part in helping "
     "the business meet its objectives. He / she has business acumen and takes a strategic view of the "
     "business."),
    ("Managerial & People Management",
     "This competency describes the qualities and capabilities an HR professional brings to managing people / "
     "staff and working within teams. People management covers areas such as coaching, consulting and "
     "performance evaluation."),
    ("Functional / Technical",
     "HR professionals play an important part in helping the business achieve its objectives by making sure "
     "that HR policies, practices and advice are sound and relevant. These competencies describe the "
     "specialised functional and technical qualities and capabilities that the various HR roles need."),
]

TEXT = """The Competency Framework - Singapore Human Resources Institute

Skip to content
Singapore Human Resources Institute
Home
About SHRI
Membership
Capability Development
Events
Singapore HR Awards
Resources
Contact Us
Login | Register

Home \u00bb Capability Development \u00bb HR Accreditation \u00bb The Competency Framework

The Competency Framework

Singapore HR Accreditation Framework | Benefits of HR Accreditation | Accreditation Status | The Competency Framework | The Assessment Framework  | Accredited HR Practitioners | Application for Accreditation

The Competency Framework gives a structure that organises and defines the competencies, in terms of the attitudes, skills and knowledge, that an HR practitioner needs to excel and achieve performance excellence. An HR practitioner must have the right set of capabilities to contribute to the goals of the business. The competencies for HR professionals in Singapore are outlined below.

{areas}

In 2014, the HR Accreditation Board, made up of senior practitioners from a range of industries and sectors, reviewed the framework and took into account the competencies in the Workforce Development Agency\u2019s (WDA) HR Workforce Skills Qualifications (WSQ) framework.

Download the Competency Framework (PDF)

Back to top

Singapore Human Resources Institute
Quick Links
About SHRI
Membership
Events
Contact Us
Follow us: Facebook LinkedIn Instagram
Copyright \u00a9 2019 Singapore Human Resources Institute. All Rights Reserved.
Privacy Policy | Terms of Use
"""


def build():
    areas = "\n\n".join(f"{name}\n\n{text}" for name, text in AREAS)
    body = TEXT.format(areas=areas)
    path = DOCS / f"{STEM}.txt"
    path.write_bytes(body.replace("\n", "\r\n").encode("utf-8"))
    comps = [comp(STEM, name, text) for name, text in AREAS]
    return write_gold(path, "txt", "The Competency Framework", comps)


if __name__ == "__main__":
    print(build())
