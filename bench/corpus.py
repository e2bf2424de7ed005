"""A deterministic corpus of synthetic competency documents for the benchmark.

Every document is a pure function of (seed, index): its format comes from the index (largest-deficit assignment
over FORMAT_SHARES, so every prefix of the corpus keeps the proportions and the 4N corpus starts with the N one),
its content from `random.Random(f"...:{seed}:{index}")`. Texts are composed from the word lists below; no sentence
is copied from a real document.

Layouts, in the shapes the pipeline meets in real documents:
- one to three competencies per document (a framework title above several, or one competency as the title);
- a definition under a heading or as a lone paragraph under the name;
- proficiency levels as headings with bullet lists, as table rows (label | behaviors), or as table columns (a header
  row of labels, optionally a theme column), with long behaviors that wrap;
- development activities as bold lead + explanation, bold lead-in, or (plain text) an imperative sentence followed
  by an explanation paragraph;
- reading lists as prose, APA-like or dash citations, or as a table (Title | Author/Publisher | Year);
- courses, interview questions, tips; running headers and footers, site chrome, copyright lines.

PDFs are written as DOCX first and converted by LibreOffice in a few parallel batch calls (`soffice --headless
--convert-to pdf`), never one process per file; a converted PDF is kept in `<root>/_pdf/<sha256 of the DOCX>.pdf`
so that another corpus (the 4N one) reuses it. Without `soffice` on PATH a small built-in PDF writer is used instead
(text, bold headings, ruled tables), and the corpus says so.

    python -m bench.corpus --n 1000 --seed 7          # generate (or reuse) bench/corpus/1000-7/
"""

from __future__ import annotations

import argparse
import hashlib
import html
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

GENERATOR_VERSION = 1
DEFAULT_ROOT = Path(__file__).resolve().parent / "corpus"
DEFAULT_SEED = 7
FORMAT_SHARES = (("pdf", 0.35), ("docx", 0.30), ("html", 0.25), ("txt", 0.10))
META = ".corpus.json"  # a dot file: the build ignores it
FIXED_ZIP_TIME = (2020, 1, 1, 0, 0, 0)
SOFFICE_BATCH = 100  # files per soffice call

