import type { KnownEntity } from '../../src/ingest/link';
import { runPipeline } from '../../src/ingest/pipeline';

// What the extraction tests (tests/unit/extract/*.test.ts) read with: sentences written for them (another city,
// other years), not taken from the seed reports, and the known entities each group of tests links to.

export const indicator = (key: string, name: string, ...aliases: string[]): KnownEntity => ({
  key: `indicator/${key}`,
  kind: 'INDICATOR',
  name,
  names: [name, ...aliases],
});
export const KNOWN: KnownEntity[] = [
  indicator('gdp', '地区生产总值', 'gdp'),
  indicator('industrial-value-added', '规模以上工业增加值', '规上工业增加值'),
  indicator('general-budget-revenue', '一般公共预算收入'),
  indicator('retail-sales', '社会消费品零售总额'),
  indicator('fixed-asset-investment', '固定资产投资'),
  indicator('imports-exports', '进出口总值', '进出口'),
];

export const run = (text: string, period = '2024-H1', subject = '郑州市') =>
  runPipeline(text, { key: 'report/test', title: 't', period, subject }, KNOWN);

/** Paraphrased indicators, changes and word amounts: a gazetteer with counted and listed indicators. */
export const paraphrase = (() => {
  const chain = (key: string, name: string, ...aliases: string[]): KnownEntity => ({
    key: `chain/${key}`,
    kind: 'INDUSTRIAL_CHAIN',
    name,
    names: [name, ...aliases],
  });
  const MORE: KnownEntity[] = [
    indicator('general-budget-revenue', '一般公共预算收入'),
    indicator('fixed-asset-investment', '固定资产投资'),
    indicator('operating-revenue', '营业收入', '营收'),
    indicator('output-value', '产值'),
    indicator('funded-tech-projects', '获得省级奖补的科技项目数'),
    indicator('tech-project-subsidies', '科技项目奖补资金数'),
    indicator('accepted-parks', '通过省级验收的产业园区数量'),
    indicator('enterprises-above-size', '规上企业数', '规上企业数量'),
    indicator('high-tech-enterprises', '高新技术企业数'),
    indicator('soe-assets', '市属国有企业资产总额'),
    indicator('energy-saving', '年节能量'),
    indicator('new-urban-jobs', '新增城镇就业'),
    indicator('new-big-projects', '新引进10亿元项目'),
    indicator('livelihood-share', '民生支出占一般公共预算支出比重'),
    indicator('livelihood', '民生支出'),
    indicator('budget-expenditure', '一般公共预算支出'),
    indicator('big-projects', '亿元以上在建项目数'),
    indicator('big-projects-investment', '亿元以上在建项目完成投资'),
    indicator('exports', '出口值'),
    indicator('battery-exports', '电池出口值'),
    indicator('parts-exports', '汽车零部件出口值'),
    indicator('textile-exports', '纺织品出口值'),
    chain('new-energy', '新能源产业', '新能源'),
  ];
  const read = (text: string, period: string, subject: string) =>
    runPipeline(text, { key: 'report/test', title: 't', period, subject }, MORE);
  const figures = (r: ReturnType<typeof read>) =>
    r.observations.map((o) => [o.indicator, o.subject, o.period, o.value?.value ?? null, o.growthPct ?? null]);
  return { MORE, read, figures };
})();

/** Open vocabulary and general rules (sentences about other cities). */
export const openVocabulary = (() => {
  const COMPANIES: KnownEntity[] = [
    {
      key: 'company/duofuduo',
      kind: 'COMPANY',
      name: '多氟多新材料股份有限公司',
      names: ['多氟多新材料股份有限公司', '多氟多'],
    },
    { key: 'company/ancai', kind: 'COMPANY', name: '焦作安彩新材料有限公司', names: ['焦作安彩新材料有限公司'] },
  ];
  const open = (text: string, period = '2024', subject = '洛阳市', publishedAt?: string) =>
    runPipeline(text, { key: 'report/test', title: 't', period, subject, ...(publishedAt ? { publishedAt } : {}) }, [
      ...KNOWN,
      ...COMPANIES,
    ]);
  /** [indicator name, period, value, growth] of every observation, by the indicator's name. */
  const named = (r: ReturnType<typeof open>) =>
    r.observations.map((o) => [
      r.entities.find((e) => e.key === o.indicator)?.name ?? o.indicator,
      o.period,
      o.value?.value ?? null,
      o.growthPct ?? null,
    ]);
  return { open, named };
})();

/** Rules from the second development set (counties, townships, periods, kinds, shares, lists). */
export const secondSet = (() => {
  const read = (text: string, period = '2024', subject: string | null = '信阳市', publishedAt?: string) =>
    runPipeline(
      text,
      { key: 'report/test', title: 't', period, subject, ...(publishedAt ? { publishedAt } : {}) },
      KNOWN,
    );
  type Result = ReturnType<typeof read>;
  const nameOf = (r: Result, key: string) => r.entities.find((e) => e.key === key)?.name ?? key;
  /** [subject, indicator, period, kind, value, growth] by name. */
  const rows = (r: Result) =>
    r.observations.map((o) => [
      nameOf(r, o.subject),
      nameOf(r, o.indicator),
      o.period,
      o.kind,
      o.value?.value ?? null,
      o.growthPct ?? null,
    ]);
  return { read, nameOf, rows };
})();

/** Rules from the fourth development set (projects, companies, target lists, ranks, lists). */
export const fourthSet = (() => {
  const read = (text: string, period = '2024', subject: string | null = '周口市', publishedAt?: string) =>
    runPipeline(
      text,
      { key: 'report/test', title: 't', period, subject, ...(publishedAt ? { publishedAt } : {}) },
      KNOWN,
    );
  type Result = ReturnType<typeof read>;
  const nameOf = (r: Result, key: string) => r.entities.find((e) => e.key === key)?.name ?? key;
  /** [subject, indicator, period, kind, value, growth] by name. */
  const rows = (r: Result) =>
    r.observations.map((o) => [
      nameOf(r, o.subject),
      nameOf(r, o.indicator),
      o.period,
      o.kind,
      o.value?.value ?? null,
      o.growthPct ?? null,
    ]);
  const names = (r: Result, kind: string) => r.entities.filter((e) => e.kind === kind).map((e) => e.name);
  return { read, nameOf, rows, names };
})();
