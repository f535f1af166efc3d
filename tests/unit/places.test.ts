import { ancestry, divisionByCode, divisions, shortFormsOf } from '../../src/domain/places';
import {
  allPlaces,
  findPlace,
  isSubjectCandidate,
  placeAncestry,
  placeByKey,
  placeEntries,
  provinceOf,
} from '../../src/ingest/gazetteer';
import { runPipeline } from '../../src/ingest/pipeline';

// The national division list (src/domain/places.ts) and how ingest reads places with it (src/ingest/gazetteer.ts).

const keyIn = (text: string, form: string, subject?: string) =>
  placeEntries(text, subject).find((g) => g.form === form)?.key;

describe('divisions', () => {
  it('holds every province-, prefecture- and county-level division of the 2023 code list', () => {
    const count = (level: string) => divisions().filter((d) => d.level === level).length;
    expect(count('PROVINCE')).toBe(31);
    expect(count('CITY')).toBe(333);
    expect(count('COUNTY') + count('DISTRICT')).toBe(2851);
    expect(count('ZONE')).toBe(124);
    expect(new Set(divisions().map((d) => d.code)).size).toBe(divisions().length);
  });

  it('gives each division its six-digit code and its parent', () => {
    expect(divisionByCode('410800')).toMatchObject({ name: '焦作市', level: 'CITY', parentCode: '410000' });
    expect(divisionByCode('130400')).toMatchObject({ name: '邯郸市', level: 'CITY', parentCode: '130000' });
    expect(divisionByCode('420325')).toMatchObject({ name: '房县', level: 'COUNTY', parentCode: '420300' });
    expect(divisionByCode('330481')).toMatchObject({ name: '海宁市', level: 'COUNTY', parentCode: '330400' });
    expect(divisionByCode('110101')).toMatchObject({ name: '东城区', level: 'DISTRICT', parentCode: '110000' });
    // Chongqing's counties and Hubei's directly administered cities hang from the province itself.
    expect(divisionByCode('500242')).toMatchObject({ name: '酉阳土家族苗族自治县', parentCode: '500000' });
    expect(divisionByCode('429004')).toMatchObject({ name: '仙桃市', level: 'COUNTY', parentCode: '420000' });
    expect(divisionByCode('469023')).toMatchObject({ name: '澄迈县', parentCode: '460000' });
    // 东莞市 has no counties: the list's county-level copy of it is not a second division.
    expect(
      divisions()
        .filter((d) => d.name === '东莞市')
        .map((d) => d.code),
    ).toEqual(['441900']);
    expect(divisionByCode('410171')).toMatchObject({ name: '郑州经济技术开发区', level: 'ZONE' });
    expect(ancestry('420325').map((d) => d.name)).toEqual(['房县', '十堰市', '湖北省']);
  });

  it('derives the short forms reports write', () => {
    expect(shortFormsOf('焦作市', 'CITY')).toEqual(['焦作']);
    expect(shortFormsOf('北京市', 'PROVINCE')).toEqual(['北京']);
    expect(shortFormsOf('广西壮族自治区', 'PROVINCE')).toEqual(['广西']);
    expect(shortFormsOf('内蒙古自治区', 'PROVINCE')).toEqual(['内蒙古']);
    expect(shortFormsOf('新疆维吾尔自治区', 'PROVINCE')).toEqual(['新疆']);
    expect(shortFormsOf('恩施土家族苗族自治州', 'CITY')).toEqual(['恩施州', '恩施']);
    expect(shortFormsOf('伊犁哈萨克自治州', 'CITY')).toEqual(['伊犁州', '伊犁']);
    expect(shortFormsOf('阿里地区', 'CITY')).toEqual(['阿里']);
    expect(shortFormsOf('锡林郭勒盟', 'CITY')).toEqual(['锡林郭勒']);
    expect(shortFormsOf('酉阳土家族苗族自治县', 'COUNTY')).toEqual(['酉阳县', '酉阳']);
    expect(shortFormsOf('浦东新区', 'DISTRICT')).toEqual(['浦东']);
    expect(shortFormsOf('管城回族区', 'DISTRICT')).toEqual(['管城']);
    expect(shortFormsOf('神农架林区', 'COUNTY')).toEqual(['神农架']);
    // Nothing to shorten to: a one-character stem, or a name that is the nationality alone.
    expect(shortFormsOf('房县', 'COUNTY')).toEqual([]);
    expect(shortFormsOf('城区', 'DISTRICT')).toEqual([]);
    expect(shortFormsOf('东乡族自治县', 'COUNTY')).toEqual([]);
    expect(shortFormsOf('郑州经济技术开发区', 'ZONE')).toEqual([]);
  });
});

