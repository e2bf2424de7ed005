"""fiji-senior-executive-framework-news.html: Fijian Government, Ministry of Information news item
announcing the PSC's Competency Framework for Senior Executives. Not a competency document: it
announces a framework but describes no competency; gold "competencies": []."""
import shutil

import helpers as H

STEM = "fiji-senior-executive-framework-news"


def build():
    out = H.DOCS / f"{STEM}.html"
    shutil.copyfile(H.BATCH / "build" / "src" / f"{STEM}.html", out)
    H.write_gold(out, "html", "Competency framework for Senior Executives", [])


if __name__ == "__main__":
    build()
