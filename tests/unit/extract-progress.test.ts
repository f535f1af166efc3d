import { extract } from '../../src/ingest/extract';
import { placeEntries } from '../../src/ingest/gazetteer';
import { gazetteerFrom, type KnownEntity } from '../../src/ingest/link';
import { normalise } from '../../src/ingest/normalise';
import { runPipeline } from '../../src/ingest/pipeline';
import { segment } from '../../src/ingest/segment';

// The pipeline reads the whole report in one pass of extract(), so what one sentence establishes (a company's
// short name, the company 公司 refers to) still holds sixty sentences later; progress comes from inside that pass.

const KNOWN: KnownEntity[] = [
  { key: 'indicator/gdp', kind: 'INDICATOR', name: '地区生产总值', names: ['地区生产总值', 'gdp'] },
];

/** Sixty sentences, each different, none naming a company or a figure. */
const FILLER = Array.from({ length: 60 }, (_, i) => `第${i + 1}项重点工作按计划稳步推进，各有关部门密切配合。`).join(
  '\n',
);

const REPORT = [
  '一季度，全市经济运行总体平稳。',
  '周口恒达食品集团有限公司入选省级龙头企业。',
  FILLER,
  '作为全市食品产业的骨干企业，恒达食品去年营业收入突破40亿元。',
].join('\n');

const run = (text: string, onProgress?: (done: number, total: number) => void) =>
  runPipeline(
    text,
    { key: 'report/test', title: '周口经济运行情况', period: '2025-Q1', subject: '周口市', publishedAt: '2025-04-10' },
    KNOWN,
    onProgress ? { onProgress } : {},
  );

describe('one extraction pass over the whole report', () => {
  it('gives a figure sixty sentences after a company’s full name to that company, by its short name', () => {
    const r = run(REPORT);
    const company = r.entities.find((e) => e.kind === 'COMPANY');
    expect(company).toMatchObject({ name: '周口恒达食品集团有限公司', aliases: ['恒达食品'] });
    const revenue = r.observations.filter((o) => o.value?.value === 40);
    expect(revenue).toHaveLength(1);
    expect(revenue[0]?.subject).toBe(company?.key);
    expect(revenue[0]?.subject).not.toBe('region/zhoukou');
  });

  it('reports progress sentence by sentence, rising to the total, from inside the one pass', () => {
    const calls: [number, number][] = [];
    run(REPORT, (done, total) => calls.push([done, total]));
    const sentences = segment(normalise(REPORT)).length;
    expect(sentences).toBeGreaterThan(60);
    expect(calls.at(-1)).toEqual([sentences, sentences]);
    for (const [i, [done, total]] of calls.entries()) {
      expect(total).toBe(sentences);
      if (i > 0) expect(done).toBeGreaterThan(calls[i - 1]?.[0] ?? -1);
    }
    // Every sentence reports, not every fiftieth.
    expect(calls.length).toBeGreaterThanOrEqual(sentences);
  });

  it('extract() calls onProgress once per sentence with (done, total)', () => {
    const text = '上半年，全市地区生产总值增长5%。全市经济运行稳中向好。进出口增长3%。';
    const sentences = segment(normalise(text));
    const gazetteer = [...placeEntries(text), ...gazetteerFrom(KNOWN, ['INDICATOR', 'REGION'])];
    const calls: [number, number][] = [];
    extract(sentences, {
      gazetteer,
      period: '2025-H1',
      subject: null,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
});
