"""Academy of Certified Archivists, Handbook for Archival Certification: plain-text export of the Role Delineation
Statement pages for Domains 2 and 3 and of the matching Suggested Readings pages.

Quirks of a PDF "save as text" export: running header line with the page number, form feeds between pages,
lines hard-wrapped at 76 columns, hanging indents, numbered items "T-1" / "K-1"."""
import textwrap

from ajlib import DOCS, competency, item, reading

STEM = "aca-role-delineation-domains-2-3"
FILE = DOCS / f"{STEM}.txt"
TITLE = "ROLE DELINEATION STATEMENT FOR PROFESSIONAL ARCHIVISTS"
W = 76

DOMAINS = [
    (2, "Arrangement and Description",
     "Archivists organize records and papers in all forms according to archival principles and institutional "
     "needs, and create descriptive tools and systems that give physical and intellectual control over the "
     "materials and make them accessible.",
     ["Analyze the existing order of records and papers, and the evidence of how they were created and kept, to "
      "decide how they should be arranged.",
      "Arrange records and papers according to the principles of provenance and original order, at a level of "
      "processing suited to the collection.",
      "Prepare descriptions and finding aids at the appropriate levels, following recognized descriptive standards.",
      "Establish and maintain authority records for the persons, families, and organizations that created the "
      "materials.",
      "Review existing descriptions and improve them, including the remediation of outdated or harmful language in "
      "metadata.",
      "Make descriptive information available through catalogs, online systems, and other discovery tools."],
     ["the principles of provenance and original order and the levels of arrangement and description",
      "data content and data structure standards for description and authority control",
      "approaches to processing, including minimal and iterative processing",
      "the relationship between arrangement, description, and the physical housing of materials",
      "the characteristics of electronic records and digital objects that affect how they are arranged and "
      "described",
      "inclusive and reparative approaches to description"]),
    (3, "Reference Services and Access",
     "Archivists make archival materials available and help people to find and use them, balancing the needs of "
     "users against legal, ethical, and institutional restrictions.",
     ["Identify what users need and help them find relevant materials and information.",
      "Develop and apply policies and procedures for access to and use of archival materials.",
      "Apply legal, ethical, and donor restrictions on access, and review them at regular intervals.",
      "Provide copies of materials and deal with requests to publish or reuse them, with due regard to copyright.",
      "Gather and analyze information about users and use of the holdings, and use it to improve services."],
     ["reference interview techniques and the information-seeking behavior of different groups of users",
      "the laws, regulations, and ethical principles that govern privacy, confidentiality, copyright, and freedom "
      "of information",
      "the security measures that protect materials while they are being used",
      "methods of evaluating reference services and measuring use",
      "ways of providing access remotely, including digital delivery and online reference"]),
]

