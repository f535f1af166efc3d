import { fourthSet, secondSet } from '../../helpers/extract-fixtures';

// The known family of extraction rules (src/ingest/extract/known.ts), through the whole pipeline.

describe('known names: counties, townships and places listed before 分别', () => {
  describe('rules from the second development set', () => {
    const { read, nameOf, rows } = secondSet;
    it('knows the counties of every city, takes a report that speaks as 全县 for the county, and ranks within a city', () => {
      const r = read(
        '固始县2024年经济运行情况\n全县地区生产总值完成512.3亿元，增长6.2%。我县规模以上工业增加值增长8.1%，增速居信阳市第2位。',
        '2024',
        null,
      );
      expect(rows(r)).toEqual([
        ['固始县', '地区生产总值', '2024', 'ACTUAL', 512.3, 6.2],
        ['固始县', '规模以上工业增加值', '2024', 'ACTUAL', null, 8.1],
      ]);
      expect(r.rankings.map((x) => [nameOf(r, x.subject), x.rank, x.scope])).toEqual([['固始县', 2, 'region/xinyang']]);
    });

    it('takes the county-level city named in the title as 全市, though its parent city is named as often', () => {
      const r = read(
        '林州市2024年国民经济运行简况\n全市地区生产总值完成612.4亿元，增长5.8%，总量居安阳市各县（市、区）第1位。安阳市下达的目标任务全面完成，全市一般公共预算收入增长6.1%。',
        '2024',
        null,
      );
      expect(rows(r)).toEqual([
        ['林州市', '地区生产总值', '2024', 'ACTUAL', 612.4, 5.8],
        ['林州市', '一般公共预算收入', '2024', 'ACTUAL', null, 6.1],
      ]);
    });

    it('reads a township that opens a part of the sentence as the subject of its figures, but not 城镇 or 乡村', () => {
      const r = read(
        '三河尖镇稻虾共养面积扩大到3.2万亩，带动农户人均增收1800元；往流镇接待游客42万人次。城镇新增就业5200人，乡村消费品零售额增长7.1%。',
        '2024',
        '固始县',
      );
      expect(rows(r)).toEqual([
        ['三河尖镇', '稻虾共养面积', '2024', 'ACTUAL', 3.2, null],
        ['三河尖镇', '农户人均增收', '2024', 'ACTUAL', 1800, null],
        ['往流镇', '接待游客', '2024', 'ACTUAL', 42, null],
        ['固始县', '城镇新增就业', '2024', 'ACTUAL', 5200, null],
        ['固始县', '乡村消费品零售额', '2024', 'ACTUAL', null, 7.1],
      ]);
    });

    it('lets 全市 after a place that opens the sentence speak of the report region again', () => {
      const r = read('卢氏县香菇产业集群入选省级特色产业集群，全市规上工业增加值增长7.6%。', '2024', '三门峡市');
      expect(rows(r)).toEqual([['三门峡市', '规模以上工业增加值', '2024', 'ACTUAL', null, 7.6]]);
    });

    it('reads places the gazetteer does not know when they are listed before 分别', () => {
      const r = read('分区域看，航空港区、郑东新区和经开区地区生产总值分别增长9.5%、7.1%和6.6%。', '2023-H1', '郑州市');
      expect(rows(r).map((x) => [x[0], x[5]])).toEqual([
        ['航空港区', 9.5],
        ['郑东新区', 7.1],
        ['经开区', 6.6],
      ]);
    });
  });

  describe('rules from the fourth development set', () => {
    const { read, rows } = fourthSet;
    it('takes a development zone before a time word and its measure as the subject', () => {
      const r = read('作为全市工业的主阵地，周口经济技术开发区一季度完成工业投资32.5亿元，同比增长12.1%。', '2025-Q1');
      expect(rows(r)).toEqual([['周口经济技术开发区', '工业投资', '2025-Q1', 'ACTUAL', 32.5, 12.1]]);
    });
  });
});
