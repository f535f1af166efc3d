import type { EntityKind } from '../domain/kinds';

// Built-in place names the extractor recognises in any report: China, Henan, its 17 cities and 济源示范区,
// the counties, districts and development zones of 焦作市 (GB/T 2260 codes), and the county-level divisions and
// development zones of the other cities (by name, without codes).

export interface PlaceEntry {
  key: string;
  name: string;
  aliases: string[];
  level: 'COUNTRY' | 'PROVINCE' | 'CITY' | 'COUNTY' | 'DISTRICT' | 'ZONE';
  code?: string;
  parent?: string;
  nameEn?: string;
}

const city = (key: string, name: string, code: string, nameEn: string): PlaceEntry => ({
  key: `region/${key}`,
  name,
  aliases: [name.replace(/市$/, '')],
  level: 'CITY',
  code,
  parent: 'region/henan',
  nameEn,
});

const jiaozuoPart = (key: string, name: string, level: PlaceEntry['level'], code?: string): PlaceEntry => ({
  key: `region/${key}`,
  name,
  aliases: name.length > 2 ? [name.replace(/(市|县|区)$/, '')].filter((a) => a.length >= 2 && a !== name) : [],
  level,
  ...(code ? { code } : {}),
  parent: 'region/jiaozuo',
});

// The county-level divisions of Henan's other cities, by full name only: their short forms are common words
// (中原, 上街, 二七). Names that are also common words or suffixes are left out (老城区, 示范县 → 范县, 创新县 → 新县,
// 中原区域 → 中原区).
const COUNTIES: Record<string, string> = {
  zhengzhou: '二七区 管城回族区 金水区 上街区 惠济区 中牟县 巩义市 荥阳市 新密市 新郑市 登封市',
  kaifeng: '龙亭区 顺河回族区 鼓楼区 禹王台区 祥符区 杞县 通许县 尉氏县 兰考县',
  luoyang: '西工区 瀍河回族区 涧西区 偃师区 孟津区 洛龙区 新安县 栾川县 嵩县 汝阳县 宜阳县 洛宁县 伊川县',
  pingdingshan: '新华区 卫东区 石龙区 湛河区 宝丰县 叶县 鲁山县 郏县 舞钢市 汝州市',
  anyang: '文峰区 北关区 殷都区 龙安区 安阳县 汤阴县 滑县 内黄县 林州市',
  hebi: '鹤山区 山城区 淇滨区 浚县 淇县',
  xinxiang: '红旗区 卫滨区 凤泉区 牧野区 新乡县 获嘉县 原阳县 延津县 封丘县 卫辉市 辉县市 长垣市',
  puyang: '华龙区 清丰县 南乐县 台前县 濮阳县',
  xuchang: '魏都区 建安区 鄢陵县 襄城县 禹州市 长葛市',
  luohe: '源汇区 郾城区 召陵区 舞阳县 临颍县',
  sanmenxia: '湖滨区 陕州区 渑池县 卢氏县 义马市 灵宝市',
  nanyang: '宛城区 卧龙区 南召县 方城县 西峡县 镇平县 内乡县 淅川县 社旗县 唐河县 新野县 桐柏县 邓州市',
  shangqiu: '梁园区 睢阳区 民权县 睢县 宁陵县 柘城县 虞城县 夏邑县 永城市',
  xinyang: '浉河区 平桥区 罗山县 光山县 商城县 固始县 潢川县 淮滨县 息县',
  zhoukou: '川汇区 淮阳区 扶沟县 西华县 商水县 沈丘县 郸城县 太康县 鹿邑县 项城市',
  zhumadian: '驿城区 西平县 上蔡县 平舆县 正阳县 确山县 泌阳县 汝南县 遂平县 新蔡县',
};

function countyLevel(): PlaceEntry[] {
  return Object.entries(COUNTIES).flatMap(([cityKey, names]) =>
    names.split(' ').map((name) => ({
      key: `region/${cityKey}-${[...name].map((c) => c.codePointAt(0)?.toString(16)).join('')}`,
      name,
      aliases: [],
      level: /区$/.test(name) ? ('DISTRICT' as const) : ('COUNTY' as const),
      parent: `region/${cityKey}`,
    })),
  );
}