describe('places for ingest', () => {
  it("keeps Henan's keys and fills in their codes", () => {
    expect(placeByKey('region/jiaozuo')).toMatchObject({ name: '焦作市', code: '410800', parent: 'region/henan' });
    expect(placeByKey('region/henan')).toMatchObject({ code: '410000', parent: 'region/china' });
    expect(placeByKey('region/jiyuan')).toMatchObject({ level: 'CITY', code: '419001' });
    // Counties of Henan's other cities were written without codes; the list supplies them.
    const gongyi = allPlaces().find((p) => p.name === '巩义市');
    expect(gongyi).toMatchObject({ code: '410181', parent: 'region/zhengzhou' });
    expect(gongyi?.key).not.toMatch(/^region\/\d+$/);
    expect(allPlaces().filter((p) => p.code === '410800')).toHaveLength(1);
  });

  it('gives every other place the key region/<code>, its level and its parent up to China', () => {
    const handan = findPlace('邯郸市');
    expect(handan).toMatchObject({ key: 'region/130400', code: '130400', level: 'CITY', parent: 'region/130000' });
    expect(placeAncestry('region/130426').map((p) => p.name)).toEqual(['涉县', '邯郸市', '河北省', '中国']);
    expect(provinceOf('region/420325')?.name).toBe('湖北省');
    expect(findPlace('广西')?.key).toBe('region/450000');
    expect(findPlace('恩施州')?.key).toBe('region/422800');
  });

  it('takes provinces other than the four municipalities out of the subject candidates', () => {
    expect(isSubjectCandidate('region/henan')).toBe(false);
    expect(isSubjectCandidate('region/130000')).toBe(false);
    expect(isSubjectCandidate('region/china')).toBe(false);
    expect(isSubjectCandidate('region/500000')).toBe(true);
    expect(isSubjectCandidate('region/130400')).toBe(true);
  });

  it('resolves a name several places share within the report’s own city or province', () => {
    const text = '鼓楼区新增市场主体1.2万户。';
    expect(keyIn(text, '鼓楼区', 'region/320100')).toBe('region/320106'); // 南京市
    expect(keyIn(text, '鼓楼区', 'region/350100')).toBe('region/350102'); // 福州市
    expect(keyIn(text, '鼓楼区', 'region/kaifeng')).toBe('region/kaifeng-9f13697c533a'); // Henan's own key
    expect(keyIn('新华区工业增加值增长5%', '新华区', 'region/130100')).toBe('region/130105'); // 石家庄市
    // In a report about 宜宾市, 鼓楼区 of four other provinces is no nearer one than another.
    expect(keyIn(text, '鼓楼区', 'region/511500')).toBeUndefined();
  });

  it('does not guess an ambiguous name when the report’s place is not known', () => {
    expect(keyIn('鼓楼区新增市场主体1.2万户。', '鼓楼区')).toBeUndefined();
    expect(keyIn('朝阳区', '朝阳区')).toBeUndefined();
    // A name only one place has needs no context.
    expect(keyIn('邯郸市经济运行', '邯郸市')).toBe('region/130400');
    expect(keyIn('彭泽县', '彭泽县')).toBe('region/360430');
  });

  it('reads a county’s short form only in a report about its own city', () => {
    const text = '彭泽工业园区新签约项目12个。';
    expect(keyIn(text, '彭泽', 'region/360400')).toBe('region/360430'); // 九江市
    expect(keyIn(text, '彭泽', 'region/360430')).toBe('region/360430'); // 彭泽县 itself
    expect(keyIn(text, '彭泽', 'region/360100')).toBeUndefined(); // 南昌市
    expect(keyIn(text, '彭泽')).toBeUndefined();
    // Henan's counties too, under the keys they had.
    const gongyi = allPlaces().find((p) => p.name === '巩义市')?.key;
    expect(keyIn('巩义规上工业增加值增长9%', '巩义', 'region/zhengzhou')).toBe(gongyi);
    expect(keyIn('巩义规上工业增加值增长9%', '巩义', 'region/luoyang')).toBeUndefined();
    // An autonomous county's name with its unit is read anywhere.
    expect(keyIn('酉阳县统计局', '酉阳县')).toBe('region/500242');
  });

  it('never reads a common word as a place', () => {
    // 富裕县 is a county of 齐齐哈尔市, 新兴县 of 云浮市, 中原区 of 郑州市, 城区 of 阳泉市 and 晋城市.
    expect(keyIn('扎实推动共同富裕', '富裕', 'region/230200')).toBeUndefined();
    expect(keyIn('战略性新兴产业增加值增长9%', '新兴', 'region/445300')).toBeUndefined();
    expect(keyIn('中原区域协同发展', '中原区', 'region/zhengzhou')).toBeUndefined();
    expect(keyIn('城区人口增长', '城区', 'region/140300')).toBeUndefined();
    // 和县 is a county of 马鞍山市; "市委…和县委" is "and the county committee".
    expect(keyIn('市委经济工作会议和县委十二届七次全会精神', '和县')).toBeUndefined();
    expect(keyIn('和县地区生产总值增长5%', '和县')).toBe('region/340523');
    // 朝阳市 is read as 朝阳 only in a report from 辽宁.
    expect(keyIn('朝阳产业加快发展', '朝阳')).toBeUndefined();
    expect(keyIn('朝阳产业加快发展', '朝阳', 'region/210100')).toBe('region/211300');
  });

  it('reads 全省 as the province of the report’s place, Henan when it is not known', () => {
    expect(keyIn('居全省第一', '全省', 'region/130400')).toBe('region/130000');
    expect(keyIn('居全省第一', '全省', 'region/jiaozuo')).toBe('region/henan');
    expect(keyIn('居全省第一', '全省')).toBe('region/henan');
    // 吉林 in a report about 松原市 is the province, of which 吉林市 is another city.
    expect(keyIn('吉林全省', '吉林', 'region/220700')).toBe('region/220000');
  });
});

