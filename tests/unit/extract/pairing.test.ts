import { runPipeline } from '../../../src/ingest/pipeline';
import { fourthSet, KNOWN, openVocabulary, paraphrase, run, secondSet } from '../../helpers/extract-fixtures';

// The pairing family of extraction rules (src/ingest/extract/pairing.ts), through the whole pipeline.

describe('pairing: figures with their indicators, ranks with theirs', () => {
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

    it('gives an amount in tonnes to no value indicator (GDP before a product line is not its level)', () => {
      const r = run('GDP恒达科技年产5万吨新型材料项目建成投产。上半年，全市地区生产总值同比增长5.1%、居全省第3位。');
      const gdp = r.observations.filter((o) => o.indicator === 'indicator/gdp');
      expect(gdp.map((o) => [o.value?.text, o.growthPct])).toEqual([[undefined, 5.1]]);
      expect(gdp[0]?.evidence.map((e) => e.quote)).toEqual(['上半年，全市地区生产总值同比增长5.1%、居全省第3位。']);
    });

    it('reads the figure of a phrase describing a place, for the place and the year the phrase names', () => {
      const { open } = openVocabulary;
      const r = open(
        '去年经济总量突破5000亿元的洛阳,一季度地区生产总值增长5.2%。2022年地区生产总值逼近1.3万亿元的郑州,一季度增长4.9%。',
        '2024-Q1',
        '河南省',
        '2024-04-20',
      );
      const place = (key: string) => r.entities.find((e) => e.key === key)?.name;
      const described = r.observations
        .filter((o) => o.rule === 'pairing.described-place')
        .map((o) => [
          place(o.subject),
          place(o.indicator) ?? o.indicator,
          o.period,
          o.kind,
          o.value?.value,
          o.value?.unit,
        ]);
      expect(described).toEqual([
        ['洛阳市', '经济总量', '2023', 'ESTIMATE', 5000, '亿元'],
        ['郑州市', '地区生产总值', '2022', 'ESTIMATE', 1.3, '万亿元'],
      ]);
      // The sentences' own figures keep the report's period.
      expect(r.observations.filter((o) => o.growthPct !== undefined).map((o) => o.period)).toEqual([
        '2024-Q1',
        '2024-Q1',
      ]);
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
  });

  describe('paraphrased indicators, changes and word amounts', () => {
    const { read } = paraphrase;
    it('merges a fact told in part into the same fact told in full', () => {
      const r = read(
        '上半年，全市一般公共预算收入85.2亿元，同比增长5.1%。全市一般公共预算收入、固定资产投资分别增长5.1%、3.0%。',
        '2024-H1',
        '许昌市',
      );
      const revenue = r.observations.filter((o) => o.indicator === 'indicator/general-budget-revenue');
      expect(revenue).toHaveLength(1);
      expect(revenue[0]).toMatchObject({ value: { value: 85.2 }, growthPct: 5.1 });
      expect(revenue[0]?.evidence).toHaveLength(2);
    });
  });

  describe('open vocabulary and general rules (sentences about other cities)', () => {
    const { open, named } = openVocabulary;
    it('reads 在全省排第N位 and 全省排名第N, for new indicators too', () => {
      const r = open('全市税收收入增速在全省排第6位，规上工业增加值总量全省排名第3。');
      const ranks = r.rankings.map((x) => [r.entities.find((e) => e.key === x.indicator)?.name, x.rank, x.basis]);
      expect(ranks).toEqual([
        ['税收收入', 6, 'GROWTH'],
        ['规模以上工业增加值', 3, 'LEVEL'],
      ]);
    });

    it('ranks a running total of a new indicator as an indicator of its own', () => {
      const r = open('新增国家级专精特新“小巨人”企业5家，总数居全省第3位。');
      const ranks = r.rankings.map((x) => [r.entities.find((e) => e.key === x.indicator)?.name, x.rank]);
      expect(ranks).toEqual([['国家级专精特新“小巨人”企业总数', 3]]);
      expect(named(r)).toEqual([['新增国家级专精特新“小巨人”企业', '2024', 5, null]]);
    });

    it('ranks every indicator listed before 等N项指标, known or not, for the county, within 该市 (the city above it)', () => {
      const r = runPipeline(
        '襄阳市近日公布上半年主要经济指标，其中谷城县地区生产总值、工业用电量、社会消费品零售总额等五项指标增速居该市第2位。',
        { key: 'report/test', title: 't', period: '2024-H1', subject: '谷城县' },
        KNOWN,
      );
      const ranks = r.rankings.map((x) => [
        r.entities.find((e) => e.key === x.subject)?.name,
        r.entities.find((e) => e.key === x.indicator)?.name,
        x.period,
        x.rank,
        x.basis,
        x.rule,
      ]);
      expect(ranks).toEqual([
        ['谷城县', '地区生产总值', '2024-H1', 2, 'GROWTH', 'pairing.rank-listed-items'],
        ['谷城县', '工业用电量', '2024-H1', 2, 'GROWTH', 'pairing.rank-listed-items'],
        ['谷城县', '社会消费品零售总额', '2024-H1', 2, 'GROWTH', 'pairing.rank-listed-items'],
      ]);
      expect(new Set(r.rankings.map((x) => x.scope))).toEqual(new Set(['region/420600']));
    });
  });

  describe('rules from the second development set', () => {
    const { read, nameOf } = secondSet;
    it('pairs ranks listed after figures given one clause each, and a short name before 增速 with the figure before', () => {
      const r = read(
        '全年规模以上工业增加值增长6.5%，固定资产投资增长4.8%，分别居全省第7、第3位。各项贷款余额3120.5亿元，增长8.8%，贷款增速居全省第4位。',
        '2024',
        '商丘市',
      );
      const ranks = r.rankings.map((x) => [nameOf(r, x.indicator), x.rank]);
      expect(ranks).toEqual([
        ['规模以上工业增加值', 7],
        ['固定资产投资', 3],
        ['各项贷款余额', 4],
      ]);
    });
  });

  describe('rules from the fourth development set', () => {
    const { read, nameOf } = fourthSet;
    it('pairs ranks listed with 和, reads an evaluation as what is ranked, and 全国 after 全市位列 as the scope', () => {
      const r = read(
        '全市固定资产投资增长9.1%，其中工业投资增长20.4%，增速分别位列全省第3位和第1位。在全省县域营商环境评价中，全市位列全省第5位。进出口总值增长8%，全市位列全国第40位。',
        '2024',
        '周口市',
      );
      expect(r.rankings.map((x) => [nameOf(r, x.indicator), x.scope, x.rank])).toEqual([
        ['固定资产投资', 'region/henan', 3],
        ['工业投资', 'region/henan', 1],
        ['县域营商环境评价', 'region/henan', 5],
        ['进出口总值', 'region/china', 40],
      ]);
    });
  });
});

