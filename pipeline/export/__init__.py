"""Other shapes of the canonical dataset for other tools: `case` (an IMS/1EdTech CASE 1.0 package for competency
framework servers), `tables` (CSV + Parquet per entity, with a Frictionless data package). Each export is a pure
function of the dataset dict plus a small writer; heavy libraries are imported inside the functions."""
