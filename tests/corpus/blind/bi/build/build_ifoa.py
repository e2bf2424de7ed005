"""IFoA (Institute and Faculty of Actuaries) - Practising certificates, "Skill sets for practising certificate
holders" page for the Chief Actuary, saved as a lynx-style plain-text dump: [n] link markers, nav lists,
breadcrumb as a numbered list, hard-wrapped paragraphs, "*" bullets, "References" URL list at the end."""
import textwrap

import bilib as L

STEM = "ifoa-skill-sets-chief-actuary"
TITLE = "Chief Actuary"

# (category, competency, key skills, specific skills [(label, text, [sub-bullets])])
SKILLS = [
    ("Business Skills", "Communication",
     ["Able to communicate effectively with stakeholders, taking account of differences in their knowledge, "
      "technical understanding and expectations.",
      "Able to give analysis and advice clearly and concisely, concentrating on the key issues and making "
      "complex matters accessible and meaningful to the audience."],
     [("Report Writing", "Able to produce high quality actuarial reports in which:",
       ["the key issues are clearly identified and given prominence;",
        "there is enough explanation for the reader to follow the basis of the actuary's conclusions;",
        "any limitations or weaknesses of the analysis are made transparent; and",
        "the style and technical level suit the audience."]),
      ("Presenting", "Able to prepare and give presentations that:",
       ["summarise a larger body of actuarial analysis effectively; and",
        "address the main factors bearing on the advice given and on the decisions being considered."]),
      ("Meeting participation", "Willing and able to take an active part in discussions, including at Board level, and to "
       "contribute to decision making by stating the actuary's opinion clearly.", []),
      ("Expert Judgement", "Able to explain and justify clearly where and how expert judgement has been used "
       "in reaching the actuary's conclusions.", [])]),
    ("Business Skills", "Stakeholder Management",
     ["Able to build and maintain effective working relationships with the Board, senior management, the "
      "regulator and the auditors."],
     [("Challenge", "Able to challenge management and the Board constructively where the actuary's view "
       "differs from theirs.", []),
      ("Independence", "Able to keep professional independence and objectivity while working within the "
       "management structure of the firm.", []),
      ("Escalation", "Knows when and how to escalate concerns, including to the regulator where this is "
       "required.", [])]),
    ("Knowledge, Awareness and Understanding", "Regulatory Framework",
     ["Has a thorough understanding of the regulatory regime that applies to the firm and of the "
      "responsibilities it places on the Chief Actuary."],
     [("Prudential requirements", "Understands the prudential requirements for insurers, including the "
       "calculation of capital requirements and the supervisory reporting that goes with them.", []),
      ("Conduct requirements", "Aware of the conduct of business rules that affect policyholders, including "
       "the fair treatment of customers.", []),
      ("Professional standards", "Knows the Actuaries' Code and the Actuarial Standards that are relevant to "
       "the role.", [])]),
    ("Technical Skills", "Technical Provisions",
     ["Able to oversee the calculation of technical provisions and to form an opinion on their reliability "
      "and adequacy."],
     [("Methodology", "Able to judge whether the methods and models used suit the nature, scale and "
       "complexity of the risks.", []),
      ("Assumptions", "Able to set and challenge assumptions with reference to experience data and market "
       "information.", []),
      ("Data quality", "Able to assess whether the data used are sufficient and of adequate quality, and what "
       "effect any deficiencies have.", []),
      ("Validation", "Able to compare best estimates with experience and to explain material differences.",
       [])]),
]

BASE = "https://www.actuaries.org.uk"


class Dump:
    def __init__(self):
        self.lines = []
        self.refs = []

    def link(self, text, url):
        self.refs.append(url)
        return f"[{len(self.refs)}]{text}"

    def para(self, text, indent=3):
        self.lines += textwrap.wrap(text, width=78, initial_indent=" " * indent,
                                    subsequent_indent=" " * indent, break_on_hyphens=False)
        self.lines.append("")

    def bullets(self, items, indent=5, glyph="*"):
        for it in items:
            self.lines += textwrap.wrap(it, width=78, initial_indent=" " * indent + glyph + " ",
                                        subsequent_indent=" " * (indent + 2), break_on_hyphens=False)
        self.lines.append("")

    def heading(self, text):
        self.lines += [text, ""]

    def raw(self, *lines):
        self.lines += list(lines)


