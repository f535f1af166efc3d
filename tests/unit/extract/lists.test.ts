import { fourthSet, openVocabulary, paraphrase, run, secondSet } from '../../helpers/extract-fixtures';

// The lists family of extraction rules (src/ingest/extract/lists.ts), through the whole pipeline.

describe('lists: items sharing a measure, 分别, 城乡', () => {
  describe('extract figures and rankings', () => {
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
  });

  describe('paraphrased indicators, changes and word amounts', () => {
    const { read, figures } = paraphrase;
    it('pairs every item of a 分别 list after a place name, the last value too', () => {
      const r = read(
        '去年，新乡市电池、汽车零部件、纺织品分别实现出口值30.2亿元、12.5亿元、8亿元，同比分别增长11.2%、6.4%和35.0%。',
        '2024',
        '新乡市',
      );
      expect(figures(r)).toEqual([
        ['indicator/battery-exports', 'region/xinxiang', '2023', 30.2, 11.2],
        ['indicator/parts-exports', 'region/xinxiang', '2023', 12.5, 6.4],
        ['indicator/textile-exports', 'region/xinxiang', '2023', 8, 35],
      ]);
    });
  });

  describe('open vocabulary and general rules (sentences about other cities)', () => {
    const { open, named } = openVocabulary;
    it('gives each item of a list the measure named after it (三大主导产业增加值, 城镇、农村居民…)', () => {
      const r = open(
        '全市装备制造、食品加工、生物医药三大主导产业增加值分别增长8.2%、6.5%和11.0%。城镇、农村居民人均可支配收入分别增长4.1%、6.8%。',
      );
      expect(named(r)).toEqual([
        ['装备制造产业增加值', '2024', null, 8.2],
        ['食品加工产业增加值', '2024', null, 6.5],
        ['生物医药产业增加值', '2024', null, 11],
        ['城镇居民人均可支配收入', '2024', null, 4.1],
        ['农村居民人均可支配收入', '2024', null, 6.8],
      ]);
    });
  });

  describe('rules from the second development set', () => {
    const { read, rows } = secondSet;
    it('pairs places listed before 分别 with their figures, and a group named again with the items listed earlier', () => {
      const places = read(
        '鹿邑县、郸城县和项城市一季度分别完成工业投资38.5亿元、27.1亿元、22.9亿元。',
        '2024-Q1',
        '周口市',
      );
      expect(rows(places)).toEqual([
        ['鹿邑县', '工业投资', '2024-Q1', 'ACTUAL', 38.5, null],
        ['郸城县', '工业投资', '2024-Q1', 'ACTUAL', 27.1, null],
        ['项城市', '工业投资', '2024-Q1', 'ACTUAL', 22.9, null],
      ]);
      const group = read(
        '全市围绕电子信息、现代化工、新能源三大主导产业持续发力，三大主导产业营业收入分别增长12.3%、8.6%和21.4%。',
        '2024',
        '鹤壁市',
      );
      expect(rows(group).map((x) => [x[1], x[5]])).toEqual([
        ['电子信息产业营业收入', 12.3],
        ['现代化工产业营业收入', 8.6],
        ['新能源产业营业收入', 21.4],
      ]);
    });

    it('splits a listed measure at a whole measure word, and keeps a 和 inside an item listed with 、', () => {
      const r = read(
        '全市限额以上住宿业、餐饮业营业额分别增长12.4%、9.8%。限额以上单位通讯器材和文化办公用品类、石油制品类零售额分别增长6.1%、2.3%。',
        '2024',
        '漯河市',
      );
      expect(rows(r).map((x) => [x[1], x[5]])).toEqual([
        ['限额以上住宿业营业额', 12.4],
        ['餐饮业营业额', 9.8],
        ['限额以上单位通讯器材和文化办公用品类零售额', 6.1],
        ['石油制品类零售额', 2.3],
      ]);
    });

    it('names items listed before 三个产业集群 by the group word, not the count', () => {
      const r = read(
        '一季度，纺织服装、食品加工、新材料三个产业集群增加值分别增长8.2%、6.4%、11.9%。',
        '2024-Q1',
        '周口市',
      );
      expect(rows(r).map((x) => [x[1], x[5]])).toEqual([
        ['纺织服装产业集群增加值', 8.2],
        ['食品加工产业集群增加值', 6.4],
        ['新材料产业集群增加值', 11.9],
      ]);
    });
  });

  describe('rules from the fourth development set', () => {
    const { read, rows } = fourthSet;
    it('splits lists sharing 产业 or 类商品, keeps a 和 inside the last item, and reads 城乡 as 城镇 and 农村', () => {
      const r = read(
        '纺织、食品、装备制造产业增加值分别增长5.1%、6.2%、7.3%。通讯器材类、家具类商品零售额分别增长12.5%、3.4%。采矿业、电力热力燃气及水生产和供应业增加值分别增长1.5%、4.4%。城乡居民人均可支配收入分别达到35100元、19200元，分别增长4.5%、6.8%。全县生猪养殖量约1.2亿头。',
      );
      expect(rows(r).map((x) => [x[1], x[4], x[5]])).toEqual([
        ['纺织产业增加值', null, 5.1],
        ['食品产业增加值', null, 6.2],
        ['装备制造产业增加值', null, 7.3],
        ['通讯器材类商品零售额', null, 12.5],
        ['家具类商品零售额', null, 3.4],
        ['采矿业增加值', null, 1.5],
        ['电力热力燃气及水生产和供应业增加值', null, 4.4],
        ['城镇居民人均可支配收入', 35100, 4.5],
        ['农村居民人均可支配收入', 19200, 6.8],
        ['生猪养殖量', 1.2, null],
      ]);
    });
  });
});
