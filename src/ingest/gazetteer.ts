import type { EntityKind } from '../seed/schema';

// Built-in place names the extractor recognises in any report: China, Henan, its 17 cities and 济源示范区,
// and the counties, districts and development zones of 焦作市 (GB/T 2260 codes).

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