/** "濮阳经济技术开发区", "漯河经开区": a city's development zones are places of their own. */
function cityZones(): PlaceEntry[] {
  return Object.keys(COUNTIES).flatMap((cityKey) => {
    const short = CITY_SHORT[cityKey] as string;
    return [
      { key: `region/${cityKey}-etdz`, name: `${short}经济技术开发区`, aliases: [`${short}经开区`] },
      { key: `region/${cityKey}-hi-tech-zone`, name: `${short}高新技术产业开发区`, aliases: [`${short}高新区`] },
    ].map((z) => ({ ...z, level: 'ZONE' as const, parent: `region/${cityKey}` }));
  });
}

const CITY_SHORT: Record<string, string> = {
  zhengzhou: '郑州',
  kaifeng: '开封',
  luoyang: '洛阳',
  pingdingshan: '平顶山',
  anyang: '安阳',
  hebi: '鹤壁',
  xinxiang: '新乡',
  puyang: '濮阳',
  xuchang: '许昌',
  luohe: '漯河',
  sanmenxia: '三门峡',
  nanyang: '南阳',
  shangqiu: '商丘',
  xinyang: '信阳',
  zhoukou: '周口',
  zhumadian: '驻马店',
};

export const PLACES: PlaceEntry[] = [
  { key: 'region/china', name: '中国', aliases: ['全国', '我国'], level: 'COUNTRY', nameEn: 'China' },
  {
    key: 'region/henan',
    name: '河南省',
    aliases: ['河南', '全省'],
    level: 'PROVINCE',
    code: '410000',
    parent: 'region/china',
    nameEn: 'Henan',
  },
  city('zhengzhou', '郑州市', '410100', 'Zhengzhou'),
  city('kaifeng', '开封市', '410200', 'Kaifeng'),
  city('luoyang', '洛阳市', '410300', 'Luoyang'),
  city('pingdingshan', '平顶山市', '410400', 'Pingdingshan'),
  city('anyang', '安阳市', '410500', 'Anyang'),
  city('hebi', '鹤壁市', '410600', 'Hebi'),
  city('xinxiang', '新乡市', '410700', 'Xinxiang'),
  city('jiaozuo', '焦作市', '410800', 'Jiaozuo'),
  city('puyang', '濮阳市', '410900', 'Puyang'),
  city('xuchang', '许昌市', '411000', 'Xuchang'),
  city('luohe', '漯河市', '411100', 'Luohe'),
  city('sanmenxia', '三门峡市', '411200', 'Sanmenxia'),
  city('nanyang', '南阳市', '411300', 'Nanyang'),
  city('shangqiu', '商丘市', '411400', 'Shangqiu'),
  city('xinyang', '信阳市', '411500', 'Xinyang'),
  city('zhoukou', '周口市', '411600', 'Zhoukou'),
  city('zhumadian', '驻马店市', '411700', 'Zhumadian'),
  {
    key: 'region/jiyuan',
    name: '济源市',
    aliases: ['济源', '济源示范区'],
    level: 'CITY',
    code: '419001',
    parent: 'region/henan',
    nameEn: 'Jiyuan',
  },
  jiaozuoPart('jiefang', '解放区', 'DISTRICT', '410802'),
  jiaozuoPart('zhongzhan', '中站区', 'DISTRICT', '410803'),
  jiaozuoPart('macun', '马村区', 'DISTRICT', '410804'),
  jiaozuoPart('shanyang', '山阳区', 'DISTRICT', '410811'),
  jiaozuoPart('xiuwu', '修武县', 'COUNTY', '410821'),
  jiaozuoPart('boai', '博爱县', 'COUNTY', '410822'),
  jiaozuoPart('wuzhi', '武陟县', 'COUNTY', '410823'),
  jiaozuoPart('wenxian', '温县', 'COUNTY', '410825'),
  jiaozuoPart('qinyang', '沁阳市', 'COUNTY', '410882'),
  jiaozuoPart('mengzhou', '孟州市', 'COUNTY', '410883'),
  jiaozuoPart('boai-etdz', '博爱经济技术开发区', 'ZONE'),
  jiaozuoPart('jiaozuo-hi-tech-zone', '焦作高新技术产业开发区', 'ZONE'),
  ...countyLevel(),
  ...cityZones(),
];

/** A name the extractor can find in text, with the entity it stands for. */
export interface GazetteerEntry {
  key: string;
  kind: EntityKind;
  /** The name as it appears (simplified, no whitespace). */
  form: string;
  canonical: string;
}

export function placeEntries(): GazetteerEntry[] {
  return PLACES.flatMap((p) =>
    [p.name, ...p.aliases].map((form) => ({ key: p.key, kind: 'REGION' as const, form, canonical: p.name })),
  );
}