# (citation as printed, title, authors, publisher, year)
READINGS = {
    2: [
        ('Greene, Mark A., and Dennis Meissner. "More Product, Less Process: Revamping Traditional Archival '
         'Processing." American Archivist 68, no. 2 (Fall/Winter 2005): 208-263.',
         "More Product, Less Process: Revamping Traditional Archival Processing",
         ["Mark A. Greene", "Dennis Meissner"], "American Archivist", 2005),
        ("Miller, Fredric M. Arranging and Describing Archives and Manuscripts. Chicago: Society of American "
         "Archivists, 1990.",
         "Arranging and Describing Archives and Manuscripts", ["Fredric M. Miller"],
         "Society of American Archivists", 1990),
        ("Pearce-Moses, Richard. A Glossary of Archival and Records Terminology. Chicago: Society of American "
         "Archivists, 2005.",
         "A Glossary of Archival and Records Terminology", ["Richard Pearce-Moses"],
         "Society of American Archivists", 2005),
        ("Roe, Kathleen D. Arranging & Describing Archives & Manuscripts. Chicago: Society of American Archivists, "
         "2005.",
         "Arranging & Describing Archives & Manuscripts", ["Kathleen D. Roe"], "Society of American Archivists", 2005),
        ("Society of American Archivists. Describing Archives: A Content Standard. 2nd ed. Chicago: Society of "
         "American Archivists, 2013.",
         "Describing Archives: A Content Standard", ["Society of American Archivists"],
         "Society of American Archivists", 2013),
    ],
    3: [
        ("Behrnd-Klodt, Menzi L. Navigating Legal Issues in Archives. Chicago: Society of American Archivists, 2008.",
         "Navigating Legal Issues in Archives", ["Menzi L. Behrnd-Klodt"], "Society of American Archivists", 2008),
        ("Hirtle, Peter B., Emily Hudson, and Andrew T. Kenyon. Copyright and Cultural Institutions: Guidelines for "
         "Digitization for U.S. Libraries, Archives, and Museums. Ithaca, NY: Cornell University Library, 2009.",
         "Copyright and Cultural Institutions: Guidelines for Digitization for U.S. Libraries, Archives, and Museums",
         ["Peter B. Hirtle", "Emily Hudson", "Andrew T. Kenyon"], "Cornell University Library", 2009),
        ("MacNeil, Heather. Without Consent: The Ethics of Disclosing Personal Information in Public Archives. "
         "Metuchen, NJ: Scarecrow Press, 1992.",
         "Without Consent: The Ethics of Disclosing Personal Information in Public Archives", ["Heather MacNeil"],
         "Scarecrow Press", 1992),
        ("Pugh, Mary Jo. Providing Reference Services for Archives & Manuscripts. Chicago: Society of American "
         "Archivists, 2005.",
         "Providing Reference Services for Archives & Manuscripts", ["Mary Jo Pugh"],
         "Society of American Archivists", 2005),
        ('Yakel, Elizabeth. "Thinking Inside and Outside the Boxes: Archival Reference Services at the Turn of the '
         'Century." Archivaria 49 (Spring 2000): 140-160.',
         "Thinking Inside and Outside the Boxes: Archival Reference Services at the Turn of the Century",
         ["Elizabeth Yakel"], "Archivaria", 2000),
    ],
}


def _wrap(text, first="", rest=""):
    return textwrap.wrap(text, W, initial_indent=first, subsequent_indent=rest, break_on_hyphens=True)


def _header(page):
    left = "HANDBOOK FOR ARCHIVAL CERTIFICATION"
    return [left + " " * (W - len(left) - len(str(page))) + str(page), ""]


def build():
    pages = []
    page_no = 22
    for n, name, desc, tasks, knowledge in DOMAINS:
        lines = _header(page_no)
        if n == 2:
            lines += ["ROLE DELINEATION STATEMENT FOR PROFESSIONAL ARCHIVISTS", ""]
        lines += [f"Domain {n}: {name}", ""]
        lines += _wrap(desc) + [""]
        lines += ["Tasks", "", "Archivists:", ""]
        for k, t in enumerate(tasks, 1):
            lines += _wrap(t, f"   T-{k}  ", "        ")
        lines += ["", "Knowledge", "", "Archivists know and can apply knowledge about:", ""]
        for k, t in enumerate(knowledge, 1):
            lines += _wrap(t, f"   K-{k}  ", "        ")
        lines.append("")
        pages.append("\n".join(lines))
        page_no += 1
    # the reading list pages
    lines = _header(41) + ["SUGGESTED READINGS", ""]
    lines += _wrap("The readings below are arranged by domain. They are a starting point for study and are not a "
                   "list of the sources from which examination questions are drawn.") + [""]
    for n, name, *_ in DOMAINS:
        lines += [f"Domain {n}: {name}", ""]
        for cit, *_r in READINGS[n]:
            lines += _wrap(cit, "", "     ")
        lines.append("")
    pages.append("\n".join(lines))
    FILE.write_text("\f".join(pages), encoding="utf-8")
    return FILE


def gold():
    comps = []
    for n, name, desc, tasks, knowledge in DOMAINS:
        inds = [item(STEM, t, "Tasks") for t in tasks] + [item(STEM, k, "Knowledge") for k in knowledge]
        rds = [reading(STEM, cit, title, authors, pub, year) for cit, title, authors, pub, year in READINGS[n]]
        comps.append(competency(STEM, name, desc, indicators=inds, readings=rds))
    return "txt", TITLE, comps
