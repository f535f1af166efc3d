// Uniqueness of `key` for every label of the domain model (../shared/design/domain.md).
// Applied idempotently by `npm run db:migrate` and at every start.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT region_key IF NOT EXISTS FOR (n:Region) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT company_key IF NOT EXISTS FOR (n:Company) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT institution_key IF NOT EXISTS FOR (n:Institution) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT project_key IF NOT EXISTS FOR (n:Project) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT industrial_chain_key IF NOT EXISTS FOR (n:IndustrialChain) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT policy_key IF NOT EXISTS FOR (n:Policy) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT indicator_key IF NOT EXISTS FOR (n:Indicator) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT observation_key IF NOT EXISTS FOR (n:Observation) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT ranking_key IF NOT EXISTS FOR (n:Ranking) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT funding_key IF NOT EXISTS FOR (n:Funding) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE;
