"""mind-core-competencies.html: Government of Jamaica Competency Framework, Core Competencies page of
the Management Institute for National Development (MIND). WordPress/Elementor page: icon image
boxes whose alt texts are icon-file names, a leadership statement as blockquote, and the three
competency descriptions in hidden modal dialogs (close button "X") placed after the footer."""
import shutil

import helpers as H

STEM = "mind-core-competencies"
COMPS = [
    ("Inspiring", "Leads by example and motivates others by communicating a clear sense of purpose, building "
                  "trust and encouraging colleagues to give their best in the service of the public."),
    ("Future-Oriented", "Looks ahead, anticipates change and opportunity, and embraces innovation, technology and "
                        "continuous learning to prepare the public service for the needs of tomorrow."),
    ("Performance Driven", "Sets high standards, takes ownership of results and uses evidence to deliver "
                           "efficient, high-quality services that meet the needs of citizens."),
]


def build():
    out = H.DOCS / f"{STEM}.html"
    shutil.copyfile(H.BATCH / "build" / "src" / f"{STEM}.html", out)
    comps = [H.competency(STEM, n, d) for n, d in COMPS]
    H.write_gold(out, "html", "Core Competencies", comps)


if __name__ == "__main__":
    build()
