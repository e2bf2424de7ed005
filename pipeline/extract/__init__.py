"""The document tree to competency records: every node labelled from evidence (vocabulary, content, siblings),
then one pure function per field turns labelled nodes into items."""
