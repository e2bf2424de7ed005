"""Write the small layout documents of tests/layouts/docs/: one per layout the extraction must read.

    .venv/bin/python tests/layouts/make_documents.py

Text formats are written as they are; DOCX with python-docx (real Word styles and numbering); PDF from a DOCX with
LibreOffice (`soffice` on PATH, a throwaway profile). The documents are committed: this script is only needed to
change one. After changing one, review its labelled tree and regenerate its golden (see test_layouts.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent / "docs"

TEXT: dict[str, str] = {}

# -- names and definitions
TEXT["heading-definition-unknown-sections.md"] = """# Adaptability

Adjusts to new situations, priorities and ways of working while keeping performance steady.

## What good looks like

- Stays calm when plans change at short notice
- Learns new tools quickly and helps others do the same

## Where people trip up

- Holds on to old routines after a change has been agreed
"""

TEXT["name-dash-definition-lines.txt"] = """Core Competencies

Teamwork - Works with others to reach shared goals and shares credit for results.
Integrity - Acts honestly and consistently, and keeps commitments to colleagues and customers.
Initiative - Acts on opportunities and problems before being asked to.
"""

TEXT["name-colon-definition.md"] = """# Values in practice

**Respect:** Treats every person with courtesy and listens to their views.

- Listens without interrupting
- Addresses people by the name they prefer

**Accountability:** Takes ownership of commitments and of their results.

- Delivers what was agreed, on time
- Owns mistakes and corrects them
"""

TEXT["short-plain-lines.txt"] = """STAFF COMPETENCY PROFILE

Customer Focus

Understands who the customers are and delivers services that meet their needs.

   * Responds to requests promptly and courteously.
   * Follows up to make sure that problems were resolved.

Planning and Organizing

Sets priorities and plans work so that deadlines are met.

   * Breaks large tasks into steps with dates.
   * Adjusts the plan when priorities change.
"""

TEXT["dt-dd-pairs.html"] = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Competency glossary</title></head>
<body><main>
<h1>Competency glossary</h1>
<dl>
  <dt>Communication</dt>
  <dd>Shares information clearly and listens to understand others.</dd>
  <dt>Decision Making</dt>
  <dd>Makes timely, sound decisions using the information available.</dd>
  <dt>Resilience</dt>
  <dd>Stays effective under pressure and recovers quickly from setbacks.</dd>
</dl>
</main></body></html>
"""

TEXT["competencies-as-table-columns.html"] = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Competencies by level</title></head>
<body><main>
<h1>Leadership competencies by level</h1>
<table>
<thead><tr><th>Level</th><th>Vision</th><th>Delivery</th></tr></thead>
<tbody>
<tr><td>Level 1</td><td>Explains how own work supports the team's goals.</td><td>Completes own tasks on time.</td></tr>
<tr><td>Level 2</td><td>Links the team's plans to the organisation's strategy.</td><td>Sets milestones for the team and tracks them.</td></tr>
<tr><td>Level 3</td><td>Sets a long-term direction for the function.</td><td>Removes obstacles to delivery across units.</td></tr>
</tbody></table>
</main></body></html>
"""

TEXT["repeated-markdown-headings.md"] = """# Competency dictionary

## Collaboration

Works with colleagues across teams to reach shared goals.

- Shares information without being asked
- Asks for the views of others before deciding

## Innovation

Looks for new and better ways of doing things.

- Suggests improvements to work processes
- Tries out new approaches and learns from them
"""

# -- levels
TEXT["levels-as-headings.md"] = """# Problem Solving

Identifies problems, weighs options and chooses workable solutions.

## Proficiency levels

### Level 1

- Recognises routine problems and follows set procedures to solve them

### Level 2

- Analyses problems of moderate complexity and proposes options

### Level 3

- Solves complex problems and anticipates their consequences
"""

TEXT["inline-level-labels.txt"] = """Communication

Conveys information clearly in speech and in writing.

Level 1: Shares routine information accurately with colleagues.
Level 2: Adapts the message to the audience and checks understanding.
Level 3: Communicates complex or sensitive messages with confidence.
"""

TEXT["named-levels-inline.txt"] = """Coaching

Helps others develop their skills through guidance and feedback.

