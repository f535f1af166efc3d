import { normalizeName, traditionalForms } from '../src/text/chinese';
import { countyLevel, HENAN_CITIES } from './henan';

// The synthetic graph: the same labels, relationships and properties as the curated seed (src/seed/rows.ts),
// grown to a target node count. Every Henan region is present at every size; what grows is the long tail —
// companies, projects, institutions, chains, programmes, fundings, reports, and the figures about them.
// Deterministic: the same size gives the same graph (seeded PRNG), so results are comparable across runs.
//
// The output is a list of load steps (one parameterised UNWIND statement each) whose rows are produced lazily,
// so size L never holds all its rows in memory. Steps must be consumed in order: documents come after every
// fact, because each fact's evidence quote is appended to a report's text (up to TEXT_CAP characters; after
// that the offset is -1, "not located", as the seed allows).

export const GENERATOR_VERSION = 3;

export type SizeName = 'XS' | 'S' | 'M' | 'L';

interface SizeSpec {
  /** Target node count (all labels). */
  nodes: number;
  /** Industrial chains (not counting the per-city chain groups). */
  chains: number;
  documents: number;
  /** Whether county-level figures (observations and in-city rankings) are part of the corpus. */
  countyFigures: boolean;
}

export const SIZES: Record<SizeName, SizeSpec> = {
  XS: { nodes: 3_000, chains: 10, documents: 8, countyFigures: false },
  S: { nodes: 10_000, chains: 30, documents: 30, countyFigures: false },
  M: { nodes: 100_000, chains: 100, documents: 300, countyFigures: true },
  L: { nodes: 1_000_000, chains: 330, documents: 3_000, countyFigures: true },
};

export const PERIODS = ['2025-H1', '2024', '2024-H1', '2023', '2023-H1', '2022'] as const;
const TEXT_CAP = 6_000;

// ------------------------------------------------------------------------------------------------ randomness

