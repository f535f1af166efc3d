import { chineseNumber } from '../../src/ingest/extract';
import type { KnownEntity } from '../../src/ingest/link';
import { normalise, originalSpan } from '../../src/ingest/normalise';
import { runPipeline } from '../../src/ingest/pipeline';

// Extraction on sentences written for these tests (another city, other years), not taken from the seed reports.

const indicator = (key: string, name: string, ...aliases: string[]): KnownEntity => ({
  key: `indicator/${key}`,
  kind: 'INDICATOR',
  name,
  names: [name, ...aliases],
});
const KNOWN: KnownEntity[] = [
  indicator('gdp', '地区生产总值', 'gdp'),
  indicator('industrial-value-added', '规模以上工业增加值', '规上工业增加值'),
  indicator('general-budget-revenue', '一般公共预算收入'),
  indicator('retail-sales', '社会消费品零售总额'),
  indicator('fixed-asset-investment', '固定资产投资'),
  indicator('imports-exports', '进出口总值', '进出口'),
];

const run = (text: string, period = '2024-H1', subject = '郑州市') =>
  runPipeline(text, { key: 'report/test', title: 't', period, subject }, KNOWN);

describe('normalise', () => {
  it('repairs PDF line breaks inside words and numbers and keeps a map to the original', () => {
    const original = '上半年，全市地区生产总值同比增\n长 6.3%、居全省第 6位，规上工业增加值增长较快的态势持续。';
    const n = normalise(original);
    expect(n.text).toContain('同比增长6.3%、居全省第6位');
    const at = n.text.indexOf('增长6.3%');
    const span = originalSpan(n, at, at + '增长6.3%'.length);
    expect(span.quote).toBe('增\n长 6.3%');
    expect(original.slice(span.offset, span.offset + span.quote.length)).toBe(span.quote);
  });

  it('restores the lost "+" of quoted names and converts traditional script with offsets intact', () => {
    expect(normalise('全市“3 13 N”产业链群和“部门 智库”模式。').text).toContain('“3+13+N”产业链群和“部门+智库”模式');
    const trad = '全市進出口實現114.8億元，同比增長6.8%。這是上半年經濟運行向上向好的真實寫照，各項指標穩中有進。';
    const n = normalise(trad);
    expect(n.traditional).toBe(true);
    const at = n.text.indexOf('进出口');
    expect(originalSpan(n, at, at + 3).quote).toBe('進出口');
  });

  it('reads Chinese numerals', () => {
    expect([
      chineseNumber('七'),
      chineseNumber('十'),
      chineseNumber('十二'),
      chineseNumber('二十三'),
      chineseNumber('6'),
    ]).toEqual([7, 10, 12, 23, 6]);
  });
});

describe('extract figures and rankings', () => {
  it('reads a growth rate with its provincial rank (basis GROWTH) for the report subject', () => {
    const r = run('上半年，全市地区生产总值同比增长5.1%、居全省第3位。');
    expect(r.observations).toEqual([
      expect.objectContaining({
        indicator: 'indicator/gdp',
        subject: 'region/zhengzhou',
        period: '2024-H1',
        kind: 'ACTUAL',
        growthPct: 5.1,
      }),
    ]);
    expect(r.rankings).toEqual([
      expect.objectContaining({ indicator: 'indicator/gdp', scope: 'region/henan', rank: 3, basis: 'GROWTH' }),
    ]);
    const ev = r.observations[0]?.evidence[0];
    expect(ev && r.text.slice(ev.offset, ev.offset + ev.quote.length)).toBe(ev?.quote);
  });

  it('pairs 分别 enumerations in order, for growth rates and for ranks', () => {
    const r = run(
      '一般公共预算收入、社会消费品零售总额、固定资产投资分别增长3.2%、7.7%、-1.5%，分别居全省第2、第9、第14位。',
    );
    const growth = Object.fromEntries(r.observations.map((o) => [o.indicator, o.growthPct]));
    expect(growth).toEqual({
      'indicator/general-budget-revenue': 3.2,
      'indicator/retail-sales': 7.7,
      'indicator/fixed-asset-investment': -1.5,
    });
    const ranks = Object.fromEntries(r.rankings.map((o) => [o.indicator, o.rank]));
    expect(ranks).toEqual({
      'indicator/general-budget-revenue': 2,
      'indicator/retail-sales': 9,
      'indicator/fixed-asset-investment': 14,
    });
  });

  it('ranks a level (LEVEL), reads Chinese ordinals and the national scope', () => {
    const r = run('2023年全市地区生产总值1357.2亿元，居河南省第七位。该市进出口总值位居全国第三。', '2023');
    expect(r.observations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          indicator: 'indicator/gdp',
          period: '2023',
          value: { value: 1357.2, unit: '亿元', text: '1357.2亿元' },
        }),
      ]),
    );
    expect(r.rankings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ indicator: 'indicator/gdp', rank: 7, basis: 'LEVEL', scope: 'region/henan' }),
        expect.objectContaining({ indicator: 'indicator/imports-exports', rank: 3, scope: 'region/china' }),
      ]),
    );
  });

  it('marks 初步预计…左右 as ESTIMATE and 力争 as TARGET for the year', () => {
    const r = run('初步预计，全年地区生产总值同比增长5.5%左右。下半年，力争全年进出口总值突破300亿元。', '2024-H1');
    const gdp = r.observations.find((o) => o.indicator === 'indicator/gdp');
    const trade = r.observations.find((o) => o.indicator === 'indicator/imports-exports');
    expect(gdp).toMatchObject({ kind: 'ESTIMATE', period: '2024', growthPct: 5.5 });
    expect(trade).toMatchObject({ kind: 'TARGET', value: { value: 300, unit: '亿元' } });
  });

  it('does not read 第一方阵 as a rank', () => {
    expect(run('地区生产总值增速连续3年居全省第一方阵。').rankings).toEqual([]);
  });

  it('finds projects, their builder, status and county', () => {
    const r = run('上半年，恒达科技年产5万吨新型材料项目、新郑市智慧物流产业园等一批标志性项目建成投产。');
    const projects = r.entities.filter((e) => e.kind === 'PROJECT').map((e) => [e.name, e.status]);
    expect(projects).toEqual(
      expect.arrayContaining([
        ['恒达科技年产5万吨新型材料项目', 'COMPLETED'],
        ['新郑市智慧物流产业园', 'COMPLETED'],
      ]),
    );
    expect(r.entities.some((e) => e.kind === 'COMPANY' && e.name === '恒达科技')).toBe(true);
    expect(r.relations.map((x) => x.type)).toEqual(expect.arrayContaining(['DEVELOPS']));
  });

  it('warns on text without Chinese and extracts nothing', () => {
    const r = run('Quarterly report. GDP grew 5.1% in the first half.');
    expect(r.observations).toEqual([]);
    expect(r.warnings.join(' ')).toMatch(/no Chinese/);
  });
});
