"""Records to one dataset: assembled (merged, stable ids, sorted), corrected, compared and validated. Model in,
model out; writes nothing."""
