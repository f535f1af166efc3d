import neo4j from 'neo4j-driver';
import {
  CHAIN_CYPHER,
  ENTITY_CYPHER,
  FLOOR_SEARCH_CYPHER,
  LEAGUE_CYPHER,
  NEIGHBORHOOD_CYPHER,
  PATH_CYPHER,
  REGION_FIGURES_CYPHER,
  SERIES_CYPHER,
} from '../cypher';
import { armEnv, listen, readBody } from './common';

// Arm (c), the floor: the hand-written Cypher of each question (bench/cypher.ts) through neo4j-driver, behind
// a minimal HTTP handler — POST /q/<Q1…Q8> with the parameters as JSON, one auto-commit query per request (the
// cheapest call the driver has: RUN and PULL in one network round trip), the records as JSON. Nothing else is
// loaded.

const STATEMENTS: Record<string, string> = {
  Q1: ENTITY_CYPHER,
  Q2: CHAIN_CYPHER,
  Q3: REGION_FIGURES_CYPHER,
  Q4: FLOOR_SEARCH_CYPHER,
  Q5: PATH_CYPHER,
  Q6: NEIGHBORHOOD_CYPHER,
  Q7: SERIES_CYPHER,
  Q8: LEAGUE_CYPHER,
};

const env = armEnv();
const driver = neo4j.driver(env.uri, neo4j.auth.basic('neo4j', env.password), {
  disableLosslessIntegers: true,
  maxConnectionPoolSize: 64,
  connectionAcquisitionTimeout: 5_000,
  userAgent: 'bench-cypher',
});

/** JSON numbers arrive as floats; LIMIT and list slices need Cypher integers. */
const params = (body: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(body).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]),
  );

listen(
  env.port,
  'arm c (Cypher floor)',
  (req, res) => {
    const statement = req.method === 'POST' ? STATEMENTS[req.url?.slice(3) ?? ''] : undefined;
    if (!statement || !req.url?.startsWith('/q/')) {
      res.writeHead(404).end();
      return;
    }
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    readBody(req)
      .then((text) => session.run(statement, params(JSON.parse(text || '{}'))))
      .then(({ records }) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { rows: records.map((r) => r.toObject()) } }));
      })
      .catch((error: Error) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: error.message }] }));
      })
      .finally(() => session.close());
  },
  () => driver.close(),
);
