"""People 1st NOS PPLCC06 on the UK Standards NOS finder, saved as text with a lynx-style dump
(link markers [n], References list, 3-space paragraph indent, hard wrap at 78 columns)."""
import textwrap

from azlib import DOCS

STEM = "people1st-pplcc06-customer-service-air-passengers"
TITLE = "Deliver and maintain customer service standards and values to air passengers"
BASE = "https://www.ukstandards.org.uk"

OVERVIEW = [
    "This standard covers delivering and maintaining a high standard of customer service. You must show that "
    "you can communicate positively with passengers and listen carefully to what they tell you so that you can "
    "meet their needs. You must also respond to complaints from passengers and deal with incidents that involve "
    "passengers.",
    "This standard is for members of the cabin crew.",
]
COMPLETED = ("When you have completed this standard, you will be able to demonstrate your knowledge of and "
             "ability to:")
COMPLETED_ITEM = "deliver and maintain customer service standards and values to air passengers"
PCS = [
    "Present yourself professionally, in line with the airline\u2019s standards",
    "Promote the airline\u2019s values while carrying out your job role",
    "Make sure your own behaviour reflects the airline\u2019s values",
    "Communicate and interact with passengers in a way that meets their needs and offers a professional "
    "customer service in line with the airline\u2019s values",
    "Follow the airline\u2019s passenger service policies and procedures",
    "Identify passengers\u2019 needs and meet them in line with the airline\u2019s procedures",
    "Give passengers assistance when they need it, in line with the airline\u2019s procedures",
    "Promote in-flight and airline facilities, services and products in line with the airline\u2019s procedures",
    "Acknowledge passengers\u2019 comments and feedback and act on them or pass them on where appropriate",
    "Recognise passengers who are dissatisfied and attend to them in line with the airline\u2019s procedures",
    "Handle passengers\u2019 complaints in line with the airline\u2019s procedures",
    "Refer complaints that are outside your limits of authority, following the airline\u2019s procedures",
    "Report and/or record complaints in line with the airline\u2019s procedures",
    "Deal with incidents involving passengers in line with the airline\u2019s procedures",
]
KUS = [
    "The airline\u2019s standards of personal presentation and why they matter",
    "The airline\u2019s values and how your behaviour can show them to passengers",
    "The airline\u2019s passenger service policies and procedures",
    "How to communicate effectively with passengers, including those with particular needs",
    "The facilities, services and products available on board and how to promote them",
    "The kinds of assistance passengers may need and how to provide it",
    "Why passenger feedback matters and how to act on it",
    "How to recognise dissatisfied passengers and respond to them",
    "The airline\u2019s procedures for handling, referring and recording complaints",
    "The limits of your own authority when dealing with complaints and incidents",
]
LINKS = [("PPLCC15", "Monitor and maintain cabin crew service performance")]
META = [("Version Number", "2"), ("Indicative Review Date", "2026"), ("Validity", "Current"),
        ("Status", "Original"), ("Originating Organisation", "People 1st"), ("Original URN", "PPLCC06"),
        ("Relevant Occupations", "Cabin Crew; Flight Attendant; Senior Cabin Crew"), ("SOC Code", "6214"),
        ("Keywords", "cabin crew; customer service; passengers; airline values; complaints")]


def para(text, indent=3):
    return textwrap.fill(text, 78, initial_indent=" " * indent, subsequent_indent=" " * indent)


def numbered(items, indent=4):
    out = []
    for i, t in enumerate(items, 1):
        lead = " " * indent + f"{i:>2}. " if len(items) > 9 else " " * indent + f"{i}. "
        out.append(textwrap.fill(t, 78, initial_indent=lead, subsequent_indent=" " * len(lead)))
    return "\n".join(out)


def bullet(text, indent=5):
    return textwrap.fill(text, 78, initial_indent=" " * indent + "* ", subsequent_indent=" " * (indent + 2))


def build():
    refs = []

    def link(label, url):
        refs.append(url)
        return f"[{len(refs)}]{label}"

    L = []
    L.append("   " + link("Skip to main content", f"{BASE}/en/nos-finder/PPLCC06/{TITLE.lower().replace(' ', '-')}#main-content"))
    L.append("")
    L.append("   " + link("UK Standards", f"{BASE}/en"))
    L.append("")
    L.append("     * " + link("Home", f"{BASE}/en"))
    L.append("     * " + link("NOS Finder", f"{BASE}/en/nos-finder"))
    L.append("     * " + link("About NOS", f"{BASE}/en/about-nos"))
    L.append("     * " + link("News", f"{BASE}/en/news"))
    L.append("     * " + link("Contact us", f"{BASE}/en/contact-us"))
    L.append("")
    bc = f"   {link('Home', BASE + '/en')} > {link('NOS Finder', BASE + '/en/nos-finder')} > {TITLE}"
    L.append(textwrap.fill(bc, 78, subsequent_indent="   "))
    L.append("")
    L.append(TITLE)
    L.append("")
    L.append("   URN: PPLCC06")
    L.append("   Business Sectors (Suites): Aviation Operations in the Air - Cabin Crew")
    L.append("   Developed by: People 1st")
    L.append("   Approved on: 2021")
    L.append("")
    L.append("   " + link("Download PDF", f"{BASE}/en/nos-finder/download/PPLCC06.pdf") + "   "
             + link("Download Word", f"{BASE}/en/nos-finder/download/PPLCC06.docx"))
    L.append("")
    L.append("Overview")
    L.append("")
    for p in OVERVIEW:
        L.append(para(p))
        L.append("")
    L.append(para(COMPLETED))
    L.append(bullet(COMPLETED_ITEM))
    L.append("")
    L.append("Performance criteria")
    L.append("")
    L.append("   You must be able to:")
    L.append(numbered(PCS))
    L.append("")
    L.append("Knowledge and understanding")
    L.append("")
    L.append("   You need to know and understand:")
    L.append(numbered(KUS))
    L.append("")
    L.append("Links to other NOS")
    L.append("")
    for code, title in LINKS:
        L.append("   " + link(f"{code} {title}", f"{BASE}/en/nos-finder/{code}/{title.lower().replace(' ', '-')}"))
    L.append("")
    for k, v in META:
        L.append(k)
        L.append("")
        L.append("   " + v)
        L.append("")
    L.append("   " + link("Back to top", f"{BASE}/en/nos-finder/PPLCC06#top"))
    L.append("")
    L.append("     * " + link("Accessibility", f"{BASE}/en/accessibility"))
    L.append("     * " + link("Cookies", f"{BASE}/en/cookies"))
    L.append("     * " + link("Privacy", f"{BASE}/en/privacy"))
    L.append("")
    L.append("   \u00a9 2026 UK Standards. All rights reserved.")
    L.append("")
    L.append("References")
    L.append("")
    for i, u in enumerate(refs, 1):
        L.append(f"  {i:>2}. {u}")
    text = "\n".join(L) + "\n"
    out = DOCS / f"{STEM}.txt"
    out.write_text(text, encoding="utf-8")
    return out


if __name__ == "__main__":
    print(build())