# --------------------------------------------------------------------------------------------- word lists
# (base, third person, gerund, past)
VERBS = [
    ("identify", "identifies", "identifying", "identified"),
    ("anticipate", "anticipates", "anticipating", "anticipated"),
    ("explain", "explains", "explaining", "explained"),
    ("review", "reviews", "reviewing", "reviewed"),
    ("coordinate", "coordinates", "coordinating", "coordinated"),
    ("build", "builds", "building", "built"),
    ("share", "shares", "sharing", "shared"),
    ("monitor", "monitors", "monitoring", "monitored"),
    ("challenge", "challenges", "challenging", "challenged"),
    ("document", "documents", "documenting", "documented"),
    ("prioritise", "prioritises", "prioritising", "prioritised"),
    ("evaluate", "evaluates", "evaluating", "evaluated"),
    ("communicate", "communicates", "communicating", "communicated"),
    ("adapt", "adapts", "adapting", "adapted"),
    ("support", "supports", "supporting", "supported"),
    ("negotiate", "negotiates", "negotiating", "negotiated"),
    ("resolve", "resolves", "resolving", "resolved"),
    ("design", "designs", "designing", "designed"),
    ("track", "tracks", "tracking", "tracked"),
    ("clarify", "clarifies", "clarifying", "clarified"),
    ("align", "aligns", "aligning", "aligned"),
    ("test", "tests", "testing", "tested"),
    ("question", "questions", "questioning", "questioned"),
    ("plan", "plans", "planning", "planned"),
    ("improve", "improves", "improving", "improved"),
    ("simplify", "simplifies", "simplifying", "simplified"),
    ("measure", "measures", "measuring", "measured"),
    ("present", "presents", "presenting", "presented"),
    ("balance", "balances", "balancing", "balanced"),
    ("protect", "protects", "protecting", "protected"),
    ("streamline", "streamlines", "streamlining", "streamlined"),
    ("summarise", "summarises", "summarising", "summarised"),
    ("reconcile", "reconciles", "reconciling", "reconciled"),
    ("map", "maps", "mapping", "mapped"),
    ("discuss", "discusses", "discussing", "discussed"),
    ("assess", "assesses", "assessing", "assessed"),
]
OBJECTS = [
    "priorities for the team",
    "customer requirements",
    "options and their risks",
    "feedback from colleagues",
    "the budget for the unit",
    "lessons learned after each project",
    "agreements with partner organisations",
    "data from several sources",
    "the needs of different audiences",
    "changes to work processes",
    "the impact of decisions on others",
    "service standards",
    "project milestones",
    "competing demands",
    "ideas from across the organisation",
    "performance expectations",
    "long-term goals",
    "emerging trends in the sector",
    "the concerns of stakeholders",
    "complex information",
    "resources across programmes",
    "quality checks",
    "handover notes",
    "shared objectives",
    "recurring problems",
    "workload across the team",
    "procurement rules",
    "the views of people who disagree",
    "targets and deadlines",
    "new ways of working",
    "team responsibilities",
    "the reasons behind decisions",
    "community expectations",
    "safety procedures",
    "training needs",
    "the scope of a piece of work",
    "risks to delivery",
    "policy options",
    "evidence for a recommendation",
    "working relationships with other units",
    "requests from the public",
    "the cost of alternatives",
    "progress against the plan",
    "sensitive information",
    "supplier performance",
]
TAILS = [
    "",
    "",
    "",
    " before acting",
    " with limited guidance",
    " and follows up on commitments",
    " to reduce delays",
    " in line with agreed standards",
    ", drawing on evidence where available",
    " so that others understand the reasons",
    " across teams and functions",
    " when circumstances change",
    " and adjusts plans accordingly",
    " in a timely manner",
    " without being asked",
    " at an early stage",
    " for the wider organisation",
    " using clear and plain language",
    " while keeping the customer in mind",
    " and checks that nothing is missed",
    " in consultation with the people affected",
    " over several planning cycles",
]
TOPICS = [
    "Communication",
    "Customer Focus",
    "Decision Making",
    "Teamwork",
    "Problem Solving",
    "Planning and Organising",
    "Stakeholder Engagement",
    "Change Leadership",
    "Financial Management",
    "Resource Stewardship",
    "Negotiation",
    "Coaching",
    "Innovation",
    "Accountability",
    "Adaptability",
    "Conflict Resolution",
    "Integrity",
    "Data Literacy",
    "Project Delivery",
    "Risk Awareness",
    "Service Excellence",
    "Talent Development",
    "Collaboration",
    "Influence",
    "Resilience",
    "Quality Assurance",
    "Continuous Improvement",
    "Relationship Building",
    "Systems Thinking",
    "Vendor Management",
    "Policy Analysis",
    "Digital Fluency",
    "Cultural Awareness",
    "Safety Leadership",
    "Knowledge Sharing",
    "Time Management",
    "Presentation Skills",
    "Written Communication",
    "Strategic Thinking",
    "Performance Management",
    "Ethical Judgement",
    "Partnership Development",
    "Process Design",
    "Budget Planning",
    "Community Outreach",
    "Mentoring",
    "Facilitation",
    "Research and Analysis",
    "Operational Excellence",
    "Records Management",
]
PREFIXES = [
    "Strategic",
    "Applied",
    "Inclusive",
    "Operational",
    "Cross-Functional",
    "Enterprise",
    "Team",
    "Personal",
    "Organisational",
    "Client",
    "Public",
    "Technical",
    "Collaborative",
    "Proactive",
    "Evidence-Based",
    "Responsive",
]
CONTEXTS = [
    "in Complex Environments",
    "Across Boundaries",
    "in the Public Sector",
    "for Results",
    "with Partners",
    "at Scale",
    "in Times of Change",
    "for the Future",
    "in Diverse Teams",
    "Under Pressure",
    "with Integrity",
    "in Practice",
]
ORGS = [
    "Riverside County",
    "Northgate University",
    "Lakeshore Health Authority",
    "Department of Transport Services",
    "Westfield City Council",
    "Harbourview Housing Trust",
    "Eastern Water Board",
    "Pinecrest College",
    "Summit Regional Library",
    "Greenvale School District",
    "Coastal Ports Agency",
    "Meadowbrook Hospital",
    "Central Statistics Office",
    "Highland Parks Service",
    "Bayside Community Services",
]
AUDIENCES = [
    "Managers",
    "Team Leaders",
    "Senior Leaders",
    "Professional Staff",
    "Front-Line Staff",
    "Supervisors",
    "Project Managers",
    "Executives",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ACTIVITY_LEADS = [
    "Volunteer to lead a review of {obj}.",
    "Ask a mentor to observe how you {base} {obj}.",
    "Keep a journal of how you {base} {obj} over the next month.",
    "Shadow a colleague who is known for {ger} {obj}.",
    "Run a short workshop with your team on {ger} {obj}.",
    "Set up a monthly review of {obj}.",
    "Interview three stakeholders about {obj}.",
    "Prepare a one-page briefing on {obj}.",
    "Join a working group that deals with {obj}.",
    "Practise {ger} {obj} in a low-risk setting.",
    "Compare how two other units {base} {obj}.",
    "Take on a short assignment that requires you to {base} {obj}.",
]
EXPLANATIONS = [
    "Note what worked well and what you would change next time.",
    "Discuss the outcome with your manager and agree one follow-up action.",
    "Record the questions that came up and look for patterns over several weeks.",
    "Ask for specific feedback rather than a general impression.",
    "Share a short summary with the team so that others can learn from it.",
    "Review your notes after {period} and decide which habits to keep.",
    "Choose a piece of work that matters to your unit, so that the effort is visible.",
    "Compare the results with what you expected at the start.",
    "Agree in advance how you will know whether the activity has helped.",
    "Keep the exercise small at first and widen it once it feels routine.",
]
PERIODS = ["a month", "six weeks", "the next quarter", "two project cycles"]
QUESTIONS = [
    "Tell me about a time when you had to {base} {obj}. What did you do?",
    "Describe a situation in which you {past} {obj}. What was the result?",
    "Give an example of a time you {past} {obj} under pressure.",
    "How do you decide when to {base} {obj}?",
    "What would you do differently the next time you {base} {obj}?",
]
TITLE_ADJ = [
    "Quiet",
    "Practical",
    "Everyday",
    "Resilient",
    "Curious",
    "Deliberate",
    "Open",
    "Connected",
    "Steady",
    "Thoughtful",
    "Adaptive",
    "Generous",
    "Patient",
    "Courageous",
    "Honest",
]
TITLE_NOUN = [
    "Leader",
    "Team",
    "Manager",
    "Organisation",
    "Conversation",
    "Workplace",
    "Negotiator",
    "Coach",
    "Colleague",
    "Network",
    "Office",
    "Project",
    "Partnership",
    "Planner",
]
TITLE_SUB = [
    "Practical Lessons for Everyday Work",
    "A Guide for Busy Managers",
    "Making Better Decisions",
    "Building Trust at Work",
    "Leading Through Uncertainty",
    "Working Across Boundaries",
    "Getting Results with Others",
    "Listening for Meaning",
    "Planning for the Long Term",
    "Serving Customers Well",
    "Turning Data into Action",
    "Handling Difficult Conversations",
    "Growing Talent on Every Team",
    "Managing Change Without Drama",
    "Habits of Effective Teams",
]
SURNAMES = [
    "Harlow",
    "Mendez",
    "Okafor",
    "Lindqvist",
    "Brennan",
    "Takeda",
    "Fairbairn",
    "Castellano",
    "Whitmore",
    "Nakamura",
    "Adeyemi",
    "Sorensen",
    "Kowalczyk",
    "Delacroix",
    "Montgomery",
    "Rahman",
    "Ashworth",
    "Greaves",
    "Varga",
    "Pellegrini",
    "Haddad",
    "Lowell",
    "Quinlan",
    "Ferreira",
    "Tremblay",
    "Iyer",
    "Kaminski",
    "Oduya",
    "Lachance",
    "Brightwater",
]
PUBLISHERS = [
    "Northbridge Press",
    "Harbor House Books",
    "Meridian Publishing",
    "Fieldstone Press",
    "Lantern Street Books",
    "Greyfield University Press",
    "Atlas and Finch",
    "Copperleaf Publishing",
    "Redwater Press",
    "Blue Heron Books",
]
READING_DESC = [
    "A practical guide to {ger} {obj}.",
    "Short chapters on {ger} {obj}, with checklists.",
    "Case studies of organisations that {past} {obj}.",
    "Useful for anyone who must {base} {obj}.",
]
THEMES = ["Planning", "Working with Others", "Delivery", "Communication", "Judgement", "Self-Management"]
SCALES = [
    ["Basic", "Intermediate", "Advanced", "Expert"],
    ["Awareness", "Basic", "Intermediate", "Advanced", "Expert"],
    ["Foundational", "Developing", "Proficient", "Advanced", "Expert"],
    ["Entry", "Working", "Skilled", "Leading", "Strategic"],
]
SECTION_HEADINGS = {
    "definition": ["Definition", "Competency Definition", "Description", "What It Means"],
    "indicators": ["Key Behaviours", "Behavioral Indicators", "Observable Behaviors", "Effective Behaviours"],
    "levels": [
        "Proficiency Levels",
        "Levels of Proficiency",
        "Behaviors by Level",
        "Proficiency Level Descriptions",
        "Performance Levels",
    ],
    "activities": [
        "Development Activities",
        "Suggested Development Activities",
        "Ways to Develop",
        "Development Opportunities",
        "Learning Activities",
    ],
    "readings": ["Suggested Readings", "Recommended Reading", "Further Reading", "Reading List"],
    "courses": ["Recommended Courses", "Training", "Suggested Courses"],
    "interview_questions": ["Interview Questions", "Behavioural Interview Questions", "Sample Interview Questions"],
    "tips": ["Quick Tips", "Development Tips", "Tips"],
}


# ------------------------------------------------------------------------------------------- document model
@dataclass
class Heading:
    level: int
    text: str


@dataclass
class Para:
    text: str
    lead: str | None = None  # a bold lead-in before `text`
    bold: bool = False


@dataclass
class Item:
    text: str
    depth: int = 0
    ordered: bool = False


@dataclass
class Table:
    rows: list[list[list]]  # rows of cells; a cell is a list of Para / Item
    header: bool = True


@dataclass
class PageBreak:
    pass


@dataclass
class Doc:
    index: int
    stem: str
    fmt: str
    title: str
    org: str
    blocks: list = field(default_factory=list)
    header: str = ""
    footer: str = ""
    nav: list[str] = field(default_factory=list)
    copyright: str = ""
    truth: list[dict] = field(default_factory=list)  # per competency: what was generated

    @property
    def filename(self) -> str:
        return f"{self.stem}.{self.fmt}"


def formats_for(n: int) -> list[str]:
    """Formats of documents 0..n-1: each next one the format furthest below its share (prefix-stable)."""
    counts = {f: 0 for f, _ in FORMAT_SHARES}
    out = []
    for i in range(n):
        fmt = max(FORMAT_SHARES, key=lambda fs: (fs[1] * (i + 1) - counts[fs[0]], fs[1]))[0]
        counts[fmt] += 1
        out.append(fmt)
    return out


class _Words:
    def __init__(self, rng: random.Random):
        self.r = rng

    def verb(self):
        return self.r.choice(VERBS)

    def obj(self):
        return self.r.choice(OBJECTS)

    def tail(self):
        return self.r.choice(TAILS)

    def behavior(self, rank: int, top: int) -> str:
        r = self.r
        base, third, ger, past = self.verb()
        if rank == 1 and r.random() < 0.4:
            text = r.choice(
                [
                    f"With guidance, {third} {self.obj()}{self.tail()}",
                    f"Is learning to {base} {self.obj()}{self.tail()}",
                ]
            )
        elif rank == top and r.random() < 0.4:
            text = r.choice(
                [
                    f"Guides others to {base} {self.obj()}{self.tail()}",
                    f"Sets the standard for {ger} {self.obj()}{self.tail()}",
                    f"Is sought out by colleagues for advice on {ger} {self.obj()}",
                ]
            )
        else:
            text = f"{third.capitalize()} {self.obj()}{self.tail()}"
        if r.random() < 0.3:  # a long behavior that wraps over two or three lines
            _, third2, _, _ = self.verb()
            text += f", and {third2} {self.obj()}{self.tail()}"
        return text + "."

    def definition(self) -> str:
        r = self.r
        base, _, ger, _ = self.verb()
        _, _, ger2, _ = self.verb()
        first = r.choice(
            [
                f"The ability to {base} {self.obj()}{self.tail()}.",
                f"{ger.capitalize()} {self.obj()} and {ger2} {self.obj()}{self.tail()}.",
                f"Concern with {ger} {self.obj()}{self.tail()}.",
            ]
        )
        if r.random() < 0.6:
            _, _, g3, _ = self.verb()
            _, _, g4, _ = self.verb()
            first += f" Includes {g3} {self.obj()} and {g4} {self.obj()}."
        return first

    def activity(self) -> tuple[str, str]:
        base, _, ger, _ = self.verb()
        lead = self.r.choice(ACTIVITY_LEADS).format(base=base, ger=ger, obj=self.obj())
        parts = self.r.sample(EXPLANATIONS, 2)
        return lead, " ".join(p.format(period=self.r.choice(PERIODS)) for p in parts)

    def question(self) -> str:
        base, _, _, past = self.verb()
        return self.r.choice(QUESTIONS).format(base=base, past=past, obj=self.obj())

    def tip(self) -> str:
        base, _, _, _ = self.verb()
        return f"{base.capitalize()} {self.obj()}{self.tail()}."

    def course(self, topic: str) -> str:
        r = self.r
        name = r.choice(
            [
                f"Foundations of {topic}",
                f"{topic} Essentials",
                f"Practical {topic}",
                f"{topic} for New Supervisors",
                f"Advanced {topic} Workshop",
            ]
        )
        return name + r.choice(["", f" ({r.randint(1, 3)} days)", f" (online, {r.randint(2, 8)} hours)"])

    def book_title(self) -> str:
        r = self.r
        roll = r.random()
        if roll < 0.5:
            return f"The {r.choice(TITLE_ADJ)} {r.choice(TITLE_NOUN)}: {r.choice(TITLE_SUB)}"
        if roll < 0.8:
            return r.choice(TITLE_SUB)
        return f"The {r.choice(TITLE_ADJ)} {r.choice(TITLE_NOUN)}"

    def initials(self) -> str:
        return " ".join(f"{chr(self.r.randint(65, 90))}." for _ in range(self.r.randint(1, 2)))

    def authors_prose(self) -> str:
        names = [f"{self.initials()} {self.r.choice(SURNAMES)}" for _ in range(self.r.randint(1, 2))]
        return " and ".join(names)

    def citation(self) -> tuple[str, str]:
        """(style, text) of one reading."""
        r = self.r
        title, year, pub = self.book_title(), r.randint(1985, 2023), r.choice(PUBLISHERS)
        base, _, ger, past = self.verb()
        desc = r.choice(READING_DESC).format(base=base, ger=ger, past=past, obj=self.obj())
        style = r.choice(["prose", "prose", "apa", "dash"])
        if style == "prose":
            return style, f"{title} by {self.authors_prose()} ({pub}, {year}). {desc}"
        if style == "apa":
            names = [f"{r.choice(SURNAMES)}, {self.initials()}" for _ in range(r.randint(1, 2))]
            return style, f"{', & '.join(names)} ({year}). {title}. {pub}."
        return style, f"{title} – {self.initials()} {r.choice(SURNAMES)}, {pub}, {year}"

    def reading_row(self) -> list[str]:
        r = self.r
        return [
            self.book_title(),
            f"{self.initials()} {r.choice(SURNAMES)}/{r.choice(PUBLISHERS)}",
            str(r.randint(1985, 2023)),
        ]

    def competency_name(self) -> str:
        r = self.r
        topic = r.choice(TOPICS)
        roll = r.random()
        if roll < 0.25:
            return topic
        if roll < 0.75:
            return f"{r.choice(PREFIXES)} {topic}"
        if roll < 0.9:
            return f"{topic} {r.choice(CONTEXTS)}"
        return f"{r.choice(PREFIXES)} {topic} {r.choice(CONTEXTS)}"

    def level_labels(self, k: int) -> list[str]:
        r = self.r
        style = r.choice(["num", "num_named", "proficiency", "named", "letter", "known_num"])
        scale = (
            r.choice([s for s in SCALES if len(s) >= k])[-k:] if style in ("num_named", "named", "known_num") else None
        )
        if style == "num":
            return [f"Level {i}" for i in range(1, k + 1)]
        if style == "num_named":
            return [f"Level {i} - {name}" for i, name in enumerate(scale, start=1)]
        if style == "proficiency":
            return [f"Proficiency Level {i}" for i in range(1, k + 1)]
        if style == "letter":
            return [f"Level {chr(65 + i)}" for i in range(k)]
        if style == "known_num":
            return [f"{i} - {name}" for i, name in enumerate(scale, start=1)]
        return list(scale)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:48]