Novice: Shares tips with new colleagues when asked.
Intermediate: Gives regular, specific feedback to team members.
Expert: Builds a coaching culture across the organisation.
"""

TEXT["ordered-list-levels.md"] = """# Customer Service

Understands customers' needs and meets them with care.

1. Awareness
   - Answers customer questions politely
   - Knows where to refer requests
2. Application
   - Resolves most customer issues on first contact
   - Follows up on open requests
3. Mastery
   - Designs services around customers' feedback
   - Coaches others in service standards
"""

TEXT["levels-as-table-rows.html"] = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Integrity</title></head>
<body><main>
<h1>Integrity</h1>
<p>Behaves ethically and honestly, and keeps commitments.</p>
<table>
<thead><tr><th>Level</th><th>Behavioural indicators</th></tr></thead>
<tbody>
<tr><td>Foundational</td><td><ul><li>Follows the code of conduct</li><li>Reports conflicts of interest</li></ul></td></tr>
<tr><td>Intermediate</td><td><ul><li>Speaks up when rules are broken</li></ul></td></tr>
<tr><td>Advanced</td><td><ul><li>Builds a culture of openness and honesty</li></ul></td></tr>
</tbody></table>
</main></body></html>
"""

TEXT["levels-as-table-columns.html"] = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Teamwork</title></head>
<body><main>
<h1>Teamwork</h1>
<p>Works cooperatively with others to achieve shared goals.</p>
<table>
<thead><tr><th>Basic</th><th>Intermediate</th><th>Advanced</th></tr></thead>
<tbody>
<tr><td>Does a fair share of the team's work.</td><td>Helps teammates who fall behind.</td><td>Builds teams that cross unit boundaries.</td></tr>
</tbody></table>
</main></body></html>
"""

TEXT["levels-high-to-low.md"] = """# Strategic Thinking

Sees the big picture and plans for the long term.

## Expert

- Shapes the organisation's long-term strategy

## Advanced

- Translates strategy into plans for the division

## Intermediate

- Links the team's work to the strategy

## Basic

- Understands how own work supports the strategy
"""

TEXT["accordion-duplicate-pane-heading.html"] = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ownership</title></head>
<body><main>
<h1>Ownership</h1>
<p>Takes responsibility for outcomes and follows through on commitments.</p>
<div class="accordion">
  <button aria-expanded="false">Level 1 - Developing</button>
  <div class="panel"><h3>Level 1</h3><ul><li>Completes assigned tasks with guidance</li></ul></div>
  <button aria-expanded="false">Level 2 - Proficient</button>
  <div class="panel"><h3>Level 2</h3><ul><li>Owns a project from start to finish</li></ul></div>
  <button aria-expanded="false">Level 3 - Leading</button>
  <div class="panel"><h3>Level 3</h3><ul><li>Holds the team accountable for results</li></ul></div>
</div>
</main></body></html>
"""

TEXT["levels-under-key-skills.md"] = """# Leadership

Guides and motivates people to achieve results.

## Key skill: Setting direction

### Basic
- Explains the team's goals

### Advanced
- Sets goals that stretch the team

## Key skill: Developing people

### Basic
- Gives feedback when asked

### Advanced
- Plans each person's development with them
"""

TEXT["scale-before-first-competency.md"] = """# Behavioural framework

## Proficiency scale

- Level 1 - Foundation: learning the basics under guidance
- Level 2 - Practitioner: works independently
- Level 3 - Expert: guides others

## Judgement

Makes sound decisions on the basis of evidence and experience.

### Level 1
- Follows established guidelines

### Level 2
- Weighs options and risks before deciding

### Level 3
- Decides in ambiguous, high-stakes situations
"""

TEXT["framework-title-intro-how-to-use.md"] = """# Staff Competency Framework 2025

This framework describes the behaviours expected of all staff.

## How to use this guide

Read the definition first, then the behaviours that apply to your role.

## Reliability

Delivers consistent, accurate work that others can depend on.

- Meets deadlines without reminders
- Checks own work for errors
"""

TEXT["markdown-front-matter-nested-bullets.md"] = """---
title: Engineering competencies
layout: handbook
---

# Engineering competencies

## Code quality

Writes code that is easy to read, test and change.

- Readability
  - Names things clearly
  - Keeps functions short
- Testing
  - Writes tests before fixing a bug
  - Keeps the test suite fast
"""

