import { paraphrase } from '../../helpers/extract-fixtures';

// The indicators family of extraction rules (src/ingest/extract/indicators.ts), through the whole pipeline.

describe('indicators: counted, changed and paraphrased known indicators', () => {
  describe('paraphrased indicators, changes and word amounts', () => {
    const { read, figures } = paraphrase;
    it('reads "N个<noun><qualifier>" as the indicator "<qualifier>的<noun>数", and measure words ranked with 均居', () => {
      const r = read('新乡市今年有28个科技项目获得省级奖补1.6亿元，项目数、资金数均居全省第二。', '2024-H1', '新乡市');
      expect(figures(r)).toEqual([
        ['indicator/funded-tech-projects', 'region/xinxiang', '2024-H1', 28, null],
        ['indicator/tech-project-subsidies', 'region/xinxiang', '2024-H1', 1.6, null],
      ]);
      expect(r.rankings.map((x) => [x.indicator, x.rank, x.basis, x.scope])).toEqual([
        ['indicator/funded-tech-projects', 2, 'LEVEL', 'region/henan'],
        ['indicator/tech-project-subsidies', 2, 'LEVEL', 'region/henan'],
      ]);
    });

    it('reads a count with its qualifier after it, and the 数量 rank that follows', () => {
      const r = read('许昌市7个产业园区全部通过省级验收，数量居全省第3位。', '2023', '许昌市');
      expect(figures(r)).toEqual([['indicator/accepted-parks', 'region/xuchang', '2023', 7, null]]);
      expect(r.rankings.map((x) => [x.indicator, x.rank, x.basis])).toEqual([['indicator/accepted-parks', 3, 'LEVEL']]);
    });

    it('reads 由A增至B: B for the sentence, A for the year compared with; the chain carries over the list', () => {
      const r = read(
        '2023年，洛阳市新能源产业规上企业由2020年的25家增至61家、产值由180亿元增至420亿元。',
        '2023',
        '洛阳市',
      );
      expect(figures(r)).toEqual([
        ['indicator/enterprises-above-size', 'chain/new-energy', '2020', 25, null],
        ['indicator/enterprises-above-size', 'chain/new-energy', '2023', 61, null],
        ['indicator/output-value', 'chain/new-energy', '2020', 180, null],
        ['indicator/output-value', 'chain/new-energy', '2023', 420, null],
      ]);
      // Without a year to compare with, only the figure reached is read.
      expect(figures(read('许昌市高新技术企业从312家增加到405家。', '2023', '许昌市'))).toEqual([
        ['indicator/high-tech-enterprises', 'region/xuchang', '2023', 405, null],
      ]);
    });

    it('joins a name split around 的 or a growth phrase (…比重的78.6%, …完成投资同比增长9.8%)', () => {
      const r = read(
        '一般公共预算支出150.2亿元，其中民生支出118.1亿元，占一般公共预算支出比重的78.6%。全市亿元以上在建项目数同比增长12.5%，完成投资同比增长9.8%。',
        '2024-H1',
        '洛阳市',
      );
      expect(figures(r)).toEqual(
        expect.arrayContaining([
          ['indicator/livelihood-share', 'region/luoyang', '2024-H1', 78.6, null],
          ['indicator/big-projects', 'region/luoyang', '2024-H1', null, 12.5],
          ['indicator/big-projects-investment', 'region/luoyang', '2024-H1', null, 9.8],
        ]),
      );
    });
  });
});