def make_document(seed: int, index: int, fmt: str) -> Doc:
    """Document `index` of the corpus of `seed`, in the abstract model every renderer takes."""
    r = random.Random(f"competency-kb-bench:{GENERATOR_VERSION}:{seed}:{index}")
    w = _Words(r)
    k = r.choices([1, 2, 3], weights=[45, 35, 20])[0]
    names: list[str] = []
    while len(names) < k:
        name = w.competency_name()
        if name not in names:
            names.append(name)
    org = r.choice(ORGS)
    pdf = fmt == "pdf"
    if k == 1:
        title = r.choice(
            [
                names[0],
                names[0],
                f"{names[0]}: Competency Profile",
                f"Development Suggestions for {names[0]}",
                f"Competency: {names[0]}",
            ]
        )
    else:
        title = r.choice(
            [
                f"{org} Competency Framework",
                f"Core Competencies for {r.choice(AUDIENCES)}",
                f"{org}: Leadership Competencies",
            ]
        )
    doc = Doc(index=index, stem=f"{index:05d}-{_slug(names[0] if k == 1 else title)}", fmt=fmt, title=title, org=org)
    doc.header = r.choice([f"{org} | Human Resources", f"{org} Competency Library", f"Human Resources - {org}"])
    doc.footer = r.choice([f"{org}, People and Culture", f"Human Resources, {org}", f"{org} Learning Services"])
    doc.nav = r.sample(["Home", "About Us", "Careers", "Services", "Contact", "News", "Training", "Policies"], 5)
    doc.copyright = f"© {r.randint(2008, 2023)} {org}. All rights reserved."
    bold_headings = fmt in ("docx", "pdf") and r.random() < 0.2  # section headings as bold paragraphs
    blocks = doc.blocks
    blocks.append(Heading(1, title))
    base = 2 if k == 1 else 3  # heading level of the sections
    if k > 1 and r.random() < 0.5:
        blocks.append(
            Para(
                f"This framework describes the competencies expected of "
                f"{r.choice(AUDIENCES).lower()} at {org}. Each competency lists "
                f"{r.choice(['behaviours at each level', 'what good performance looks like'])}."
            )
        )

    def section(kind: str) -> None:
        text = r.choice(SECTION_HEADINGS[kind])
        blocks.append(Para(text, bold=True) if bold_headings else Heading(base, text))

    for j, name in enumerate(names):
        truth = {"name": name, "levels": 0, "behaviors": 0, "activities": 0, "readings": 0, "layout": None}
        if j > 0 and pdf:
            blocks.append(PageBreak())
        if k > 1:
            blocks.append(Heading(2, name))
        if r.random() < 0.6:
            section("definition")
        blocks.append(Para(w.definition()))
        has_levels = r.random() < 0.85
        if not has_levels or r.random() < 0.2:
            section("indicators")
            for _ in range(r.randint(3, 5)):
                blocks.append(Item(w.behavior(2, 3)))
        if has_levels:
            layout = "headings" if fmt == "txt" else r.choice(["headings", "headings", "rows", "columns"])
            n_levels = r.randint(3, 4) if layout == "columns" or pdf else r.randint(3, 5)
            labels = w.level_labels(n_levels)
            ranks = list(range(1, n_levels + 1))
            if layout != "columns" and r.random() < 0.3:  # highest level first
                labels, ranks = labels[::-1], ranks[::-1]
            most = (2 if layout == "columns" else 3) if pdf else 4
            per_level = [[w.behavior(rk, n_levels) for _ in range(r.randint(2, most))] for rk in ranks]
            truth.update(levels=n_levels, behaviors=sum(map(len, per_level)), layout=layout)
            section("levels")
            if layout == "headings":
                for label, behaviors in zip(labels, per_level):
                    blocks.append(Heading(base + 1, label))
                    blocks.extend(Item(b) for b in behaviors)
            elif layout == "rows":
                rows = [[[Para("Level")], [Para("Behaviours")]]] if r.random() < 0.5 else []
                bullets = r.random() < 0.6
                for label, behaviors in zip(labels, per_level):
                    rows.append([[Para(label)], [Item(b) if bullets else Para(b) for b in behaviors]])
                blocks.append(Table(rows, header=bool(rows and rows[0][0][0].text == "Level")))
            else:
                if r.random() < 0.4:  # a theme column: two rows of behaviors per level
                    themes = r.sample(THEMES, 2)
                    rows = [[[Para("")]] + [[Para(lb)] for lb in labels]]
                    for t, theme in enumerate(themes):
                        rows.append([[Para(theme)]] + [[Item(b) for b in bs[t::2]] for bs in per_level])
                else:
                    rows = [[[Para(lb)] for lb in labels], [[Item(b) for b in bs] for bs in per_level]]
                blocks.append(Table(rows))
        extras = ["activities", "readings", "courses", "interview_questions", "tips"]
        wanted = [e for e, p in zip(extras, (0.45, 0.4, 0.15, 0.2, 0.15)) if r.random() < p]
        if pdf:
            wanted = wanted[:1]  # one page per competency
        for kind in wanted:
            section(kind)
            if kind == "activities":
                n = r.randint(2, 3 if pdf else 4)
                truth["activities"] = n
                style = "plain" if fmt == "txt" else r.choice(["lead_para", "lead_in", "list"])
                for _ in range(n):
                    lead, explanation = w.activity()
                    if style == "lead_para":
                        blocks.append(Para(lead, bold=True))
                        blocks.append(Para(explanation))
                    elif style == "lead_in":
                        blocks.append(Para(explanation, lead=lead))
                    elif style == "list":
                        blocks.append(Item(f"{lead} {explanation}"))
                    else:
                        blocks.append(Para(lead))
                        blocks.append(Para(explanation))
            elif kind == "readings":
                n = r.randint(2, 3 if pdf else 5)
                truth["readings"] = n
                if fmt != "txt" and r.random() < 0.35:
                    rows = [[[Para("Title")], [Para("Author/Publisher")], [Para("Year")]]]
                    rows += [[[Para(c)] for c in w.reading_row()] for _ in range(n)]
                    blocks.append(Table(rows))
                else:
                    as_list = r.random() < 0.6
                    for _ in range(n):
                        _, text = w.citation()
                        blocks.append(Item(text) if as_list else Para(text))
            elif kind == "courses":
                for _ in range(r.randint(2, 3)):
                    blocks.append(Item(w.course(r.choice(TOPICS))))
            elif kind == "interview_questions":
                for _ in range(r.randint(2, 4)):
                    blocks.append(Item(w.question(), ordered=r.random() < 0.3))
            else:
                for _ in range(r.randint(2, 4)):
                    blocks.append(Item(w.tip()))
        doc.truth.append(truth)
    return doc


