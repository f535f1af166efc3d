// Pinyin of every entity's Chinese names (src/text/pinyin.ts: "jiaozuoshi"), for resolve(name:): a Latin query or
// a homophone finds the entity. Keyword tokens, one per element, like entity_exact_names; prefix queries work.
CREATE FULLTEXT INDEX entity_pinyin IF NOT EXISTS
FOR (n:Region|Company|Institution|Project|IndustrialChain|Policy|Indicator) ON EACH [n.pinyin]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };
