import { fourthSet, openVocabulary, paraphrase, run, secondSet } from '../../helpers/extract-fixtures';

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