# ------------------------------------------------------------------------------------------------ renderers
def render_txt(doc: Doc) -> bytes:
    r = random.Random(f"txt:{doc.index}")
    out: list[str] = [doc.org.upper(), ""]
    underline = r.random() < 0.5
    bullet = r.choice(["*", "-", "•"])
    for b in doc.blocks:
        if isinstance(b, Heading):
            if out[-1]:
                out.append("")
            if b.level == 2 and len(doc.truth) > 1:
                out += ["-" * 72, ""]
            out.append(b.text)
            if b.level == 1 and underline:
                out.append("=" * len(b.text))
            out.append("")
        elif isinstance(b, Item):
            marker = f"{bullet} "
            out.append(
                textwrap.fill(b.text, 78, initial_indent="  " + marker, subsequent_indent=" " * (2 + len(marker)))
            )
            out.append("") if r.random() < 0.2 else None
        elif isinstance(b, Para):
            text = f"{b.lead} {b.text}" if b.lead else b.text
            out.append(textwrap.fill(text, 78))
            out.append("")
        elif isinstance(b, Table):  # not generated for text; kept for completeness
            for row in b.rows:
                out.append(" | ".join(" ".join(x.text for x in cell) for cell in row))
            out.append("")
    out.append("")
    out.append(f"{doc.footer}            Last updated {r.choice(MONTHS)} {r.randint(2010, 2023)}")
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return (text.rstrip("\n") + "\n").encode("utf-8")


