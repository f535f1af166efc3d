import type { Gold } from '../../src/ingest/heldout';
import { sameName, scoreHeldout } from '../../src/ingest/heldout';
import type { KnownEntity } from '../../src/ingest/link';
import type { PipelineResult } from '../../src/ingest/pipeline';

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
