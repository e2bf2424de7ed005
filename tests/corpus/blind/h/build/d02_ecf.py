"""European e-Competence Framework 3.0 (CEN Workshop Agreement CWA 16234-1:2014): PDF via LibreOffice HTML import.

Running header "CWA 16234-1:2014 (E)", page-number footer, two real footnotes in the introduction, an overview
matrix (areas merged over their competences, e-1..e-5 columns shaded where a level is defined), then three
competence tables: Dimension 1 area | Dimension 2 title + generic description | Dimension 3 proficiency
levels (only the defined levels, one row each) | Dimension 4 knowledge examples (K1..) and skills examples (S1..).
"""
import helpers as H

STEM = "ecf-european-e-competence-framework-3-0"
TITLE = "European e-Competence Framework 3.0"

OVERVIEW = [
    ("A. PLAN", [("A.1.", "IS and Business Strategy Alignment", (4, 5)), ("A.2.", "Service Level Management", (2, 4)),
                 ("A.3.", "Business Plan Development", (3, 5)), ("A.4.", "Product/Service Planning", (2, 4)),
                 ("A.5.", "Architecture Design", (3, 5)), ("A.6.", "Application Design", (1, 3)),
                 ("A.7.", "Technology Trend Monitoring", (4, 5)), ("A.8.", "Sustainable Development", (2, 4)),
                 ("A.9.", "Innovating", (3, 5))]),
    ("C. RUN", [("C.1.", "User Support", (1, 3)), ("C.2.", "Change Support", (2, 3)),
                ("C.3.", "Service Delivery", (1, 3)), ("C.4.", "Problem Management", (2, 4))]),
    ("D. ENABLE", [("D.1.", "Information Security Strategy Development", (4, 5)),
                   ("D.2.", "ICT Quality Strategy Development", (4, 5)),
                   ("D.3.", "Education and Training Provision", (2, 3)), ("D.4.", "Purchasing", (2, 4)),
                   ("D.5.", "Sales Proposal Development", (3, 4)), ("D.6.", "Channel Management", (3, 5)),
                   ("D.7.", "Sales Management", (4, 5)), ("D.8.", "Contract Management", (2, 4)),
                   ("D.9.", "Personnel Development", (2, 4)), ("D.10.", "Information and Knowledge Management", (3, 5)),
                   ("D.11.", "Needs Identification", (3, 5)), ("D.12.", "Digital Marketing", (1, 4))]),
]

COMPETENCES = [
    {
        "area": "A. PLAN", "code": "A.9.", "name": "Innovating",
        "desc": ("Develops inventive solutions that lead to new concepts, ideas, products or services. Applies "
                 "original, open-minded thinking to imagine how advances in technology can be put to use to meet "
                 "business or societal needs or to set a research direction."),
        "levels": [(3, "Draws on specialist knowledge to bring together existing concepts and technologies in new "
                       "combinations, and proposes original solutions to well-defined problems."),
                   (4, "Uses independent thinking and awareness of technology to lead the merging of unrelated "
                       "concepts into distinctive solutions."),
                   (5, "Questions established practice and gives strategic leadership to the adoption of radically "
                       "new concepts.")],
        "k": ["current and emerging technologies and how markets apply them",
              "business, social and research practices, trends and needs",
              "techniques that support innovation processes"],
        "s": ["recognise business advantages and possible improvements arising from new technologies",
              "apply creative thinking to generate ideas and develop them into workable concepts",
              "analyse the benefits and risks of new ideas and present them persuasively to decision makers"],
    },
    {
        "area": "C. RUN", "code": "C.1.", "name": "User Support",
        "desc": ("Answers user requests and problems and records the relevant details. Resolves incidents or passes "
                 "them on to others, and tunes system performance. Checks the results of solutions and the "
                 "satisfaction of the customers that follows from them."),
        "levels": [(1, "Deals routinely with users and applies basic knowledge of ICT products to answer their "
                       "requests. Resolves straightforward incidents by following set procedures."),
                   (2, "Interprets user problems methodically, identifying solutions and their possible side "
                       "effects. Draws on experience to diagnose problems and searches databases for likely "
                       "solutions. Passes complex or unresolved incidents to senior specialists. Records and tracks "
                       "support cases from first contact to closure."),
                   (3, "Runs the support process and is answerable for meeting agreed service levels. Plans the "
                       "allocation of resources to cover the support service and anticipates demand.")],
        "k": ["the relevant ICT user applications",
              "the structure and content organisation of the company database",
              "escalation procedures for incidents"],
        "s": ["interpret and log user problems accurately",
              "communicate clearly with users at different levels of technical understanding",
              "use diagnostic tools to trace the cause of incidents"],
    },
    {
        "area": "D. ENABLE", "code": "D.9.", "name": "Personnel Development",
        "desc": ("Assesses the competence of individuals and groups and identifies skill needs and gaps. Reviews "
                 "the options for training and development and chooses a suitable approach that weighs the needs "
                 "of the person against those of the business. Coaches or mentors individuals and teams to meet "
                 "their learning needs."),
        "levels": [(2, "Briefs and trains individuals and groups, and runs courses of instruction."),
                   (3, "Tracks and responds to the development needs of individuals and teams."),
                   (4, "Acts proactively to build organisational processes that meet the development needs of "
                       "individuals, teams and the whole workforce.")],
        "k": ["methods for developing competence",
              "techniques for analysing competence and skill needs",
              "learning and development approaches, including coaching and mentoring"],
        "s": ["identify skill gaps in individuals and teams",
              "design development plans for individuals and teams",
              "evaluate the effect of development activities on performance"],
    },
]

