import { ConfigError, loadConfig } from '../../src/config';
import { retryDelayMs } from '../../src/db/executor';

describe('loadConfig', () => {
  it('runs the managed Neo4j when NEO4J_URI is unset, with development defaults', () => {
    const c = loadConfig({});
    expect(c.managedNeo4j).toBe(true);
    expect(c.PORT).toBe(4000);
    expect(c.NEO4J_BOLT_PORT).toBe(7687);
    expect(c.graphiql).toBe(true);
    expect(c.NEO4J_HOME_DIR).toMatch(/\.neo4j[/\\]server$/);
    expect(c.NEO4J_READS).toBe('autocommit');
    expect(loadConfig({ NEO4J_READS: 'transaction' }).NEO4J_READS).toBe('transaction');
  });

  it('uses an external server when NEO4J_URI is set and demands its password', () => {
    expect(() => loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' })).toThrow(ConfigError);
    const c = loadConfig({ NEO4J_URI: 'neo4j://db:7687', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'kg' });
    expect(c.managedNeo4j).toBe(false);
    expect(c.NEO4J_DATABASE).toBe('kg');
  });

  it('turns GraphiQL off in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).graphiql).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true' }).graphiql).toBe(true);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ NEO4J_HEAP: 'lots' })).toThrow(/NEO4J_HEAP/);
  });

  it('splits the CORS allow-list', () => {
    expect(loadConfig({ CORS_ORIGINS: 'http://localhost:8888, http://a.example' }).corsOrigins).toEqual([
      'http://localhost:8888',
      'http://a.example',
    ]);
  });
});

describe('retryDelayMs (auto-commit reads retry on the schedule of executeRead)', () => {
  it('starts at 1 s and doubles, with ±20 % jitter', () => {
    expect(retryDelayMs(1, () => 0.5)).toBeCloseTo(1000);
    expect(retryDelayMs(2, () => 0.5)).toBeCloseTo(2000);
    expect(retryDelayMs(1, () => 0)).toBeCloseTo(800);
    expect(retryDelayMs(3, () => 1)).toBeCloseTo(4800);
  });
});