describe('the pipeline with national places', () => {
  const run = (text: string, title: string) => runPipeline(text, { key: 'report/t', title, period: '2024' }, []);

  it('finds the subject of a report from outside Henan and ranks it in its own province', () => {
    const r = run('2024年，邯郸市地区生产总值增长6.1%，居全省第一。', '邯郸市政府工作报告');
    expect(r.observations.map((o) => o.subject)).toEqual(['region/130400']);
    expect(r.rankings.map((x) => [x.subject, x.scope, x.rank])).toEqual([['region/130400', 'region/130000', 1]]);
    const hebei = r.entities.find((e) => e.key === 'region/130000');
    expect(hebei).toMatchObject({ name: '河北省', isNew: true });
  });

  it('reads a county named by its short form once its city is known', () => {
    const r = run('闻喜工业增加值增长8.1%。全县规上工业企业达到60家。运城市工业稳步增长。', '闻喜工业成“看家本领”');
    expect([...new Set(r.observations.map((o) => o.subject))]).toEqual(['region/140823']);
  });

  it('writes a project’s place known only to the list, with the place’s parents up to China', () => {
    const r = run('2024年，邯郸市地区生产总值增长6.1%。涉县年产10万吨新能源装备项目开工建设。', '邯郸市政府工作报告');
    const project = r.entities.find((e) => e.kind === 'PROJECT');
    const located = r.relations.filter((x) => x.type === 'LOCATED_IN').map((x) => [x.from, x.to]);
    expect(located).toEqual(
      expect.arrayContaining([
        [project?.key, 'region/130426'],
        ['region/130426', 'region/130400'],
        ['region/130400', 'region/130000'],
        ['region/130000', 'region/china'],
      ]),
    );
    const shexian = r.entities.find((e) => e.key === 'region/130426');
    expect(shexian?.mentions[0]?.quote).toContain('涉县年产10万吨');
    // Every end of every relation is an entity of the result.
    const keys = new Set(r.entities.map((e) => e.key));
    for (const x of r.relations) expect([keys.has(x.from), keys.has(x.to)]).toEqual([true, true]);
  });

  it('takes the subject from a traditional-script title whose body never names the place', () => {
    const r = runPipeline(
      '上半年，全市地區生產總值1234.5億元，增長5.2%。',
      { key: 'report/t', title: '上半年全市經濟運行情況 - 寶雞市人民政府', period: '2024-H1' },
      [],
    );
    expect(r.observations.map((o) => [o.subject, o.value?.value, o.growthPct])).toEqual([
      ['region/610300', 1234.5, 5.2],
    ]);
  });

  it('stops the chain of parents at a place the graph already holds', () => {
    const known = [{ key: 'region/130000', kind: 'REGION' as const, name: '河北省', names: ['河北省', '河北'] }];
    const r = runPipeline(
      '2024年，邯郸市地区生产总值增长6.1%。',
      { key: 'report/t', title: '邯郸', period: '2024' },
      known,
    );
    const located = r.relations.filter((x) => x.type === 'LOCATED_IN').map((x) => [x.from, x.to]);
    expect(located).toEqual([['region/130400', 'region/130000']]);
    expect(r.entities.map((e) => e.key)).not.toContain('region/china');
  });
});