CSS = """
@page { size: 21cm 29.7cm; margin-top: 2cm; margin-bottom: 2cm; margin-left: 2.2cm; margin-right: 2cm }
body { font-family: 'Liberation Sans'; font-size: 10pt }
h1 { font-size: 16pt } h2 { font-size: 12pt }
td { font-size: 9pt; vertical-align: top }
td.dim { background: #D9E2F3; font-weight: bold }
td.on { background: #2F5496 }
th { background: #2F5496; color: #FFFFFF; font-size: 9pt }
"""


def fn(n):
    return (f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym"><sup>{n}</sup></a>')


def fnbody(n, text):
    return (f'<div id="sdfootnote{n}"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote{n}sym" '
            f'href="#sdfootnote{n}anc">{n}</a>{text}</p></div>')


def overview_table():
    rows = ['<table border="1" cellspacing="0" cellpadding="3" width="100%">',
            '<tr><th bgcolor="#2F5496" rowspan="2">Dimension 1<br/>5 e-CF areas (A &#8211; E)</th>'
            '<th bgcolor="#2F5496" rowspan="2">Dimension 2<br/>e-Competences identified</th>'
            '<th bgcolor="#2F5496" colspan="5">Dimension 3<br/>e-Competence proficiency levels e-1 to e-5, related to EQF levels 3&#8211;8</th></tr>',
            '<tr>' + "".join(f'<th bgcolor="#2F5496">e-{i}</th>' for i in range(1, 6)) + '</tr>']
    for area, comps in OVERVIEW:
        for i, (code, name, (lo, hi)) in enumerate(comps):
            r = '<tr>'
            if i == 0:
                r += f'<td rowspan="{len(comps)}" bgcolor="#D9E2F3">{area}</td>'
            r += f'<td>{code} {name}</td>'
            for lv in range(1, 6):
                r += '<td bgcolor="#2F5496">&#160;</td>' if lo <= lv <= hi else '<td>&#160;</td>'
            rows.append(r + '</tr>')
    rows.append('</table>')
    return "\n".join(rows)


def competence_table(c):
    n = len(c["levels"])
    r = ['<table border="1" cellspacing="0" cellpadding="4" width="100%">',
         f'<tr><td bgcolor="#D9E2F3" width="26%">Dimension 1<br/>e-Competence area</td><td colspan="2"><b>{c["area"]}</b></td></tr>',
         f'<tr><td bgcolor="#D9E2F3">Dimension 2<br/>e-Competence: Title + generic description</td>'
         f'<td colspan="2"><p><b>{c["code"]} {c["name"]}</b></p><p>{c["desc"]}</p></td></tr>']
    for i, (lv, text) in enumerate(c["levels"]):
        row = '<tr>'
        if i == 0:
            row += (f'<td bgcolor="#D9E2F3" rowspan="{n}">Dimension 3<br/>e-Competence proficiency levels e-1 to e-5, '
                    f'related to EQF levels 3&#8211;8</td>')
        row += f'<td width="12%"><b>Level {lv}</b></td><td>{text}</td></tr>'
        r.append(row)
    ks = "".join(f'<p>K{i} {k}</p>' for i, k in enumerate(c["k"], 1))
    ss = "".join(f'<p>S{i} {s}</p>' for i, s in enumerate(c["s"], 1))
    r.append(f'<tr><td bgcolor="#D9E2F3">Dimension 4<br/>Knowledge examples</td>'
             f'<td colspan="2"><p><i>Knows/ Aware of/ Familiar with:</i></p>{ks}</td></tr>')
    r.append(f'<tr><td bgcolor="#D9E2F3">Skills examples</td><td colspan="2"><p><i>Able to:</i></p>{ss}</td></tr>')
    r.append('</table>')
    return "\n".join(r)


def html():
    parts = [f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title><style>{CSS}</style></head><body>',
             '<div title="header"><p style="font-size:9pt">CWA 16234-1:2014 (E)</p></div>',
             f'<h1>{TITLE}</h1>',
             '<p><b>A common European framework for ICT Professionals in all industry sectors</b></p>',
             '<p>Part 1: Framework</p>',
             '<h2>1 Introduction</h2>',
             '<p>The European e-Competence Framework (e-CF) offers a reference set of ICT competences that can be '
             'used and understood by ICT user and supply organisations, the public sector, and educational and '
             'social partners across Europe. It is built on competences rather than job profiles, which makes it '
             'easier to adapt to different contexts.</p>',
             f'<p>The framework is structured in four dimensions{fn(1)}:</p>',
             '<ul><li>Dimension 1: five e-Competence areas, derived from the ICT business processes PLAN &#8211; BUILD '
             '&#8211; RUN &#8211; ENABLE &#8211; MANAGE</li>'
             '<li>Dimension 2: a set of reference e-Competences for each area, with a generic description for each '
             'competence</li>'
             f'<li>Dimension 3: proficiency levels of each e-Competence, specified on the e-Competence levels e-1 to '
             f'e-5, which relate to the EQF levels 3 to 8{fn(2)}</li>'
             '<li>Dimension 4: samples of knowledge and skills that relate to the e-Competences in dimension 2. They '
             'add value and context and are not meant to be exhaustive.</li></ul>',
             '<p>Attitudes are embedded in dimensions 2 and 3. Most competences are described at two or three '
             'proficiency levels only; a level is given only where it is meaningful for that competence.</p>',
             '<h2>2 The e-CF 3.0 overview</h2>',
             overview_table(),
             '<h2 style="page-break-before: always">3 The e-Competences (excerpt)</h2>']
    for c in COMPETENCES:
        parts.append(competence_table(c))
        parts.append('<p>&#160;</p>')
    parts.append('<div title="footer"><p align="center" style="font-size:9pt">'
                 '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>')
    parts.append(fnbody(1, "The dimensions reflect different levels of business and human resource planning "
                           "requirements, in addition to guidelines on job and work proficiency."))
    parts.append(fnbody(2, "EQF: the European Qualifications Framework for lifelong learning, established by a "
                           "Recommendation of the European Parliament and of the Council in 2008."))
    parts.append('</body></html>')
    return "\n".join(parts)


def build():
    out = H.DOCS / f"{STEM}.pdf"
    H.html_to_pdf(html(), out)
    comps = []
    for c in COMPETENCES:
        comps.append(H.competency(
            STEM, c["name"], c["desc"],
            levels=[H.level(lv, f"Level {lv}", [H.item(STEM, t)]) for lv, t in c["levels"]],
            indicators=H.items(STEM, c["k"], "Knowledge examples") + H.items(STEM, c["s"], "Skills examples"),
            notes=[H.item(STEM, f"e-Competence area: {c['area']}")]))
    H.write_gold(out, "pdf", TITLE, comps)


if __name__ == "__main__":
    build()