def render_html(doc: Doc) -> bytes:
    r = random.Random(f"html:{doc.index}")
    e = html.escape
    modern = r.random() < 0.6
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(doc.title)} | {e(doc.org)}</title>",
        "<style>body{font-family:Arial,sans-serif} table{border-collapse:collapse} td,th{border:1px solid #999}"
        "</style>",
        "</head>",
        "<body>",
    ]
    if modern:
        parts.append(f'<header class="site-header"><a href="/">{e(doc.org)}</a></header>')
        parts.append(
            "<nav><ul>" + "".join(f'<li><a href="/{_slug(n)}">{e(n)}</a></li>' for n in doc.nav) + "</ul></nav>"
        )
        parts.append("<main>")
    else:
        parts.append(f'<div id="banner"><b>{e(doc.org)}</b></div>')
        parts.append(
            '<div class="topnav">' + " | ".join(f'<a href="/{_slug(n)}">{e(n)}</a>' for n in doc.nav) + "</div>"
        )
        parts.append('<div id="content">')
    open_list: str | None = None

    def close_list():
        nonlocal open_list
        if open_list:
            parts.append(f"</{open_list}>")
            open_list = None

    def cell_html(cell: list) -> str:
        items = [x for x in cell if isinstance(x, Item)]
        paras = [x for x in cell if isinstance(x, Para)]
        s = "".join(f"<p>{e(p.text)}</p>" if len(cell) > 1 else e(p.text) for p in paras)
        if items:
            s += "<ul>" + "".join(f"<li>{e(i.text)}</li>" for i in items) + "</ul>"
        return s

    for b in doc.blocks:
        if isinstance(b, Item):
            tag = "ol" if b.ordered else "ul"
            if open_list != tag:
                close_list()
                parts.append(f"<{tag}>")
                open_list = tag
            parts.append(f"<li>{e(b.text)}</li>")
            continue
        close_list()
        if isinstance(b, Heading):
            parts.append(f"<h{b.level}>{e(b.text)}</h{b.level}>")
        elif isinstance(b, Para):
            if b.lead:
                parts.append(f"<p><strong>{e(b.lead)}</strong> {e(b.text)}</p>")
            elif b.bold:
                parts.append(f"<p><strong>{e(b.text)}</strong></p>")
            else:
                parts.append(f"<p>{e(b.text)}</p>")
        elif isinstance(b, Table):
            rows = []
            for i, row in enumerate(b.rows):
                tag = "th" if i == 0 and b.header else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{cell_html(c)}</{tag}>" for c in row) + "</tr>")
            parts.append('<table border="1" cellpadding="4">' + "\n".join(rows) + "</table>")
    close_list()
    parts.append("</main>" if modern else "</div>")
    parts.append(
        f'<footer class="site-footer"><p>{e(doc.copyright)}</p></footer>'
        if modern
        else f'<div id="footer"><p>{e(doc.copyright)}</p></div>'
    )
    parts += ["</body>", "</html>"]
    return ("\n".join(parts) + "\n").encode("utf-8")