def build():
    d = Dump()
    page = BASE + "/upholding-standards/practising-certificates/skill-sets-practising-certificate-holders/chief-actuary"
    d.raw("   #" + d.link("Institute and Faculty of Actuaries news", BASE + "/rss.xml"), "")
    d.raw("   " + d.link("Skip to main content", page + "#main-content"), "")
    d.raw("   " + d.link("IFoA logo", BASE + "/"), "")
    nav = [("About us", "/about-us"), ("Learn and develop", "/learn-and-develop"),
           ("Upholding standards", "/upholding-standards"), ("Members", "/members"),
           ("News and insights", "/news-and-insights"), ("Events", "/events")]
    d.bullets([d.link(t, BASE + u) for t, u in nav])
    d.raw("   " + d.link("Search", BASE + "/search"), "   " + d.link("Log in", BASE + "/user/login"), "")
    crumbs = [("Home", "/"), ("Upholding standards", "/upholding-standards"),
              ("Practising certificates", "/upholding-standards/practising-certificates"),
              ("Skill sets for practising certificate holders",
               "/upholding-standards/practising-certificates/skill-sets-practising-certificate-holders")]
    for i, (t, u) in enumerate(crumbs, 1):
        d.raw(f"    {i}. " + d.link(t, BASE + u))
    d.raw(f"    {len(crumbs) + 1}. {TITLE}", "")
    d.heading(TITLE)
    d.para("The Skill Sets Framework sorts the skills expected of a practising certificate holder into three "
           "areas: Business Skills; Knowledge, Awareness and Understanding; and Technical Skills.")
    d.para("The Key Skills in each area, and the Specific Skills that go with them for a Chief Actuary, "
           "are summarised below. Holders should read them together with the practising certificate guidance.")
    tabs = ["Business Skills", "Knowledge, Awareness and Understanding", "Technical Skills"]
    d.bullets([d.link(t, page + "#" + t.lower().replace(",", "").replace(" ", "-")) for t in tabs])
    last_cat = None
    for cat, name, key, specific in SKILLS:
        if cat != last_cat:
            d.heading(cat)
            last_cat = cat
        d.heading(name)
        d.heading("Key Skills")
        for k in key:
            d.para(k)
        d.heading("Specific Skills")
        for label, text, subs in specific:
            if subs:
                d.lines += textwrap.wrap(f"{label}: {text}", width=78, initial_indent="   ",
                                         subsequent_indent="   ", break_on_hyphens=False)
                d.bullets(subs)
            else:
                d.para(f"{label}: {text}")
    d.para("Page last reviewed: 14 March 2023")
    d.raw("   " + d.link("Back to top", page + "#top"), "")
    foot = [("Contact us", "/contact-us"), ("Accessibility", "/accessibility"), ("Privacy policy", "/privacy"),
            ("Cookies", "/cookies"), ("Terms of use", "/terms-use")]
    d.bullets([d.link(t, BASE + u) for t, u in foot])
    d.para("\u00a9 Institute and Faculty of Actuaries. The Institute and Faculty of Actuaries is a royal "
           "chartered body and a registered charity.")
    d.raw("References", "")
    for i, u in enumerate(d.refs, 1):
        d.raw(f"  {i:>2}. {u}")
    d.raw("")
    out = L.DOCS / f"{STEM}.txt"
    out.write_text("\n".join(d.lines), encoding="utf-8")
    return out


def gold(path):
    comps = []
    for _cat, name, key, specific in SKILLS:
        ind = [L.item(STEM, k, group="Key Skills") for k in key]
        for label, text, subs in specific:
            ind.append(L.item(STEM, " ".join([f"{label}: {text}"] + subs), group="Specific Skills"))
        comps.append(L.competency(STEM, name, None, indicators=ind))
    L.write_gold(path, "txt", TITLE, comps)


if __name__ == "__main__":
    gold(build())
