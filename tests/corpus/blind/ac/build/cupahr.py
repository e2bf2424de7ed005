"""cupahr-learning-framework-professional-competencies.txt: CUPA-HR (College and University Professional
Association for Human Resources) Learning Framework, two professional competencies, as a text-mode browser
dump (lynx -dump style): numbered link references "[12]", "*" bullets, paragraphs indented three spaces and
hard-wrapped, level headings Awareness / Application / Mastery (one paragraph each), development activities
grouped by the same level names, resource links with durations, MLA-style further reading, and the
"References" list of URLs at the end."""
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import helpers as H

STEM = "cupahr-learning-framework-professional-competencies"
TITLE = "Learning Framework: Professional Competencies"
LEVELS = ["Awareness", "Application", "Mastery"]
WIDTH = 77

INTRO = ("The CUPA-HR Learning Framework supports professional development planning for higher ed HR "
         "professionals. For each professional competency it describes what the competency looks like at "
         "three levels of proficiency and suggests activities and CUPA-HR learning resources that help you "
         "move from one level to the next.")
KEY = [("Awareness", "able to recognize the common knowledge of a competency, as gained through basic training, "
                     "formal education and experience."),
       ("Application", "able to complete tasks in the competency successfully and without help, and to make "
                       "small improvements without being asked."),
       ("Mastery", "able to guide others, solve unusual problems and answer questions about the competency; "
                   "recognized as a resource on campus.")]
START = ["What competencies does your job need now? Which will it need a year from now?",
         "What are your greatest professional strengths, and where are your gaps?",
         "What matters most to you in your career over the next three years?"]

COMPS = [
    {
        "name": "Relationship Management",
        "def": "Builds and keeps productive working relationships with faculty, staff, students, leaders and "
               "outside partners, based on trust, respect and a clear understanding of each party\u2019s needs.",
        "levels": [
            "Understands why trust matters in HR work and knows the main stakeholder groups on campus. Treats "
            "every contact courteously and follows through on small commitments.",
            "Builds working relationships with department heads and faculty leaders without prompting. Uses an "
            "understanding of campus culture to anticipate concerns and to settle most disagreements before "
            "they escalate.",
            "Is sought out by senior leaders as a trusted adviser. Builds alliances across the institution and "
            "with outside bodies, and helps others in HR to strengthen their own networks.",
        ],
        "acts": [
            ["Make a list of the offices you serve most often and arrange a short introductory meeting with one "
             "contact in each.",
             "Attend a faculty senate or staff council meeting as an observer."],
            ["Take the lead on a cross-campus project that needs support from academic and administrative units.",
             "Ask a client department for structured feedback on how HR could serve it better."],
            ["Mentor an early-career HR colleague on building a campus network.",
             "Represent your institution on a regional or national higher ed HR committee."],
        ],
        "resources": ["Webinar: Building Trust With Faculty Partners (60 min, on demand)",
                      "Course: Consulting Skills for Higher Ed HR (4 weeks, online, facilitated)"],
        "reading": [
            ("Fisher, Roger, and Scott Brown. Getting Together: Building Relationships As We Negotiate. "
             "Penguin Books, 1989.", "Getting Together: Building Relationships As We Negotiate",
             ["Roger Fisher", "Scott Brown"], "Penguin Books", 1989),
            ("Covey, Stephen M. R. The Speed of Trust: The One Thing That Changes Everything. Free Press, 2006.",
             "The Speed of Trust: The One Thing That Changes Everything", ["Stephen M. R. Covey"],
             "Free Press", 2006),
        ],
    },
    {
        "name": "Change Leadership",
        "def": "Helps the institution and its people move through change by explaining its purpose, involving "
               "those affected and sustaining the effort until the change is embedded.",
        "levels": [
            "Understands the stages people commonly go through during change and can explain the reasons for a "
            "change that affects their own work.",
            "Plans and carries out the people side of a change within a unit, including communication, training "
            "and ways for staff to raise concerns.",
            "Leads change across the institution, anticipates resistance at senior levels and adjusts the "
            "approach as the change unfolds.",
        ],
        "acts": [
            ["Interview a colleague who led a recent change on campus about what worked and what did not."],
            ["Draft a communication plan for a policy change in your area and test it with two staff members.",
             "Hold a listening session with a team affected by a change and report back on what you heard."],
            ["Sponsor a change initiative and set measures that show whether it is taking hold."],
        ],
        "resources": ["Webinar: Leading People Through Organizational Change (75 min, on demand)",
                      "Course: Change Management Essentials for Higher Education (2 days, in person)"],
        "reading": [
            ("Kotter, John P. Leading Change. Harvard Business Review Press, 2012.", "Leading Change",
             ["John P. Kotter"], "Harvard Business Review Press", 2012),
            ("Bridges, William, and Susan Bridges. Managing Transitions: Making the Most of Change. Da Capo "
             "Press, 2016.", "Managing Transitions: Making the Most of Change",
             ["William Bridges", "Susan Bridges"], "Da Capo Press", 2016),
        ],
    },
]


