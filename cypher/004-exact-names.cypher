// Exact lookup by normalised name (entity(name:), every name filter, search's exact matches): the `names` list
// of every entity label, each element one keyword token. Without it, `$name IN e.names` scans every entity.
CREATE FULLTEXT INDEX entity_exact_names IF NOT EXISTS
FOR (n:Region|Company|Institution|Project|IndustrialChain|Policy|Indicator) ON EACH [n.names]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };
