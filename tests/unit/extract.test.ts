import { chineseNumber } from '../../src/ingest/extract';
import type { KnownEntity } from '../../src/ingest/link';
import { normalise, originalSpan } from '../../src/ingest/normalise';
import { runPipeline } from '../../src/ingest/pipeline';
import { ingestStatements } from '../../src/ingest/write';

// Extraction on sentences written for these tests (another city, other years), not taken from the seed reports.

const indicator = (key: string, name: string, ...aliases: string[]): KnownEntity => ({
  key: `indicator/${key}`,
  kind: 'INDICATOR',
  name,
  names: [name, ...aliases],
});
const KNOWN: KnownEntity[] = [
  indicator('gdp', '地区生产总值', 'gdp'),
  indicator('industrial-value-added', '规模以上工业增加值', '规上工业增加值'),
  indicator('general-budget-revenue', '一般公共预算收入'),
  indicator('retail-sales', '社会消费品零售总额'),
  indicator('fixed-asset-investment', '固定资产投资'),
  indicator('imports-exports', '进出口总值', '进出口'),
];

const run = (text: string, period = '2024-H1', subject = '郑州市') =>
  runPipeline(text, { key: 'report/test', title: 't', period, subject }, KNOWN);

describe('normalise', () => {
  it('repairs PDF line breaks inside words and numbers and keeps a map to the original', () => {
    const original = '上半年，全市地区生产总值同比增\n长 6.3%、居全省第 6位，规上工业增加值增长较快的态势持续。';
    const n = normalise(original);
    expect(n.text).toContain('同比增长6.3%、居全省第6位');
    const at = n.text.indexOf('增长6.3%');
    const span = originalSpan(n, at, at + '增长6.3%'.length);
    expect(span.quote).toBe('增\n长 6.3%');
    expect(original.slice(span.offset, span.offset + span.quote.length)).toBe(span.quote);
  });

  it('restores the lost "+" of quoted names and converts traditional script with offsets intact', () => {
    expect(normalise('全市“3 13 N”产业链群和“部门 智库”模式。').text).toContain('“3+13+N”产业链群和“部门+智库”模式');
    const trad = '全市進出口實現114.8億元，同比增長6.8%。這是上半年經濟運行向上向好的真實寫照，各項指標穩中有進。';
    const n = normalise(trad);
    expect(n.traditional).toBe(true);
    const at = n.text.indexOf('进出口');
    expect(originalSpan(n, at, at + 3).quote).toBe('進出口');
  });

  it('reads Chinese numerals', () => {
    expect([
      chineseNumber('七'),
      chineseNumber('十'),
      chineseNumber('十二'),
      chineseNumber('二十三'),
      chineseNumber('6'),
    ]).toEqual([7, 10, 12, 23, 6]);
  });
});

describe('extract figures and rankings', () => {
  it('reads a growth rate with its provincial rank (basis GROWTH) for the report subject', () => {
    const r = run('上半年，全市地区生产总值同比增长5.1%、居全省第3位。');
    expect(r.observations).toEqual([
      expect.objectContaining({
        indicator: 'indicator/gdp',
        subject: 'region/zhengzhou',
        period: '2024-H1',
        kind: 'ACTUAL',
        growthPct: 5.1,
      }),
    ]);
    expect(r.rankings).toEqual([
      expect.objectContaining({ indicator: 'indicator/gdp', scope: 'region/henan', rank: 3, basis: 'GROWTH' }),
    ]);
    const ev = r.observations[0]?.evidence[0];
    expect(ev && r.text.slice(ev.offset, ev.offset + ev.quote.length)).toBe(ev?.quote);
  });

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

  it('ranks a level (LEVEL), reads Chinese ordinals and the national scope', () => {
    const r = run('2023年全市地区生产总值1357.2亿元，居河南省第七位。该市进出口总值位居全国第三。', '2023');
    expect(r.observations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          indicator: 'indicator/gdp',
          period: '2023',
          value: { value: 1357.2, unit: '亿元', text: '1357.2亿元' },
        }),
      ]),
    );
    expect(r.rankings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ indicator: 'indicator/gdp', rank: 7, basis: 'LEVEL', scope: 'region/henan' }),
        expect.objectContaining({ indicator: 'indicator/imports-exports', rank: 3, scope: 'region/china' }),
      ]),
    );
  });

  it('marks 初步预计…左右 as ESTIMATE and 力争 as TARGET for the year', () => {
    const r = run('初步预计，全年地区生产总值同比增长5.5%左右。下半年，力争全年进出口总值突破300亿元。', '2024-H1');
    const gdp = r.observations.find((o) => o.indicator === 'indicator/gdp');
    const trade = r.observations.find((o) => o.indicator === 'indicator/imports-exports');
    expect(gdp).toMatchObject({ kind: 'ESTIMATE', period: '2024', growthPct: 5.5 });
    expect(trade).toMatchObject({ kind: 'TARGET', value: { value: 300, unit: '亿元' } });
  });

  it('does not read 第一方阵 as a rank', () => {
    expect(run('地区生产总值增速连续3年居全省第一方阵。').rankings).toEqual([]);
  });

  it('finds projects, their builder, status and county', () => {
    const r = run('上半年，恒达科技年产5万吨新型材料项目、新郑市智慧物流产业园等一批标志性项目建成投产。');
    const projects = r.entities.filter((e) => e.kind === 'PROJECT').map((e) => [e.name, e.status]);
    expect(projects).toEqual(
      expect.arrayContaining([
        ['恒达科技年产5万吨新型材料项目', 'COMPLETED'],
        ['新郑市智慧物流产业园', 'COMPLETED'],
      ]),
    );
    expect(r.entities.some((e) => e.kind === 'COMPANY' && e.name === '恒达科技')).toBe(true);
    expect(r.relations.map((x) => x.type)).toEqual(expect.arrayContaining(['DEVELOPS']));
  });

  it('warns on text without Chinese and extracts nothing', () => {
    const r = run('Quarterly report. GDP grew 5.1% in the first half.');
    expect(r.observations).toEqual([]);
    expect(r.warnings.join(' ')).toMatch(/no Chinese/);
  });
});