TEXT["pipe-table-competencies.md"] = """# Service competencies

| Competency | Definition |
|---|---|
| Responsiveness | Answers requests promptly and keeps people informed. |
| Empathy | Understands customers' feelings and needs. |
| Follow-through | Makes sure that promises are kept. |
"""

# -- other fields
TEXT["questions-without-heading.html"] = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Interview guide</title></head>
<body><main>
<h1>Interview guide</h1>
<h2>Adaptability</h2>
<ul>
<li>Tell me about a time when your priorities changed suddenly. What did you do?</li>
<li>Describe a situation in which you had to learn a new system quickly.</li>
</ul>
<h2>Teamwork</h2>
<ul>
<li>Give an example of a time you helped a colleague who was struggling.</li>
<li>How do you handle disagreement within your team?</li>
</ul>
</main></body></html>
"""

TEXT["question-bank-by-competency.html"] = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Interview preparation</title></head>
<body><main>
<h1>Interview Preparation</h1>
<h2>The Interview</h2>
<p>If you have been invited to an interview, congratulations! To prepare, you may want to:</p>
<ul><li>Review the job description and think about how your experience fits it</li>
<li>Learn about the department and the services it provides</li></ul>
<p>The interview lets you and the panel judge whether the position is a good fit.</p>
<h2>General Questions</h2>
<p>You may be asked a few general questions, such as:</p>
<ul><li>Why do you want to work here?</li><li>What do you know about this position?</li></ul>
<h2>Performance Based Interview Questions</h2>
<p>Performance based questions describe a situation you could meet in the job and ask what you would do.</p>
<h4>General Sample Questions</h4>
<ul><li>How would you handle two urgent requests from different managers?</li>
<li>What would you do if a co-worker was not following a safety procedure?</li></ul>
<h2>Behavior Descriptive Interview Questions</h2>
<p>Behavior descriptive questions ask you to tell us about real situations you have handled.</p>
<h3>Customer Service</h3>
<ul><li>Tell us about a time you helped a frustrated member of the public. What did you do?</li>
<li>Describe a situation where you could not give a customer what they asked for. How did you handle it?</li></ul>
<h3>Collaboration</h3>
<ul><li>Tell us about a time you helped a co-worker meet a deadline. What happened?</li>
<li>Describe a disagreement you had with a team member. How was it resolved?</li></ul>
<h3>Decision Making</h3>
<ul><li>Tell us about a problem you solved in a new way. How did you come up with the idea?</li>
<li>Describe a decision you made without all the facts. What was the result?</li></ul>
</main></body></html>
"""

TEXT["related-and-readings.txt"] = """Negotiation

Reaches agreements that work for all parties.

Related competencies: Influencing, Communication, Conflict Management

Suggested Readings

Fisher, R., Ury, W., & Patton, B. (2011). Getting to yes: Negotiating agreement without giving in. Penguin Books.
Voss, C. (2016). Never split the difference: Negotiating as if your life depended on it. Harper Business.

Courses

NEG-101 Negotiation Basics - 1 day
NEG-210 Advanced Negotiation - 2 days
"""

TEXT["reading-table.html"] = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Change Management</title></head>
<body><main>
<h1>Change Management</h1>
<p>Leads and supports people through organisational change.</p>
<h2>Suggested readings</h2>
<table>
<thead><tr><th>Title</th><th>Author</th><th>Publisher</th><th>Year</th></tr></thead>
<tbody>
<tr><td>Leading Change</td><td>John P. Kotter</td><td>Harvard Business Review Press</td><td>2012</td></tr>
<tr><td>Switch</td><td>Chip Heath and Dan Heath</td><td>Broadway Books</td><td>2010</td></tr>
</tbody></table>
</main></body></html>
"""

TEXT["text-quirks-bullets.txt"] = """Attention to Detail

Checks work carefully so that it is accurate and complete.

Behaviours
•Reviews documents before sending them
* Keeps records up to date
o Notices small inconsistencies in data and
  resolves them before they grow
"""

TEXT["framework-by-level.md"] = """# Engineer progression

## Junior Engineer