describe('pairing: ranks shared by several indicators (ranking reviews)', () => {
  const named = (r: ReturnType<typeof run>, key: string) => r.entities.find((e) => e.key === key)?.name ?? key;
  it('gives one rank after 均 to every indicator with a figure before it, and one rank to indicators listed bare', () => {
    const r = run(
      '2024年，全市地区生产总值达到3204.1亿元、增长5.3%，规模以上工业增加值增长7.9%，增速均居全省第二；固定资产投资增长4.1%。从总量看，一般公共预算收入、社会消费品零售总额稳居全省第四。',
      '2024',
    );
    expect(r.rankings.map((x) => [named(r, x.indicator), x.rank, x.basis, x.rule])).toEqual([
      ['地区生产总值', 2, 'GROWTH', 'pairing.rank-each'],
      ['规模以上工业增加值', 2, 'GROWTH', 'pairing.rank-each'],
      ['一般公共预算收入', 4, 'LEVEL', 'pairing.rank-listed'],
      ['社会消费品零售总额', 4, 'LEVEL', 'pairing.rank-listed'],
    ]);
  });

  it('reads an unknown first item of a list of totals and 均保持全省第N as one rank each', () => {
    const r = run('2024年，全市税收总收入、一般公共预算收入分别达到512.3亿元和301.6亿元，均保持全省第五。', '2024');
    expect(r.observations.map((o) => [named(r, o.indicator), o.value?.value])).toEqual([
      ['税收总收入', 512.3],
      ['一般公共预算收入', 301.6],
    ]);
    expect(r.rankings.map((x) => [named(r, x.indicator), x.rank])).toEqual([
      ['税收总收入', 5],
      ['一般公共预算收入', 5],
    ]);
  });
});