/** mulberry32: small, fast, deterministic. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
    round1: (x: number) => Math.round(x * 10) / 10,
  };
}
type Rng = ReturnType<typeof prng>;

function weightedPicker<T>(items: readonly T[], weight: (t: T) => number) {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) {
    total += weight(item);
    cumulative.push(total);
  }
  return (rng: Rng): T => {
    const x = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo] as T;
  };
}

// ------------------------------------------------------------------------------------------------ vocabularies

const INDICATORS = [
  { key: 'indicator/gdp', name: '地区生产总值', nameEn: 'GDP', unit: '亿元', scope: 'region', level: true },
  {
    key: 'indicator/industrial-value-added',
    name: '规模以上工业增加值',
    nameEn: 'Industrial value added',
    unit: '%',
    scope: 'region',
    level: false,
  },
  {
    key: 'indicator/fixed-asset-investment',
    name: '固定资产投资',
    nameEn: 'Fixed-asset investment',
    unit: '%',
    scope: 'region',
    level: false,
  },
  {
    key: 'indicator/retail-sales',
    name: '社会消费品零售总额',
    nameEn: 'Retail sales of consumer goods',
    unit: '亿元',
    scope: 'region',
    level: true,
  },
  {
    key: 'indicator/general-budget-revenue',
    name: '一般公共预算收入',
    nameEn: 'General public budget revenue',
    unit: '亿元',
    scope: 'region',
    level: true,
  },
  {
    key: 'indicator/foreign-trade',
    name: '进出口总额',
    nameEn: 'Foreign trade',
    unit: '亿元',
    scope: 'region',
    level: true,
  },
  {
    key: 'indicator/urban-income',
    name: '城镇居民人均可支配收入',
    nameEn: 'Urban disposable income per capita',
    unit: '元',
    scope: 'region',
    level: true,
  },
  {
    key: 'indicator/rural-income',
    name: '农村居民人均可支配收入',
    nameEn: 'Rural disposable income per capita',
    unit: '元',
    scope: 'region',
    level: true,
  },
  { key: 'indicator/revenue', name: '营业收入', nameEn: 'Revenue', unit: '亿元', scope: 'company', level: true },
  { key: 'indicator/profit', name: '利润总额', nameEn: 'Total profit', unit: '亿元', scope: 'company', level: true },
  {
    key: 'indicator/rd-spending',
    name: '研发投入',
    nameEn: 'R&D spending',
    unit: '亿元',
    scope: 'company',
    level: true,
  },
  { key: 'indicator/tax-paid', name: '纳税总额', nameEn: 'Tax paid', unit: '亿元', scope: 'company', level: true },
  {
    key: 'indicator/chain-value-added',
    name: '产业链增加值',
    nameEn: 'Chain value added',
    unit: '%',
    scope: 'chain',
    level: false,
  },
  {
    key: 'indicator/chain-revenue',
    name: '产业链营业收入',
    nameEn: 'Chain revenue',
    unit: '亿元',
    scope: 'chain',
    level: true,
  },
] as const;
const REGION_INDICATORS = INDICATORS.filter((i) => i.scope === 'region');
const COMPANY_INDICATORS = INDICATORS.filter((i) => i.scope === 'company');
const CHAIN_INDICATORS = INDICATORS.filter((i) => i.scope === 'chain');

const CHAIN_TYPES = [
  {
    slug: 'new-materials',
    name: '新材料',
    nameEn: 'New Materials',
    tier: 'THOUSAND_BILLION_CLUSTER',
    product: '新材料',
  },
  { slug: 'green-food', name: '绿色食品', nameEn: 'Green Food', tier: 'THOUSAND_BILLION_CLUSTER', product: '食品' },
  {
    slug: 'high-end-equipment',
    name: '高端装备',
    nameEn: 'High-end Equipment',
    tier: 'THOUSAND_BILLION_CLUSTER',
    product: '装备',
  },
  { slug: 'auto-parts', name: '汽车零部件', nameEn: 'Auto Parts', tier: 'KEY_CHAIN', product: '汽车零部件' },
  { slug: 'electronics', name: '电子信息', nameEn: 'Electronics', tier: 'KEY_CHAIN', product: '电子元器件' },
  { slug: 'biomedicine', name: '生物医药', nameEn: 'Biomedicine', tier: 'STRATEGIC_EMERGING', product: '医药' },
  { slug: 'new-energy', name: '新能源', nameEn: 'New Energy', tier: 'STRATEGIC_EMERGING', product: '光伏组件' },
  { slug: 'batteries', name: '动力电池', nameEn: 'Power Batteries', tier: 'STRATEGIC_EMERGING', product: '锂电池' },
  { slug: 'hydrogen', name: '氢能', nameEn: 'Hydrogen', tier: 'FUTURE', product: '氢燃料电池' },
  { slug: 'energy-storage', name: '储能', nameEn: 'Energy Storage', tier: 'FUTURE', product: '储能设备' },
  { slug: 'chemicals', name: '现代化工', nameEn: 'Modern Chemicals', tier: 'TRADITIONAL', product: '化工产品' },
  { slug: 'textiles', name: '纺织服装', nameEn: 'Textiles', tier: 'TRADITIONAL', product: '纺织品' },
  {
    slug: 'building-materials',
    name: '绿色建材',
    nameEn: 'Green Building Materials',
    tier: 'TRADITIONAL',
    product: '建材',
  },
  {
    slug: 'eco-protection',
    name: '节能环保',
    nameEn: 'Energy Saving',
    tier: 'STRATEGIC_EMERGING',
    product: '环保设备',
  },
  { slug: 'sensors', name: '智能传感器', nameEn: 'Smart Sensors', tier: 'KEY_CHAIN', product: '传感器' },
  { slug: 'medical-devices', name: '医疗器械', nameEn: 'Medical Devices', tier: 'KEY_CHAIN', product: '医疗器械' },
  { slug: 'aluminium', name: '铝基新材料', nameEn: 'Aluminium Materials', tier: 'CLUSTER', product: '铝材' },
  { slug: 'robotics', name: '机器人', nameEn: 'Robotics', tier: 'FUTURE', product: '工业机器人' },
  { slug: 'display', name: '新型显示', nameEn: 'New Displays', tier: 'KEY_CHAIN', product: '显示面板' },
  { slug: 'cold-chain', name: '冷链食品', nameEn: 'Cold-chain Food', tier: 'CLUSTER', product: '速冻食品' },
] as const;

const BRANDS = [
  '宏达 华瑞 中原 龙源 鑫源 恒通 天力 金诚 瑞丰 远大 盛世 豫能 汇丰 嘉禾 正泰 永昌 德润',
  '博远 众鑫 华宇 新科 明阳 伟业 富达 国信 宇通 长城 星辰 东方 九州 安泰 信达 隆基 海天',
  '润泽 晨光 凯瑞 恒瑞 瑞庆 多氟多 佰利 风神 蒙牛 伊利 双汇 卫华 森源 许继 平高 中信',
  '银鸽 神马 安钢 濮耐 万基 宁福 巨湾 蜜雪 牧原 思念',
]
  .join(' ')
  .split(' ');
const COMPANY_SUFFIXES = ['有限公司', '股份有限公司', '集团有限公司', '科技有限公司', '实业有限公司'];
const PROJECT_UNITS = ['万吨', '万套', '万台', '万件', '吉瓦时', '亿支', '万平方米'];
const PROJECT_KINDS = ['项目', '生产线项目', '扩建项目', '技改项目', '产业园项目'];
const PHASES = ['一期', '二期', '三期'];
const STATUS = ['COMPLETED', 'UNDER_CONSTRUCTION', 'PLANNED', 'UNKNOWN'] as const;
const INSTITUTION_KINDS = ['研究院', '职业技术学院', '工程技术研究中心', '产业技术研究院', '重点实验室'];
const FUNDING_THEMES = ['制造业高质量发展专项资金', '科技创新奖补资金', '技改专项资金', '专精特新奖励资金'];
const PROVINCE_PROGRAMS = [
  { name: '河南省“万人助万企”活动', kind: 'PROGRAM' },
  { name: '河南省制造业重点产业链群培育方案', kind: 'ACTION_PLAN' },
  { name: '河南省专精特新企业培育计划', kind: 'PROGRAM' },
  { name: '河南省“三个一批”项目建设活动', kind: 'PROGRAM' },
  { name: '河南省稳经济一揽子政策', kind: 'POLICY_PACKAGE' },
  { name: '河南省新型工业化战略', kind: 'STRATEGY' },
] as const;

// ------------------------------------------------------------------------------------------------ shapes

export interface Picks {
  /** Q1: a project in 焦作市. */
  project: string;
  /** Q2: 焦作市's new-materials chain. */
  chain: string;
  /** Q3: 焦作市. */
  region: string;
  /** Q4: a full-text query. */
  search: string;
}

export interface Step {
  name: string;
  cypher: string;
  rows: () => Iterable<Record<string, unknown>>;
}

interface EntitySkeleton {
  key: string;
  name: string;
  city: number;
  /** The region the entity is LOCATED_IN (a county, a zone or, for 济源, the city). */
  place: string;
}

