"""What the pipeline knows about competency documents as data an analyst extends (the YAML vocabulary), the
dataset's JSON Schema, and English language knowledge (spaCy, loaded once per process)."""
