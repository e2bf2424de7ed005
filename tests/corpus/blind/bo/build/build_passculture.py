"""pass Culture (SAS pass Culture, Paris; French public cultural-pass company), Data team - "Skills Matrix"
workbook exported to PDF (XLSX -> LibreOffice -> PDF).

Modelled on cdelabre-pass/data-skills-matrix ("Internal use only - pass Culture Data Team"): the CLI
generates an openpyxl workbook whose sheets include "Niveaux" (title "Échelle de Compétences" merged over
A1:C1, "Niveau | Description | Exemple" rows 0-6 + NC, "Niveaux attendus par Rôle" career table, "Core vs
Secondary Skills" legend) and "Descriptions par Niveau" (header row Catégorie | Compétence | Niveau 0 ...
Niveau 4 | Ressources Internes; one row per skill, coloured category and level cells, wrap text, fixed row
height 60, resources as "• title: url" lines (wrapped here, so
that long URLs stay inside the print area), column widths A 25 / B 30 / C-G 45 / H 50). This workbook holds
those two sheets (an excerpt: four skills of the Data Quality & Gouvernance and Orchestration categories),
printed landscape, fitted to one page wide (row 1 as print title), as a user exporting it to PDF would
(unfitted, LibreOffice splits the 8 wide columns over 6 pages and the unwrapped resource cells overprint).
Level descriptions and resource titles are reworded (French, as in the source); URLs are real.
"""
import sys

import bolib as L

sys.path.insert(0, "/tmp/bo-pylib")  # openpyxl (pip install --target /tmp/bo-pylib openpyxl)
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402

STEM = "passculture-data-skills-matrix"
OUT = L.DOCS / f"{STEM}.pdf"
HEADER = "1F4E79"
LEVEL_COLORS = {"0": "F2F2F2", "1": "DDEBF7", "2": "9BC2E6", "3": "2F75B5", "4": "1F4E79",
                "5": "7030A0", "6": "C00000", "NC": "D9D9D9"}
CAT_COLORS = {"data_quality": "E2EFDA", "orchestration": "FFF2CC"}

SCALE = [("0", "Aucune connaissance", "N'a jamais utilisé l'outil ni la technique"),
         ("1", "Débutant", "Réalise des tâches simples avec de l'aide"),
         ("2", "Intermédiaire", "Travaille en autonomie sur les cas courants"),
         ("3", "Avancé", "Gère les cas complexes et peut accompagner les autres"),
         ("4", "Expert", "Maîtrise complète, conçoit des solutions à grande échelle"),
         ("5", "Mentor/Évangéliste", "Forme les équipes, fixe les bonnes pratiques, champion interne"),
         ("6", "Expert Externe", "Contributions open-source, conférences, expertise reconnue"),
         ("NC", "Non Concerné", "Compétence non attendue pour ce rôle/niveau")]
CAREER = [("Junior", "0-3 ans", (1, 2), (0, 1)), ("Confirmé", "3-5 ans", (2, 3), (1, 2)),
          ("Senior", "5-10 ans", (3, 4), (2, 3)), ("Expert", "10+ ans", (4, 5), (3, 4))]

