import type { EntityKind } from '../domain/kinds';
import { type Division, divisions } from '../domain/places';

// Place names the extractor recognises in any report. Every province-, prefecture- and county-level division of
// China comes from src/domain/places.ts (the statistics code list) under the key region/<code>; Henan's places
// keep the keys they had before that list came in (region/jiaozuo, region/henan…), which seed data and tests use,
// and get its codes. The Henan entries below are the ones written before: China, Henan, its 17 cities and 济源示范区,
// the counties, districts and development zones of 焦作市, and the county-level divisions and development zones of
// the other cities.

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

const HENAN: PlaceEntry[] = [
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

/** Full names that are common words in reports (any city's 城区, 示范县 → 范县, 创新县 → 新县): never read alone. */
const COMMON_NAMES = new Set(
  '城区 郊区 矿区 东区 西区 南区 北区 老城区 新城区 城中区 城东区 城西区 城南区 城北区 范县 新县'.split(' '),
);

/**
 * Short forms that are common words (共同富裕, 和平发展, 城关镇, 中原地区, 新兴产业, 新建项目, 江山, 天台, 无为…):
 * the division is read only under its full name.
 */
const COMMON_SHORT = new Set(
  `城关 中原 新华 和平 长安 江南 江北 河东 河西 市中 市南 市北 新城 老城 新建 城中 城东 城西 城北 城南 海港 港口 南山 东山
  西山 青山 白云 天河 鼓楼 复兴 振兴 太平 友好 东风 爱民 工农 建华 宏伟 双桥 运河 新兴 兴业 平安 安宁 长寿 光明 前进 向阳
  红旗 解放 建设 友谊 富裕 方正 江山 天台 无为 开化 东海 滨海 太湖 和顺 长子 平定 永和 安定 七星 古城 金山 宝山 普陀 南岸
  天山 东港 黑山 沙河 清河 平山 无极 安平 大宁 五台 灵石 交口 方山 石楼 柳林 长海 龙井 和龙 泰来 明水 庆安 常山 三门 玉环
  望江 含山 宝应 象山 宁海 平阳 文成 平湖 长兴 安吉 新昌 武义 海盐 三河 安国 阳城 大安 永清 香河 大城 文安 故城 武强 高新
  经开 开发 新区 高明 龙华 福田 宝安 仁和 安居 东兴 花山 铁山 昌江 思明 大通 江城 海城 红山 松山 清新 大观 前锋 西安 东安
  阳明 大东 新民 新乐 开平 中山 兴安 东城 西城 南开 北辰 桥西 桥东 路南 路北 龙山 东昌 城阳 河口 山城 卫东 江海 龙湖 红花
  海珠 南海 三水 城厢 大足 天元 石峰 金平 坡头 美兰 海棠 天涯 安州 昭化 朝天 船山 五华 盘龙 官渡 西山 红塔 麒麟 临翔 色尼
  平川 金川 安源 月湖 章贡`.split(/\s+/),
);

/** Prefecture short forms that are common words too (朝阳产业, 白银, 大庆, 日照, 大理石): read in reports of that province only. */
const PROVINCE_ONLY_SHORT = new Set(
  '朝阳 白银 大庆 日照 中山 来宾 安康 黄山 大同 北海 普洱 长治 四平 阿里 玉树 海西 红河 大理 怒江 淮北 黑河 白山 兴安 山南 吉安 海东 海北 海南 吉林'.split(
    ' ',
  ),
);

/** Where a form is read: anywhere, or only in a report about a place in the same province, or the same city. */
type Scope = 'ANY' | 'PROVINCE' | 'CITY';

interface PlaceForm {
  form: string;
  /** Index of the place in `places`, which also orders the gazetteer (Henan's entries first, as before). */
  place: number;
  scope: Scope;
}

interface PlaceTable {
  places: PlaceEntry[];
  byKey: Map<string, number>;
  forms: Map<string, PlaceForm[]>;
  /** Forms by their first character, longest first: the text is scanned once, not once per form. */
  byFirst: Map<string, string[]>;
}

const LEVEL_RANK: Record<PlaceEntry['level'], number> = {
  COUNTRY: 0,
  PROVINCE: 1,
  CITY: 2,
  COUNTY: 3,
  DISTRICT: 3,
  ZONE: 4,
};

function nationalEntry(d: Division, parent: string): PlaceEntry {
  return { key: `region/${d.code}`, name: d.name, aliases: d.shortForms, level: d.level, code: d.code, parent };
}

let table: PlaceTable | undefined;

function placeTable(): PlaceTable {
  if (table) return table;
  const places: PlaceEntry[] = HENAN.map((p) => ({ ...p }));
  const henanByCode = new Map(places.filter((p) => p.code).map((p) => [p.code as string, p]));
  const henanByParentName = new Map(places.map((p) => [`${p.parent}|${p.name}`, p]));
  const keyOfCode = new Map<string, string>();
  /** The list's short forms of Henan's places, which were written with few (固始 for 固始县). */
  const listShortForms = new Map<string, string[]>();
  for (const d of divisions()) {
    const parent = d.parentCode ? keyOfCode.get(d.parentCode) : 'region/china';
    if (!parent) throw new Error(`division ${d.code} ${d.name}: its parent ${d.parentCode} is not in the list`);
    // Henan's places keep their keys; those written without a code get it here.
    const henan = henanByCode.get(d.code) ?? henanByParentName.get(`${parent}|${d.name}`);
    if (henan) {
      henan.code ??= d.code;
      keyOfCode.set(d.code, henan.key);
      listShortForms.set(henan.key, d.shortForms);
      continue;
    }
    const entry = nationalEntry(d, parent);
    places.push(entry);
    keyOfCode.set(d.code, entry.key);
  }
  const higher = new Set(
    places.filter((p) => LEVEL_RANK[p.level] <= LEVEL_RANK.CITY).flatMap((p) => [p.name, ...p.aliases]),
  );
  const forms = new Map<string, PlaceForm[]>();
  const add = (form: string, place: number, scope: Scope) => {
    const list = forms.get(form) ?? [];
    if (!list.some((f) => f.place === place)) list.push({ form, place, scope });
    forms.set(form, list);
  };
  places.forEach((p, i) => {
    const henan = i < HENAN.length;
    if (henan) for (const form of [p.name, ...p.aliases]) add(form, i, 'ANY');
    else if (!COMMON_NAMES.has(p.name)) add(p.name, i, 'ANY');
    for (const short of henan ? (listShortForms.get(p.key) ?? []) : p.aliases) {
      if (henan && p.aliases.includes(short)) continue;
      if (COMMON_SHORT.has(short)) continue;
      if (p.level === 'PROVINCE') add(short, i, 'ANY');
      else if (p.level === 'CITY') add(short, i, PROVINCE_ONLY_SHORT.has(short) ? 'PROVINCE' : 'ANY');
      // A county's or district's short form is read only in a report about its own city, and never when it is
      // also the name of a province or prefecture (河北区 → 河北, 中山区 → 中山). An autonomous county's name with
      // its unit (酉阳县 for 酉阳土家族苗族自治县) is how it is usually written: read anywhere, as a full name.
      else if (!higher.has(short)) add(short, i, /自治[县旗]$/.test(p.name) && /[县旗]$/.test(short) ? 'ANY' : 'CITY');
    }
  });
  const byFirst = new Map<string, string[]>();
  for (const form of forms.keys()) {
    const first = form[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), form]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  table = { places, byKey: new Map(places.map((p, i) => [p.key, i])), forms, byFirst };
  return table;
}

/** Every place the extractor knows: Henan's entries as before, then the rest of the country. */
export function allPlaces(): readonly PlaceEntry[] {
  return placeTable().places;
}

export function placeByKey(key: string): PlaceEntry | undefined {
  const t = placeTable();
  const i = t.byKey.get(key);
  return i === undefined ? undefined : t.places[i];
}

/** The place and the ones above it, nearest first, up to 中国. */
export function placeAncestry(key: string): PlaceEntry[] {
  const chain: PlaceEntry[] = [];
  for (let p = placeByKey(key); p && chain.length < 6; p = p.parent ? placeByKey(p.parent) : undefined) chain.push(p);
  return chain;
}

const MUNICIPALITY = /^(?:11|12|31|50)0000$/;

/** The province a place is in (itself for a province), by key. */
export function provinceOf(key: string): PlaceEntry | undefined {
  return placeAncestry(key).find((p) => p.level === 'PROVINCE');
}

/**
 * Whether a report can be about this place as its subject: not the country, not a province (a city report names
 * its province often), but a municipality, which speaks of itself as 全市.
 */
export function isSubjectCandidate(key: string): boolean {
  const p = placeByKey(key);
  if (!p) return true;
  return p.level !== 'COUNTRY' && (p.level !== 'PROVINCE' || MUNICIPALITY.test(p.code ?? ''));
}

/** A place by its full name or a short form, when only one place has it (Henan's own entries first). */
export function findPlace(name: string): PlaceEntry | undefined {
  const t = placeTable();
  const list = t.forms.get(name) ?? [];
  const places = [...new Set(list.map((f) => f.place))].sort((a, b) => a - b);
  const henan = places.filter((i) => i < HENAN.length);
  const chosen = henan.length === 1 ? henan[0] : places.length === 1 ? places[0] : undefined;
  return chosen === undefined ? undefined : t.places[chosen];
}

interface Context {
  /** The subject and the places above it. */
  chain: Set<string>;
  /** The subject's prefecture (a municipality counts as one), and its province. */
  city?: string;
  province?: string;
}

function contextOf(key: string | undefined): Context | undefined {
  if (!key) return undefined;
  const chain = placeAncestry(key);
  if (chain.length === 0) return undefined;
  const province = chain.find((p) => p.level === 'PROVINCE');
  const city =
    chain.find((p) => p.level === 'CITY') ??
    (province && MUNICIPALITY.test(province.code ?? '') ? province : undefined);
  return {
    chain: new Set(chain.map((p) => p.key)),
    ...(city ? { city: city.key } : {}),
    ...(province ? { province: province.key } : {}),
  };
}

/** 0: the subject, above it, or in its city; 1: in its province; 2: elsewhere. */
function tier(place: PlaceEntry, context: Context): number {
  if (context.chain.has(place.key)) return 0;
  const above = placeAncestry(place.key).map((p) => p.key);
  if (context.city && above.includes(context.city)) return 0;
  if (context.province && above.includes(context.province)) return 1;
  return 2;
}

/**
 * The place a form stands for in a report about `context`: the one candidate in the report's city, else in its
 * province, else anywhere; among several at the same distance the one of highest level if there is one (吉林 in a
 * 松原 report is the province, not the city). With no context a form that several places share stands for none.
 */
function resolve(form: string, context: Context | undefined): number | undefined {
  const t = placeTable();
  const candidates = (t.forms.get(form) ?? []).filter((f) => {
    if (f.scope === 'ANY') return true;
    if (!context) return false;
    const d = tier(t.places[f.place] as PlaceEntry, context);
    return f.scope === 'PROVINCE' ? d <= 1 : d === 0;
  });
  if (candidates.length <= 1) return candidates[0]?.place;
  if (!context) return undefined;
  const tiers = candidates.map((f) => tier(t.places[f.place] as PlaceEntry, context));
  const nearest = candidates.filter((_, i) => tiers[i] === Math.min(...tiers));
  if (nearest.length === 1) return nearest[0]?.place;
  const ranks = nearest.map((f) => LEVEL_RANK[(t.places[f.place] as PlaceEntry).level]);
  const top = nearest.filter((_, i) => ranks[i] === Math.min(...ranks));
  return top.length === 1 ? top[0]?.place : undefined;
}

/** The last text scanned: the pipeline asks for one report's places two or three times (see pipeline.ts). */
let lastScan: { text: string; forms: Set<string> } | undefined;

/** The place forms that occur in a text ("中原区域" is no mention of 中原区). */
/**
 * Whether a place form at `i` is part of common words instead: 中原区域 (区域), 市委…和县委 (和 + 县委: "and the county
 * committee", not 和县), 与县级 — a two-character form opening on a conjunction before 委, 级, 域, 城 or 政府.
 */
function commonWordAt(text: string, i: number, form: string): boolean {
  const next = text.slice(i + form.length, i + form.length + 2);
  if (form.endsWith('区') && next.startsWith('域')) return true;
  return form.length === 2 && '和与及'.includes(form[0] as string) && /^(?:[委级域城]|政府)/.test(next);
}

function formsIn(text: string): Set<string> {
  if (lastScan?.text === text) return lastScan.forms;
  const { byFirst } = placeTable();
  const found = new Set<string>();
  for (let i = 0; i < text.length; i += 1) {
    const list = byFirst.get(text[i] as string);
    if (!list) continue;
    for (const form of list) if (text.startsWith(form, i) && !commonWordAt(text, i, form)) found.add(form);
  }
  lastScan = { text, forms: found };
  return found;
}

/**
 * The gazetteer's places for one report: each place form that occurs in the text, with the place it stands for
 * there. `subject` (a region key) is what the report is about: ambiguous names are resolved near it, the short
 * forms of its city's counties and districts are read, and 全省 is its province. Without a subject, a form several
 * places share is left out.
 */
export function placeEntries(text: string, subject?: string): GazetteerEntry[] {
  const t = placeTable();
  const context = contextOf(subject);
  const province = subject ? provinceOf(subject) : undefined;
  const chosen: { entry: GazetteerEntry; place: number; order: number }[] = [];
  for (const form of formsIn(text)) {
    let place = resolve(form, context);
    // 全省 in a report about a place outside Henan is that place's province.
    if (form === '全省' && province) place = t.byKey.get(province.key);
    if (place === undefined) continue;
    const p = t.places[place] as PlaceEntry;
    chosen.push({
      entry: { key: p.key, kind: 'REGION', form, canonical: p.name },
      place,
      order: [p.name, ...p.aliases].indexOf(form),
    });
  }
  return chosen.sort((a, b) => a.place - b.place || a.order - b.order).map((c) => c.entry);
}
