"""Charles Sturt University, CSU Capability Framework: Word document made the way many HR units make them,
HTML -> LibreOffice Writer -> DOCX. Title, short introduction, then one table per capability: a shaded
full-width row with the capability name, a "Description" row and a "What good looks like" row whose right
cell holds a bulleted list (no levels)."""
import html as H
import shutil
import tempfile
from pathlib import Path

from axlib import C, DOCS, comp, write_gold

STEM = "ax-csu-capability-framework"

INTRO = [
    "The CSU Capability Framework supports our core people management practices, including recruitment and "
    "selection, managing for performance, leadership development, succession planning, individual "
    "development and career planning.",
    "The capabilities are drawn from the Corporate Executive Board\u2019s Universal Competency Framework and "
    "have been mapped to our values and to the University\u2019s strategy. They give us a shared language "
    "for \u2018what good looks like\u2019 at CSU and help units work together.",
]

CAPS = [
    ("Deciding and Initiating Action",
     "Takes responsibility for actions, projects and people; shows initiative and works under own direction; "
     "gets things started and makes prompt, clear decisions, which can include tough choices or considered "
     "risks.",
     ["Makes timely decisions and explains the reasons for them.",
      "Takes ownership of actions and their results.",
      "Acts on own initiative without waiting to be asked.",
      "Takes calculated risks where the benefit justifies them.",
      "Keeps commitments and follows through."]),
    ("Working with People",
     "Shows respect for others, works well in teams, builds rapport and relates well to people at all "
     "levels, and supports colleagues.",
     ["Listens to others and values what they contribute.",
      "Works cooperatively with colleagues across units and campuses.",
      "Supports colleagues under pressure and shares information freely.",
      "Adapts their approach to suit the people they are working with."]),
    ("Adapting and Responding to Change",
     "Adapts to changing circumstances, accepts new ideas and change initiatives, and copes well with "
     "ambiguity.",
     ["Responds positively to new ways of working.",
      "Adjusts priorities quickly as circumstances change.",
      "Stays effective when the way forward is uncertain.",
      "Helps others to understand and adjust to change."]),
]


def e(s):
    return H.escape(s, quote=False)


def html():
    tables = []
    for name, desc, bullets in CAPS:
        lis = "".join(f"<li>{e(b)}</li>" for b in bullets)
        tables.append(f'''<table width="100%" border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<col width="28%"><col width="72%">
<tr><td colspan="2" bgcolor="#00313C"><p><font color="#FFFFFF" face="Arial" size="4"><b>{e(name)}</b></font></p></td></tr>
<tr><td bgcolor="#E6EEF0"><p><font face="Arial"><b>Description</b></font></p></td><td><p><font face="Arial">{e(desc)}</font></p></td></tr>
<tr><td bgcolor="#E6EEF0"><p><font face="Arial"><b>What good looks like</b></font></p></td><td><ul>{lis}</ul></td></tr>
</table>
<p>&nbsp;</p>''')
    intro = "\n".join(f'<p><font face="Arial">{e(t)}</font></p>' for t in INTRO)
    return f'''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>CSU Capability Framework</title></head>
<body>
<p><font face="Arial" size="2" color="#555555">Charles Sturt University | Division of People and Culture</font></p>
<h1><font face="Arial" color="#00313C">CSU Capability Framework</font></h1>
{intro}
<h2><font face="Arial" color="#00313C">Capabilities</font></h2>
{chr(10).join(tables)}
</body></html>
'''


def build():
    tmp = Path(tempfile.mkdtemp(prefix="ax-csu-"))
    src = tmp / f"{STEM}.html"
    src.write_text(html(), encoding="utf-8")
    C.soffice(src, 'docx:MS Word 2007 XML', tmp, infilter="HTML (StarWriter)")
    out = DOCS / f"{STEM}.docx"
    shutil.copy(tmp / f"{STEM}.docx", out)
    shutil.rmtree(tmp, ignore_errors=True)
    comps = [comp(STEM, name, desc, indicators=bullets) for name, desc, bullets in CAPS]
    return write_gold(out, "docx", "CSU Capability Framework", comps)


if __name__ == "__main__":
    print(build())
