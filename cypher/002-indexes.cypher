// Lookup indexes the API filters on.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status);
CREATE INDEX chain_tier IF NOT EXISTS FOR (n:IndustrialChain) ON (n.tier);
CREATE INDEX policy_kind IF NOT EXISTS FOR (n:Policy) ON (n.policyKind);
CREATE INDEX observation_period IF NOT EXISTS FOR (n:Observation) ON (n.period);
CREATE INDEX ranking_period IF NOT EXISTS FOR (n:Ranking) ON (n.period);
CREATE INDEX funding_period IF NOT EXISTS FOR (n:Funding) ON (n.period);
CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.publishedAt);
