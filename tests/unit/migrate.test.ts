import { migrationStatements } from '../../src/db/migrate';
import { LABEL_OF_KIND } from '../../src/domain/kinds';

describe('cypher migrations', () => {
  const statements = migrationStatements();

  it('declares a key uniqueness constraint for every label of the domain model', () => {
    const labels = [...Object.values(LABEL_OF_KIND), 'Observation', 'Ranking', 'Funding', 'Document'];
    for (const label of labels) {
      expect(statements.some((s) => new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.key IS UNIQUE`).test(s.cypher))).toBe(
        true,
      );
    }
  });

  it('is idempotent: every statement says IF NOT EXISTS', () => {
    expect(statements.length).toBeGreaterThan(10);
    for (const s of statements) expect(s.cypher).toMatch(/IF NOT EXISTS/);
  });

  it('has a cjk full-text index over names and aliases of all entity labels', () => {
    const ft = statements.find((s) => s.cypher.includes('FULLTEXT'));
    expect(ft?.cypher).toContain("'cjk'");
    for (const label of Object.values(LABEL_OF_KIND)) expect(ft?.cypher).toContain(label);
    expect(ft?.cypher).toMatch(/n\.name, n\.aliases/);
  });

  it('covers every entity label in each full-text index (names, exact names, pinyin)', () => {
    const indexes = statements.filter((s) => s.cypher.includes('FULLTEXT'));
    expect(indexes.length).toBe(3);
    for (const index of indexes) {
      const labels = /FOR \(n:([A-Za-z|]+)\)/.exec(index.cypher)?.[1]?.split('|') ?? [];
      expect(labels.sort()).toEqual(Object.values(LABEL_OF_KIND).sort());
    }
  });
});
