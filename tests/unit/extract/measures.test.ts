import { runPipeline } from '../../../src/ingest/pipeline';
import { ingestStatements } from '../../../src/ingest/write';
import { indicator, KNOWN, openVocabulary, secondSet } from '../../helpers/extract-fixtures';

// The measures family of extraction rules (src/ingest/extract/measures.ts), through the whole pipeline.

describe('measures: open vocabulary', () => {
  describe('open vocabulary and general rules (sentences about other cities)', () => {
    const { open, named } = openVocabulary;
    it('reads a measure the gazetteer does not know, named by the phrase before its figure, as a new indicator', () => {
      const r = open('2023年，全市税收收入138.9亿元，增长6.2%；第二产业增加值1459.2亿元，增长5.0%。', '2023');
      expect(named(r)).toEqual([
        ['税收收入', '2023', 138.9, 6.2],
        ['第二产业增加值', '2023', 1459.2, 5],
      ]);
      const tax = r.entities.find((e) => e.name === '税收收入');
      expect(tax).toMatchObject({ kind: 'INDICATOR', isNew: true });
      expect(tax?.key).toMatch(/^indicator\/ingested-/);
      expect(tax?.mentions.length).toBeGreaterThan(0);
    });

    it('writes a new indicator as an Indicator entity before the facts that MATCH it', () => {
      const r = open('全市税收收入138.9亿元，税收收入增速居全省第4位。');
      const key = r.entities.find((e) => e.name === '税收收入')?.key;
      const statements = ingestStatements(r);
      const rowsOf = (i: number) => (statements[i]?.params.rows ?? []) as { key?: string; indicator?: string }[];
      const created = statements.findIndex(
        (st, i) => st.cypher.includes('Entity:Indicator') && rowsOf(i).some((row) => row.key === key),
      );
      const facts = statements
        .map((st, i) =>
          /MATCH \(i:Indicator/.test(st.cypher) && rowsOf(i).some((row) => row.indicator === key) ? i : -1,
        )
        .filter((i) => i >= 0);
      expect(created).toBeGreaterThanOrEqual(0);
      expect(facts).toHaveLength(2);
      expect(facts.every((i) => i > created)).toBe(true);
    });

    it('names land counted in 亩 by the phrase before it (用地, 土地)', () => {
      const r = open('在要素保障方面,盘活闲置土地1200亩,获批各类建设用地2.3万亩、居全省前列。');
      expect(named(r)).toEqual([
        ['盘活闲置土地', '2024', 1200, null],
        ['获批各类建设用地', '2024', 2.3, null],
      ]);
    });

    it('counts streets and routes in 条 (before or after what they count), not a policy’s articles or a plant’s lines', () => {
      const r = open(
        '全年打造6条特色夜市街区及“古城小吃”品牌,新开通国际航线3条。落实稳就业15条政策。企业建起4条铜箔生产线。',
      );
      expect(named(r)).toEqual([
        ['特色夜市街区', '2024', 6, null],
        ['新开通国际航线', '2024', 3, null],
      ]);
    });

    it('stops the phrase at subjects, times, verbs and clause punctuation, and keeps the growth of the next clause', () => {
      const r = open(
        '1-6月，我市新登记市场主体2.3万户；全市居民人均可支配收入完成1.6万元，同比增长5.9%；其中，出口41.2亿元，增长9.8%。',
        '2024-H1',
      );
      expect(named(r)).toEqual([
        ['新登记市场主体', '2024-H1', 2.3, null],
        ['居民人均可支配收入', '2024-H1', 1.6, 5.9],
        ['出口', '2024-H1', 41.2, 9.8],
      ]);
    });

    it('gives an item of a breakdown named without its measure the measure of the item before it', () => {
      const r = open(
        '分经济类型看,集体企业增加值同比增长6.2%;股份合作企业增长4.4%,私营企业则下降1.3%。分门类看,采矿业增加值增长3.1%,制造业增长8.0%,电力、热力、燃气及水生产和供应业增长5.2%。',
        '2023-H1',
      );
      expect(named(r)).toEqual([
        ['集体企业增加值', '2023-H1', null, 6.2],
        ['股份合作企业增加值', '2023-H1', null, 4.4],
        ['私营企业增加值', '2023-H1', null, -1.3],
        ['采矿业增加值', '2023-H1', null, 3.1],
        ['制造业增加值', '2023-H1', null, 8],
        ['电力、热力、燃气及水生产和供应业增加值', '2023-H1', null, 5.2],
      ]);
      // The first item after a breakdown's heading takes the measure of the whole named before it.
      expect(
        named(open('全区工业投资下降3.5%。按行业划分,制造业增长6.4%;采矿业下降12.0%。', '2024-Q1', '洛阳市')),
      ).toEqual([
        ['工业投资', '2024-Q1', null, -3.5],
        ['制造业投资', '2024-Q1', null, 6.4],
        ['采矿业投资', '2024-Q1', null, -12],
      ]);
      // An item of another kind takes no measure from the item before.
      expect(named(open('工业用电量增长6.1%,城乡居民增长3.2%。', '2023'))).toEqual([['工业用电量', '2023', null, 6.1]]);
    });

    it('keeps the name the text writes when a word stands inside a known one, and lets 全年 or 上半年 stand before the figure', () => {
      expect(
        named(
          open(
            '全县一般公共财政预算收入12.6亿元,增长3.1%;城镇登记失业率全年为2.9%。茶叶产量上半年为0.42万吨。',
            '2023',
          ),
        ),
      ).toEqual([
        ['一般公共财政预算收入', '2023', 12.6, 3.1],
        ['城镇登记失业率', '2023', 2.9, null],
        ['茶叶产量', '2023-H1', 0.42, null],
      ]);
    });

    it('takes no generic word for a measure and no capacity of a project yet to be built', () => {
      const r = open('该项目总投资50亿元，建成后可实现年产值30亿元，完成投资12亿元。');
      expect(r.observations).toEqual([]);
    });

    it('names a share or contribution after the measure before it, and a generic measure after a counted category', () => {
      const r = open(
        '高新技术产业增加值增长10.4%，占规上工业增加值比重为41.2%。新签约项目56个，总投资412亿元；规上工业企业新增45家，总数达到1890家。',
      );
      expect(named(r)).toEqual(
        expect.arrayContaining([
          ['高新技术产业增加值', '2024', null, 10.4],
          ['高新技术产业增加值占规上工业增加值比重', '2024', 41.2, null],
          ['新签约项目', '2024', 56, null],
          ['新签约项目总投资', '2024', 412, null],
          ['新增规上工业企业', '2024', 45, null],
          ['规上工业企业总数', '2024', 1890, null],
        ]),
      );
    });

    it('reads a count written before what it counts', () => {
      expect(named(open('全年新建了86个社区养老服务中心。'))).toEqual([['社区养老服务中心', '2024', 86, null]]);
    });
  });

  describe('rules from the second development set', () => {
    const { read, rows } = secondSet;
    it('reads a share named in full over two measures, and an annual investment plan as the projects’ investment', () => {
      const share = read('全市税收收入占一般公共预算收入的比重为72.4%。');
      expect(rows(share)).toEqual([['信阳市', '税收收入占一般公共预算收入的比重', '2024', 'ACTUAL', 72.4, null]]);
      const plan = read('全年将实施市重点项目350个，确保完成年度投资计划900亿元。');
      expect(rows(plan)).toEqual([
        ['信阳市', '实施市重点项目', '2024', 'TARGET', 350, null],
        ['信阳市', '市重点项目完成投资', '2024', 'TARGET', 900, null],
      ]);
    });

    it('keeps a district the gazetteer does not know out of a measure’s name', () => {
      const r = read('羊山新区新增市场主体1800户，南湾区新增市场主体900户。', '2024', '信阳市');
      expect(rows(r).map((x) => x[1])).toEqual(['羊山新区新增市场主体', '新增市场主体']);
    });

    it('names a figure by the phrase a generic known measure ends (花木产业年产值, 规模以上服务业营业收入)', () => {
      const r = runPipeline(
        '鄢陵县花木产业年产值突破100亿元。1—5月，全市规模以上服务业营业收入同比增长10.2%。',
        { key: 'report/test', title: 't', period: '2024-H1', subject: '许昌市' },
        [...KNOWN, indicator('output-value', '产值'), indicator('operating-revenue', '营业收入', '营收')],
      );
      expect(rows(r)).toEqual([
        ['鄢陵县', '花木产业年产值', '2024-H1', 'ESTIMATE', 100, null],
        ['许昌市', '规模以上服务业营业收入', '2024-05', 'ACTUAL', null, 10.2],
      ]);
    });

    it('reads an amount after 超 before a counted kind as a threshold in the name of the count', () => {
      const r = runPipeline(
        '截至目前，全市累计培育营收超百亿元企业(集团)4家、产值超20亿元企业23家。',
        { key: 'report/test', title: 't', period: '2025', subject: '绍兴市' },
        [...KNOWN, indicator('output-value', '产值'), indicator('operating-revenue', '营业收入', '营收')],
      );
      expect(rows(r).map((x) => x.slice(1))).toEqual([
        [expect.stringContaining('营收超百亿元企业(集团)'), '2025', 'ACTUAL', 4, null],
        ['产值超20亿元企业', '2025', 'ACTUAL', 23, null],
      ]);
    });

    it('names a changed figure (由A提高到B) by the phrase the generic measure ends, for both years', () => {
      const r = runPipeline(
        '全县规上工业产值由2020年的64亿元提高到2023年的190亿元。',
        { key: 'report/test', title: 't', period: '2024', subject: '竹溪县' },
        [...KNOWN, indicator('output-value', '产值')],
      );
      expect(rows(r).map((x) => x.slice(1))).toEqual([
        ['规上工业产值', '2020', 'ACTUAL', 64, null],
        ['规上工业产值', '2023', 'ACTUAL', 190, null],
      ]);
    });
  });
});
