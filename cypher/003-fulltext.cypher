// Full-text search over names and aliases of every entity label; the cjk analyzer indexes Chinese as bigrams.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Region|Company|Institution|Project|IndustrialChain|Policy|Indicator) ON EACH [n.name, n.aliases, n.nameEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
