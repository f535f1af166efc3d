import { evaluate } from '../../src/ingest/evaluate';
import { readSeed } from '../../src/seed/read';

// The pipeline against the curated graph (npm run eval:extraction). These floors are the levels reached so far:
// a change that lowers them fails here. See src/ingest/README.md for the targets and what is still missed.
// Scored twice: with the curated period passed (--given-meta) and, as by default, with the period inferred. The
// inferred floors are lower because report 003 names no year anywhere and has no publication date: its period
// can only be guessed (today's year), which loses its 29 figures and ranks.

const data = readSeed();

describe('extraction quality on the seed reports, period given', () => {
  const { scores, results } = evaluate(data, { givenMeta: true });
  const score = (kind: string) => scores.find((s) => s.kind === kind);

  it('keeps observation and ranking precision at or above 0.95', () => {
    expect(score('observations')?.precision).toBeGreaterThanOrEqual(0.95);
    expect(score('rankings')?.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps recall where it stands: observations 0.95, rankings 0.95, projects 0.84, companies 0.95', () => {
    expect(score('observations')?.recall).toBeGreaterThanOrEqual(0.95);
    expect(score('rankings')?.recall).toBeGreaterThanOrEqual(0.95);
    expect(score('projects')?.recall).toBeGreaterThanOrEqual(0.84);
    expect(score('companies')?.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('reaches the policy goal of issue 15 (P 0.85, R 0.70): measured 0.863 / 0.957', () => {
    expect(score('policies')?.precision).toBeGreaterThanOrEqual(0.85);
    expect(score('policies')?.recall).toBeGreaterThanOrEqual(0.94);
  });

  it('quotes every extracted fact verbatim from the report it read', () => {
    for (const r of results) {
      for (const fact of [...r.observations, ...r.rankings, ...r.relations]) {
        for (const e of fact.evidence) expect(r.text.slice(e.offset, e.offset + e.quote.length)).toBe(e.quote);
      }
    }
  });
});

describe('extraction quality on the seed reports, period inferred', () => {
  const { scores, results } = evaluate(data);
  const score = (kind: string) => scores.find((s) => s.kind === kind);

  it('infers the curated period of every report that names a year or a date, and warns on the one that does not', () => {
    const periods = results.map((r) => [
      r.meta.key,
      r.meta.period === data.documents.find((d) => d.key === r.meta.key)?.period,
    ]);
    expect(periods.filter(([, ok]) => !ok).map(([key]) => key)).toEqual(['report/2025-h1-portal']);
    const portal = results.find((r) => r.meta.key === 'report/2025-h1-portal');
    expect(portal?.inferred.period.confidence).toBeLessThan(0.5);
    expect(portal?.warnings.join(' ')).toMatch(/guess/);
  });

  it('keeps the floors measured with the period inferred: observations 0.80/0.79, rankings 0.89/0.87, projects 0.84, companies 0.95', () => {
    expect(score('observations')?.precision).toBeGreaterThanOrEqual(0.8);
    expect(score('observations')?.recall).toBeGreaterThanOrEqual(0.79);
    expect(score('rankings')?.precision).toBeGreaterThanOrEqual(0.89);
    expect(score('rankings')?.recall).toBeGreaterThanOrEqual(0.87);
    expect(score('projects')?.recall).toBeGreaterThanOrEqual(0.84);
    expect(score('companies')?.recall).toBeGreaterThanOrEqual(0.95);
    // Names do not depend on the period: policies score as with the period given.
    expect(score('policies')?.precision).toBeGreaterThanOrEqual(0.85);
    expect(score('policies')?.recall).toBeGreaterThanOrEqual(0.94);
  });
});
