import type { KnownEntity } from '../../src/ingest/link';
import { runPipeline } from '../../src/ingest/pipeline';

// The layout parsers inside the pipeline: their reading of a figure replaces the sentence rules' reading of the
// same figure on the same line, the rules' period and kind stand, and a project's own investment is no observation.

const KNOWN: KnownEntity[] = [
  { key: 'indicator/gdp', kind: 'INDICATOR', name: '地区生产总值', names: ['地区生产总值', 'gdp'] },
];
const run = (text: string, period = '2025-H1') =>
  runPipeline(text, { key: 'report/t', title: 't', period, subject: '焦作市' }, KNOWN);
const named = (r: ReturnType<typeof run>) =>
  r.observations.map((o) => {
    const name = r.entities.find((e) => e.key === o.indicator)?.name ?? o.indicator;
    return `${name} ${o.period} ${o.kind} ${o.value?.text ?? ''}${o.growthPct ?? ''}`;
  });

describe('layout in the pipeline', () => {
  it('reads a batch told twice as one fact each, under the fuller name', () => {
    const r = run('上半年集中开工的重大项目一共12个,总投资58亿元。\n焦作市本次集中开工项目12个,项目总投资58亿元');
    expect(named(r).sort()).toEqual([
      '集中开工重大项目 2025-H1 ACTUAL 12个',
      '集中开工重大项目总投资 2025-H1 ACTUAL 58亿元',
    ]);
  });

  it('keeps the rules’ period and kind for a target, and takes the rules’ fuller name', () => {
    const r = run(
      '全年力争新开工亿元以上项目260个。3月份集中签约项目41个，总投资326亿元，其中先进制造业项目29个。',
      '2025-Q1',
    );
    expect(named(r)).toEqual(
      expect.arrayContaining([
        '新开工亿元以上项目 2025 TARGET 260个',
        '集中签约项目 2025-03 ACTUAL 41个',
        '集中签约项目总投资 2025-03 ACTUAL 326亿元',
      ]),
    );
  });

  it('stores a project investment on the project and leaves it out of the observations', () => {
    const r = run('上半年，总投资45亿元的焦作百万吨乙烯配套新材料产业园项目完成环评批复。');
    expect(r.observations).toEqual([]);
    const project = r.entities.find((e) => e.kind === 'PROJECT');
    expect(project).toMatchObject({
      name: '焦作百万吨乙烯配套新材料产业园项目',
      investment: { value: 45, unit: '亿元', text: '45亿元' },
    });
    expect(project?.investment?.evidence.quote).toContain('总投资45亿元的');
  });

  it('reads a pipe table of a bulletin together with its prose, one fact per figure', () => {
    const r = run(
      '全年地区生产总值2313亿元,比上年增长5.2%。\n2024年全市地区生产总值和增长速度\n| 指标 | 绝对数(亿元) | 比上年增长% |\n| 地区生产总值 | 2313.0 | 5.2 |\n| 工业 | 526.3 | 6.8 |',
      '2024',
    );
    expect(named(r).sort()).toEqual(['地区生产总值 2024 ACTUAL 2313亿元5.2', '工业增加值 2024 ACTUAL 526.3亿元6.8']);
    const gdp = r.observations.find((o) => o.indicator === 'indicator/gdp');
    expect(gdp?.evidence.map((e) => e.quote)).toEqual([
      '全年地区生产总值2313亿元,比上年增长5.2%。',
      '| 地区生产总值 | 2313.0 | 5.2 |',
    ]);
  });
});
