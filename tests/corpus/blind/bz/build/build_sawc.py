"""SAWC Training Needs Assessment site: seven skill pages dumped to one text file (lynx -dump >> file).

Layout of the real pages (tna.sawc.org.za/skill/18 "PPP 3.2", /skill/101 "ADR 4.1", /skill/154 "BIO 4.6"): the
skill code as title, "Add to favourite", tabs "Category" / "Competence Level", then label/value pairs "Category
name:", "Category code:", "Category function:", "Competence level:" (LEVEL 3), "Code:", "Scope of work:",
"Typical function:" (SENIOR MANAGER), "Knowledge statement:", "Knowledge criterion:", "Performance criterion:"
(the site's texts have lost their commas: "species their habitats ecosystems and natural resource use").
Here hand-written as lynx would dump them (numbered link references, a References list per page, definition
values indented and wrapped at 78 columns), seven pages appended one after the other. PPP 3.2 and BIO 4.6
follow the stored pages (reworded); the other five skills are ours, written on the IUCN register's pattern.
"""
import textwrap

import bzlib as L

STEM = "sawc-tna-skills"
OUT = L.DOCS / f"{STEM}.txt"

CATS = {
    "PPP": ("Protected Area Policy Planning and Projects",
            "Providing a strategic and rationally planned framework for protected area management."),
    "BIO": ("Biodiversity Conservation",
            "Ensuring the ecological values of protected areas are maintained through management and monitoring "
            "of species their habitats ecosystems and natural resource use."),
}
LEVELS = {
    1: ("Practical implementation of tasks under supervision.", "SKILLED WORKER"),
    2: ("Supervision of teams and management of specific sites or programmes.",
        "MIDDLE MANAGER / TECHNICAL SPECIALIST"),
    3: ("Direction and management of medium sized organisations.", "SENIOR MANAGER"),
    4: ("Direction and management of large organisations.", "EXECUTIVE"),
}
# (node id, category, level, number, knowledge statement, knowledge criterion, performance criterion)
SKILLS = [
    (12, "PPP", 2, 1, "Contribute to the preparation of a protected area management plan.",
     "Structure and content of management plans. Participatory planning processes.",
     "Collecting and compiling information for the plan. Drafting sections of the plan when requested. "
     "Organising stakeholder consultation meetings."),
    (17, "PPP", 3, 1, "Lead the preparation and review of a protected area management plan.",
     "Management planning frameworks and standards. Methods of stakeholder participation. Adaptive management.",
     "Leading a planning team through all stages of plan preparation. Making sure stakeholders are involved. "
     "Reviewing the plan at set intervals and revising it in response to monitoring results."),
    (18, "PPP", 3, 2, "Direct a structured threat assessment for a protected area.",
     "Use of standard frameworks for threat assessment.",
     "Assessing and evaluating particular pressures on and threats to a protected area through a structured "
     "process. Identifying the impacts that result."),
    (23, "PPP", 4, 1, "Develop national policy and strategy for protected area systems.",
     "National and international conservation policy and law. Protected area system planning. Government "
     "decision making processes.",
     "Leading the development of national protected area policies and strategies. Aligning them with "
     "international commitments (e.g. the CBD). Securing approval from government and other stakeholders."),
    (133, "BIO", 1, 2, "Record observations of species and habitats using standard methods.",
     "Identification of common species. Standard data recording forms and devices.",
     "Making accurate observations during patrols and surveys. Recording data completely and legibly. "
     "Reporting unusual observations to supervisors."),
    (141, "BIO", 2, 3, "Supervise the implementation of habitat management activities.",
     "Habitat management techniques (e.g. fire management invasive species control). Work planning and safety.",
     "Planning and assigning habitat management tasks to teams. Checking that work is done safely and to the "
     "required standard. Reporting on progress and results."),
    (154, "BIO", 4, 6, "Coordinate national plans and activities for the use of resources in protected areas.",
     "National policy and legislation for conservation and resource use in PAs. Demand for and uses of "
     "resources from PAs. Users of resources from PAs.",
     "Developing policies and plans for resource use in protected areas including local collection (e.g. "
     "NTFPs) traditional management (e.g. grazing) commercial use (e.g. forestry fish harvesting). Working at "
     "national level to agree use limits and agreements. Ensuring that protected areas contribute to "
     "implementing the plans. Monitoring how the plans are implemented."),
]
BASE = "https://tna.sawc.org.za"


def dd(label, value):
    out = [f"   {label}"]
    out += textwrap.wrap(value, width=78, initial_indent=" " * 10, subsequent_indent=" " * 10,
                         break_on_hyphens=False)
    return out + [""]


def page(node, cat, level, num, ks, kc, pc):
    name, func = CATS[cat]
    scope, typical = LEVELS[level]
    refs = [f"{BASE}/skill/{node}", f"{BASE}/skill/{node}#main-content", f"{BASE}/", f"{BASE}/",
            f"{BASE}/categories", f"{BASE}/levels", f"{BASE}/user/favourites", f"{BASE}/assessment",
            f"{BASE}/user/logout", f"{BASE}/flag/favourite/{node}?destination=/skill/{node}",
            f"{BASE}/category/{cat.lower()}", f"{BASE}/level/{level}"]
    lines = [
        "   #[1]SAWC TNA - Skill",
        "",
        "   [2]Skip to main content",
        "",
        "   [3]SAWC Training Needs Assessment",
        "     * [4]Home",
        "     * [5]Categories",
        "     * [6]Competence levels",
        "     * [7]My favourites",
        "     * [8]My assessment",
        "     * [9]Log out",
        "",
        f"{cat} {level}.{num}",
        "",
        "   [10]Add to favourite",
        "",
        "   [11]Category",
        "",
        "   [12]Competence Level",
        "",
    ]
    lines += dd("Category name:", name)
    lines += dd("Category code:", cat)
    lines += dd("Category function:", func)
    lines += dd("Competence level:", f"LEVEL {level}")
    lines += dd("Code:", str(level))
    lines += dd("Scope of work:", scope)
    lines += dd("Typical function:", typical)
    lines += dd("Knowledge statement:", ks)
    lines += dd("Knowledge criterion:", kc)
    lines += dd("Performance criterion:", pc)
    lines += ["   \u00a9 2024 Southern African Wildlife College. All rights reserved.", "",
              "References", ""]
    lines += [f"   {i}. {u}" for i, u in enumerate(refs, 1)]
    return lines + [""]


def main():
    out = []
    for s in SKILLS:
        out += page(*s)
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")

    g = L.Gold(STEM)
    for cat, (name, func) in CATS.items():
        levels = {}
        for node, c, level, num, ks, kc, pc in SKILLS:
            if c != cat:
                continue
            levels.setdefault(level, []).extend([g.item(ks, "Knowledge statement"),
                                                 g.item(kc, "Knowledge criterion"),
                                                 g.item(pc, "Performance criterion")])
        g.comp(name, func, levels=[g.level(r, f"LEVEL {r}", b) for r, b in sorted(levels.items())])
    g.write(OUT, "txt", None)
    print("wrote", OUT.name)


if __name__ == "__main__":
    main()