interface Evidence {
  docs: string[];
  quotes: string[];
  offsets: number[];
}

class Corpus {
  readonly docs: { key: string; city: number; period: string; title: string; text: string }[] = [];
  private readonly byCity = new Map<number, number[]>();

  constructor(
    count: number,
    cities: number,
    private readonly rng: Rng,
  ) {
    for (let i = 0; i < count; i += 1) {
      const city = i % (cities + 1); // `cities` means the province
      const period = PERIODS[Math.floor(i / (cities + 1)) % PERIODS.length] as string;
      const where = city === cities ? '河南省' : (HENAN_CITIES[city]?.name ?? '');
      const label = period.includes('-H1') ? `${period.slice(0, 4)}年上半年` : `${period}年`;
      this.docs.push({
        key: `report/d${String(i).padStart(5, '0')}`,
        city,
        period,
        title: `${where}${label}经济运行情况（第${i + 1}期）`,
        text: '',
      });
      const list = this.byCity.get(city) ?? [];
      list.push(i);
      this.byCity.set(city, list);
    }
  }

  private place(quote: string, city: number): { doc: string; offset: number } {
    const list = this.byCity.get(city) ?? this.byCity.get(HENAN_CITIES.length) ?? [0];
    const doc = this.docs[this.rng.pick(list)] ?? (this.docs[0] as Corpus['docs'][number]);
    let offset = -1;
    if (doc.text.length < TEXT_CAP) {
      offset = doc.text.length;
      doc.text += `${quote}。`;
    }
    return { doc: doc.key, offset };
  }

  /** Evidence for one fact: one report, sometimes a second (the province's) repeating it. */
  evidence(quote: string, city: number): Evidence {
    const first = this.place(quote, city);
    const ev: Evidence = { docs: [first.doc], quotes: [quote], offsets: [first.offset] };
    if (this.rng.chance(0.2)) {
      const second = this.place(quote, HENAN_CITIES.length);
      if (second.doc !== first.doc) {
        ev.docs.push(second.doc);
        ev.quotes.push(quote);
        ev.offsets.push(second.offset);
      }
    }
    return ev;
  }

  mention(name: string, city: number): { doc: string; quote: string; offset: number } {
    const quote = `${name}`;
    return { ...this.place(quote, city), quote };
  }
}

function entityProps(
  kind: string,
  key: string,
  name: string,
  nameEn: string | null,
  aliases: string[],
  description: string | null,
  extra: Record<string, unknown>,
) {
  const all = [name, ...aliases, ...(nameEn ? [nameEn] : [])];
  return {
    key,
    kind,
    name,
    nameEn,
    aliases,
    names: [...new Set(all.map(normalizeName))],
    description,
    ...extra,
  };
}

// ------------------------------------------------------------------------------------------------ the generator

export interface GeneratedGraph {
  size: SizeName;
  spec: SizeSpec;
  counts: Record<string, number>;
  picks: Picks;
  steps: Step[];
}

