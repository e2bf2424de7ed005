"""FRG - Al Nasser, "Competency Guide Book" (development guide), as a plain-text export of the PDF.

Quirks of a pdftotext-style export: a running header "Competency Guide Book ... FRG - Al Nasser" and a
footer "Page N" on every page, form feeds between pages, hard wraps at 88 columns (wrapped bullets
continue on an indented line), Symbol-font bullets exported as U+F0B7, sub-bullets as "o",
upper-case competency banners "BEHAVIOURAL COMPETENCY: ...", "Definition:" inline label,
and the learning activities split into "On the Job Development", "Formal Training", "Reading"
(APA-style references) and "Coaching Tips for Managers"."""
import textwrap

FILE = "alnasser-competency-guide-book.txt"
W = 88
BUL = "\uf0b7"

INTRO = [
    ("h", "Getting Started"),
    ("p", "This Development Guide has been designed to give Al Nasser Staff Members guidance on how to "
          "develop behaviours and skills within specific competency areas, through a variety of methods "
          "including formal training, on the job development, job simulations, observation, feedback, "
          "informal coaching and reading. The Guide will help you build a personal development plan "
          "tailored to your own needs."),
    ("p", "Staff members at all levels may find the Guide useful when setting a development plan after a "
          "performance review, after feedback from a manager or colleague, or when preparing for a career "
          "move. Managers can also use it as a reference when supporting their team members."),
    ("h", "Guidebook Includes"),
    ("b", "What are Competencies & why use them?"),
    ("b", "Behavioural Competency"),
    ("b", "Behavioural Indicator"),
    ("b", "Key learning activities to develop the Competencies"),
]

COMPETENCIES = [
    {
        "name": "CUSTOMER FOCUS",
        "definition": ("Making customers and their needs the main focus of one's actions; building and "
                       "maintaining productive relationships with customers."),
        "indicators": [
            "Finds out what customers need and expect before offering a solution",
            "Responds to customer requests and complaints promptly and courteously",
            "Follows up with customers to make sure their needs have been met",
            "Looks for ways to improve the service that customers receive",
        ],
        "ojd": [
            "Spend a day working alongside front-line staff who deal directly with customers, and note the "
            "issues that customers raise most often.",
            "Call three customers after a transaction has been completed to ask how satisfied they were and "
            "what could have been done better.",
            "Track the complaints received by your unit for one month and propose changes that address the "
            "most common cause.",
        ],
        "training": ["Customer Service Excellence (2 days)", "Handling Difficult Customers (1 day)"],
        "reading": [
            "Hsieh, T. (2010). Delivering Happiness: A Path to Profits, Passion, and Purpose. Business Plus.",
            "Kaufman, R. (2012). Uplifting Service: The Proven Path to Delighting Your Customers, Colleagues, "
            "and Everyone Else You Meet. Evolve Publishing.",
        ],
        "tips": [
            "Share customer feedback, both positive and negative, with the team on a regular basis.",
            "Recognise staff publicly when a customer praises their service.",
        ],
    },
    {
        "name": "TEAMWORK",
        "definition": ("Working cooperatively with others, being part of a team, and working together rather "
                       "than separately or competitively."),
        "indicators": [
            "Shares information and resources with team members willingly",
            "Supports team decisions even when they differ from own view",
            "Offers help to colleagues who are under pressure",
            "Gives credit to others for their contributions",
        ],
        "ojd": [
            "Volunteer for a cross-functional project team and agree with the team leader what you will "
            "contribute.",
            "Organise a short session in which each team member explains their role and current priorities to "
            "the rest of the team.",
        ],
        "training": ["Building High Performance Teams (2 days)"],
        "reading": [
            "Coyle, D. (2018). The Culture Code: The Secrets of Highly Successful Groups. Bantam.",
        ],
        "tips": [
            "Set team goals as well as individual goals, and review them together with the team.",
        ],
    },
    {
        "name": "DECISION MAKING",
        "definition": ("Making timely and sound decisions by analysing the available information, weighing the "
                       "options and considering the consequences."),
        "indicators": [
            "Gathers the relevant facts before reaching a conclusion",
            "Considers the risks and consequences of each option",
            "Makes decisions within agreed timescales, even when some information is missing",
        ],
        "ojd": [
            "Before your next significant decision, list the options, the criteria and the risks, and discuss "
            "them with your manager.",
            "Review a decision you made six months ago: what information did you use, and would you decide "
            "differently today?",
        ],
        "training": ["Problem Solving and Decision Making (2 days)", "Critical Thinking for Managers (1 day)"],
        "reading": [
            "Heath, C., & Heath, D. (2013). Decisive: How to Make Better Choices in Life and Work. Crown "
            "Business.",
            "Kahneman, D. (2011). Thinking, Fast and Slow. Farrar, Straus and Giroux.",
        ],
        "tips": [
            "Ask team members to bring options and a recommendation, not only problems.",
        ],
    },
]


def para(text, indent=""):
    return textwrap.wrap(text, W, initial_indent=indent, subsequent_indent=indent) + [""]


def bullet(text, glyph=BUL, indent=""):
    first = f"{indent}{glyph} "
    return textwrap.wrap(text, W, initial_indent=first, subsequent_indent=" " * len(first))


def header():
    left, right = "Competency Guide Book", "FRG - Al Nasser"
    return [left + " " * (W - len(left) - len(right)) + right, ""]


def footer(n):
    t = f"Page {n}"
    return ["", " " * (W - len(t)) + t]


def page_lines():
    cover = ["", "", "", "COMPETENCY GUIDE BOOK".center(W).rstrip(), "",
             "Development Guide for Staff Members".center(W).rstrip(), "", "FRG - Al Nasser".center(W).rstrip(),
             "", "", ""]
    pages = []
    body = []
    for kind, text in INTRO:
        if kind == "h":
            body += [text, ""]
        elif kind == "p":
            body += para(text)
        else:
            body += bullet(text)
    pages.append(body)
    for c in COMPETENCIES:
        body = [f"BEHAVIOURAL COMPETENCY: {c['name']}", ""]
        body += para("Definition: " + c["definition"])
        body += ["Behavioural Indicators", ""]
        for i in c["indicators"]:
            body += bullet(i)
        body += ["", "Key Learning Activities", "", "On the Job Development"]
        for a in c["ojd"]:
            body += bullet(a)
        body += ["", "Formal Training"]
        for a in c["training"]:
            body += bullet(a, glyph="o", indent="  ")
        body += ["", "Reading"]
        for a in c["reading"]:
            body += bullet(a)
        body += ["", "Coaching Tips for Managers"]
        for a in c["tips"]:
            body += bullet(a)
        pages.append(body)
    out = ["\n".join(cover + footer(1))]
    for n, body in enumerate(pages, start=2):
        out.append("\n".join(header() + body + footer(n)))
    return "\n\f".join(out) + "\n"


def build(docs_dir):
    (docs_dir / FILE).write_text(page_lines(), encoding="utf-8")
    return docs_dir / FILE
