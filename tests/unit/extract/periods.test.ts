import { openVocabulary, paraphrase, secondSet } from '../../helpers/extract-fixtures';

// The periods family of extraction rules (src/ingest/extract/periods.ts), through the whole pipeline.

describe('periods: of a sentence, a paragraph and a review', () => {
  describe('paraphrased indicators, changes and word amounts', () => {
    const { read } = paraphrase;
    it('reads 万吨标准煤 in traditional script, and a 预计 forecast for the whole year', () => {
      const r = read('這些項目建成後，預計實現年節能量2.3萬噸標準煤，帶動就業。', '2024-H1', '许昌市');
      expect(r.observations).toEqual([
        expect.objectContaining({
          indicator: 'indicator/energy-saving',
          period: '2024',
          kind: 'ESTIMATE',
          value: expect.objectContaining({ value: 2.3, unit: '万吨标准煤' }),
        }),
      ]);
    });
  });

  describe('open vocabulary and general rules (sentences about other cities)', () => {
    const { open } = openVocabulary;
    it('reads 全年 after a half-year word as the year, and a target for it', () => {
      const r = open(
        '力争上半年新开工项目全部开工，全年完成固定资产投资850亿元。下半年，确保全年一般公共预算收入增长8%。',
        '2024-H1',
      );
      expect(r.observations).toEqual([
        expect.objectContaining({ indicator: 'indicator/fixed-asset-investment', period: '2024', kind: 'TARGET' }),
        expect.objectContaining({ indicator: 'indicator/general-budget-revenue', period: '2024', kind: 'TARGET' }),
      ]);
    });

    it('keeps the year a paragraph opens on (回望…年, 过去一年) for its later sentences, and a date is no period', () => {
      const r = open(
        '回望2023年，全市上下攻坚克难。地区生产总值达到2100亿元，增长5.2%。\n过去一年，开放步伐加快。进出口总值完成186.5亿元。\n2024年，力争地区生产总值增长6%。\n许昌日报2024年1月20日讯 全市社会消费品零售总额增长5.5%。',
        '2024',
        '许昌市',
        '2024-01-20',
      );
      expect(r.observations.map((o) => [o.indicator, o.period])).toEqual([
        ['indicator/gdp', '2023'],
        ['indicator/imports-exports', '2023'],
        ['indicator/gdp', '2024'],
        ['indicator/retail-sales', '2024'],
      ]);
    });

    it('reads a figure of 目前 for the report period, and a span since a year (…年以来) names no period', () => {
      const r = paraphrase.read(
        '2021年以来，全县规上企业由2020年底的52家增加到目前的118家，工业产值由2020年的64亿元提高到2023年的190亿元。截至目前，全县累计培育上市企业6家，2023年另有一家企业入围百强。',
        '2024',
        '竹溪县',
      );
      expect(r.observations.map((o) => [o.indicator, o.period, o.value?.value])).toEqual(
        expect.arrayContaining([
          ['indicator/enterprises-above-size', '2020', 52],
          ['indicator/enterprises-above-size', '2024', 118],
          [expect.stringContaining('indicator/'), '2023', 190],
          [expect.stringContaining('indicator/'), '2024', 6],
        ]),
      );
    });
  });

  describe('rules from the second development set', () => {
    const { read, rows } = secondSet;
    it('carries a review over the paragraphs after it, reads 目标是 as a target cue and a clause-opening year', () => {
      const r = read(
        '三门峡市经济工作会议召开\n过去一年，全市地区生产总值增长5.1%。\n工业经济稳中有进。规模以上工业增加值增长6.8%。\n会议强调，2024年主要预期目标是：地区生产总值增长6%左右，固定资产投资增长8%。要力争全年新开工亿元以上项目150个。',
        '2023',
        '三门峡市',
        '2024-01-08',
      );
      expect(rows(r)).toEqual([
        ['三门峡市', '地区生产总值', '2023', 'ACTUAL', null, 5.1],
        ['三门峡市', '规模以上工业增加值', '2023', 'ACTUAL', null, 6.8],
        ['三门峡市', '地区生产总值', '2024', 'TARGET', null, 6],
        ['三门峡市', '固定资产投资', '2024', 'TARGET', null, 8],
        ['三门峡市', '新开工亿元以上项目', '2024', 'TARGET', 150, null],
      ]);
    });

    it('reads a month (4月份) as the period, 今年 as the year of publication, and 3月末 as no month', () => {
      const month = read('4月份，全市新签约项目37个。3月末，全市各项贷款余额2310.5亿元。', '2024-Q1');
      expect(rows(month).map((x) => x[2])).toEqual(['2024-04', '2024-Q1']);
      const thisYear = read('今年，全市计划新建5G基站1800个。', '2023', '信阳市', '2024-01-20');
      expect(rows(thisYear)).toEqual([['信阳市', '新建5G基站', '2024', 'TARGET', 1800, null]]);
    });

    it('moves a review paragraph on to the period a later sentence opens on', () => {
      const r = read(
        '回顾2023年，全市地区生产总值增长5.2%。进入2024年，全市狠抓项目建设。一季度，全市新签约项目36个；新开工项目28个。',
        '2024-Q1',
        '驻马店市',
        '2024-04-20',
      );
      expect(rows(r).map((x) => [x[1], x[2]])).toEqual([
        ['地区生产总值', '2023'],
        ['新签约项目', '2024-Q1'],
        ['新开工项目', '2024-Q1'],
      ]);
    });
  });
});
