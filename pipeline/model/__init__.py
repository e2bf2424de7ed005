"""The data model: frozen dataclasses and enums only (blocks, the document tree, records, issues and errors).
Standard library only; every other package imports from here, and this package imports from none of them."""
