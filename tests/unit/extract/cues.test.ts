import { fourthSet, paraphrase, run, secondSet } from '../../helpers/extract-fixtures';

// The cues family of extraction rules (src/ingest/extract/cues.ts), through the whole pipeline.

describe('cues: targets, estimates and forecasts', () => {
  describe('extract figures and rankings', () => {
    it('marks 初步预计…左右 as ESTIMATE and 力争 as TARGET for the year', () => {
      const r = run('初步预计，全年地区生产总值同比增长5.5%左右。下半年，力争全年进出口总值突破300亿元。', '2024-H1');
      const gdp = r.observations.find((o) => o.indicator === 'indicator/gdp');
      const trade = r.observations.find((o) => o.indicator === 'indicator/imports-exports');
      expect(gdp).toMatchObject({ kind: 'ESTIMATE', period: '2024', growthPct: 5.5 });
      expect(trade).toMatchObject({ kind: 'TARGET', value: { value: 300, unit: '亿元' } });
    });
  });

  describe('paraphrased indicators, changes and word amounts', () => {
    const { read } = paraphrase;
    it('takes a 计划 that ends its clause for a plan’s name, not a target cue', () => {
      const r = read(
        '实施重点群体就业支持计划，新增城镇就业3.1万人。下半年计划新增城镇就业2万人。',
        '2024-H1',
        '洛阳市',
      );
      expect(r.observations.map((o) => [o.period, o.kind, o.value?.value])).toEqual([
        ['2024-H1', 'ACTUAL', 3.1],
        ['2024-H2', 'TARGET', 2],
      ]);
    });
  });

  describe('rules from the second development set', () => {
    const { read, rows } = secondSet;
    it('takes only a word at the figure for an estimate (not 规模以上 or 亿元以上 in a name)', () => {
      const r = read('全市规模以上工业增加值增长7.3%，新签约亿元以上项目26个，社会消费品零售总额约860亿元。');
      expect(r.observations.map((o) => o.kind)).toEqual(['ACTUAL', 'ACTUAL', 'ESTIMATE']);
    });

    it('splits a count from the amount of the projects it counts, and reads 占年度计划的 as a share, not a target', () => {
      const r = read('全市186个省重点项目完成投资402.7亿元，占年度计划的58.3%。', '2024-H1', '驻马店市');
      expect(rows(r)).toEqual([
        ['驻马店市', '省重点项目', '2024-H1', 'ACTUAL', 186, null],
        ['驻马店市', '省重点项目完成投资', '2024-H1', 'ACTUAL', 402.7, null],
        ['驻马店市', '省重点项目完成投资占年度计划', '2024-H1', 'ACTUAL', 58.3, null],
      ]);
    });
  });

  describe('rules from the fourth development set', () => {
    const { read, rows } = fourthSet;
    it('gives targets set after their year was over the year of the report, over a list split by ；', () => {
      const r = read(
        '今年主要预期目标是：地区生产总值增长6.5%左右；固定资产投资增长9%；一般公共预算收入增长5%。力争全年新签约亿元以上项目50个。',
        '2024',
        '项城市',
        '2025-01-10',
      );
      expect(rows(r).map((x) => [x[1], x[2], x[3]])).toEqual([
        ['地区生产总值', '2025', 'TARGET'],
        ['固定资产投资', '2025', 'TARGET'],
        ['一般公共预算收入', '2025', 'TARGET'],
        ['新签约亿元以上项目', '2025', 'TARGET'],
      ]);
    });

    it('reads a list after 努力目标建议为 as targets, and a rate 控制在 a level as that rate', () => {
      const r = read(
        '全县2025年经济社会发展的努力目标建议为:全县地区生产总值增长7%;固定资产投资增长10%以上;城镇调查失业率控制在5.5%以内;节能减排完成上级下达目标任务。',
        '2025',
        '项城市',
      );
      expect(rows(r).map((x) => [x[1], x[2], x[3], x[4] ?? x[5]])).toEqual([
        ['地区生产总值', '2025', 'TARGET', 7],
        ['固定资产投资', '2025', 'TARGET', 10],
        ['城镇调查失业率', '2025', 'TARGET', 5.5],
      ]);
    });

    it('reads 较去年同期 as a comparison, 预计…将 as a forecast, and a yearly yield expected as no figure', () => {
      const r = read(
        '上半年，高技术制造业增加值增长15.2%，较去年同期提高1.8个百分点。预计上半年全市重点项目完成投资将超过200亿元。某某项目3月投产，预计年新增产值15亿元、税收0.8亿元。',
        '2025-H1',
        '周口市',
        '2025-07-20',
      );
      expect(rows(r).map((x) => [x[1], x[2], x[3]])).toEqual([
        ['高技术制造业增加值', '2025-H1', 'ACTUAL'],
        ['重点项目完成投资', '2025-H1', 'ESTIMATE'],
      ]);
    });
  });
});