describe('pairing: reviews that speak of several places', () => {
  const named = (r: ReturnType<typeof run>, key: string) => r.entities.find((e) => e.key === key)?.name ?? key;
  it('gives each figure to the place its clause is about, ranks 榜首 first, drops counts of places and gaps', () => {
    const r = run(
      '记者梳理发现，在18个地市中，有12个地市地区生产总值增速高于全省，另有5个地市地区生产总值超过1000亿元。去年经济总量突破5000亿元的洛阳，一季度地区生产总值增长5.1%。总量方面，去年经济总量接近1.4万亿元的郑州，一季度地区生产总值达3412.5亿元，排在18个地市榜首。在这些地市里，洛阳一季度地区生产总值1401.9亿元，两市差距不到2000亿元。',
      '2025-Q1',
      '开封市',
    );
    expect(r.observations.map((o) => [named(r, o.subject), o.period, o.value?.value, o.growthPct])).toEqual([
      // 去年经济总量突破5000亿元的洛阳: the phrase describing a place gives its figure of last year.
      ['洛阳市', '2024', 5000, undefined],
      ['郑州市', '2025-Q1', 3412.5, undefined],
      ['郑州市', '2024', 1.4, undefined],
      // The growth of one sentence and the level of another are one fact.
      ['洛阳市', '2025-Q1', 1401.9, 5.1],
    ]);
    expect(r.rankings.map((x) => [named(r, x.subject), x.rank, x.scope, x.period])).toEqual([
      ['郑州市', 1, 'region/henan', '2025-Q1'],
    ]);
  });
});

describe('pairing: a league of places told sentence by sentence', () => {
  const named = (r: ReturnType<typeof run>, key: string) => r.entities.find((e) => e.key === key)?.name ?? key;
  it('carries the indicator to places ranked by 以X%的增速, 紧随其后 and 排名第N的<place>', () => {
    const r = run(
      '各地市一季度地区生产总值增速多数快于全省。\n增速方面，洛阳以7.4%的增速领跑各地市，排在全省第一位。紧随其后的是南阳市，增速为6.8%。其后是新乡，增长6.1%。\n总量方面，排名第二的洛阳，地区生产总值1401.9亿元。',
      '2025-Q1',
      '开封市',
    );
    expect(
      r.observations.map((o) => [named(r, o.subject), named(r, o.indicator), o.value?.value, o.growthPct]),
    ).toEqual([
      ['南阳市', '地区生产总值', undefined, 6.8],
      ['新乡市', '地区生产总值', undefined, 6.1],
      // 7.4 and 1401.9 are one fact, told in two sentences.
      ['洛阳市', '地区生产总值', 1401.9, 7.4],
    ]);
    expect(r.rankings.map((x) => [named(r, x.subject), x.rank, x.basis, x.rule])).toEqual([
      ['洛阳市', 1, 'GROWTH', 'pairing.rank'],
      ['南阳市', 2, 'GROWTH', 'pairing.rank-follows'],
      ['洛阳市', 2, 'LEVEL', 'pairing.rank-before-place'],
    ]);
  });

  it('carries no indicator to a sentence about the report subject alone', () => {
    const r = run('全市地区生产总值增长5.2%。\n增速方面，全市以6.1%的增速领跑。', '2025-Q1', '开封市');
    expect(r.observations.map((o) => o.growthPct)).toEqual([5.2]);
  });
});