def render_docx(doc: Doc) -> bytes:
    """DOCX bytes, deterministic: fixed core properties and zip timestamps."""
    import datetime

    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    d = docx.Document()
    props = d.core_properties
    fixed = datetime.datetime(2020, 1, 1)
    props.title, props.author, props.last_modified_by = doc.title, doc.org, doc.org
    props.created = props.modified = props.last_printed = fixed
    props.revision = 1
    d.styles["Normal"].font.size = Pt(10.5)
    section = d.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(20)
    section.header.paragraphs[0].text = doc.header
    footer = section.footer.paragraphs[0]
    footer.text = f"{doc.footer}    Page "
    run = footer.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r_el = OxmlElement("w:r")
    t_el = OxmlElement("w:t")
    t_el.text = "1"
    r_el.append(t_el)
    fld.append(r_el)
    run._r.addnext(fld)

    def para(container, block, style=None):
        p = container.add_paragraph(style=style)
        _fill(p, block)
        return p

    def _fill(p, block):
        if isinstance(block, Para):
            if block.lead:
                p.add_run(block.lead).bold = True
                p.add_run(" " + block.text)
            else:
                run = p.add_run(block.text)
                if block.bold:
                    run.bold = True
        else:
            p.add_run(block.text)

    def item_style(block: Item) -> str:
        if block.ordered:
            return "List Number"
        return "List Bullet 2" if block.depth else "List Bullet"

    for b in doc.blocks:
        if isinstance(b, Heading):
            d.add_heading(b.text, level=min(b.level, 4) if b.level > 1 else 1)
        elif isinstance(b, Item):
            para(d, b, item_style(b))
        elif isinstance(b, Para):
            para(d, b)
        elif isinstance(b, PageBreak):
            d.add_page_break()
        elif isinstance(b, Table):
            t = d.add_table(rows=len(b.rows), cols=max(len(r) for r in b.rows))
            t.style = "Table Grid"
            for i, row in enumerate(b.rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    first = True
                    for x in cell:
                        style = item_style(x) if isinstance(x, Item) else None
                        if first:
                            p = c.paragraphs[0]
                            if style:
                                p.style = d.styles[style]
                            _fill(p, x)
                            if i == 0 and b.header and isinstance(x, Para):
                                for run in p.runs:
                                    run.bold = True
                            first = False
                        else:
                            p = para(c, x, style)
                        for run in p.runs:
                            run.font.size = Pt(9)
            d.add_paragraph()
    buf = io.BytesIO()
    d.save(buf)
    return deterministic_zip(buf.getvalue())


def deterministic_zip(data: bytes) -> bytes:
    """The same zip with fixed timestamps and attributes, so that equal content gives equal bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ------------------------------------------------------------------- built-in PDF writer (no LibreOffice)
class _MiniPdf:
    """A small PDF writer: Helvetica text, bold headings, bullets and ruled tables, A4 pages with a running header
    and footer. Enough for pdfplumber to read text, fonts and table rules; used when soffice is missing."""

    W, H, M = 595.0, 842.0, 56.0

    def __init__(self, header: str, footer: str):
        self.header, self.footer = header, footer
        self.pages: list[list[str]] = []
        self.new_page()

    def new_page(self):
        self.ops: list[str] = []
        self.pages.append(self.ops)
        self.y = self.H - self.M - 10

    def _text(self, x, y, size, bold, s):
        s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        self.ops.append(f"BT /{'F2' if bold else 'F1'} {size:g} Tf {x:.1f} {y:.1f} Td ({s}) Tj ET")

    @staticmethod
    def _wrap(text, width, size):
        return textwrap.wrap(text, max(8, int(width / (size * 0.5)))) or [""]

    def ensure(self, height):
        if self.y - height < self.M + 24 and self.y < self.H - self.M - 20:
            self.new_page()

    def lines(self, text, size=10.5, bold=False, indent=0.0, marker=None, gap=4.0):
        lead = size * 1.25
        wrapped = self._wrap(text, self.W - 2 * self.M - indent - 14, size)
        self.ensure(lead * len(wrapped))
        for i, line in enumerate(wrapped):
            if marker and i == 0:
                self._text(self.M + indent, self.y, size, False, marker)
            self._text(self.M + indent + (14 if marker else 0), self.y, size, bold, line)
            self.y -= lead
        self.y -= gap

    def table(self, rows):
        ncols = max(len(r) for r in rows)
        width = (self.W - 2 * self.M) / ncols
        size, lead = 9.5, 9.5 * 1.25
        for row in rows:
            cells = []
            for cell in row:
                cl = []
                for x in cell:
                    wrapped = self._wrap(x.text, width - 18, size)
                    cl += [
                        ("• " if isinstance(x, Item) and n == 0 else ("  " if isinstance(x, Item) else "")) + w
                        for n, w in enumerate(wrapped)
                    ]
                cells.append(cl)
            height = max(len(c) for c in cells) * lead + 8
            self.ensure(height)
            top = self.y + lead - 2
            for j in range(ncols):
                x = self.M + j * width
                self.ops.append(f"{x:.1f} {top - height:.1f} {width:.1f} {height:.1f} re S")
                for n, line in enumerate(cells[j] if j < len(cells) else []):
                    self._text(x + 4, self.y - 2 - n * lead, size, False, line)
            self.y -= height
        self.y -= 8

    def render(self, doc: Doc) -> bytes:
        for b in doc.blocks:
            if isinstance(b, Heading):
                self.y -= 6
                self.lines(b.text, size={1: 18, 2: 14, 3: 12}.get(b.level, 11), bold=True)
            elif isinstance(b, Item):
                self.lines(b.text, indent=12 + 12 * b.depth, marker="•", gap=2)
            elif isinstance(b, Para):
                if b.lead:
                    self.lines(b.lead, bold=True, gap=1)
                self.lines(b.text, bold=b.bold)
            elif isinstance(b, Table):
                self.table(b.rows)
            elif isinstance(b, PageBreak):
                self.new_page()
        return self._serialize()

    def _serialize(self) -> bytes:
        n = len(self.pages)
        objs: list[bytes] = []
        kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n))
        objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
        objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
        for name in ("Helvetica", "Helvetica-Bold"):
            objs.append(f"<< /Type /Font /Subtype /Type1 /BaseFont /{name} /Encoding /WinAnsiEncoding >>".encode())
        for i, ops in enumerate(self.pages):
            furniture = []
            for y, text in ((self.H - 30, self.header), (30, f"{self.footer}    Page {i + 1} of {n}")):
                t = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                furniture.append(f"BT /F1 8 Tf {self.M:.1f} {y:.1f} Td ({t}) Tj ET")
            stream = "\n".join(furniture + ops).encode("cp1252", errors="replace")
            objs.append(
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {self.W:g} {self.H:g}] "
                f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {6 + 2 * i} 0 R >>".encode()
            )
            objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        out = io.BytesIO()
        out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for k, body in enumerate(objs, start=1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n" % k + body + b"\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
        for off in offsets:
            out.write(b"%010d 00000 n \n" % off)
        out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
        return out.getvalue()


def render_pdf_builtin(doc: Doc) -> bytes:
    return _MiniPdf(doc.header, doc.footer).render(doc)


# ------------------------------------------------------------------------------------------------ the corpus
@dataclass
class Corpus:
    folder: Path
    meta: dict

    @property
    def files(self) -> list[Path]:
        return [self.folder / d["file"] for d in self.meta["documents"]]


def resolve_engine(engine: str = "auto") -> str:
    if engine == "auto":
        return "soffice" if shutil.which("soffice") else "builtin"
    if engine == "soffice" and not shutil.which("soffice"):
        raise SystemExit("--pdf-engine soffice: soffice (LibreOffice) is not on PATH")
    return engine


def corpus_folder(n: int, seed: int, root: Path = DEFAULT_ROOT, engine: str = "soffice") -> Path:
    return Path(root) / (f"{n}-{seed}" if engine == "soffice" else f"{n}-{seed}-{engine}pdf")


def ensure_corpus(
    n: int, seed: int = DEFAULT_SEED, root: Path = DEFAULT_ROOT, pdf_engine: str = "auto", log=None
) -> Corpus:
    """The corpus of n documents for seed, generated once and reused from `root/<n>-<seed>/` afterwards."""
    log = log or (lambda *a: None)
    engine = resolve_engine(pdf_engine)
    folder = corpus_folder(n, seed, root, engine)
    meta_path = folder / META
    if meta_path.is_file():
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            complete = all((folder / d["file"]).is_file() for d in meta["documents"])
            if meta.get("generator") == GENERATOR_VERSION and complete and not meta.get("pdf_fallbacks"):
                log(f"corpus: reusing {folder} ({n} documents)")
                return Corpus(folder, meta)
        except (OSError, ValueError, KeyError):
            pass
    started = time.perf_counter()
    log(f"corpus: generating {n} documents (seed {seed}, PDFs via {engine}) into {folder} ...")
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        docs = [make_document(seed, i, fmt) for i, fmt in enumerate(formats_for(n))]
        pdf_sources: dict[str, bytes] = {}
        for doc in docs:
            if doc.fmt == "txt":
                data = render_txt(doc)
            elif doc.fmt == "html":
                data = render_html(doc)
            elif doc.fmt == "docx":
                data = render_docx(doc)
            else:
                if engine == "soffice":
                    pdf_sources[doc.stem] = render_docx(doc)
                    continue
                data = render_pdf_builtin(doc)
            (tmp / doc.filename).write_bytes(data)
        notes, failed = [], []
        if pdf_sources:
            failed = _convert_pdfs(pdf_sources, tmp, Path(root) / "_pdf", log)
            for stem in failed:  # LibreOffice could not convert it: the built-in writer stands in
                doc = next(d for d in docs if d.stem == stem)
                (tmp / doc.filename).write_bytes(render_pdf_builtin(doc))
            if failed:
                notes.append(f"{len(failed)} PDFs written by the built-in writer (soffice failed on them)")
        if engine == "builtin":
            notes.append(
                "soffice not found: PDFs written by the built-in PDF writer (bench/corpus.py _MiniPdf), "
                "simpler than LibreOffice's; PDF timings are not comparable with a soffice corpus"
            )
        documents = []
        for doc in docs:
            path = tmp / doc.filename
            entry = {"file": doc.filename, "format": doc.fmt, "bytes": path.stat().st_size, "competencies": doc.truth}
            if doc.fmt == "pdf":
                entry["pages"] = pdf_page_count(path.read_bytes())
            documents.append(entry)
        meta = {
            "generator": GENERATOR_VERSION,
            "n": n,
            "seed": seed,
            "pdf_engine": engine,
            "formats": {f: sum(1 for d in docs if d.fmt == f) for f, _ in FORMAT_SHARES},
            "competencies": sum(len(d.truth) for d in docs),
            "pdf_pages": _histogram(d.get("pages") for d in documents if d["format"] == "pdf"),
            "bytes": sum(d["bytes"] for d in documents),
            "generation_seconds": round(time.perf_counter() - started, 2),
            "notes": notes,
            "pdf_fallbacks": len(failed),
            "documents": documents,
        }
        (tmp / META).write_text(json.dumps(meta, indent=1), encoding="utf-8")
        if folder.exists():
            shutil.rmtree(folder)
        tmp.rename(folder)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    log(f"corpus: {n} documents in {meta['generation_seconds']} s")
    return Corpus(folder, meta)


def pdf_page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def _histogram(values) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        out[str(v)] = out.get(str(v), 0) + 1
    return dict(sorted(out.items(), key=lambda kv: int(kv[0]) if kv[0].isdigit() else 0))


def _convert_pdfs(sources: dict[str, bytes], dest: Path, store: Path, log) -> list[str]:
    """Convert DOCX sources (stem -> bytes) to dest/<stem>.pdf with LibreOffice in a few parallel batch calls,
    reusing earlier conversions from `store`. Returns the stems that could not be converted."""
    store.mkdir(parents=True, exist_ok=True)
    todo: dict[str, str] = {}
    for stem, data in sources.items():
        digest = hashlib.sha256(data).hexdigest()
        cached = store / f"{digest}.pdf"
        if cached.is_file():
            shutil.copyfile(cached, dest / f"{stem}.pdf")
        else:
            todo[stem] = digest
    if not todo:
        return []
    work = Path(tempfile.mkdtemp(prefix="bench-soffice-"))
    try:
        src = work / "src"
        src.mkdir()
        for stem in todo:
            (src / f"{stem}.docx").write_bytes(sources[stem])
        stems = sorted(todo)
        lanes = max(1, min(os.cpu_count() or 1, 4, len(stems)))
        log(
            f"corpus: converting {len(stems)} DOCX to PDF with LibreOffice ({lanes} parallel lanes of batch calls "
            f"of up to {SOFFICE_BATCH} files; {len(sources) - len(todo)} reused) ..."
        )
        failed: list[str] = []

        def lane(b: int) -> None:
            # one soffice call handles a few hundred files at most before it stops: batches of SOFFICE_BATCH,
            # and the files a call left unconverted are retried once in a call of their own
            out = work / f"out{b}"
            out.mkdir()
            pending = stems[b::lanes]
            for _ in range(2):
                missing = []
                for i in range(0, len(pending), SOFFICE_BATCH):
                    chunk = pending[i : i + SOFFICE_BATCH]
                    cmd = [
                        "soffice",
                        f"-env:UserInstallation=file://{work}/profile{b}",
                        "--headless",
                        "--norestore",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        str(out),
                    ]
                    cmd += [str(src / f"{s}.docx") for s in chunk]
                    try:
                        subprocess.run(
                            cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120 + 5 * len(chunk)
                        )
                    except subprocess.TimeoutExpired:
                        pass
                    for stem in chunk:
                        pdf = out / f"{stem}.pdf"
                        if pdf.is_file() and pdf.stat().st_size > 0:
                            shutil.copyfile(pdf, store / f"{todo[stem]}.pdf")
                            shutil.move(str(pdf), dest / f"{stem}.pdf")
                        else:
                            missing.append(stem)
                pending = missing
                if not pending:
                    break
            failed.extend(pending)

        threads = [threading.Thread(target=lane, args=(b,)) for b in range(lanes)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        return failed
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.corpus", description="Generate the benchmark corpus.")
    p.add_argument("--n", type=int, default=1000)
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    p.add_argument("--pdf-engine", choices=("auto", "soffice", "builtin"), default="auto")
    args = p.parse_args(argv)
    corpus = ensure_corpus(args.n, args.seed, args.root, args.pdf_engine, log=lambda *a: print(*a, file=sys.stderr))
    m = corpus.meta
    print(
        f"{corpus.folder}: {m['n']} documents {m['formats']}, {m['competencies']} competencies, "
        f"PDF pages {m['pdf_pages']}, {m['bytes'] / 1e6:.1f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
