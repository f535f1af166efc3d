import { evaluate } from '../../../src/ingest/evaluate';
import { extract, type NameMention, RULES, ruleSpec, STAGES } from '../../../src/ingest/extract';
import { placeEntries } from '../../../src/ingest/gazetteer';
import { normalise } from '../../../src/ingest/normalise';
import { segment } from '../../../src/ingest/segment';
import { readSeed } from '../../../src/seed/read';

// The rule registry: stages in precedence order, every fact with a registered rule and a confidence, state carried
// from sentence to sentence within one call, progress once per sentence.

const sentencesOf = (text: string) => segment(normalise(text));
const gazetteer = placeEntries('郑州市、开封市、焦作市、洛阳市和河南省');
const zhengzhou = gazetteer.find((g) => g.canonical === '郑州市');
const subject: NameMention | null = zhengzhou
  ? { kind: 'REGION', name: zhengzhou.canonical, key: zhengzhou.key, start: 0, end: 0 }
  : null;

describe('the rule registry', () => {
  it('lists each rule once, with a confidence between 0 and 1, and runs its stages in a fixed order', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z-]+\.[a-z-]+$/);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
    expect(STAGES.map((s) => s.id)).toEqual([
      'known',
      'periods',
      'names',
      'relations',
      'lists.target-list',
      'pairing',
      'pairing.described-place',
      'names.memory',
    ]);
    expect(() => ruleSpec('names.no-such-rule')).toThrow(/Unregistered/);
  });

  it('gives every fact of the seed reports a registered rule and its confidence', () => {
    const { results } = evaluate(readSeed());
    const facts = results.flatMap((r) => [...r.observations, ...r.rankings, ...r.relations]);
    expect(facts.length).toBeGreaterThan(200);
    for (const f of facts) {
      expect(RULES.map((r) => r.id)).toContain(f.rule);
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(ruleSpec(f.rule as string).confidence);
    }
    // Open vocabulary is less sure than a known indicator with its figure.
    const open = results.flatMap((r) => r.observations).find((o) => o.indicatorRule === 'measures.phrase');
    expect(open?.confidence).toBe(ruleSpec('measures.phrase').confidence);
    const rules = new Set(facts.map((f) => f.rule));
    expect([...rules]).toEqual(
      expect.arrayContaining(['pairing.indicator-figure', 'pairing.respectively', 'pairing.rank']),
    );
  });

  it('reports progress once per sentence, with the total', () => {
    const sentences = sentencesOf('全市地区生产总值增长5.1%。规上工业增加值增长7.2%。固定资产投资增长3%。');
    const calls: [number, number][] = [];
    extract(sentences, { gazetteer, period: '2024', subject, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('keeps a company 60 sentences back for its short name when the report is read in one call', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `城市绿化第${i + 1}批工作稳步推进。`).join('');
    const text = `鹤壁华源光电科技股份有限公司是一家光电企业。${filler}华源光电去年营业收入突破30亿元。`;
    const sentences = sentencesOf(text);
    expect(sentences.length).toBe(62);
    const options = { gazetteer: placeEntries(text), period: '2024', subject, publishedYear: '2025' };
    const whole = extract(sentences, options);
    const revenue = whole.observations.find((o) => o.value?.value === 30);
    expect(revenue?.subject).toMatchObject({ kind: 'COMPANY', name: '华源光电' });
    // Read in chunks of 50 sentences (as pipeline.ts did for progress), the state is lost and the figure goes to the
    // city: the case this test guards.
    const chunked = [extract(sentences.slice(0, 50), options), extract(sentences.slice(50), options)];
    const lost = chunked.flatMap((c) => c.observations).find((o) => o.value?.value === 30);
    expect(lost?.subject?.name).toBe('郑州市');
  });

  it('reads a sentence over 1,000 characters in parts, each with its own evidence span', () => {
    const gdp = { key: 'indicator/gdp', kind: 'INDICATOR' as const, form: '地区生产总值', canonical: '地区生产总值' };
    const sentences = sentencesOf(`${'全市地区生产总值增长5.1%，'.repeat(80)}全市地区生产总值增长6%。`);
    expect(sentences).toHaveLength(1);
    expect(sentences[0]?.text.length).toBeGreaterThan(1000);
    const result = extract(sentences, { gazetteer: [gdp, ...gazetteer], period: '2024', subject });
    expect(result.observations.map((o) => o.growthPct).at(-1)).toBe(6);
    const spans = new Set(result.observations.map((o) => `${o.sentence.start}-${o.sentence.end}`));
    expect(spans.size).toBe(2);
    for (const o of result.observations) {
      expect(o.sentence.end - o.sentence.start).toBeLessThanOrEqual(1000);
      expect(o.sentence.text).toContain('地区生产总值');
    }
  });
});