describe('extract paraphrased indicators, changes and word amounts', () => {
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

  it('reads 百亿元 and 千亿元 as amounts, for the company that opens the sentence', () => {
    const r = read(
      '平原电气股份有限公司持续扩能，营收突破百亿元大关。市属国有企业资产总额突破千亿元。',
      '2023',
      '新乡市',
    );
    const company = r.entities.find((e) => e.kind === 'COMPANY' && e.name === '平原电气股份有限公司');
    expect(r.observations.map((o) => [o.indicator, o.subject, o.value, o.kind])).toEqual([
      ['indicator/operating-revenue', company?.key, { value: 100, unit: '亿元', text: '百亿元' }, 'ESTIMATE'],
      ['indicator/soe-assets', 'region/xinxiang', { value: 1000, unit: '亿元', text: '千亿元' }, 'ESTIMATE'],
    ]);
  });

  it('reads 万吨标准煤 in traditional script, and a 预计 forecast for the whole year', () => {
    const r = read('這些項目建成後，預計實現年節能量2.3萬噸標準煤，帶動就業。', '2024-H1', '许昌市');
    expect(r.observations).toEqual([
      expect.objectContaining({
        indicator: 'indicator/energy-saving',
        period: '2024',
        kind: 'ESTIMATE',
        value: expect.objectContaining({ value: 2.3, unit: '万吨标准煤' }),
      }),
    ]);
  });

  it('takes a 计划 that ends its clause for a plan’s name, not a target cue', () => {
    const r = read('实施重点群体就业支持计划，新增城镇就业3.1万人。下半年计划新增城镇就业2万人。', '2024-H1', '洛阳市');
    expect(r.observations.map((o) => [o.period, o.kind, o.value?.value])).toEqual([
      ['2024-H1', 'ACTUAL', 3.1],
      ['2024-H2', 'TARGET', 2],
    ]);
  });

  it('does not read a figure inside an indicator’s name', () => {
    const r = read('力争下半年新引进10亿元项目20个以上。', '2024-H1', '洛阳市');
    expect(r.observations.map((o) => [o.indicator, o.period, o.kind, o.value?.value])).toEqual([
      ['indicator/new-big-projects', '2024-H2', 'TARGET', 20],
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

  it('merges a fact told in part into the same fact told in full', () => {
    const r = read(
      '上半年，全市一般公共预算收入85.2亿元，同比增长5.1%。全市一般公共预算收入、固定资产投资分别增长5.1%、3.0%。',
      '2024-H1',
      '许昌市',
    );
    const revenue = r.observations.filter((o) => o.indicator === 'indicator/general-budget-revenue');
    expect(revenue).toHaveLength(1);
    expect(revenue[0]).toMatchObject({ value: { value: 85.2 }, growthPct: 5.1 });
    expect(revenue[0]?.evidence).toHaveLength(2);
  });
});

describe('open vocabulary and general rules (sentences about other cities)', () => {
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

  it('reads a measure the gazetteer does not know, named by the phrase before its figure, as a new indicator', () => {
    const r = open('2023年，全市税收收入138.9亿元，增长6.2%；第二产业增加值1459.2亿元，增长5.0%。', '2023');
    expect(named(r)).toEqual([
      ['税收收入', '2023', 138.9, 6.2],
      ['第二产业增加值', '2023', 1459.2, 5],
    ]);
    const tax = r.entities.find((e) => e.name === '税收收入');
    expect(tax).toMatchObject({ kind: 'INDICATOR', isNew: true });
    expect(tax?.key).toMatch(/^indicator\/ingested-/);
    expect(tax?.mentions.length).toBeGreaterThan(0);
  });

  it('writes a new indicator as an Indicator entity before the facts that MATCH it', () => {
    const r = open('全市税收收入138.9亿元，税收收入增速居全省第4位。');
    const key = r.entities.find((e) => e.name === '税收收入')?.key;
    const statements = ingestStatements(r);
    const rowsOf = (i: number) => (statements[i]?.params.rows ?? []) as { key?: string; indicator?: string }[];
    const created = statements.findIndex(
      (st, i) => st.cypher.includes('Entity:Indicator') && rowsOf(i).some((row) => row.key === key),
    );
    const facts = statements
      .map((st, i) =>
        /MATCH \(i:Indicator/.test(st.cypher) && rowsOf(i).some((row) => row.indicator === key) ? i : -1,
      )
      .filter((i) => i >= 0);
    expect(created).toBeGreaterThanOrEqual(0);
    expect(facts).toHaveLength(2);
    expect(facts.every((i) => i > created)).toBe(true);
  });

  it('stops the phrase at subjects, times, verbs and clause punctuation, and keeps the growth of the next clause', () => {
    const r = open(
      '1-6月，我市新登记市场主体2.3万户；全市居民人均可支配收入完成1.6万元，同比增长5.9%；其中，出口41.2亿元，增长9.8%。',
      '2024-H1',
    );
    expect(named(r)).toEqual([
      ['新登记市场主体', '2024-H1', 2.3, null],
      ['居民人均可支配收入', '2024-H1', 1.6, 5.9],
      ['出口', '2024-H1', 41.2, 9.8],
    ]);
  });

  it('takes no generic word for a measure and no capacity of a project yet to be built', () => {
    const r = open('该项目总投资50亿元，建成后可实现年产值30亿元，完成投资12亿元。');
    expect(r.observations).toEqual([]);
  });

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

  it('names a share or contribution after the measure before it, and a generic measure after a counted category', () => {
    const r = open(
      '高新技术产业增加值增长10.4%，占规上工业增加值比重为41.2%。新签约项目56个，总投资412亿元；规上工业企业新增45家，总数达到1890家。',
    );
    expect(named(r)).toEqual(
      expect.arrayContaining([
        ['高新技术产业增加值', '2024', null, 10.4],
        ['高新技术产业增加值占规上工业增加值比重', '2024', 41.2, null],
        ['新签约项目', '2024', 56, null],
        ['新签约项目总投资', '2024', 412, null],
        ['新增规上工业企业', '2024', 45, null],
        ['规上工业企业总数', '2024', 1890, null],
      ]),
    );
  });

  it('reads a count written before what it counts', () => {
    expect(named(open('全年新建了86个社区养老服务中心。'))).toEqual([['社区养老服务中心', '2024', 86, null]]);
  });

  it('reads 在全省排第N位 and 全省排名第N, for new indicators too', () => {
    const r = open('全市税收收入增速在全省排第6位，规上工业增加值总量全省排名第3。');
    const ranks = r.rankings.map((x) => [r.entities.find((e) => e.key === x.indicator)?.name, x.rank, x.basis]);
    expect(ranks).toEqual([
      ['税收收入', 6, 'GROWTH'],
      ['规模以上工业增加值', 3, 'LEVEL'],
    ]);
  });

  it('ranks a running total of a new indicator as an indicator of its own', () => {
    const r = open('新增国家级专精特新“小巨人”企业5家，总数居全省第3位。');
    const ranks = r.rankings.map((x) => [r.entities.find((e) => e.key === x.indicator)?.name, x.rank]);
    expect(ranks).toEqual([['国家级专精特新“小巨人”企业总数', 3]]);
    expect(named(r)).toEqual([['新增国家级专精特新“小巨人”企业', '2024', 5, null]]);
  });

  it('reads 全年 after a half-year word as the year, and a target for it', () => {
    const r = open(
      '力争上半年新开工项目全部开工，全年完成固定资产投资850亿元。下半年，确保全年一般公共预算收入增长8%。',
      '2024-H1',
    );
    expect(r.observations).toEqual([
      expect.objectContaining({ indicator: 'indicator/fixed-asset-investment', period: '2024', kind: 'TARGET' }),
      expect.objectContaining({ indicator: 'indicator/general-budget-revenue', period: '2024', kind: 'TARGET' }),
    ]);
  });

  it('keeps the year a paragraph opens on (回望…年, 过去一年) for its later sentences, and a date is no period', () => {
    const r = open(
      '回望2023年，全市上下攻坚克难。地区生产总值达到2100亿元，增长5.2%。\n过去一年，开放步伐加快。进出口总值完成186.5亿元。\n2024年，力争地区生产总值增长6%。\n许昌日报2024年1月20日讯 全市社会消费品零售总额增长5.5%。',
      '2024',
      '许昌市',
      '2024-01-20',
    );
    expect(r.observations.map((o) => [o.indicator, o.period])).toEqual([
      ['indicator/gdp', '2023'],
      ['indicator/imports-exports', '2023'],
      ['indicator/gdp', '2024'],
      ['indicator/retail-sales', '2024'],
    ]);
  });

  it('gives a figure of 公司 to the company named in the sentence before', () => {
    const r = open('洛阳恒信新材料有限公司专注于膜材料研发。上半年，公司实现营业收入3.2亿元，增长18%。', '2024-H1');
    const company = r.entities.find((e) => e.kind === 'COMPANY');
    expect(company?.name).toBe('洛阳恒信新材料有限公司');
    expect(r.observations).toEqual([expect.objectContaining({ subject: company?.key, growthPct: 18 })]);
  });

  it('rejects mastheads, quantifiers and slogans as projects, and counted kinds of project', () => {
    const r = open(
      '许昌日报2024年5月9日星期四第2版\n项目建设提速。一个个项目拔地而起，共帮助项目解决难题12个。全市把招商作为一号工程，新开工亿元以上项目120个。',
    );
    expect(r.entities.filter((e) => e.kind === 'PROJECT')).toEqual([]);
    expect(named(r)).toEqual([['新开工亿元以上项目', '2024', 120, null]]);
  });

  it('finds project names that start with their builder or end in 二期项目', () => {
    const r = open('开封瑞达精工有限公司年产5万台精密减速机项目开工建设，郑州航空港冷链物流产业园二期项目加快推进。');
    const projects = r.entities.filter((e) => e.kind === 'PROJECT').map((e) => e.name);
    expect(projects).toEqual(['开封瑞达精工有限公司年产5万台精密减速机项目', '郑州航空港冷链物流产业园二期项目']);
    expect(r.entities.some((e) => e.kind === 'COMPANY' && e.name === '开封瑞达精工有限公司')).toBe(true);
  });

  it('links a company only by its distinctive head, and leaves an organisation and 与 out of its name', () => {
    const r = open(
      '安阳远航新材料有限公司投资建设新工厂。多氟多新材料有限公司扩大产能。郑州材料研究院与开封华源电气股份有限公司签约。',
    );
    const companies = r.entities.filter((e) => e.kind === 'COMPANY').map((e) => [e.name, e.isNew]);
    expect(companies).toEqual(
      expect.arrayContaining([
        ['安阳远航新材料有限公司', true],
        ['多氟多新材料股份有限公司', false],
        ['开封华源电气股份有限公司', true],
      ]),
    );
  });
});

describe('rules from the second development set (counties, townships, periods, kinds, shares, lists)', () => {
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

  it('takes only a word at the figure for an estimate (not 规模以上 or 亿元以上 in a name)', () => {
    const r = read('全市规模以上工业增加值增长7.3%，新签约亿元以上项目26个，社会消费品零售总额约860亿元。');
    expect(r.observations.map((o) => o.kind)).toEqual(['ACTUAL', 'ACTUAL', 'ESTIMATE']);
  });

  it('carries a review over the paragraphs after it, reads 目标是 as a target cue and a clause-opening year', () => {
    const r = read(
      '三门峡市经济工作会议召开\n过去一年，全市地区生产总值增长5.1%。\n工业经济稳中有进。规模以上工业增加值增长6.8%。\n会议强调，2024年主要预期目标是：地区生产总值增长6%左右，固定资产投资增长8%。要力争全年新开工亿元以上项目150个。',
      '2023',
      '三门峡市',
      '2024-01-08',
    );
    expect(rows(r)).toEqual([
      ['三门峡市', '地区生产总值', '2023', 'ACTUAL', null, 5.1],
      ['三门峡市', '规模以上工业增加值', '2023', 'ACTUAL', null, 6.8],
      ['三门峡市', '地区生产总值', '2024', 'TARGET', null, 6],
      ['三门峡市', '固定资产投资', '2024', 'TARGET', null, 8],
      ['三门峡市', '新开工亿元以上项目', '2024', 'TARGET', 150, null],
    ]);
  });

  it('reads a month (4月份) as the period, 今年 as the year of publication, and 3月末 as no month', () => {
    const month = read('4月份，全市新签约项目37个。3月末，全市各项贷款余额2310.5亿元。', '2024-Q1');
    expect(rows(month).map((x) => x[2])).toEqual(['2024-04', '2024-Q1']);
    const thisYear = read('今年，全市计划新建5G基站1800个。', '2023', '信阳市', '2024-01-20');
    expect(rows(thisYear)).toEqual([['信阳市', '新建5G基站', '2024', 'TARGET', 1800, null]]);
  });

  it('reads 上涨 and 下跌 as growth, and measures ending in 价格, 订单, 投入, 销量, 农田, 小区', () => {
    const r = read(
      '全市居民消费价格同比上涨0.6%，工业生产者出厂价格下跌1.2%。鹤壁天海电子有限公司新签订单4.3亿元，研发投入1.1亿元。全市新能源汽车销量2.6万辆，增长31.5%。全年建成高标准农田12万亩，改造老旧小区58个。',
      '2024',
      '鹤壁市',
    );
    expect(rows(r)).toEqual([
      ['鹤壁市', '居民消费价格', '2024', 'ACTUAL', null, 0.6],
      ['鹤壁市', '工业生产者出厂价格', '2024', 'ACTUAL', null, -1.2],
      ['鹤壁天海电子有限公司', '新签订单', '2024', 'ACTUAL', 4.3, null],
      ['鹤壁天海电子有限公司', '研发投入', '2024', 'ACTUAL', 1.1, null],
      ['鹤壁市', '新能源汽车销量', '2024', 'ACTUAL', 2.6, 31.5],
      ['鹤壁市', '高标准农田', '2024', 'ACTUAL', 12, null],
      ['鹤壁市', '改造老旧小区', '2024', 'ACTUAL', 58, null],
    ]);
  });

  it('drops a threshold figure before 的, and reads the company a quoted sentence calls 公司', () => {
    const r = read(
      '安阳华强机械有限公司实现营业收入15.2亿元，成为全市首家营收超10亿元的装备企业。“公司今年力争营业收入达到20亿元。”',
      '2024',
      '安阳市',
    );
    expect(rows(r)).toEqual([
      ['安阳华强机械有限公司', '营业收入', '2024', 'ACTUAL', 15.2, null],
      ['安阳华强机械有限公司', '营业收入', '2024', 'TARGET', 20, null],
    ]);
  });

  it('splits a count from the amount of the projects it counts, and reads 占年度计划的 as a share, not a target', () => {
    const r = read('全市186个省重点项目完成投资402.7亿元，占年度计划的58.3%。', '2024-H1', '驻马店市');
    expect(rows(r)).toEqual([
      ['驻马店市', '省重点项目', '2024-H1', 'ACTUAL', 186, null],
      ['驻马店市', '省重点项目完成投资', '2024-H1', 'ACTUAL', 402.7, null],
      ['驻马店市', '省重点项目完成投资占年度计划', '2024-H1', 'ACTUAL', 58.3, null],
    ]);
  });

  it('reads a share named in full over two measures, and an annual investment plan as the projects’ investment', () => {
    const share = read('全市税收收入占一般公共预算收入的比重为72.4%。');
    expect(rows(share)).toEqual([['信阳市', '税收收入占一般公共预算收入的比重', '2024', 'ACTUAL', 72.4, null]]);
    const plan = read('全年将实施市重点项目350个，确保完成年度投资计划900亿元。');
    expect(rows(plan)).toEqual([
      ['信阳市', '实施市重点项目', '2024', 'TARGET', 350, null],
      ['信阳市', '市重点项目完成投资', '2024', 'TARGET', 900, null],
    ]);
  });

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

  it('lets 全市 after a place that opens the sentence speak of the report region again', () => {
    const r = read('卢氏县香菇产业集群入选省级特色产业集群，全市规上工业增加值增长7.6%。', '2024', '三门峡市');
    expect(rows(r)).toEqual([['三门峡市', '规模以上工业增加值', '2024', 'ACTUAL', null, 7.6]]);
  });

  it('drops what a project yields once built, said in the clause before, and a threshold before 以上项目', () => {
    const r = read(
      '该项目建成后，年产值可达20亿元。一季度，全市签约项目58个，其中10亿元以上项目12个。',
      '2024-Q1',
      '信阳市',
    );
    expect(rows(r)).toEqual([
      ['信阳市', '签约项目', '2024-Q1', 'ACTUAL', 58, null],
      ['信阳市', '10亿元以上项目', '2024-Q1', 'ACTUAL', 12, null],
    ]);
  });

  it('keeps a district the gazetteer does not know out of a measure’s name', () => {
    const r = read('羊山新区新增市场主体1800户，南湾区新增市场主体900户。', '2024', '信阳市');
    expect(rows(r).map((x) => x[1])).toEqual(['羊山新区新增市场主体', '新增市场主体']);
  });

  it('names a figure by the phrase a generic known measure ends (花木产业年产值, 规模以上服务业营业收入)', () => {
    const r = runPipeline(
      '鄢陵县花木产业年产值突破100亿元。1—5月，全市规模以上服务业营业收入同比增长10.2%。',
      { key: 'report/test', title: 't', period: '2024-H1', subject: '许昌市' },
      [...KNOWN, indicator('output-value', '产值'), indicator('operating-revenue', '营业收入', '营收')],
    );
    expect(rows(r)).toEqual([
      ['鄢陵县', '花木产业年产值', '2024-H1', 'ESTIMATE', 100, null],
      ['许昌市', '规模以上服务业营业收入', '2024-05', 'ACTUAL', null, 10.2],
    ]);
  });

  it('reads places the gazetteer does not know when they are listed before 分别', () => {
    const r = read('分区域看，航空港区、郑东新区和经开区地区生产总值分别增长9.5%、7.1%和6.6%。', '2023-H1', '郑州市');
    expect(rows(r).map((x) => [x[0], x[5]])).toEqual([
      ['航空港区', 9.5],
      ['郑东新区', 7.1],
      ['经开区', 6.6],
    ]);
  });

  it('rejects activities and ordinals as projects, and strips a description or a visit before a project or company', () => {
    const r = read(
      '全市上下掀起项目建设热潮。观摩团先后来到信阳茶文化产业园项目。这是我市开工的第一个10亿元以上项目。总投资15亿元的信阳瑞祥新材料有限公司年产10万吨氨纶项目正在加紧施工。',
    );
    const names = (kind: string) => r.entities.filter((e) => e.kind === kind).map((e) => e.name);
    expect(names('PROJECT')).toEqual(['信阳茶文化产业园项目', '信阳瑞祥新材料有限公司年产10万吨氨纶项目']);
    expect(names('COMPANY')).toEqual(['信阳瑞祥新材料有限公司']);
  });

  it('reads project names after 投资建设的 and 要, not a park something stands in, and the builder of a listed project', () => {
    const r = read(
      '要加快推进信阳城区供水管网改造工程。在羊山新区，信阳明港新材料有限公司投资建设的碳纤维复合材料产业园一期项目主体完工。高新区电子信息产业园内，多家企业正在调试设备。推动周口益海粮油有限公司年产20万吨油脂精炼项目等一批项目落地。园区内驻马店华信电子有限公司出口额达到1.6亿元。',
    );
    const names = (kind: string) => r.entities.filter((e) => e.kind === kind).map((e) => e.name);
    expect(names('PROJECT')).toEqual([
      '信阳城区供水管网改造工程',
      '碳纤维复合材料产业园一期项目',
      '周口益海粮油有限公司年产20万吨油脂精炼项目',
    ]);
    expect(names('COMPANY')).toEqual(
      expect.arrayContaining(['信阳明港新材料有限公司', '周口益海粮油有限公司', '驻马店华信电子有限公司']),
    );
    expect(rows(r)).toEqual([['驻马店华信电子有限公司', '出口额', '2024', 'ACTUAL', 1.6, null]]);
  });

  it('moves a review paragraph on to the period a later sentence opens on', () => {
    const r = read(
      '回顾2023年，全市地区生产总值增长5.2%。进入2024年，全市狠抓项目建设。一季度，全市新签约项目36个；新开工项目28个。',
      '2024-Q1',
      '驻马店市',
      '2024-04-20',
    );
    expect(rows(r).map((x) => [x[1], x[2]])).toEqual([
      ['地区生产总值', '2023'],
      ['新签约项目', '2024-Q1'],
      ['新开工项目', '2024-Q1'],
    ]);
  });

  it('reads no figure from a contribution to growth (贡献率)', () => {
    const r = read('全市高技术制造业增加值增长15.6%，对全市工业增长的贡献率达到28.4%。', '2024', '鹤壁市');
    expect(rows(r)).toEqual([['鹤壁市', '高技术制造业增加值', '2024', 'ACTUAL', null, 15.6]]);
  });

  it('reads a 集团有限公司 whole, after a time or a place, and 公司 before a later measure as that company', () => {
    const r = read(
      '上半年，周口益丰重工集团有限公司新签订单同比增长18%。在项城市，周口华莲纺织有限公司建成智能车间，一季度出口额达到2.4亿元。“今年的订单已经排满，一季度公司营业收入同比增长9.5%。”',
      '2024',
      '周口市',
    );
    expect(r.entities.filter((e) => e.kind === 'COMPANY').map((e) => e.name)).toEqual([
      '周口益丰重工集团有限公司',
      '周口华莲纺织有限公司',
    ]);
    expect(rows(r).map((x) => [x[0], x[1], x[4] ?? x[5]])).toEqual([
      ['周口益丰重工集团有限公司', '新签订单', 18],
      ['周口华莲纺织有限公司', '出口额', 2.4],
      ['周口华莲纺织有限公司', '营业收入', 9.5],
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

  it('reads units per area and visits (公斤/亩, 万家次)', () => {
    const r = read('全年小麦平均单产438.5公斤/亩。全市各级干部累计走访企业2.6万家次。', '2024', '周口市');
    expect(r.observations.map((o) => o.value?.text)).toEqual(['438.5公斤/亩', '2.6万家次']);
  });

  it('pairs ranks listed after figures given one clause each, and a short name before 增速 with the figure before', () => {
    const r = read(
      '全年规模以上工业增加值增长6.5%，固定资产投资增长4.8%，分别居全省第7、第3位。各项贷款余额3120.5亿元，增长8.8%，贷款增速居全省第4位。',
      '2024',
      '商丘市',
    );
    const ranks = r.rankings.map((x) => [nameOf(r, x.indicator), x.rank]);
    expect(ranks).toEqual([
      ['规模以上工业增加值', 7],
      ['固定资产投资', 3],
      ['各项贷款余额', 4],
    ]);
  });

  it('takes no park named as a place, no 首个 description and no capacity as a project or builder', () => {
    const r = read(
      '在淇县高端装备产业园，鹤壁天海电子有限公司年产8万套连接器项目已完成封顶。鹤壁天海电子有限公司建成行业首个智能工厂。总投资12亿元的年产500万套汽车线束项目预计年底投产。',
      '2024',
      '鹤壁市',
    );
    const names = (kind: string) => r.entities.filter((e) => e.kind === kind).map((e) => e.name);
    expect(names('PROJECT')).toEqual(['鹤壁天海电子有限公司年产8万套连接器项目', '年产500万套汽车线束项目']);
    expect(names('COMPANY')).toEqual(['鹤壁天海电子有限公司']);
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

describe('rules from the fourth development set (projects, companies, target lists, ranks, lists)', () => {
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

  it('takes no heading, stage, verb or preposition before 项目 as a project, and strips connectives', () => {
    const r = read(
      '（二）坚持项目为王，推动已签约项目早开工。区里为项目开辟绿色通道，紧盯在建项目施工进度，新落地项目数量创新高。同日开工的还有项城冷链物流园二期项目。',
    );
    expect(names(r, 'PROJECT')).toEqual(['项城冷链物流园二期项目']);
  });

  it('names the project after 签约, and no pronoun or half a company name as a builder', () => {
    const r = read(
      '与郑州恒远实业集团有限公司成功签约年产8万吨再生塑料项目。周口丰泰电子科技有限公司新厂房投用，该公司年产500万套线束项目已投产。还有周口宏业新能源集团有限公司年产5GWh储能电池项目开工。',
    );
    expect(names(r, 'PROJECT')).toEqual([
      '年产8万吨再生塑料项目',
      '年产500万套线束项目',
      '周口宏业新能源集团有限公司年产5GWh储能电池项目',
    ]);
    expect(names(r, 'COMPANY')).toEqual([
      '郑州恒远实业集团有限公司',
      '周口丰泰电子科技有限公司',
      '周口宏业新能源集团有限公司',
    ]);
  });

  it('makes a short name used before or after a full company name an alias, and its figures the company’s', () => {
    const r = read(
      '恒达食品年产5万吨速冻食品项目建成投产。周口恒达食品集团有限公司入选省级龙头企业。作为全市食品产业的骨干企业，恒达食品去年营业收入突破40亿元。',
      '2025-Q1',
      '周口市',
      '2025-04-10',
    );
    expect(r.entities.filter((e) => e.kind === 'COMPANY').map((e) => [e.name, e.aliases])).toEqual([
      ['周口恒达食品集团有限公司', ['恒达食品']],
    ]);
    expect(rows(r)).toEqual([['周口恒达食品集团有限公司', '营业收入', '2024', 'ESTIMATE', 40, null]]);
  });

  it('gives targets set after their year was over the year of the report, over a list split by ；', () => {
    const r = read(
      '今年主要预期目标是：地区生产总值增长6.5%左右；固定资产投资增长9%；一般公共预算收入增长5%。力争全年新签约亿元以上项目50个。',
      '2024',
      '项城市',
      '2025-01-10',
    );
    expect(rows(r).map((x) => [x[1], x[2], x[3]])).toEqual([
      ['地区生产总值', '2025', 'TARGET'],
      ['固定资产投资', '2025', 'TARGET'],
      ['一般公共预算收入', '2025', 'TARGET'],
      ['新签约亿元以上项目', '2025', 'TARGET'],
    ]);
  });

  it('reads 较去年同期 as a comparison, 预计…将 as a forecast, and a yearly yield expected as no figure', () => {
    const r = read(
      '上半年，高技术制造业增加值增长15.2%，较去年同期提高1.8个百分点。预计上半年全市重点项目完成投资将超过200亿元。某某项目3月投产，预计年新增产值15亿元、税收0.8亿元。',
      '2025-H1',
      '周口市',
      '2025-07-20',
    );
    expect(rows(r).map((x) => [x[1], x[2], x[3]])).toEqual([
      ['高技术制造业增加值', '2025-H1', 'ACTUAL'],
      ['重点项目完成投资', '2025-H1', 'ESTIMATE'],
    ]);
  });

  it('pairs ranks listed with 和, reads an evaluation as what is ranked, and 全国 after 全市位列 as the scope', () => {
    const r = read(
      '全市固定资产投资增长9.1%，其中工业投资增长20.4%，增速分别位列全省第3位和第1位。在全省县域营商环境评价中，全市位列全省第5位。进出口总值增长8%，全市位列全国第40位。',
      '2024',
      '周口市',
    );
    expect(r.rankings.map((x) => [nameOf(r, x.indicator), x.scope, x.rank])).toEqual([
      ['固定资产投资', 'region/henan', 3],
      ['工业投资', 'region/henan', 1],
      ['县域营商环境评价', 'region/henan', 5],
      ['进出口总值', 'region/china', 40],
    ]);
  });

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

  it('takes no place or count before 项目 as a project; reads a project inside a park and after 位于…的 or 承担的', () => {
    const r = read(
      '走进园区，能感受到周口项目建设的热度，全市正走出一条项目带动的新路子。川汇区食品产业园冷链仓储项目已交付使用。位于淮阳区的淮阳智能制造产业园项目已投用。研究院与周口恒信电气股份有限公司共同承担的智能配电终端项目进入试验阶段。',
    );
    expect(names(r, 'PROJECT')).toEqual(['川汇区食品产业园冷链仓储项目', '淮阳智能制造产业园项目', '智能配电终端项目']);
  });

  it('gives the companies that moved into a project to that project', () => {
    const r = read('西华县食品产业园标准化厂房项目已交付使用，首批入驻企业12家。', '2024', '周口市');
    expect(rows(r)).toEqual([['西华县食品产业园标准化厂房项目', '首批入驻企业', '2024', 'ACTUAL', 12, null]]);
  });

  it('takes a development zone before a time word and its measure as the subject', () => {
    const r = read('作为全市工业的主阵地，周口经济技术开发区一季度完成工业投资32.5亿元，同比增长12.1%。', '2025-Q1');
    expect(rows(r)).toEqual([['周口经济技术开发区', '工业投资', '2025-Q1', 'ACTUAL', 32.5, 12.1]]);
  });
});