class Dump:
    """Builds lynx-style output with numbered link references."""

    def __init__(self):
        self.lines, self.refs = [], []

    def link(self, text, url):
        self.refs.append(url)
        return f"[{len(self.refs)}]{text}"

    def para(self, text, indent=3):
        self.lines += textwrap.wrap(text, WIDTH, initial_indent=" " * indent, subsequent_indent=" " * indent,
                                    break_on_hyphens=False)

    def bullet(self, text, indent=5, mark="*"):
        self.lines += textwrap.wrap(text, WIDTH, initial_indent=" " * indent + mark + " ",
                                    subsequent_indent=" " * (indent + 2), break_on_hyphens=False)

    def numbered(self, n, text, indent=3):
        self.lines += textwrap.wrap(text, WIDTH, initial_indent=" " * indent + f"{n}. ",
                                    subsequent_indent=" " * (indent + 3), break_on_hyphens=False)

    def raw(self, line=""):
        self.lines.append(line)


def build(path):
    d = Dump()
    d.raw("   #" + d.link("CUPA-HR \u00bb Feed", "https://www.cupahr.org/feed/") + " "
          + d.link("CUPA-HR \u00bb Comments Feed", "https://www.cupahr.org/comments/feed/"))
    d.raw()
    d.raw("   " + d.link("Skip to content", "https://www.cupahr.org/learning/framework/#content"))
    d.raw("   " + d.link("CUPA-HR", "https://www.cupahr.org/"))
    for label, slug in (("About", "about"), ("Membership", "membership"), ("Learning & Events", "learning"),
                        ("Research", "surveys"), ("Advocacy", "advocacy"), ("Knowledge Center", "knowledge-center")):
        d.raw("     * " + d.link(label, f"https://www.cupahr.org/{slug}/"))
    d.raw()
    d.raw("   " + d.link("Learning & Events", "https://www.cupahr.org/learning/") + " > "
          + d.link("Learning Framework", "https://www.cupahr.org/learning/framework/") + " > Professional Competencies")
    d.raw()
    d.raw(TITLE)
    d.raw()
    d.para(INTRO)
    d.raw()
    d.raw("  Getting started")
    d.raw()
    for n, q in enumerate(START, 1):
        d.numbered(n, q)
    d.raw()
    d.raw("  Proficiency levels")
    d.raw()
    for lab, txt in KEY:
        d.bullet(f"{lab} = {txt}")
    d.raw()
    for c in COMPS:
        d.raw(c["name"])
        d.raw()
        d.para(c["def"])
        d.raw()
        d.raw("  Proficiency indicators")
        d.raw()
        for lab, txt in zip(LEVELS, c["levels"]):
            d.raw("   " + lab)
            d.raw()
            d.para(txt, indent=10)
            d.raw()
        d.raw("  Development activities")
        d.raw()
        for lab, acts in zip(LEVELS, c["acts"]):
            d.raw("   " + lab)
            d.raw()
            for a in acts:
                d.bullet(a, indent=7)
            d.raw()
        d.raw("  CUPA-HR learning resources")
        d.raw()
        for r in c["resources"]:
            slug = r.split(": ", 1)[1].split(" (")[0].lower().replace(" ", "-")
            d.bullet(d.link(r.split(" (")[0], f"https://www.cupahr.org/learning/{slug}/") + " (" + r.split(" (", 1)[1])
        d.raw()
        d.raw("  Further reading")
        d.raw()
        for text, *_ in c["reading"]:
            d.bullet(text)
        d.raw()
        d.raw("   " + d.link("Back to top", "https://www.cupahr.org/learning/framework/#content"))
        d.raw()
    d.raw("   \u00a9 2026 CUPA-HR | 1811 Commons Point Drive, Knoxville, TN 37932 | "
          + d.link("Privacy Policy", "https://www.cupahr.org/privacy-policy/"))
    d.raw()
    d.raw("References")
    d.raw()
    for n, url in enumerate(d.refs, 1):
        d.raw(f"{n:>4}. {url}")
    path.write_text("\n".join(d.lines) + "\n", encoding="utf-8")


def gold(path):
    doc = STEM
    comps = []
    for c in COMPS:
        comps.append(H.comp(
            doc, c["name"], c["def"],
            levels=[H.lv(doc, i + 1, LEVELS[i], [c["levels"][i]]) for i in range(3)],
            activities=[H.it(doc, a, LEVELS[i]) for i in range(3) for a in c["acts"][i]],
            courses=[H.it(doc, r) for r in c["resources"]],
            readings=[H.rd(doc, *r) for r in c["reading"]],
        ))
    return H.write_gold(path, "txt", TITLE, comps)


def main():
    path = H.DOCS / f"{STEM}.txt"
    build(path)
    return gold(path)


if __name__ == "__main__":
    print(main())
