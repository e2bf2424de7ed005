"""competency-kb: HR competency documents in, one validated JSON knowledge base out."""
__version__ = "0.1.0"
