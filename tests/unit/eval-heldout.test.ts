import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readDocument } from '../../src/ingest/document/document';
import { knownFromSeed } from '../../src/ingest/evaluate';
import type { Gold } from '../../src/ingest/heldout';
import { evaluateHeldout, sameName, scoreHeldout } from '../../src/ingest/heldout';
import type { KnownEntity } from '../../src/ingest/link';
import type { PipelineResult } from '../../src/ingest/pipeline';
import { readSeed } from '../../src/seed/read';

// The held-out scorer itself (npm run eval:heldout), on a hand-made result: no pipeline, no floor on scores.

const ev = [{ quote: '新乡市地区生产总值3487.6亿元', offset: 0 }];
const known: KnownEntity[] = [
  { key: 'indicator/gdp', kind: 'INDICATOR', name: '地区生产总值', names: ['地区生产总值', '生产总值', 'gdp'] },
];
const result: PipelineResult = {
  meta: { key: 'report/test', title: 't', period: '2024', script: 'SIMPLIFIED' },
  inferred: {
    period: { value: '2024', confidence: 1, reason: 'given', warning: null },
    subject: { value: '新乡市', confidence: 1, reason: 'given', warning: null },
  },
  text: '',
  entities: [
    { key: 'region/xinxiang', kind: 'REGION', name: '新乡市', isNew: true, aliases: ['新乡'], mentions: ev },
    { key: 'company/a', kind: 'COMPANY', name: '新乡白鹭化纤', isNew: true, aliases: [], mentions: ev },
    { key: 'project/b', kind: 'PROJECT', name: '标准化厂房项目', isNew: true, aliases: [], mentions: ev },
  ],
  observations: [
    {
      indicator: 'indicator/gdp',
      subject: 'region/xinxiang',
      period: '2024',
      kind: 'ACTUAL',
      value: { value: 3487.6, unit: '亿元', text: '3487.6亿元' },
      evidence: ev,
    },
    {
      indicator: 'indicator/gdp',
      subject: 'region/xinxiang',
      period: '2025',
      kind: 'TARGET',
      growthPct: 5,
      evidence: ev,
    },
  ],
  rankings: [
    {
      indicator: 'indicator/gdp',
      subject: 'region/xinxiang',
      period: '2024',
      scope: 'region/henan',
      rank: 5,
      basis: 'GROWTH',
      evidence: ev,
    },
  ],
  relations: [],
  warnings: [],
};
const gold: Gold = {
  meta: { title: 't' },
  observations: [
    {
      subject: '新乡市',
      indicator: '生产总值',
      period: '2024',
      kind: 'ACTUAL',
      value: { value: 3487.6, unit: '亿元' },
      growthPct: 5.6,
    },
    { subject: '新乡', indicator: '地区生产总值', period: '2025', kind: 'TARGET', growthPct: 6 },
  ],
  rankings: [{ subject: '新乡市', indicator: '地区生产总值', period: '2024', rank: 4, scope: '河南省' }],
  projects: ['中原冷链物流枢纽项目'],
  companies: ['新乡白鹭化纤有限公司'],
};

describe('held-out scorer', () => {
  const { tallies, misses } = scoreHeldout(result, gold, known);
  const tally = (kind: string) => tallies.find((t) => t.kind === kind);

  it('counts a fact whose names and value match, and not one with a wrong growth or rank', () => {
    expect(tally('observations')).toEqual({ kind: 'observations', extracted: 2, gold: 2, matched: 1 });
    expect(tally('rankings')).toEqual({ kind: 'rankings', extracted: 1, gold: 1, matched: 0 });
    expect(misses).toContain('report/test extra observations 新乡市 地区生产总值 2025  5');
    expect(misses).toContain('report/test missed observations 新乡 地区生产总值 2025  6');
  });

  it('matches companies and projects by name, allowing one name to contain the other', () => {
    expect(tally('companies')).toEqual({ kind: 'companies', extracted: 1, gold: 1, matched: 1 });
    expect(tally('projects')).toEqual({ kind: 'projects', extracted: 1, gold: 1, matched: 0 });
  });

  it('compares names without quotes or width, and not by a two-character fragment', () => {
    expect(sameName('新增国家级专精特新“小巨人”企业', '新增国家级专精特新小巨人企业')).toBe(true);
    expect(sameName('研究与试验发展（R&D）经费', '研究与试验发展(r&d)经费')).toBe(true);
    expect(sameName('河南', '河南华钻超硬材料股份有限公司')).toBe(false);
    expect(sameName('规上工业增加值', '工业增加值')).toBe(true);
  });
});

describe('held-out evaluation modes', () => {
  // One report whose gold meta says "2024" while its title says 一季度: the default run must not read the meta's
  // period (it infers 2024-Q1 from the title); --given-meta passes the meta's period and the pipeline keeps it.
  const dir = mkdtempSync(join(tmpdir(), 'kg-heldout-'));
  writeFileSync(
    join(dir, 'xinxiang-q1.txt'),
    '新乡市2024年一季度经济运行情况\n一季度，全市地区生产总值812.3亿元，同比增长5.6%。',
  );
  writeFileSync(
    join(dir, 'xinxiang-q1.gold.yaml'),
    [
      'meta: { title: 新乡市2024年一季度经济运行情况, publishedAt: "2024-04-20", period: "2024" }',
      'observations:',
      '  - { subject: 新乡市, indicator: 地区生产总值, period: 2024-Q1, kind: ACTUAL, value: { value: 812.3, unit: 亿元 }, growthPct: 5.6 }',
      'rankings: []',
    ].join('\n'),
  );
  const known = knownFromSeed(readSeed());

  it('infers the period by default and reports it against the gold meta', () => {
    const run = evaluateHeldout(known, dir);
    expect(run.scores.find((s) => s.kind === 'observations')).toMatchObject({ extracted: 1, matched: 1 });
    expect(run.periods).toEqual([
      { key: 'report/xinxiang-q1', period: '2024-Q1', gold: '2024', reason: expect.stringMatching(/一季度/) },
    ]);
    expect(run.results[0]?.inferred.subject.value).toBe('新乡市');
  });

  it('passes the gold meta period with givenMeta', () => {
    const run = evaluateHeldout(known, dir, { givenMeta: true });
    expect(run.results[0]?.meta.period).toBe('2024');
    expect(run.results[0]?.inferred.period).toMatchObject({ value: '2024', reason: 'given', confidence: 1 });
  });

  it('infers the gold period of every seed development and held-out report from its head', () => {
    // pingdingshan-2023plan opens on its review ("回望2022年") and is read as 2022; its gold meta names the plan year,
    // where gushi-2025 and zhoukou-2024, work reports with review and targets too, name the review year.
    const wrong: string[] = [];
    let n = 0;
    for (const set of ['dev', 'dev2', 'dev3', 'dev4', 'heldout']) {
      const at = join(__dirname, '..', '..', 'seed', set);
      for (const file of readdirSync(at).filter((f) => f.endsWith('.txt'))) {
        const meta = (parse(readFileSync(join(at, file.replace(/\.txt$/, '.gold.yaml')), 'utf8')) as Gold).meta;
        const doc = readDocument(
          readFileSync(join(at, file), 'utf8'),
          { title: meta.title, publishedAt: meta.publishedAt ?? null },
          [],
        );
        n += 1;
        if (doc.period.value !== meta.period) wrong.push(`${file} ${doc.period.value}`);
      }
    }
    expect(n).toBe(17);
    expect(wrong).toEqual(['pingdingshan-2023plan.txt 2022']);
  });
});
