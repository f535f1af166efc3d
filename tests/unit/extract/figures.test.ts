import { chineseNumber } from '../../../src/ingest/extract';
import { paraphrase, run, secondSet } from '../../helpers/extract-fixtures';

// The figures family of extraction rules (src/ingest/extract/figures.ts), through the whole pipeline.

describe('figures: numbers, units, growth rates, ranks and which figures are none', () => {
  describe('Chinese numerals', () => {
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
    it('does not read 第一方阵 as a rank', () => {
      expect(run('地区生产总值增速连续3年居全省第一方阵。').rankings).toEqual([]);
    });

    it('reads no figure from a range of counts or amounts (3—5家, 2~3亿元), but keeps the figure beside it', () => {
      const { read } = paraphrase;
      const r = read('全县还将新增规上企业3—5家，营业收入力争2~3亿元；规上企业数达到88家。', '2025', '平陆县');
      expect(r.observations.map((o) => [o.indicator, o.value?.value])).toEqual([
        ['indicator/enterprises-above-size', 88],
      ]);
    });

    it('warns on text without Chinese and extracts nothing', () => {
      const r = run('Quarterly report. GDP grew 5.1% in the first half.');
      expect(r.observations).toEqual([]);
      expect(r.warnings.join(' ')).toMatch(/no Chinese/);
    });
  });

  describe('paraphrased indicators, changes and word amounts', () => {
    const { read } = paraphrase;
    it('reads 百亿元 and 千亿元 as amounts, for the company that opens the sentence', () => {
      const r = read(
        '平原电气股份有限公司持续扩能，营收突破百亿元大关。市属国有企业资产总额突破千亿元。',
        '2023',
        '新乡市',
      );
      const company = r.entities.find((e) => e.kind === 'COMPANY' && e.name === '平原电气股份有限公司');
      expect(r.observations.map((o) => [o.indicator, o.subject, o.value, o.kind])).toEqual([
        ['indicator/operating-revenue', company?.key, { value: 100, unit: '亿元', text: '百亿元' }, 'ESTIMATE'],
        ['indicator/soe-assets', 'region/xinxiang', { value: 1000, unit: '亿元', text: '千亿元' }, 'ESTIMATE'],
      ]);
    });

    it('does not read a figure inside an indicator’s name', () => {
      const r = read('力争下半年新引进10亿元项目20个以上。', '2024-H1', '洛阳市');
      expect(r.observations.map((o) => [o.indicator, o.period, o.kind, o.value?.value])).toEqual([
        ['indicator/new-big-projects', '2024-H2', 'TARGET', 20],
      ]);
    });
  });

  describe('rules from the second development set', () => {
    const { read, rows } = secondSet;
    it('reads 上涨 and 下跌 as growth, and measures ending in 价格, 订单, 投入, 销量, 农田, 小区', () => {
      const r = read(
        '全市居民消费价格同比上涨0.6%，工业生产者出厂价格下跌1.2%。鹤壁天海电子有限公司新签订单4.3亿元，研发投入1.1亿元。全市新能源汽车销量2.6万辆，增长31.5%。全年建成高标准农田12万亩，改造老旧小区58个。',
        '2024',
        '鹤壁市',
      );
      expect(rows(r)).toEqual([
        ['鹤壁市', '居民消费价格', '2024', 'ACTUAL', null, 0.6],
        ['鹤壁市', '工业生产者出厂价格', '2024', 'ACTUAL', null, -1.2],
        ['鹤壁天海电子有限公司', '新签订单', '2024', 'ACTUAL', 4.3, null],
        ['鹤壁天海电子有限公司', '研发投入', '2024', 'ACTUAL', 1.1, null],
        ['鹤壁市', '新能源汽车销量', '2024', 'ACTUAL', 2.6, 31.5],
        ['鹤壁市', '高标准农田', '2024', 'ACTUAL', 12, null],
        ['鹤壁市', '改造老旧小区', '2024', 'ACTUAL', 58, null],
      ]);
    });

    it('drops a threshold figure before 的, and reads the company a quoted sentence calls 公司', () => {
      const r = read(
        '安阳华强机械有限公司实现营业收入15.2亿元，成为全市首家营收超10亿元的装备企业。“公司今年力争营业收入达到20亿元。”',
        '2024',
        '安阳市',
      );
      expect(rows(r)).toEqual([
        ['安阳华强机械有限公司', '营业收入', '2024', 'ACTUAL', 15.2, null],
        ['安阳华强机械有限公司', '营业收入', '2024', 'TARGET', 20, null],
      ]);
    });

    it('drops what a project yields once built, said in the clause before, and a threshold before 以上项目', () => {
      const r = read(
        '该项目建成后，年产值可达20亿元。一季度，全市签约项目58个，其中10亿元以上项目12个。',
        '2024-Q1',
        '信阳市',
      );
      expect(rows(r)).toEqual([
        ['信阳市', '签约项目', '2024-Q1', 'ACTUAL', 58, null],
        ['信阳市', '10亿元以上项目', '2024-Q1', 'ACTUAL', 12, null],
      ]);
    });

    it('drops the further yields listed after what projects can yield once built (税收近…)', () => {
      const r = read(
        '一季度，全市签约项目58个。上述项目全部建成达产后，预计可实现产值超800亿元，税收近60亿元。全市税收收入12.5亿元。',
        '2024-Q1',
        '信阳市',
      );
      expect(rows(r)).toEqual([
        ['信阳市', '签约项目', '2024-Q1', 'ACTUAL', 58, null],
        ['信阳市', '税收收入', '2024-Q1', 'ACTUAL', 12.5, null],
      ]);
    });

    it('reads no figure from a contribution to growth (贡献率)', () => {
      const r = read('全市高技术制造业增加值增长15.6%，对全市工业增长的贡献率达到28.4%。', '2024', '鹤壁市');
      expect(rows(r)).toEqual([['鹤壁市', '高技术制造业增加值', '2024', 'ACTUAL', null, 15.6]]);
    });

    it('reads units per area and visits (公斤/亩, 万家次)', () => {
      const r = read('全年小麦平均单产438.5公斤/亩。全市各级干部累计走访企业2.6万家次。', '2024', '周口市');
      expect(r.observations.map((o) => o.value?.text)).toEqual(['438.5公斤/亩', '2.6万家次']);
    });
  });
});

describe('figures: lists of targets with a rounding word on each item', () => {
  it('reads 分别增长5%左右和6.5%左右 as two growth rates', () => {
    const r = run('全市2025年主要预期目标为：城乡居民人均可支配收入分别增长5%左右和6.5%左右。', '2025');
    expect(r.observations.map((o) => [o.growthPct, o.kind])).toEqual([
      [5, 'TARGET'],
      [6.5, 'TARGET'],
    ]);
  });
});
