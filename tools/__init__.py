"""Developer tools, not shipped with the package: the schema-documentation generator."""