export function generate(size: SizeName, seed = 6): GeneratedGraph {
  const spec = SIZES[size];
  const rng = prng(seed * 7919 + spec.nodes);
  const cities = HENAN_CITIES;
  const corpus = new Corpus(spec.documents, cities.length, rng);
  const counts: Record<string, number> = {};
  const count = (label: string, n = 1) => {
    counts[label] = (counts[label] ?? 0) + n;
  };

  // ---------------------------------------------------------------- regions
  const regions: { key: string; label: string; props: Record<string, unknown> }[] = [];
  const relations: { type: string; from: string; to: string; quote: string; city: number }[] = [];
  const rel = (type: string, from: string, to: string, quote: string, city: number) =>
    relations.push({ type, from, to, quote, city });

  const PROVINCE_CITY = cities.length;
  regions.push({
    key: 'region/china',
    label: 'Region',
    props: entityProps('REGION', 'region/china', '中国', 'China', ['全国', '中华人民共和国'], null, {
      level: 'COUNTRY',
      code: null,
    }),
  });
  regions.push({
    key: 'region/henan',
    label: 'Region',
    props: entityProps('REGION', 'region/henan', '河南省', 'Henan', ['河南', '豫'], '中部地区人口大省', {
      level: 'PROVINCE',
      code: '410000',
    }),
  });
  rel('LOCATED_IN', 'region/henan', 'region/china', '河南省地处中国中部', PROVINCE_CITY);
  const cityKey = (c: number) => `region/${cities[c]?.code}`;
  /** Where companies, institutions and projects of a city sit: its counties and its development zone. */
  const placesOfCity: string[][] = [];
  const countiesOfCity: string[][] = [];
  const zoneOfCity: string[] = [];
  cities.forEach((city, c) => {
    const key = cityKey(c);
    regions.push({
      key,
      label: 'Region',
      props: entityProps(
        'REGION',
        key,
        city.name,
        city.nameEn,
        [city.short, ...traditionalForms(city.name)],
        `河南省辖市${city.short}`,
        {
          level: 'CITY',
          code: city.code,
        },
      ),
    });
    rel('LOCATED_IN', key, 'region/henan', `${city.name}是河南省辖市`, c);
    const counties: string[] = [];
    city.counties.forEach((name, i) => {
      const ck = `${key}-${String(i + 1).padStart(2, '0')}`;
      const short = name.length > 2 ? name.slice(0, -1) : name;
      regions.push({
        key: ck,
        label: 'Region',
        props: entityProps('REGION', ck, name, null, short !== name ? [short] : [], null, {
          level: countyLevel(name),
          code: null,
        }),
      });
      rel('LOCATED_IN', ck, key, `${city.name}${name}`, c);
      counties.push(ck);
    });
    const zk = `${key}-hz`;
    const zoneName = `${city.short}高新技术产业开发区`;
    regions.push({
      key: zk,
      label: 'Region',
      props: entityProps('REGION', zk, zoneName, null, [`${city.short}高新区`], null, { level: 'ZONE', code: null }),
    });
    rel('LOCATED_IN', zk, key, `${zoneName}位于${city.name}`, c);
    zoneOfCity.push(zk);
    countiesOfCity.push(counties);
    placesOfCity.push(counties.length > 0 ? counties : [key]);
  });
  count('Region', regions.length);
  const regionName = new Map(regions.map((r) => [r.key, String(r.props.name)]));
  const placeName = (key: string) => regionName.get(key) ?? key;
  const pickCity = weightedPicker(
    cities.map((_, i) => i),
    (i) => cities[i]?.weight ?? 1,
  );

  // ---------------------------------------------------------------- indicators
  const indicators = INDICATORS.map((i) => ({
    key: i.key,
    props: entityProps('INDICATOR', i.key, i.name, i.nameEn, traditionalForms(i.name), null, { unit: i.unit }),
  }));
  count('Indicator', indicators.length);

  // ---------------------------------------------------------------- chains (per city), their groups and programmes
  const chains: (EntitySkeleton & { type: (typeof CHAIN_TYPES)[number]; program: string })[] = [];
  const chainsOfCity: number[][] = cities.map(() => []);
  const policies: { key: string; props: Record<string, unknown>; city: number }[] = [];
  const groupOfCity = cities.map((city) => `chain/${city.code}-group`);
  const chainRows: { key: string; props: Record<string, unknown> }[] = [];
  cities.forEach((city, c) => {
    const key = groupOfCity[c] as string;
    const name = `${city.name}重点产业链群`;
    chainRows.push({
      key,
      props: entityProps('INDUSTRIAL_CHAIN', key, name, null, traditionalForms(name), null, { tier: 'GROUP' }),
    });
  });
  for (let i = 0; i < spec.chains; i += 1) {
    const c = i % cities.length;
    const city = cities[c] as (typeof cities)[number];
    const type = CHAIN_TYPES[Math.floor(i / cities.length) % CHAIN_TYPES.length] as (typeof CHAIN_TYPES)[number];
    const round = Math.floor(i / (cities.length * CHAIN_TYPES.length));
    const key = `chain/${city.code}-${type.slug}${round > 0 ? `-${round + 1}` : ''}`;
    const name = `${city.name}${type.name}产业链${round > 0 ? `（第${round + 1}链）` : ''}`;
    const programKey = `policy/${city.code}-${type.slug}${round > 0 ? `-${round + 1}` : ''}-plan`;
    chainRows.push({
      key,
      props: entityProps(
        'INDUSTRIAL_CHAIN',
        key,
        name,
        `${city.nameEn} ${type.nameEn}`,
        [`${city.short}${type.name}产业`, ...traditionalForms(name)],
        `${city.name}重点培育的${type.name}产业链`,
        { tier: type.tier },
      ),
    });
    rel('PART_OF', key, groupOfCity[c] as string, `${type.name}产业链是${city.name}重点产业链群之一`, c);
    const programName = `${city.name}${type.name}产业链培育行动方案${round > 0 ? `（第${round + 1}链）` : ''}`;
    policies.push({
      key: programKey,
      city: c,
      props: entityProps('POLICY', programKey, programName, null, traditionalForms(programName), null, {
        policyKind: 'ACTION_PLAN',
      }),
    });
    rel('ISSUED_BY', programKey, cityKey(c), `${city.name}印发《${programName}》`, c);
    rel('UNDER_PROGRAM', key, programKey, `按照《${programName}》培育${type.name}产业链`, c);
    chains.push({ key, name, city: c, place: cityKey(c), type, program: programKey });
    chainsOfCity[c]?.push(chains.length - 1);
  }
  count('IndustrialChain', chainRows.length);

  // ---------------------------------------------------------------- programmes and funding policies
  PROVINCE_PROGRAMS.forEach((p, i) => {
    const key = `policy/henan-${i + 1}`;
    policies.push({
      key,
      city: PROVINCE_CITY,
      props: entityProps('POLICY', key, p.name, null, traditionalForms(p.name), null, { policyKind: p.kind }),
    });
    rel('ISSUED_BY', key, 'region/henan', `河南省开展${p.name}`, PROVINCE_CITY);
  });
  const targetSystems: string[] = [];
  cities.forEach((city, c) => {
    const key = `policy/${city.code}-targets`;
    const name = `${city.name}2025年高质量发展目标体系`;
    policies.push({
      key,
      city: c,
      props: entityProps('POLICY', key, name, null, [], null, { policyKind: 'TARGET_SYSTEM' }),
    });
    rel('ISSUED_BY', key, cityKey(c), `${city.name}制定${name}`, c);
    rel('PART_OF', key, 'policy/henan-6', `${name}落实${PROVINCE_PROGRAMS[5]?.name}`, c);
    targetSystems.push(key);
  });

  // ---------------------------------------------------------------- size of the long tail
  const regionFigureSubjects = 1 + cities.length + (spec.countyFigures ? countiesOfCity.flat().length : 0);
  const regionObservations = regionFigureSubjects * REGION_INDICATORS.length * PERIODS.length + cities.length * 4;
  const regionRankings =
    (cities.length + (spec.countyFigures ? countiesOfCity.flat().length : 0)) *
    REGION_INDICATORS.length *
    PERIODS.length;
  const chainObservations = spec.chains * CHAIN_INDICATORS.length * PERIODS.length;
  const fixed =
    regions.length +
    indicators.length +
    chainRows.length +
    policies.length +
    spec.documents +
    regionObservations +
    regionRankings +
    chainObservations;
  // Per company: 1.3 projects, 0.05 institutions, 0.02 funding policies × 2 fundings, 2 observations.
  const perCompany = 1 + 1.3 + 0.05 + 0.02 + 0.04 + 2;
  const companyCount = Math.max(50, Math.round((spec.nodes - fixed) / perCompany));
  const projectCount = Math.round(companyCount * 1.3);
  const institutionCount = Math.round(companyCount * 0.05);
  const fundingPolicyCount = Math.max(cities.length, Math.round(companyCount * 0.02));

  // ---------------------------------------------------------------- companies
  const usedNames = new Set<string>();
  const unique = (make: () => string) => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const name = make();
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
    let n = 2;
    const base = make();
    while (usedNames.has(`${base}${n}`)) n += 1;
    usedNames.add(`${base}${n}`);
    return `${base}${n}`;
  };
  const companies: (EntitySkeleton & { chain: number; brand: string })[] = [];
  const companiesOfCity: number[][] = cities.map(() => []);
  for (let i = 0; i < companyCount; i += 1) {
    const c = pickCity(rng);
    const city = cities[c] as (typeof cities)[number];
    const chainIdx = rng.pick(chainsOfCity[c]?.length ? (chainsOfCity[c] as number[]) : chains.map((_, j) => j));
    const chain = chains[chainIdx] as (typeof chains)[number];
    let brand = '';
    const name = unique(() => {
      brand = `${rng.pick(BRANDS)}${rng.chance(0.5) ? rng.pick(BRANDS) : ''}`;
      return `${city.short}${brand}${chain.type.product}${rng.pick(COMPANY_SUFFIXES)}`;
    });
    const place = rng.chance(0.2) ? (zoneOfCity[c] as string) : rng.pick(placesOfCity[c] as string[]);
    companies.push({ key: `company/c${String(i).padStart(6, '0')}`, name, city: c, place, chain: chainIdx, brand });
    companiesOfCity[c]?.push(i);
  }
  count('Company', companies.length);

  // ---------------------------------------------------------------- institutions
  const institutions: EntitySkeleton[] = [];
  for (let i = 0; i < institutionCount; i += 1) {
    const c = pickCity(rng);
    const city = cities[c] as (typeof cities)[number];
    const name = unique(() => `${city.short}${rng.pick(CHAIN_TYPES).name}${rng.pick(INSTITUTION_KINDS)}`);
    institutions.push({
      key: `institution/i${String(i).padStart(5, '0')}`,
      name,
      city: c,
      place: rng.pick(placesOfCity[c] as string[]),
    });
  }
  count('Institution', institutions.length);

  // ---------------------------------------------------------------- projects
  const projects: (EntitySkeleton & {
    chain: number;
    developers: number[];
    institution: number | null;
    parent: number | null;
    status: string;
    phase: string | null;
    investment: number;
    capacity: number;
    unit: string;
    program: string | null;
  })[] = [];
  const projectsOfCity: number[][] = cities.map(() => []);
  const lastProjectOfCompany = new Map<number, number>();
  for (let i = 0; i < projectCount; i += 1) {
    const lead = rng.int(companies.length);
    const company = companies[lead] as (typeof companies)[number];
    const c = company.city;
    const developers = [lead];
    const peers = companiesOfCity[c] as number[];
    if (rng.chance(0.35)) developers.push(rng.pick(peers));
    if (rng.chance(0.1)) developers.push(rng.pick(peers));
    const devs = [...new Set(developers)];
    const chainIdx = company.chain;
    const chain = chains[chainIdx] as (typeof chains)[number];
    const previous = lastProjectOfCompany.get(lead);
    const parent = previous !== undefined && rng.chance(0.15) ? previous : null;
    const phase = parent !== null ? (rng.pick(PHASES.slice(1)) as string) : rng.chance(0.2) ? '一期' : null;
    const capacity = 1 + rng.int(100);
    const unit = rng.pick(PROJECT_UNITS);
    const name = unique(
      () =>
        `${company.brand}年产${1 + rng.int(100)}${unit}${chain.type.product}${phase ?? ''}${rng.pick(PROJECT_KINDS)}`,
    );
    const place = rng.chance(0.3) ? (zoneOfCity[c] as string) : company.place;
    projects.push({
      key: `project/p${String(i).padStart(6, '0')}`,
      name,
      city: c,
      place,
      chain: chainIdx,
      developers: devs,
      institution: institutions.length > 0 && rng.chance(0.04) ? rng.int(institutions.length) : null,
      parent,
      status: rng.pick(STATUS),
      phase,
      investment: rng.round1(0.5 + rng.next() * 80),
      capacity,
      unit,
      program: rng.chance(0.3) ? chain.program : rng.chance(0.1) ? 'policy/henan-4' : null,
    });
    projectsOfCity[c]?.push(i);
    lastProjectOfCompany.set(lead, i);
  }
  count('Project', projects.length);

  // ---------------------------------------------------------------- funding policies
  const fundingPolicies: { key: string; name: string; city: number }[] = [];
  for (let i = 0; i < fundingPolicyCount; i += 1) {
    const c = i % cities.length;
    const city = cities[c] as (typeof cities)[number];
    const round = Math.floor(i / cities.length);
    const theme = FUNDING_THEMES[round % FUNDING_THEMES.length] as string;
    const key = `policy/${city.code}-fund-${round + 1}`;
    const name = `${city.name}${theme}${round >= FUNDING_THEMES.length ? `（第${round + 1}批）` : ''}`;
    policies.push({
      key,
      city: c,
      props: entityProps('POLICY', key, name, null, [], null, { policyKind: 'FUNDING' }),
    });
    rel('ISSUED_BY', key, cityKey(c), `${city.name}设立${name}`, c);
    fundingPolicies.push({ key, name, city: c });
  }
  count('Policy', policies.length);

  // The benchmark's fixed questions, picked from 焦作市 (index 7).
  const JZ = cities.findIndex((c) => c.code === '410800');
  const jzProjects = projectsOfCity[JZ] as number[];
  const picks: Picks = {
    project: (projects[jzProjects[0] ?? 0] as (typeof projects)[number]).key,
    chain: (chains[chainsOfCity[JZ]?.[0] ?? 0] as (typeof chains)[number]).key,
    region: cityKey(JZ),
    search: '新材料',
  };

  // ---------------------------------------------------------------- steps
  const ev = (quote: string, city: number) => corpus.evidence(quote, city);
  const steps: Step[] = [];
  const nodeStep = (label: string, rows: () => Iterable<Record<string, unknown>>) =>
    steps.push({ name: `:${label}`, cypher: `UNWIND $rows AS row CREATE (e:Entity:${label}) SET e = row`, rows });

  nodeStep('Region', () => regions.map((r) => r.props));
  nodeStep('Indicator', () => indicators.map((i) => i.props));
  nodeStep('IndustrialChain', () => chainRows.map((c) => c.props));
  nodeStep('Policy', () => policies.map((p) => p.props));
  nodeStep('Company', function* () {
    for (const co of companies) {
      const short = co.name.replace(/(集团|股份|科技|实业)?有限公司$/, '');
      const aliases = [short, ...(rng.chance(0.1) ? traditionalForms(co.name) : [])];
      yield entityProps('COMPANY', co.key, co.name, null, aliases, null, {});
    }
  });
  nodeStep('Institution', function* () {
    for (const ins of institutions) yield entityProps('INSTITUTION', ins.key, ins.name, null, [], null, {});
  });
  nodeStep('Project', function* () {
    for (const p of projects) {
      yield entityProps('PROJECT', p.key, p.name, null, [], `总投资${p.investment}亿元`, {
        status: p.status,
        phase: p.phase,
        capacityValue: p.capacity,
        capacityUnit: p.unit,
        capacityText: `年产${p.capacity}${p.unit}`,
        investmentValue: p.investment,
        investmentUnit: '亿元',
        investmentText: `${p.investment}亿元`,
      });
    }
  });

  // Relationships among entities, grouped by type so each statement names one type.
  const relationRows = function* (type: string) {
    for (const r of relations) if (r.type === type) yield { from: r.from, to: r.to, ...ev(r.quote, r.city) };
    if (type === 'LOCATED_IN') {
      for (const co of companies)
        yield { from: co.key, to: co.place, ...ev(`${co.name}位于${placeName(co.place)}`, co.city) };
      for (const ins of institutions)
        yield { from: ins.key, to: ins.place, ...ev(`${ins.name}坐落于${placeName(ins.place)}`, ins.city) };
      for (const p of projects) yield { from: p.key, to: p.place, ...ev(`${p.name}落地${placeName(p.place)}`, p.city) };
    }
    if (type === 'DEVELOPS') {
      for (const p of projects) {
        for (const d of p.developers) {
          const co = companies[d] as (typeof companies)[number];
          yield { from: co.key, to: p.key, ...ev(`${co.name}投资建设${p.name}`, p.city) };
        }
        if (p.institution !== null) {
          const ins = institutions[p.institution] as EntitySkeleton;
          yield { from: ins.key, to: p.key, ...ev(`${ins.name}参与建设${p.name}`, p.city) };
        }
      }
    }
    if (type === 'IN_CHAIN') {
      for (const co of companies) {
        const chain = chains[co.chain] as (typeof chains)[number];
        yield { from: co.key, to: chain.key, ...ev(`${co.name}是${chain.name}链上企业`, co.city) };
      }
      for (const p of projects) {
        const chain = chains[p.chain] as (typeof chains)[number];
        yield { from: p.key, to: chain.key, ...ev(`${p.name}属于${chain.name}`, p.city) };
      }
    }
    if (type === 'PART_OF') {
      for (const p of projects) {
        if (p.parent === null) continue;
        const parent = projects[p.parent] as (typeof projects)[number];
        yield { from: p.key, to: parent.key, ...ev(`${p.name}是${parent.name}的后续工程`, p.city) };
      }
    }
    if (type === 'UNDER_PROGRAM') {
      for (const p of projects) {
        if (p.program) yield { from: p.key, to: p.program, ...ev(`${p.name}纳入重点项目清单`, p.city) };
      }
      for (const co of companies) {
        if (co.key.endsWith('0') || co.key.endsWith('5')) {
          yield { from: co.key, to: 'policy/henan-1', ...ev(`${co.name}纳入“万人助万企”服务名单`, co.city) };
        }
      }
    }
    if (type === 'COOPERATES_WITH' && institutions.length > 0) {
      for (let i = 0; i < companies.length; i += 10) {
        const co = companies[i] as (typeof companies)[number];
        const ins = institutions[(i * 7) % institutions.length] as EntitySkeleton;
        yield { from: co.key, to: ins.key, ...ev(`${co.name}与${ins.name}开展产学研合作`, co.city) };
      }
    }
  };
  for (const type of [
    'LOCATED_IN',
    'DEVELOPS',
    'IN_CHAIN',
    'PART_OF',
    'UNDER_PROGRAM',
    'ISSUED_BY',
    'COOPERATES_WITH',
  ] as const) {
    steps.push({
      name: `-[:${type}]->`,
      cypher: `UNWIND $rows AS row
        MATCH (a:Entity {key: row.from}) MATCH (b:Entity {key: row.to})
        CREATE (a)-[r:${type}]->(b) SET r.docs = row.docs, r.quotes = row.quotes, r.offsets = row.offsets`,
      rows: () => relationRows(type),
    });
  }

  // Figures: region series (with in-scope rankings that follow the growth rates), chains, companies.
  const regionSubjects: { key: string; name: string; city: number; scope: string | null }[] = [
    { key: 'region/henan', name: '河南省', city: PROVINCE_CITY, scope: null },
    ...cities.map((city, c) => ({ key: cityKey(c), name: city.name, city: c, scope: 'region/henan' })),
    ...(spec.countyFigures
      ? cities.flatMap((city, c) =>
          city.counties.map((name, i) => ({ key: countiesOfCity[c]?.[i] as string, name, city: c, scope: cityKey(c) })),
        )
      : []),
  ];
  const slug = (key: string) => key.slice(key.indexOf('/') + 1);
  const growth = new Map<string, number>();
  const observationRows = function* () {
    for (const s of regionSubjects) {
      for (const ind of REGION_INDICATORS) {
        for (const period of PERIODS) {
          const g = rng.round1(1 + rng.next() * 9);
          growth.set(`${s.key}|${ind.key}|${period}`, g);
          const value = ind.level ? rng.round1(10 + rng.next() * 3000) : null;
          const text = value === null ? null : `${value}${ind.unit}`;
          const quote = `${s.name}${period}${ind.name}${text ? `${text}，` : ''}同比增长${g}%`;
          yield {
            indicator: ind.key,
            subject: s.key,
            props: {
              key: `observation/${slug(s.key)}.${slug(ind.key)}.${period}.actual`,
              period,
              kind: 'ACTUAL',
              growthPct: g,
              note: null,
              valueValue: value,
              valueUnit: value === null ? null : ind.unit,
              valueText: text,
              ...ev(quote, s.city),
            },
          };
        }
      }
    }
    for (const ch of chains) {
      for (const ind of CHAIN_INDICATORS) {
        for (const period of PERIODS) {
          const g = rng.round1(-2 + rng.next() * 14);
          const value = ind.level ? rng.round1(5 + rng.next() * 400) : null;
          yield {
            indicator: ind.key,
            subject: ch.key,
            props: {
              key: `observation/${slug(ch.key)}.${slug(ind.key)}.${period}.actual`,
              period,
              kind: 'ACTUAL',
              growthPct: g,
              note: null,
              valueValue: value,
              valueUnit: value === null ? null : ind.unit,
              valueText: value === null ? null : `${value}${ind.unit}`,
              ...ev(`${ch.name}${period}${ind.name}同比增长${g}%`, ch.city),
            },
          };
        }
      }
    }
    for (let i = 0; i < companies.length; i += 2) {
      const co = companies[i] as (typeof companies)[number];
      for (const ind of COMPANY_INDICATORS.slice(i % 4 < 2 ? 0 : 2, i % 4 < 2 ? 2 : 4)) {
        for (const period of ['2024', '2023']) {
          const value = rng.round1(0.1 + rng.next() * 50);
          yield {
            indicator: ind.key,
            subject: co.key,
            props: {
              key: `observation/${slug(co.key)}.${slug(ind.key)}.${period}.actual`,
              period,
              kind: 'ACTUAL',
              growthPct: null,
              note: null,
              valueValue: value,
              valueUnit: ind.unit,
              valueText: `${value}${ind.unit}`,
              ...ev(`${co.name}${period}年实现${ind.name}${value}${ind.unit}`, co.city),
            },
          };
        }
      }
    }
  };
  steps.push({
    name: ':Observation',
    cypher: `UNWIND $rows AS row
      MATCH (i:Indicator {key: row.indicator}) MATCH (s:Entity {key: row.subject})
      CREATE (o:Observation) SET o = row.props
      CREATE (o)-[:OF]->(i) CREATE (o)-[:ABOUT]->(s)`,
    rows: observationRows,
  });
  steps.push({
    name: ':Observation (targets)',
    cypher: `UNWIND $rows AS row
      MATCH (i:Indicator {key: row.indicator}) MATCH (s:Entity {key: row.subject}) MATCH (p:Policy {key: row.policy})
      CREATE (o:Observation) SET o = row.props
      CREATE (o)-[:OF]->(i) CREATE (o)-[:ABOUT]->(s) CREATE (p)-[:SETS_TARGET]->(o)`,
    rows: function* () {
      for (let c = 0; c < cities.length; c += 1) {
        const city = cities[c] as (typeof cities)[number];
        for (const ind of REGION_INDICATORS.slice(0, 4)) {
          const g = rng.round1(5 + rng.next() * 3);
          yield {
            indicator: ind.key,
            subject: cityKey(c),
            policy: targetSystems[c],
            props: {
              key: `observation/${slug(cityKey(c))}.${slug(ind.key)}.2025.target`,
              period: '2025',
              kind: 'TARGET',
              growthPct: g,
              note: '力争',
              valueValue: null,
              valueUnit: null,
              valueText: null,
              ...ev(`${city.name}2025年${ind.name}力争增长${g}%`, c),
            },
          };
        }
      }
    },
  });
  count('Observation', regionObservations + chainObservations + Math.ceil(companies.length / 2) * 4);

  steps.push({
    name: ':Ranking',
    cypher: `UNWIND $rows AS row
      MATCH (i:Indicator {key: row.indicator}) MATCH (s:Entity {key: row.subject}) MATCH (sc:Region {key: row.scope})
      CREATE (r:Ranking) SET r = row.props
      CREATE (r)-[:OF]->(i) CREATE (r)-[:ABOUT]->(s) CREATE (r)-[:IN]->(sc)`,
    rows: function* () {
      const leagues = new Map<string, typeof regionSubjects>();
      for (const s of regionSubjects) {
        if (!s.scope) continue;
        const list = leagues.get(s.scope) ?? [];
        list.push(s);
        leagues.set(s.scope, list);
      }
      for (const [scope, members] of leagues) {
        const scopeName = scope === 'region/henan' ? '全省' : `全市`;
        for (const ind of REGION_INDICATORS) {
          for (const period of PERIODS) {
            const g = (s: { key: string }) => growth.get(`${s.key}|${ind.key}|${period}`) ?? 0;
            const ordered = [...members].sort((a, b) => g(b) - g(a) || a.key.localeCompare(b.key));
            for (const [i, s] of ordered.entries()) {
              const rank = i + 1;
              yield {
                indicator: ind.key,
                subject: s.key,
                scope,
                props: {
                  key: `ranking/${slug(s.key)}.${slug(ind.key)}.${period}.${slug(scope)}.growth.${rank}`,
                  period,
                  rank,
                  basis: 'GROWTH',
                  ...ev(`${s.name}${period}${ind.name}增速居${scopeName}第${rank}位`, s.city),
                },
              };
            }
          }
        }
      }
    },
  });
  count('Ranking', regionRankings);

  steps.push({
    name: ':Funding',
    cypher: `UNWIND $rows AS row
      MATCH (p:Policy {key: row.policy})
      CREATE (f:Funding) SET f = row.props
      CREATE (f)-[:UNDER]->(p)
      WITH f, row UNWIND row.recipients AS recipient
      MATCH (x:Entity {key: recipient})
      CREATE (f)-[:FUNDS]->(x)`,
    rows: function* () {
      for (const fp of fundingPolicies) {
        const pool = projectsOfCity[fp.city] as number[];
        for (const period of ['2024', '2023']) {
          const n = pool.length === 0 ? 0 : 1 + rng.int(Math.min(5, pool.length));
          const recipients = [
            ...new Set(Array.from({ length: n }, () => (projects[rng.pick(pool)] as EntitySkeleton).key)),
          ];
          const amount = rng.round1(0.1 + rng.next() * 5);
          yield {
            policy: fp.key,
            recipients,
            props: {
              key: `funding/${slug(fp.key)}.${period}`,
              period,
              projectCount: recipients.length,
              note: null,
              amountValue: amount,
              amountUnit: '亿元',
              amountText: `${amount}亿元`,
              ...ev(`${period}年${fp.name}支持${recipients.length}个项目，金额${amount}亿元`, fp.city),
            },
          };
        }
      }
    },
  });
  count('Funding', fundingPolicies.length * 2);

  // Mentions: quotes go into the report texts too, so they come before the documents are written.
  const mentions: { doc: string; entity: string; quote: string; offset: number }[] = [];
  steps.push({
    name: '(mentions prepared)',
    cypher: '',
    rows: function* () {
      const add = (key: string, name: string, city: number) => {
        mentions.push({ entity: key, ...corpus.mention(name, city) });
        if (rng.chance(0.5)) mentions.push({ entity: key, ...corpus.mention(name, PROVINCE_CITY) });
      };
      for (const r of regions) add(r.key, String(r.props.name), PROVINCE_CITY);
      for (const i of indicators) add(i.key, String(i.props.name), PROVINCE_CITY);
      for (const c of chainRows) add(c.key, String(c.props.name), PROVINCE_CITY);
      for (const p of policies) add(p.key, String(p.props.name), p.city);
      for (const x of [...companies, ...institutions, ...projects]) add(x.key, x.name, x.city);
    },
  });
  steps.push({
    name: ':Document',
    cypher: 'UNWIND $rows AS row CREATE (d:Document) SET d = row',
    rows: () =>
      corpus.docs.map((d) => ({
        key: d.key,
        title: d.title,
        publisher: d.city === cities.length ? '河南省统计局' : `${cities[d.city]?.name}统计局`,
        publishedAt: null,
        period: d.period,
        script: 'SIMPLIFIED',
        text: d.text,
        file: `${d.key.slice(7)}.txt`,
        sortDate: d.period.includes('-H1') ? `${d.period.slice(0, 4)}-06-30` : `${d.period}-12-31`,
      })),
  });
  count('Document', corpus.docs.length);
  steps.push({
    name: '-[:MENTIONS]->',
    cypher: `UNWIND $rows AS row
      MATCH (d:Document {key: row.doc}) MATCH (e:Entity {key: row.entity})
      CREATE (d)-[:MENTIONS {offset: row.offset, quote: row.quote}]->(e)`,
    rows: () => mentions,
  });

  return { size, spec, counts, picks, steps };
}
