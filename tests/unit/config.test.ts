import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('runs the managed Neo4j when NEO4J_URI is unset, with development defaults', () => {
    const c = loadConfig({});
    expect(c.managedNeo4j).toBe(true);
    expect(c.PORT).toBe(4000);
    expect(c.NEO4J_BOLT_PORT).toBe(7687);
    expect(c.graphiql).toBe(true);
    expect(c.NEO4J_HOME_DIR).toMatch(/\.neo4j[/\\]server$/);
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