# (category id, category name, skill, [Niveau 0..4], [(resource title, url)])
SKILLS = [
    ("data_quality", "Data Quality & Gouvernance", "Data Quality Management",
     ["Ne connaît pas les enjeux de qualité des données",
      "Mesure l'importance de la qualité des données, repère les anomalies simples",
      "Écrit des tests dbt et paramètre des contrôles de validation des données",
      "Construit des cadres de contrôle qualité, automatise la détection d'anomalies",
      "Référent data quality, fixe les SLAs et la stratégie de supervision"],
     [("Documentation Great Expectations", "https://greatexpectations.io/expectations/"),
      ("Tests dbt", "https://docs.getdbt.com/docs/build/tests")]),
    ("data_quality", "Data Quality & Gouvernance", "Data Contracts",
     ["Ne connaît pas les contrats de données",
      "Saisit la notion de contrat de données et à quoi il sert",
      "Documente et vérifie les contrats de données déjà en place",
      "Conçoit des data contracts et les fait valider automatiquement",
      "Référent gouvernance des données, définit les standards de l'organisation"],
     [("Spécification Data Contract", "https://datacontract.com/"),
      ("Data Contracts (ThoughtWorks)", "https://www.thoughtworks.com/insights/articles/data-contracts")]),
    ("data_quality", "Data Quality & Gouvernance", "Data Catalog & Lineage",
     ["Ne connaît pas le data catalog",
      "Se sert du data catalog pour retrouver des données",
      "Décrit les datasets et leurs métadonnées, lit le lineage",
      "Fait vivre le data catalog, met en place le lineage automatique",
      "Référent gouvernance, conçoit l'architecture du data catalog"],
     [("Documentation DataHub", "https://datahubproject.io/docs/"),
      ("OpenLineage", "https://openlineage.io/")]),
    ("orchestration", "Orchestration", "Apache Airflow",
     ["N'a jamais utilisé Airflow",
      "Lit un DAG existant et relance une tâche en échec",
      "Écrit des DAGs, gère dépendances, retries et variables",
      "Structure les DAGs de l'équipe, optimise le scheduling et le monitoring",
      "Conçoit l'architecture d'orchestration et ses standards"],
     [("Documentation Apache Airflow", "https://airflow.apache.org/docs/"),
      ("Data Pipelines with Apache Airflow (Manning)", "https://www.manning.com/books/data-pipelines-with-apache-airflow")]),
]


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def header_cell(c):
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = fill(HEADER)
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def build_xlsx(path):
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)

    ws = wb.create_sheet("Niveaux")
    ws.cell(row=1, column=1, value="Échelle de Compétences").font = Font(bold=True, size=14, color="FFFFFF")
    ws.cell(row=1, column=1).fill = fill(HEADER)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=3)
    for col, h in enumerate(["Niveau", "Description", "Exemple"], 1):
        header_cell(ws.cell(row=3, column=col, value=h))
    for r, (lev, name, ex) in enumerate(SCALE, 4):
        ws.cell(row=r, column=1, value=lev).fill = fill(LEVEL_COLORS[lev])
        ws.cell(row=r, column=2, value=name)
        ws.cell(row=r, column=3, value=ex)
    start = 4 + len(SCALE) + 2
    ws.cell(row=start, column=1, value="Niveaux attendus par Rôle").font = Font(bold=True, size=12)
    for col, h in enumerate(["Rôle", "Expérience", "Niveaux attendus"], 1):
        header_cell(ws.cell(row=start + 2, column=col, value=h))
    for r, (name, exp, core, sec) in enumerate(CAREER, start + 3):
        ws.cell(row=r, column=1, value=name)
        ws.cell(row=r, column=2, value=exp)
        ws.cell(row=r, column=3, value=f"Compétences core: Niveau {core[0]}-{core[1]} | "
                                        f"Secondaires: Niveau {sec[0]}-{sec[1]}")
    leg = start + 3 + len(CAREER) + 2
    ws.cell(row=leg, column=1, value="Core vs Secondary Skills").font = Font(bold=True, size=12)
    c = ws.cell(row=leg + 2, column=1, value="C")
    c.fill = fill("C6E0B4")
    c.font = Font(bold=True)
    ws.cell(row=leg + 2, column=2, value="Core Skill - Compétence fondamentale pour le rôle")
    ws.cell(row=leg + 3, column=1, value="S").fill = fill("FCE4D6")
    ws.cell(row=leg + 3, column=2, value="Secondary Skill - Compétence complémentaire")
    ws.column_dimensions["A"].width = 15
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 50
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4

    ws = wb.create_sheet("Descriptions par Niveau")
    headers = ["Catégorie", "Compétence", "Niveau 0", "Niveau 1", "Niveau 2", "Niveau 3", "Niveau 4",
               "Ressources Internes"]
    for col, h in enumerate(headers, 1):
        header_cell(ws.cell(row=1, column=col, value=h))
    for r, (cid, cname, skill, descs, res) in enumerate(SKILLS, 2):
        c = ws.cell(row=r, column=1, value=cname)
        c.fill = fill(CAT_COLORS[cid])
        ws.cell(row=r, column=2, value=skill)
        for lev in range(5):
            c = ws.cell(row=r, column=3 + lev, value=descs[lev])
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.fill = fill(LEVEL_COLORS[str(lev)])
            if lev >= 3:
                c.font = Font(color="FFFFFF")
        c = ws.cell(row=r, column=8, value="\n".join(f"\u2022 {t}: {u}" for t, u in res))
        c.alignment = Alignment(wrap_text=True, vertical="top")
        for col in range(1, 9):
            ws.cell(row=r, column=col).border = border
        ws.row_dimensions[r].height = 60
    ws.column_dimensions["A"].width = 25
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["H"].width = 50
    for col in "CDEFG":
        ws.column_dimensions[col].width = 45
    ws.freeze_panes = "C2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_area = f"A1:H{len(SKILLS) + 1}"
    wb.save(path)


def render():
    import shutil
    import tempfile
    from pathlib import Path
    tmp = Path(tempfile.mkdtemp(prefix="bo-pc-"))
    src = tmp / "skills_matrix.xlsx"
    build_xlsx(src)
    L.convert(src, OUT, "pdf")
    shutil.rmtree(tmp, ignore_errors=True)


def gold():
    comps = []
    for _, _, skill, descs, res in SKILLS:
        levels = [L.level(STEM, i + 1, f"Niveau {i}", [d]) for i, d in enumerate(descs)]
        readings = []
        for t, u in res:
            title, publisher = t, None
            if t.endswith(")"):  # "Title (Publisher)": the publisher in brackets after the title
                title, publisher = t[:t.rindex(" (")], t[t.rindex(" (") + 2:-1]
            readings.append(L.reading(STEM, f"{t}: {u}", title, [], publisher, None))
        comps.append(L.competency(STEM, skill, None, levels=levels, readings=readings))
    L.write_gold(OUT, "pdf", None, comps)


def main():
    render()
    gold()


if __name__ == "__main__":
    main()
