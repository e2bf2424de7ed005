"""Dropbox Engineering Career Framework, Software Engineer track, levels IC1 and IC2 (excerpt), as a
Dropbox Paper MARKDOWN export.

Per level: "# IC1 Software Engineer" (H1), a bold-italic one-line summary of the level, level-shaping
dimensions as "**Name**" + italic one-line definition + bullets, then "# Core Responsibilities" (ALSO an
H1), "## <emoji> Results" / "## <emoji> Direction" sections with "**Name**" paragraphs and first-person
bullets. The competencies are the bold names; the levels are the H1 level pages (level-major layout);
curly apostrophes, trailing double-space line breaks, a horizontal rule between pages."""
import helpers as H

STEM = "dropbox-engineering-career-framework"
TITLE = "Dropbox Engineering Career Framework"

LEVELS = [
    ("IC1 Software Engineer",
     "I deliver well-scoped tasks that move my team forward, with guidance from more experienced engineers",
     [("Scope", "What I own, and how much autonomy and ambiguity I work with", [
         "I work on clearly defined tasks that contribute to my team\u2019s goals.",
         "I solve well-defined problems, using existing approaches, with guidance from my manager or TL."]),
      ("Collaborative Reach", "How far across the organization I work and influence", [
          "I work within my team and rely on my manager/TL to set direction and priorities."])],
     [("\U0001F3C6 Results", [
         ("Impact", [
             "I deliver high-quality work on the tasks I am given, and I ask for help when I am blocked",
             "I work with my manager to understand how my tasks connect to my team\u2019s goals",
             "I take part in the core processes of my team, such as planning, code review and bug triage"]),
         ("Ownership", [
             "I follow through on my commitments and take responsibility for the quality of my work",
             "I own my mistakes and learn from them",
             "I help resolve operational issues (e.g., SEVs) in my area when asked, and I raise concerns when something looks wrong"]),
         ("Decision Making", [
             "I make small technical decisions in my own tasks and explain the reasons for them",
             "I escalate to my manager or TL when a decision affects my deliverables or priorities"])]),
      ("\U0001F31F Direction", [
          ("Agility", [
              "I adapt my work when priorities change",
              "I am learning to stay calm under pressure and to ask for support when I need it"])])]),
    ("IC2 Software Engineer",
     "I reliably ship resilient, maintainable software projects, from design to rollout",
     [("Scope", "What I own, and how much autonomy and ambiguity I work with", [
         "I carry out defined projects that serve my team\u2019s goals.",
         "I independently choose the right solution, or use an existing approach, to solve defined problems."]),
      ("Collaborative Reach", "How far across the organization I work and influence", [
          "Most of my work happens inside my team, with high-level direction from my manager/TL."])],
     [("\U0001F3C6 Results", [
         ("Impact", [
             "I act with urgency and deliver high-quality work where it adds the most value for the business, our cross-functional partners and our customers",
             "I work with my manager to focus my effort so that my work advances my team\u2019s goals",
             "I prioritize the right things and keep my work simple; when necessary, I propose scope adjustments",
             "I take an effective part in my team\u2019s core processes and suggest and make improvements to them"]),
         ("Ownership", [
             "I do what I say I will do, own the quality of my work, and deliver it on time",
             "I look for and advocate opportunities to improve the current state of projects and team processes",
             "I think a step or two ahead and solve problems before they grow, working them through with my manager when I\u2019m stuck",
             "I respond with urgency to operational issues (e.g., SEVs) and own their resolution within my area"]),
         ("Decision Making", [
             "I seek input from the right stakeholders and weigh customer needs so that my decisions are informed and timely",
             "I understand the implications of my decisions, adjust my approach to their impact and risk, and share my reasoning",
             "I bring my manager in when I need help deciding about my deliverables or priorities"])]),
      ("\U0001F31F Direction", [
          ("Agility", [
              "I welcome change and bring energy to new initiatives",
              "I work through complex and ambiguous situations together with my manager",
              "I am learning to stay calm under pressure and building habits that look after my well-being"])])]),
]


def render(out_path):
    out = ["# Software Engineer (SWE)", "",
           "Expectations at each level build on those of the levels below it. They describe the impact we "
           "expect; they are not a checklist, and not every bullet will apply to every role.", "", "---", ""]
    for k, (label, summary, shaping, sections) in enumerate(LEVELS):
        if k:
            out += ["---", ""]
        out += [f"# {label}", "", f"***{summary}***", ""]
        for name, definition, bullets in shaping:
            out += [f"**{name}**  ", f"*{definition}*", ""]
            out += [f"- {b}" for b in bullets] + [""]
        out += ["# Core Responsibilities", ""]
        for sec_title, comps in sections:
            out += [f"## {sec_title}", ""]
            for name, bullets in comps:
                out += [f"**{name}**", ""]
                out += [f"- {b}" for b in bullets] + [""]
    out_path.write_text("\n".join(out), encoding="utf-8")


def gold(doc_path):
    g = H.Gold(STEM)
    comps = {}
    order = []
    defs = {}
    for rank, (label, summary, shaping, sections) in enumerate(LEVELS, 1):
        entries = [(n, b) for n, d, b in shaping] + [(n, b) for _, cs in sections for n, b in cs]
        for n, d, b in shaping:
            defs[n] = d
        for n, b in entries:
            if n not in comps:
                comps[n] = []
                order.append(n)
            comps[n].append(g.level(rank, label, g.items(b)))
    for n in order:
        g.comp(n, defs.get(n), levels=comps[n])
    return g.write(doc_path, "md", "Software Engineer (SWE)")
