import { readSeed } from '../../src/seed/read';
import { validateSeed } from '../../src/seed/validate';
import { normalizeName } from '../../src/text/chinese';

// The curated data against the reports, no database needed.

const data = readSeed();
const texts = new Map(data.documents.map((d) => [d.id, d.text]));

describe('curated seed data', () => {
  it('passes every check of seed:check (quotes at offsets, references, unique names)', () => {
    expect(validateSeed(data)).toEqual([]);
  });

  it('has every quote verbatim in its document at its offset', () => {
    const all = [
      ...data.entities.flatMap((e) => e.mentions),
      ...data.relations.flatMap((r) => r.evidence),
      ...data.observations.flatMap((o) => o.evidence),
      ...data.rankings.flatMap((r) => r.evidence),
      ...data.fundings.flatMap((f) => f.evidence),
    ];
    expect(all.length).toBeGreaterThan(300);
    for (const e of all) {
      const text = texts.get(e.doc) ?? '';
      expect(text.slice(e.offset ?? -1, (e.offset ?? -1) + e.quote.length)).toBe(e.quote);
    }
  });

  it('gives every entity at least one mention and every fact at least one piece of evidence', () => {
    for (const e of data.entities) expect(e.mentions.length).toBeGreaterThan(0);
    for (const f of [...data.relations, ...data.observations, ...data.rankings, ...data.fundings]) {
      expect(f.evidence.length).toBeGreaterThan(0);
    }
  });

  it('never lets two entities of one kind share a name or alias', () => {
    const seen = new Map<string, string>();
    for (const e of data.entities) {
      for (const n of new Set([e.name, ...e.aliases].map(normalizeName))) {
        const id = `${e.kind}:${n}`;
        expect([e.key, undefined]).toContain(seen.get(id));
        seen.set(id, e.key);
      }
    }
  });

  it('reaches the scale the reports hold', () => {
    const count = (kind: string) => data.entities.filter((e) => e.kind === kind).length;
    expect(count('PROJECT')).toBeGreaterThanOrEqual(15);
    expect(count('COMPANY')).toBeGreaterThanOrEqual(10);
    expect(count('INDUSTRIAL_CHAIN')).toBeGreaterThanOrEqual(15);
    expect(count('POLICY')).toBeGreaterThanOrEqual(25);
    expect(count('INDICATOR')).toBeGreaterThanOrEqual(30);
    expect(data.observations.length).toBeGreaterThanOrEqual(120);
    expect(data.rankings.length).toBeGreaterThanOrEqual(25);
  });

  it('links facts from the traditional-script report to the same nodes as the others', () => {
    const tradSubjects = new Set(
      data.observations.filter((o) => o.evidence.some((e) => e.doc === '003')).map((o) => o.subject),
    );
    expect(tradSubjects.has('region/jiaozuo')).toBe(true);
    const shared = data.observations.filter((o) => {
      const docs = new Set(o.evidence.map((e) => e.doc));
      return docs.has('003') && (docs.has('000') || docs.has('001'));
    });
    expect(shared.length).toBeGreaterThan(5);
  });

  it('classifies figures: estimates for 左右, targets for 力争', () => {
    for (const o of data.observations) {
      const quotes = o.evidence.map((e) => e.quote).join(' ');
      if (/初步预计/.test(quotes) && /左右/.test(quotes) && o.period === '2024') expect(o.kind).toBe('ESTIMATE');
    }
    const targets = data.observations.filter((o) => o.kind === 'TARGET');
    expect(targets.length).toBeGreaterThan(5);
    for (const t of targets) {
      // A target says so near the figure (the cue may stand earlier in the sentence, across PDF line breaks),
      // or belongs to the plan that sets it (the "30条" article announces all its figures as the year's goals).
      const context = t.evidence
        .map((e) => (texts.get(e.doc) ?? '').slice(Math.max(0, (e.offset ?? 0) - 80), (e.offset ?? 0) + e.quote.length))
        .join(' ')
        .replace(/\s+/g, '');
      if (!t.policy) expect(context).toMatch(/力争|确保|目标|计划|将|达到|突破|超过/);
    }
  });
});
