"""uom-sde-skills-data-management.md: The University of Manchester Data Science Platforms SDE skills
matrix page (MkDocs Material content tabs, ':material-battery-NN:' icons, 4-space indented bullets)."""
from _util import DOCS

STEM = "uom-sde-skills-data-management"

TEXT = '''# Data Management & Engineering

## Advanced Techniques


### Build containers and Helm charts

=== ":material-battery-10: Entry Level"

    - Grasps the basic ideas behind containerisation and Helm charts
    - Can help to build and deploy containers
    - Some familiarity with container orchestration tools (e.g., Kubernetes)

=== ":material-battery-50: Mid Level"

    - Builds and manages containers and Helm charts with confidence
    - Creates and deploys containers without supervision
    - Puts container orchestration solutions in place

=== ":material-battery-90: Senior Level"

    - Sets the overall direction for containerisation and Helm chart management
    - Leads the writing of containerisation policies and good practice
    - Makes sure containerisation standards and regulations are followed

### Data engineering for OMOP using dbt/SQLMesh

=== ":material-battery-10: Entry Level"

    -
    - Can support data engineering tasks that use dbt/SQLMesh
    - Some familiarity with the OMOP data model and its standards

=== ":material-battery-50: Mid Level"

    - Uses dbt/SQLMesh proficiently for data engineering work
    - Carries out data engineering tasks in dbt/SQLMesh independently
    - Applies OMOP data models and standards in data engineering projects

=== ":material-battery-90: Senior Level"

    - Oversees data engineering projects that use dbt/SQLMesh at a strategic level
    - Leads the development of data engineering strategy and good practice
    - Makes sure OMOP data standards and regulations are complied with

### Developing Architecture based on requirements

=== ":material-battery-10: Entry Level"

    - Knows a highlevel set of components that meets a client's stated requirements e.g. servers to host a web application

=== ":material-battery-50: Mid Level"

    - Knows a set of components that meets a client's stated requirements and can spot further components a client may not realise they need e.g. a network firewall in front of web application servers. Is aware of networking, security, regulatory, compliance, backup and restore concerns

=== ":material-battery-90: Senior Level"

    - Can specify a complete architecture that covers both the stated and the implied requirements of the client, including networking, security, regulatory, compliance, backup and restore
## Data Governance


### Column Storage Databases

=== ":material-battery-10: Entry Level"

    - Can explain how column storage databases work and use tools to run basic commands
    - Familiar with data governance standards and practice

=== ":material-battery-50: Mid Level"

    - Configures and manages column storage databases proficiently
    - Applies data governance standards when managing column storage databases

=== ":material-battery-90: Senior Level"

    - Sets the strategy for managing column storage databases
    - Makes sure data governance standards and regulations are complied with
## Data Orientated Infrastructure


### Data Catalogue

=== ":material-battery-10: Entry Level"

    - Basic grasp of data cataloguing ideas and tools (e.g., )
    - Can enter, maintain , validate metadata in data catalogues.
    - Familiar with metadata standards and practice

=== ":material-battery-50: Mid Level"

    - Profiency in building and managing data catalogues
    - Develops and maintains data catalogues independently
    - Applies metadata standards in data cataloguing

=== ":material-battery-90: Senior Level"

    - Sets the strategy for data cataloguing and its management
    - Leads the development of data catalogue policies and good practice
    - Makes sure metadata standards and regulations are complied with

### Pipelines and permissions

=== ":material-battery-10: Entry Level"

    - Can apply a basic knowledge of pipelines to help build simple pipelines that extract, transform and load data
    - Aware of data security and privacy regulations. Can set permissions on pipeines that suit how they are used.

=== ":material-battery-50: Mid Level"

    - Configures and manages data pipelines proficiently and applies the right permissions
    - Puts data security measures in place when managing pipelines and permissions

=== ":material-battery-90: Senior Level"

    - Sets the strategy for managing data pipelines and permissions
    - Makes sure data security and privacy regulations are complied with
'''


def build():
    out = DOCS / f"{STEM}.md"
    out.write_text(TEXT, encoding="utf-8")
    print("wrote", out)


if __name__ == "__main__":
    build()