**Craft**: Writes working code for well-defined tasks.

**Collaboration**: Asks for help when blocked.

## Senior Engineer

**Craft**: Designs components that others build on.

**Collaboration**: Mentors junior engineers.
"""

TEXT["not-a-competency-document.md"] = """# Team meeting agenda

1. Welcome and apologies
2. Minutes of the last meeting
3. Budget update
4. Any other business

Next meeting: 14 March, room 2.
"""


def write_text_documents() -> None:
    for name, text in TEXT.items():
        (DOCS / name).write_text(text, encoding="utf-8")


def word_documents(tmp: Path) -> list[Path]:
    """DOCX layouts: bold ALL-CAPS Normal paragraphs as names, multilevel Word numbering, numbered questions with a
    follow-up, a table continued over a page break (also rendered to PDF)."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    made = []
    d = docx.Document()
    for name, definition, bullets in (
        ("CUSTOMER FOCUS", "Puts the needs of customers at the centre of the work.", ["Listens to customers"]),
        ("QUALITY OF WORK", "Produces accurate, thorough work.", ["Checks own work", "Fixes errors promptly"]),
    ):
        p = d.add_paragraph()
        p.add_run(name).bold = True
        d.add_paragraph(definition)
        for b in bullets:
            d.add_paragraph(b, style="List Bullet")
    made.append(tmp / "caps-normal-paragraph-names.docx")
    d.save(made[-1])

    d = docx.Document()
    numbering = d.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%{i + 1}{sep}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{360 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for i, (fmt, sep) in enumerate((("decimal", "."), ("lowerLetter", "."), ("lowerRoman", ".")))
    )
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
        )
    )
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def numbered(text: str, ilvl: int) -> None:
        p = d.add_paragraph(text)
        num = p._p.get_or_add_pPr().get_or_add_numPr()
        num.get_or_add_ilvl().val = ilvl
        num.get_or_add_numId().val = 90

    d.add_heading("Public Service Values", level=1)
    numbered("People First", 0)
    d.add_paragraph("Serves citizens with care, giving special attention to those most in need.")
    for level, behaviours in (
        ("Level 1", ["Treats every citizen courteously"]),
        ("Level 2", ["Finds out what citizens need"]),
    ):
        numbered(level, 1)
        for b in behaviours:
            numbered(b, 2)
    made.append(tmp / "multilevel-word-numbering.docx")
    d.save(made[-1])

    d = docx.Document()
    d.add_heading("Interview questions", level=1)
    d.add_heading("Problem Solving", level=2)
    for q, follow in (
        ("Describe a difficult problem you solved at work.", "What options did you consider?"),
        ("Tell me about a time your first solution did not work.", "What did you do next?"),
    ):
        d.add_paragraph(q, style="List Number")
        d.add_paragraph(follow)
    made.append(tmp / "numbered-questions-follow-ups.docx")
    d.save(made[-1])

    d = docx.Document()
    d.add_heading("Stakeholder Management", level=1)
    d.add_paragraph("Builds and keeps productive relationships with the people the work affects.")
    table = d.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Level", "Behaviours"
    header = table.rows[0]._tr.get_or_add_trPr()
    header.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    for n in range(1, 5):
        row = table.add_row().cells
        row[0].text = f"Level {n}"
        row[1].text = " ".join(["Identifies stakeholders and keeps them informed of progress and of changes."] * 9)
    last = d.add_paragraph()
    last.add_run().add_break(WD_BREAK.LINE)
    made.append(tmp / "table-over-page-break.docx")
    d.save(made[-1])
    return made


def main() -> int:
    DOCS.mkdir(parents=True, exist_ok=True)
    write_text_documents()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for path in word_documents(tmp):
            shutil.copy(path, DOCS / path.name)
        profile = tmp / "lo-profile"
        pdf_of = tmp / "table-over-page-break.docx"
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(tmp),
                str(pdf_of),
            ],
            check=True,
            capture_output=True,
        )
        shutil.copy(tmp / "table-over-page-break.pdf", DOCS / "table-over-page-break.pdf")
        (DOCS / "table-over-page-break.docx").unlink()  # kept as PDF only: the page break is the point
    print(f"wrote {len(list(DOCS.iterdir()))} documents into {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
