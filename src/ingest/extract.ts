import type { EntityKind } from '../seed/schema';
import type { GazetteerEntry } from './gazetteer';
import { companyHead } from './link';
import type { Sentence } from './segment';

// Stage 3: rules that read figures, rankings and names out of Chinese report sentences. Nothing here is keyed
// to one report: the patterns are the ones statistical bulletins use (同比增长X%、居全省第N位、分别…).

export type Kind = 'ACTUAL' | 'ESTIMATE' | 'TARGET';

export interface Span {
  start: number;
  end: number;
}

export interface NameMention extends Span {
  kind: EntityKind;
  name: string;
  /** Set when the name is a known entity. */
  key?: string;
}

export interface Quantity {
  value: number;
  unit: string;
  text: string;
}

export interface ExtractedObservation {
  indicator: NameMention;
  subject: NameMention | null;
  period: string;
  kind: Kind;
  value?: Quantity;
  growthPct?: number;
  sentence: Sentence;
}

export interface ExtractedRanking {
  indicator: NameMention;
  subject: NameMention | null;
  period: string;
  scope: string;
  rank: number;
  basis: 'GROWTH' | 'LEVEL';
  sentence: Sentence;
}

export interface ExtractedRelation {
  type: 'DEVELOPS' | 'LOCATED_IN';
  from: NameMention;
  to: NameMention;
  sentence: Sentence;
}

export interface Extraction {
  names: (NameMention & { sentence: Sentence })[];
  observations: ExtractedObservation[];
  rankings: ExtractedRanking[];
  relations: ExtractedRelation[];
  projectStatus: Map<string, 'COMPLETED' | 'UNDER_CONSTRUCTION' | 'PLANNED'>;
}

export interface ExtractOptions {
  /** The publication year, for 去年. */
  publishedYear?: string;
  /** Known names (regions, indicators, and whatever the graph already holds), longest first. */
  gazetteer: GazetteerEntry[];
  /** The report's period ("2025-H1"), for sentences that do not say. */
  period: string;
  /** The region 我市 / 全市 / 本市 stand for. */
  subject: NameMention | null;
  /** Called after each sentence with (sentences done, sentences in all): progress without cutting the text. */
  onProgress?: (done: number, total: number) => void;
}

const CN_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

export function chineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const tens = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (tens) return (tens[1] ? (CN_DIGITS[tens[1]] ?? 1) : 1) * 10 + (tens[2] ? (CN_DIGITS[tens[2]] ?? 0) : 0);
  return CN_DIGITS[text] ?? Number.NaN;
}

const NUM = String.raw`(-?\d+(?:\.\d+)?)`;
const UNITS =
  '万亿元|亿元|万元|元|万美元|亿美元|美元|万人次|亿人次|万人|人次|人|万户|户|万个|万名|万家次|家次|万家|万笔|万台|台|万辆|辆|万吨标准煤|吨标准煤|万吨|吨|亿公斤|万公斤|公斤/亩|公斤|亿斤|万斤|万头|亿头|万只|亿只|万亩|亩|万平方米|平方米|公里|亿千瓦时|万千瓦时|千瓦时|万千瓦|个百分点|个|家|笔|场|名|项|所|种|座|GWh|%';
const VALUE = new RegExp(`${NUM}\\s*(${UNITS})`, 'g');
// 上涨/下跌 for prices ("居民消费价格同比上涨0.3%").
const GROWTH = new RegExp(
  `(同比增长|同比下降|同比上涨|同比下跌|增长|下降|上涨|下跌|增速为?|增幅为?)\\s*${NUM}\\s*%`,
  'g',
);
const LIST_CONT = new RegExp(`^\\s*[、和及]\\s*${NUM}\\s*(%|${UNITS})`);
const LIST_END = new RegExp(`\\d\\s*(${UNITS})\\s*[、和及]\\s*$`);
// "居全省第3位", "在全省排第6位", "全省排名第2", "位列全国第5": the scope stands before or after the verb;
// "第2位和第1位": ranks listed with 、 or 和.
const RANK =
  /(?:分别|均|总量|总数|数量)?(?:在?(全省|全国|河南省|全市)(?=排|位|居))?(?:位居|居|位列|排名|排在|排(?=第|全省|全国))(全省|全国|河南省|全市|[\u4e00-\u9fa5]{2,3}市(?=第))?(?:第)?([0-9一二三四五六七八九十]+)(?!方阵|梯队|[0-9])(?:位|名)?((?:[、和](?:第)?[0-9一二三四五六七八九十]+(?:位|名)?)*)|(?:居|位居)(全省|全国)(首位)/g;

/** Words that round a figure, right before its number ("约", "近", "突破") or right after it ("左右", "以上"). */
const ESTIMATE_BEFORE = /(?:约|近|将近|超过?|突破|逾)(?:达到|达|为)?$/;
const ESTIMATE_AFTER = /^(?:左右|以上|多|上下)/;
// 目标 is left out: "完成年度目标的66.6%" reports progress, it sets nothing. A 计划 that ends its clause
// ("…就业支持计划，挖潜…") names a plan, it does not plan the figures after it.
// "主要预期目标是：…" sets the figures after it; "占年度计划的27.4%" is progress against a plan, a noun.
const TARGET_CUES = /力争|确保|(?<!年度|投资)计划(?![，,；;。的])|将(?!近)|目标(?:是|为)/g;

interface Periods {
  /** The period of the facts the sentence reports. */
  actual: string;
  /** The year the sentence is about. */
  year: string;
  /** The period of a forecast the sentence makes (the year, or its second half for 下半年). */
  target: string;
  /** The period of a target the sentence sets: as `target`, but never a year over before the report came out. */
  plan: string;
}

function periodsOf(sentence: string, fallback: string, publishedYear?: string): Periods {
  const baseYear = fallback.slice(0, 4);
  // "较2021年", "由2021年的14家增至39家": a year of comparison is not the period of the sentence.
  // "2023年1月10日": a date says when something was said or done, not the period of the figures.
  const explicit = /(?<![较比由从自])(20\d{2})年(?:度)?(?!\d{1,2}月\d{1,2}日)/.exec(sentence)?.[1];
  // 过去一年 / 上一年 in a report name the year before it was published, as 去年 does.
  // "较去年同期提高2.1个百分点": a year compared with is not the period, as with 较2021年.
  const lastYear = /(?<![较比])(?:去年|上一年)|过去(?:的)?一年/.test(sentence);
  // 今年 in a report is the year it was published (a January review of the year before speaks of its targets so).
  const thisYear = publishedYear && /今年|本年度/.test(sentence) ? publishedYear : undefined;
  const year = explicit ?? (lastYear ? String(Number(publishedYear ?? baseYear) - 1) : (thisYear ?? baseYear));
  // "3月份，全市集中签约项目41个": one month named as the time of the figures (not 3月末, a date or 1—3月).
  const month = /(?<![\d~～\-—–至到])(1[0-2]|[1-9])月份?(?![末底初中旬\d日])(?=[，,]|份)/.exec(sentence)?.[1];
  // "1—5月": the months so far, named by the last.
  const through = /(?<!\d)1[~～\-—–至]([2-9]|1[01])月/.exec(sentence)?.[1];
  let actual = fallback;
  if (/上半年|1[~～\-—–]6月|1至6月/.test(sentence)) actual = `${year}-H1`;
  else if (/一季度|1[~～\-—–]3月/.test(sentence)) actual = `${year}-Q1`;
  else if (month) actual = `${year}-${month.padStart(2, '0')}`;
  else if (/1[~～\-—–至]12月/.test(sentence)) actual = year;
  else if (through) actual = `${year}-${through.padStart(2, '0')}`;
  else if (explicit || lastYear || /全年/.test(sentence) || (thisYear && !fallback.startsWith(thisYear))) actual = year;
  const target = /下半年/.test(sentence) ? `${year}-H2` : year;
  // "力争全年新签约…项目60个" in a report of January 2025 on 2024: a target set after its year was over is for the
  // year the report came out, unless the sentence names the year.
  const plan =
    !explicit && !lastYear && publishedYear && Number(year) < Number(publishedYear)
      ? target.replace(year, publishedYear)
      : target;
  return { actual, year, target, plan };
}

/** Words that set the time span of the figures after them in a sentence. */
const TIME_WORD = /上半年|下半年|全年|一季度|前三季度|1[~～\-—–][36]月|1至[36]月/g;

/** "力争上半年…，全年完成投资…", "下半年…确保全年增长…": 全年 after a part of the year speaks of the whole year. */
function wholeYearAt(text: string, position: number): boolean {
  const words = [...text.slice(0, position).matchAll(TIME_WORD)].map((m) => m[0]);
  return words.at(-1) === '全年' && words.length > 1;
}

/**
 * "回望2023年，…。全市地区生产总值…": a paragraph that opens on a year (or a part of one) speaks of it to its end.
 * Returns the period the opening sentence names, for the sentences after it that name none.
 */
function paragraphPeriod(sentence: string, fallback: string, publishedYear?: string): string | undefined {
  const review = /(?:回望|回顾|纵观|盘点|刚刚过去的)(?=20\d{2}年)/.exec(sentence);
  if (review) return periodsOf(sentence.slice(review.index), fallback, publishedYear).actual;
  if (/^(?:20\d{2}年|去年|过去(?:的)?一年)/.test(sentence)) return periodsOf(sentence, fallback, publishedYear).actual;
  // "会议指出，2023年全县经济社会发展的主要预期目标是：…": a year that opens a clause of the opening sentence.
  const clause = /[，,：:](?=20\d{2}年(?!\d{1,2}月\d{1,2}日))/.exec(sentence);
  return clause ? periodsOf(sentence.slice(clause.index + 1), fallback, publishedYear).actual : undefined;
}

/** "回望2022年", "过去一年": an opening that looks back over a past year, whose review runs on over the paragraphs after. */
const REVIEW_OPENING = /^(?:回望|回顾|纵观|盘点|刚刚过去的)20\d{2}年|^(?:过去(?:的)?一年|去年)[，,]/;

/** Whether a sentence names its own period (a year, a part of one, 今年/去年…), so no paragraph period applies. */
const namesPeriod = (sentence: string) =>
  /20\d{2}年|上半年|下半年|一季度|前三季度|1[~～\-—–][36]月|1至[36]月|今年|去年|过去(?:的)?一年|上一年|下一步|明年/.test(
    sentence,
  );

/** "一季度，…", "进入2024年，…": a sentence whose first clause names the period of what follows. */
const opensOnPeriod = (sentence: string) => {
  const first = /^[^，,；;。：:]{0,12}[，,]/.exec(sentence)?.[0] ?? '';
  return (
    /20\d{2}年(?!\d{1,2}月\d{1,2}日)|上半年|下半年|一季度|前三季度|1[~～\-—–][36]月|1至[36]月|今年|去年/.test(first) &&
    !/[较比]/.test(first)
  );
};

/** Time words that may open a clause before what it is about ("上半年，…", "一季度公司…"). */
const TIME_LEAD = '今年|去年|全年|上半年|下半年|一季度|前三季度|(?:1[~～\\-—–])?\\d{1,2}月份?|\\d{1,2}月(?:末|底)';

/** A figure is a target when a cue (力争, 确保…) governs it: before it, with no "上半年" or "…方面" heading between. */
function targetCueAt(text: string, position: number): boolean {
  let cue = -1;
  for (const m of text.matchAll(TARGET_CUES)) if ((m.index ?? 0) < position) cue = m.index ?? 0;
  if (cue < 0) return false;
  // "预计上半年…将超过390亿元": 将 after 预计 in its clause forecasts, it sets no target.
  if (text[cue] === '将' && /预计[^，,；;。]*$/.test(text.slice(0, cue))) return false;
  const between = text.slice(cue, position);
  // "…就业支持计划，挖潜…6万个": a plan named in passing, far from the figure, sets no target.
  if (/^(计划|将)/.test(between) && between.length > 12) return false;
  // "力争上半年…，全年完成投资…": a half-year word before 全年 does not undo the cue for the year.
  const full = between.lastIndexOf('全年');
  return !/上半年|1[~～\-—–]6月|方面|已/.test(full >= 0 ? between.slice(full) : between);
}

/** "…镇", "…乡", "…街道" opening a clause: a township, unless the word is a common one (城镇, 城乡, 返乡, 小镇). */
const TOWNSHIP =
  /(?<=^|[，,；;。：:、])([\u4e00-\u9fa5]{1,3}[^城村乡家故下老返回入集重小名古市坐进]\s?(?:镇|乡|街道))(?![村镇亲贤愁土里间情])/g;
const NOT_A_TOWNSHIP =
  /^(?:[全各我本该每这那其多]|特色|美丽|文明|卫生|示范|中心|重点|建制|农村|贫困|城市|新型|推进|推动|统筹|加快|主要|背街|沿街|老旧|部分)/;

/**
 * "堌阳镇民族乐器产业年产…": townships are too many for the gazetteer; one that opens a clause before a figure (in the
 * same part of the sentence) is named by its suffix.
 */
function townships(text: string, known: NameMention[]): NameMention[] {
  const found: NameMention[] = [];
  for (const m of text.matchAll(TOWNSHIP)) {
    const name = m[1] as string;
    const start = m.index ?? 0;
    const end = start + name.length;
    if (NOT_A_TOWNSHIP.test(name) || known.some((k) => k.start < end && k.end > start)) continue;
    const partEnd = text.slice(end).search(/[；;。]/);
    if (!/\d/.test(text.slice(end, partEnd < 0 ? text.length : end + partEnd))) continue;
    found.push({ kind: 'REGION', name, start, end });
  }
  return found;
}

/**
 * "航空港区、郑东新区、经开区地区生产总值分别增长…": names ending in 区, 县, 市, 镇 or 乡 listed before 分别 are places,
 * known or not.
 */
function listedPlaceNames(text: string, known: NameMention[]): NameMention[] {
  const found: NameMention[] = [];
  const item = '[\\u4e00-\\u9fa5]{1,8}?(?:区|县|市|镇|乡)';
  const pattern = new RegExp(`(?<=^|[，,；;：:])((?:${item}[、和])+${item})(?=[^，,；;。、]{0,20}分别)`, 'g');
  for (const m of text.matchAll(pattern)) {
    const lead = /^(?:其中|全市|我市|分区域看|分县区看)?/.exec(m[1] as string)?.[0].length ?? 0;
    let at = (m.index ?? 0) + lead;
    const items = (m[1] as string).slice(lead).split(/[、和]/);
    if (items.some((name) => name.length < 3 || /^[全我本各该]/.test(name))) continue;
    for (const name of items) {
      const end = at + name.length;
      if (!known.some((k) => k.start < end && k.end > at)) found.push({ kind: 'REGION', name, start: at, end });
      at = end + 1;
    }
  }
  return found;
}

/** Known names in a sentence, longest first and without overlaps. */
export function findNames(original: string, gazetteer: GazetteerEntry[]): NameMention[] {
  // Gazetteer forms are normalised (lower case); lower-casing keeps every index of the text.
  const text = original.toLowerCase();
  const taken: boolean[] = new Array(text.length).fill(false);
  const found: NameMention[] = [];
  for (const entry of gazetteer) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(entry.form, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + entry.form.length;
      if (taken.slice(at, end).some(Boolean)) continue;
      for (let i = at; i < end; i += 1) taken[i] = true;
      found.push({ kind: entry.kind, name: entry.canonical, key: entry.key, start: at, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const PROJECT_SUFFIX = '项目|产业园|基地|工程|工厂|系统|物流枢纽|跨河桥|大桥|生态城|产城融合项目';
const PROJECT = new RegExp(
  `([\\u4e00-\\u9fa5A-Za-z0-9·（）()+]{2,30}?(?:${PROJECT_SUFFIX}|高速[\\u4e00-\\u9fa5]{2,8}段))(?:（[一二三四五]期）|\\([一二三四五]期\\)|[一二三四五]期)?(?:(?<=期[）)]?|产业园|基地)项目)?`,
  'g',
);
/** A count right after a name: "新签约项目73个" counts projects of a kind. */
const COUNTED_AFTER = /^(?:达到|达|共|累计|为)?\d+(?:\.\d+)?(?:个|项|家)/;
/** Spans that are no project's name: a masthead or dateline ("…日报2024年4月18日星期四第1版"), a count or quantifier
 * ("共帮助…", "一个个项目", "每个项目"), a slogan ("一号工程"). */
const NOT_A_PROJECT =
  /^第[\d一二三四五六七八九十]+个|\d+(?:亿|万)元以上|星期|\d+月\d+日|第[\d一二三四五六七八九十]+版|日报|晚报|时报|^(?:共|总共|一个个|每个|每一个|各个|这些|这个|那些|多个|一批批|头号|[一二三四五六七八九十两]+[个批号])/;
/** "A、B等一批标志性项目": the listed items are projects. */
const PROJECT_LIST =
  /((?:[^，。、；,]{4,40}、)*[^，。、；,]{4,40})等(?:\d+个)?(?:总投资[^，。、]{0,12})?(?:一批)?(?:标志性|重点|新建|重大|省市)*(?:项目|工程)/g;
/** The legal form a company name ends in. */
const LEGAL_FORM = /(?:集团)?(?:股份有限公司|有限责任公司|有限公司)$|集团$/;
// 集团 ends a name only when no 有限公司 follows it ("洛阳某某集团有限公司" is one name).
const COMPANY =
  /([\u4e00-\u9fa5]{2,20}?(?:集团股份有限公司|集团有限责任公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团))/g;
const ORG_AND =
  /^.*(?:院|所|局|委|厅|办|中心|大学|学院|学校|政府|银行|协会|商会|医院|公司|集团|基地|园区)(?:与|和|及|同|联合|携手|牵手)/;
const POLICY = /“([^”]{1,14})”([\u4e00-\u9fa5]{0,4}?(?:工程|行动|条|体系|专班|计划|战略|机制|模式|政策))?/g;
const FUND =
  /(?:新增)?(?:[\u4e00-\u9fa5]{0,6}?)(专项债券|特别国债|置换债券|创业担保贷款|政府消费券|奖励资金|补贴资金|激励资金|政策性资金)/g;
const ACTION =
  /(?:实施|开展|启动|获批|入选|创成)([\u4e00-\u9fa5]{4,16}?(?:三年行动|提升行动|提质行动|专项行动|攻坚行动|应用试点|综合平台试点|重点城市|创新型产业集群|先进制造业集群|典型案例))/g;
const POLICY_WORD = /(工程|行动|条|战略|计划|机制|体系|政策|专班|模式)$/;
const POLICY_VERB = /(实施|推进|落实|开展|争取|深化|锚定|构建|完善|打好|用好|聚焦|坚持|启动)$/;
const STATUS: [RegExp, 'COMPLETED' | 'UNDER_CONSTRUCTION' | 'PLANNED'][] = [
  [/建成投产|建成投用|竣工投产|投产达效|建成|全线打通|通车/, 'COMPLETED'],
  [/正在建设|开工建设|加快推进|加速推进|加快建设|全部开工|开工|在建|施工/, 'UNDER_CONSTRUCTION'],
  [/谋划|签约|储备/, 'PLANNED'],
];
// Words that make a phrase ending in 项目/工程 a description rather than a name.
const NOT_A_NAME =
  /的|首个|首家|对|把|要|用于|新增|动态|储备|竣工投产|下达|新引进|力争|\d+家|就是|所有|着力|保持|全力|迅速|辐射|真正|如果|未来|高质量|一批|各|省市|重点|重大|新建|招商|引资|完成|抓|提升|没有|确保|支持|发行|聚焦|发展|先进制造业|省外|境内|等|竞赛|记者|观察|节能减排|一城|试基地/;
// "（一）坚持项目为王" (a numbered heading), "还有…项目", "作为…": a list marker or connective before a name.
const LEADING =
  /^(在|要|推进|推动|建设|加快|实施|以|和|与|及|的|了|将|为|是|其中|全市|我市|重点谋划了|谋划了|谋划|聚焦|还有|作为|该公司|该企业|——|“|”|[（(][一二三四五六七八九十]+[）)])+/;

/** "总投资15亿元的…", "某某集团投资建设的…", "位于某区的…": a description before a name, up to its 的. */
const DESCRIBED =
  /^(?:.*(?:\d(?:亿|万)?元(?:以上)?|建设|投资|实施|承建|承担|牵头|打造|引进|落地|新建|在建|开工|位于[\u4e00-\u9fa5]{2,12})|(?:亿|万)?元(?:以上)?)的/;

function cleanProjectName(raw: string, minLength = 5): string | undefined {
  const name = raw
    // "某某集团投资建设的智能家居产业园一期项目", "总投资15亿元的…项目": what describes the project goes before
    // 的, its name after; "观摩团先后来到…项目": so does where someone went.
    .replace(DESCRIBED, '')
    .replace(/^.*(?:来到|走进|前往|深入|察看|参观|调研了?|观摩了?)/, '')
    // "与某某集团有限公司成功签约年产6万吨…项目": who signed goes before 签约, the project after it.
    .replace(/^.+?(?:成功)?签约(?=.{5})/, '')
    .replace(LEADING, '')
    .replace(/^[、，,“”]+/, '')
    .replace(/现场$/, '');
  if (
    name.length < minLength ||
    NOT_A_NAME.test(name.replace(/[（(][^）)]*[）)]/g, '')) ||
    NOT_A_PROJECT.test(name) ||
    // "掀起项目建设热潮", "服务项目": a verb before 项目 makes it an activity, not a name; so does a stage
    // ("已签约项目", "新落地项目", "在建项目") or a preposition ("市里为项目开辟…").
    /(?:掀起|推动|推进|加快|抓好?|服务|开展|观摩|调研|督导|保障|审批|招引|包联|分包|坚持|紧盯|盯紧|发力|签约|落地|在建|续建|[为给向])(?:项目|工程)$/.test(
      name,
    ) ||
    /\d+个/.test(name) ||
    // "走出一条项目带动…的路子": a numeral and measure word right before 项目 count, they name nothing.
    /[一两二三四五六七八九十][条个批项类](?:项目|工程)$/.test(name)
  )
    return undefined;
  return name;
}

/** "瑞庆汽车年产30万台…", "中原内配氢燃料…", "中纬测绘5G…": the name a project starts with is its builder. */
function builderPrefix(project: string): string | undefined {
  const m = /^([\u4e00-\u9fa5]{2,8}?)(年产|新能源|氢燃料|\d|[A-Z])/.exec(project);
  // "年产1000万克拉…项目": a capacity that opens the name names no builder.
  // "该公司年产…项目": a word pointing back at a company names none.
  return m && !/^(?:年产|年处理|新建|建成|总投资|该|其|本|公司|企业)/.test(m[1] as string) ? m[1] : undefined;
}

function push<T>(map: Map<string, T>, key: string, value: T): void {
  if (!map.has(key)) map.set(key, value);
}

export function extract(sentences: Sentence[], options: ExtractOptions): Extraction {
  const result: Extraction = { names: [], observations: [], rankings: [], relations: [], projectStatus: new Map() };
  const seenNames = new Map<string, true>();
  /** The period the opening sentence of the current paragraph named, if it named one. */
  let opening: { paragraph: number; period: string | undefined; review: boolean } | undefined;
  /** The last company named, for a later sentence that calls it 公司. */
  let lastCompany: NameMention | null = null;
  /** Short names of the companies named so far, without place and trade ("华源光电" for 鹤壁华源光电科技股份有限公司). */
  const shortNames = new Set<string>();
  /** The paragraph whose list of targets the last sentence left open (it ended in ；). */
  let targetList: number | undefined;
  for (const [index, sentence] of sentences.entries()) {
    const text = sentence.text;
    const known = findNames(text, options.gazetteer);
    known.push(...townships(text, known), ...listedPlaceNames(text, known));
    known.sort((a, b) => a.start - b.start);
    let fallback = options.period;
    if (sentence.paragraph !== undefined) {
      if (opening?.paragraph !== sentence.paragraph) {
        const own = paragraphPeriod(text, options.period, options.publishedYear);
        // A review ("过去一年，…") goes on over the paragraphs after it until one opens on a period of its own.
        const carried = opening?.review && own === undefined && !namesPeriod(text) ? opening.period : undefined;
        opening = {
          paragraph: sentence.paragraph,
          period: own ?? carried,
          review: own !== undefined ? REVIEW_OPENING.test(text) : carried !== undefined,
        };
        if (carried) fallback = carried;
      } else if (opening.period && !namesPeriod(text)) fallback = opening.period;
    }
    const periods = periodsOf(text, fallback, options.publishedYear);
    // "回望2023年，…。进入2024年，…。一季度，全市“签约一批”项目52个；“开工一批”项目47个": a later sentence of the
    // paragraph that opens on a period of its own moves the paragraph on to it, and ends the review.
    if (opening && opening.paragraph === sentence.paragraph && opensOnPeriod(text) && periods.actual !== opening.period)
      opening = { paragraph: sentence.paragraph, period: periods.actual, review: false };

    // Names: new projects, companies and quoted policies by pattern, then the known names outside them.
    const found: NameMention[] = [];
    const overlaps = (list: NameMention[], s0: number, e0: number) => list.some((n) => s0 < n.end && e0 > n.start);
    const add = (kind: EntityKind, name: string, start: number) => {
      const end = start + name.length;
      // "某某有限公司年产60万吨…项目": a project may start with the name of the company that builds it.
      const blocking = found.filter(
        (f) =>
          start < f.end &&
          end > f.start &&
          !(
            f.start === start &&
            ((kind === 'PROJECT' && f.kind === 'COMPANY') || (kind === 'COMPANY' && f.kind === 'PROJECT'))
          ),
      );
      // "新开工亿元以上项目186个": a kind of project that is counted is an indicator, not a project's name.
      if (kind === 'PROJECT' && COUNTED_AFTER.test(text.slice(end))) return;
      if (blocking.length === 0) found.push({ kind, name, start, end });
    };
    for (const m of text.matchAll(PROJECT_LIST)) {
      let at = m.index ?? 0;
      // Split on 、 outside brackets: "电池（一期、二期）" is one item.
      for (const item of (m[1] as string).split(/、(?![^（(]*[）)])/)) {
        const name = cleanProjectName(item, 4);
        if (name) add('PROJECT', name, at + item.length - name.length - (item.endsWith('现场') ? 2 : 0));
        at += item.length + 1;
      }
    }
    for (const m of text.matchAll(COMPANY)) {
      const name = (m[1] as string)
        // "总投资15亿元的许昌某某有限公司…": what describes the company goes before 的.
        .replace(DESCRIBED, '')
        // "…研究院与许昌某某股份有限公司": an organisation and a conjunction before the name are not part of it.
        .replace(ORG_AND, '')
        // "区内某某有限公司", "园区内…": where the company stands is not part of its name.
        // "还有某某有限公司…": a connective before the name is not part of it.
        .replace(
          /^(在|由|与|和|及|还有|以及|包括|推动|支持|位于[\u4e00-\u9fa5]{2,12}的|(?:园区|区|县|市|镇|乡|园)内)+/,
          '',
        );
      if (name.length >= 6 && !/的/.test(name)) add('COMPANY', name, (m.index ?? 0) + m[0].length - name.length);
    }
    // "…鹤壁华源光电科技股份有限公司…。华源光电去年营业收入…": a company named in full before may be called by its
    // short name later (linking makes it the same company).
    for (const short of shortNames)
      for (let i = text.indexOf(short); i >= 0; i = text.indexOf(short, i + 1))
        if (!overlaps(found, i, i + short.length)) add('COMPANY', short, i);
    /** A park whose name a project inside it goes on from ("某某产业园标准化厂房项目"). */
    let park: { start: number; end: number } | undefined;
    for (const m of text.matchAll(PROJECT)) {
      const parkStart = park?.end === m.index ? park.start : undefined;
      park = undefined;
      if (
        /(?:产业园|基地)$/.test(m[0]) &&
        /^[\u4e00-\u9fa5]{2,12}?项目/.test(text.slice((m.index ?? 0) + m[0].length))
      ) {
        park = { start: parkStart ?? m.index ?? 0, end: (m.index ?? 0) + m[0].length };
        continue;
      }
      if (parkStart !== undefined) {
        const whole = text.slice(parkStart, (m.index ?? 0) + m[0].length);
        const name = cleanProjectName(whole);
        if (name) add('PROJECT', name, parkStart + whole.length - name.length);
        continue;
      }
      // "生物基材料产业园内，…": a park something stands in is a place there, not a project.
      if (/^(?:内|里|中(?!心)|区内)/.test(text.slice((m.index ?? 0) + m[0].length))) continue;
      // "在某某产业园，…": a park named as where the clause takes place is a place, not a project.
      if (
        /(?:^|[，,：:])在$|^在/.test(text.slice(Math.max(0, (m.index ?? 0) - 2), (m.index ?? 0) + 1)) &&
        /(?:产业园|基地|园区)$/.test(m[0]) &&
        /^[，,]/.test(text.slice((m.index ?? 0) + m[0].length))
      )
        continue;
      // "感受到焦作项目建设的热度": a place right before 项目 speaks of that place's projects, not of one.
      const matchEnd = (m.index ?? 0) + m[0].length;
      if (/项目$/.test(m[0]) && known.some((k) => k.kind === 'REGION' && k.end === matchEnd - 2)) continue;
      const name = cleanProjectName(m[0]);
      if (name) add('PROJECT', name, (m.index ?? 0) + m[0].length - name.length);
    }
    for (const m of text.matchAll(/([\u4e00-\u9fa5]{2,8}?)(?:正在|投资)建设的/g)) {
      const name = (m[1] as string).replace(/^(作为|其中|由)/, '');
      if (
        !known.some((k) => k.kind === 'REGION' && k.name.startsWith(name.slice(0, 2))) &&
        !/我市|全市|本市|市委|政府/.test(name)
      ) {
        add('COMPANY', name, (m.index ?? 0) + m[0].indexOf(name));
      }
    }
    for (const p of [...found].filter((n) => n.kind === 'PROJECT')) {
      const prefix = builderPrefix(p.name);
      // "某某新能源集团有限公司年产…项目": a project that opens on a company's full name has its builder already.
      const named = found.some((f) => f.kind === 'COMPANY' && f.start === p.start);
      if (prefix && !named && !known.some((k) => k.kind === 'REGION' && prefix.startsWith(k.name.slice(0, 2)))) {
        found.push({ kind: 'COMPANY', name: prefix, start: p.start, end: p.start + prefix.length });
      }
    }
    for (const m of text.matchAll(POLICY)) {
      const inner = m[1] as string;
      const name = `“${inner}”${m[2] ?? ''}`;
      const start = m.index ?? 0;
      const verb = POLICY_VERB.test(text.slice(Math.max(0, start - 4), start));
      if ((m[2] || POLICY_WORD.test(inner) || verb) && !/^\d+$/.test(inner)) add('POLICY', name, start);
    }
    for (const m of text.matchAll(FUND)) {
      // Verbs, particles and amounts before a fund are not its name ("让补贴资金…", "500万元激励资金", "所获…").
      const name = (m[0] as string).replace(
        /^(争取|用足用好|已发行|发行|拨付|安排发放|下达|市本级|用于项目建设的|让|使|把|将|所获|获得|获|各类|相关|[万亿]?元)+/,
        '',
      );
      // A bare 补贴资金 or 激励资金 names no fund; 专项债券 or 特别国债 does.
      if (name === m[1] && /资金$/.test(name)) continue;
      if (name.length >= 4) add('POLICY', name, (m.index ?? 0) + m[0].length - name.length);
    }
    for (const m of text.matchAll(ACTION))
      add('POLICY', m[1] as string, (m.index ?? 0) + m[0].length - (m[1] as string).length);
    // Indicators win over a pattern that swallowed one ("新增47家省级绿色工厂" is a figure, not a project).
    const indicators = known.filter((k) => k.kind === 'INDICATOR');
    const kept = found.filter((f) => f.kind === 'COMPANY' || !overlaps(indicators, f.start, f.end));
    const names: NameMention[] = [...kept, ...known.filter((k) => !overlaps(kept, k.start, k.end))];
    names.sort((a, b) => a.start - b.start);
    for (const n of names) {
      const id = `${n.kind}:${n.key ?? n.name}:${sentence.start}`;
      if (!seenNames.has(id)) {
        seenNames.set(id, true);
        result.names.push({ ...n, sentence });
      }
    }

    // Project status and relationships stated in the same sentence.
    const projects = names.filter((n) => n.kind === 'PROJECT');
    for (const [cue, status] of STATUS) {
      if (cue.test(text)) for (const p of projects) push(result.projectStatus, p.key ?? p.name, status);
    }
    const companies = names.filter((n) => n.kind === 'COMPANY');
    for (const p of projects) {
      // The builder named at the start of the project's name, or the one company of a 建设/投资 sentence.
      const builder =
        companies.find((c) => c.start === p.start) ??
        (companies.length === 1 && /建设|投资|实施|打造/.test(text) ? companies[0] : undefined);
      if (builder) result.relations.push({ type: 'DEVELOPS', from: builder, to: p, sentence });
    }
    for (const p of projects) {
      const place = known.find(
        (k) =>
          k.kind === 'REGION' &&
          k.start >= p.start - 6 &&
          k.end <= p.end + 8 &&
          k.key !== options.subject?.key &&
          k.key !== 'region/henan' &&
          k.key !== 'region/china',
      );
      if (place) result.relations.push({ type: 'LOCATED_IN', from: p, to: place, sentence });
    }

    // "主要预期目标是：地区生产总值增长6%左右；规模以上工业增加值增长8%；…": the items after the first ； of a list of
    // targets are targets too, to the end of the paragraph or the list.
    const listed = targetList === sentence.paragraph;
    targetList = /[；;]$/.test(text) && (listed || /目标(?:是|为)[：:]/.test(text)) ? sentence.paragraph : undefined;
    readFigures(text, sentence, names, periods, options, result, lastCompany, listed);
    lastCompany = companies.at(-1) ?? lastCompany;
    // Without place and legal form ("恒达食品" for 周口恒达食品集团有限公司), and without its trade too ("华源光电").
    for (const c of companies) {
      if (!/公司|集团/.test(c.name)) continue;
      for (const form of [companyHead(c.name), c.name.replace(LEGAL_FORM, '')]) {
        let short = form.replace(/^河南省?/, '');
        const place = options.gazetteer.find(
          (g) =>
            g.kind === 'REGION' &&
            (short.startsWith(g.form) || (g.canonical.length >= 3 && short.startsWith(g.canonical.slice(0, -1)))),
        );
        if (place) short = short.slice(short.startsWith(place.form) ? place.form.length : place.canonical.length - 1);
        if (short.length >= 3 && short !== form && companyHead(short).length >= 2) shortNames.add(short);
      }
    }
    options.onProgress?.(index + 1, sentences.length);
  }
  return result;
}

interface Token {
  type: 'I' | 'V' | 'G' | 'R';
  start: number;
  end: number;
  indicator?: NameMention;
  value?: Quantity;
  growth?: number;
  ranks?: number[];
  scope?: string;
  /** 分别: values or ranks that pair with the indicators listed before. */
  respectively?: boolean;
  /** A measure word (项目数) whose figure was given before it. */
  measure?: boolean;
  /** "由2021年的14家增至39家": the starting value, of the year the sentence compares with. */
  since?: string;
}

const SHARED_SUFFIX = /(增加值|投资|收入|总额|总值|产量|出口值)$/;

/** "高技术产业、战略性新兴产业增加值": earlier items of a list share the last item's suffix. */
function sharedSuffixMentions(text: string, names: NameMention[], gazetteer: GazetteerEntry[]): NameMention[] {
  const extra: NameMention[] = [];
  for (const n of names) {
    if (n.kind !== 'INDICATOR') continue;
    const suffix = SHARED_SUFFIX.exec(n.name)?.[1];
    if (!suffix) continue;
    let end = n.start;
    for (;;) {
      if (text[end - 1] !== '、') break;
      const item = /([\u4e00-\u9fa5]{2,12})$/.exec(text.slice(0, end - 1))?.[1];
      if (!item) break;
      const entry =
        gazetteer.find((g) => g.kind === 'INDICATOR' && g.form === `${item}${suffix}`) ??
        gazetteer.find(
          (g) => g.kind === 'INDICATOR' && `${item}${suffix}`.endsWith(g.form) && g.form.length > suffix.length + 1,
        );
      if (!entry) break;
      const start = end - 1 - item.length;
      if (names.some((m) => m !== n && start < m.end && end - 1 > m.start && m.kind === 'INDICATOR')) break;
      extra.push({ kind: 'INDICATOR', name: entry.canonical, key: entry.key, start, end: end - 1 });
      end = start;
    }
  }
  return extra;
}

/** "钛白粉、轮胎、鞋靴、纸制品分别实现出口值…": bare items named by the word after 分别. */
function respectivelyMentions(text: string, names: NameMention[], gazetteer: GazetteerEntry[]): NameMention[] {
  const extra: NameMention[] = [];
  const shared: Span[] = [];
  for (const m of text.matchAll(
    /((?:[\u4e00-\u9fa5]{1,8}[、和])+[\u4e00-\u9fa5]{1,8})分别(?:实现|完成)?([\u4e00-\u9fa5]{2,4}?)\s*\d/g,
  )) {
    let listed = (m[1] as string).replace(/^(去年|今年|全年|全市|我市|本市|其中)+/, '');
    // "新乡市电池、汽车零部件…": a place before the first item is the subject, not part of the item.
    const place = names.find(
      (n) => n.kind === 'REGION' && n.start === (m.index ?? 0) + (m[1] as string).length - listed.length,
    );
    if (place) listed = listed.slice(place.end - place.start);
    const items = listed.split(/[、和]/);
    let at = (m.index ?? 0) + (m[1] as string).length - items.join('、').length;
    const found: NameMention[] = [];
    for (const item of items) {
      const entry = gazetteer.find((g) => g.kind === 'INDICATOR' && g.form === `${item}${m[2]}`);
      if (entry && !names.some((n) => n.kind === 'INDICATOR' && at < n.end && at + item.length > n.start)) {
        found.push({ kind: 'INDICATOR', name: entry.canonical, key: entry.key, start: at, end: at + item.length });
      }
      at += item.length + 1;
    }
    if (found.length === items.length) {
      extra.push(...found);
      // The shared word after 分别 ("出口值") is part of each item's name, not an indicator of its own.
      const start = (m.index ?? 0) + (m[1] as string).length;
      shared.push({ start, end: (m.index ?? 0) + m[0].length });
    }
  }
  return [
    ...extra,
    ...shared.map((sp) => ({ kind: 'INDICATOR' as const, name: '', start: sp.start, end: sp.end, shared: true })),
  ];
}

/**
 * "…以旧换新…，拉动消费23.2亿元" names the indicator 以旧换新拉动消费 in two parts: its tail stands just before
 * the figure and its head earlier in the sentence.
 */
function ellipticMentions(text: string, names: NameMention[], gazetteer: GazetteerEntry[]): NameMention[] {
  const found: NameMention[] = [];
  for (const m of text.matchAll(/\d+/g)) {
    const at = m.index ?? 0;
    if (text[at - 1] === '.') continue;
    // "…比重的75.6%", "…完成投资同比增长15.1%": the link word or growth phrase before a figure is not the name.
    const lead = text.slice(Math.max(0, at - 14), at).replace(/(同比增长|同比下降|增长|下降|[为达超近约的])$/, '');
    let best: NameMention | undefined;
    let bestHead = -1;
    for (const g of gazetteer) {
      if (g.kind !== 'INDICATOR' || g.form.length < 6) continue;
      for (let k = 2; k <= g.form.length - 3; k += 1) {
        const head = g.form.slice(0, k);
        const tail = g.form.slice(k);
        if (!lead.endsWith(tail)) continue;
        const tailStart =
          at - (lead.length - lead.lastIndexOf(tail)) - (text.slice(Math.max(0, at - 14), at).length - lead.length);
        // The head stands before the tail, and the tail does not cut into another name (a chain, a place).
        const headAt = text.lastIndexOf(head, tailStart - head.length);
        if (
          headAt < 0 ||
          names.some((n) => n.kind !== 'INDICATOR' && tailStart < n.end && tailStart + tail.length > n.start)
        )
          continue;
        // The longest tail wins; between equal tails, the head nearest to it.
        const length = best ? best.end - best.start : 0;
        if (!best || tail.length > length || (tail.length === length && headAt > bestHead)) {
          best = { kind: 'INDICATOR', name: g.canonical, key: g.key, start: tailStart, end: tailStart + tail.length };
          bestHead = headAt;
        }
      }
    }
    if (best) found.push(best);
  }
  return found;
}

/** "大规模设备更新下达项目数量和资金": a later item shares the head of the indicator named before it. */
function sharedPrefixMentions(text: string, names: NameMention[], gazetteer: GazetteerEntry[]): NameMention[] {
  const extra: NameMention[] = [];
  for (const n of names) {
    if (n.kind !== 'INDICATOR') continue;
    const item = /^[和、及]([\u4e00-\u9fa5]{1,6}?)(?=分别|均|[，、]|居|同比|增长|\d)/.exec(text.slice(n.end));
    if (!item || names.some((m) => m.kind === 'INDICATOR' && m.start === n.end + 1)) continue;
    // Keep at least two characters of shared head: "项目数量和资金" → "大规模设备更新下达" + "资金".
    const heads = [...n.name].map((_, t) => n.name.slice(0, n.name.length - t - 1)).filter((h) => h.length >= 2);
    const form = heads
      .map((h) => `${h}${item[1]}`)
      .find((candidate) => gazetteer.some((g) => g.kind === 'INDICATOR' && g.form === candidate));
    const entry = form ? gazetteer.find((g) => g.kind === 'INDICATOR' && g.form === form) : undefined;
    if (entry)
      extra.push({
        kind: 'INDICATOR',
        name: entry.canonical,
        key: entry.key,
        start: n.end + 1,
        end: n.end + 1 + (item[1] as string).length,
      });
  }
  return extra;
}

/**
 * Whether every word of `words` appears in `context`: read greedily, each piece the longest run of at least two
 * characters the context holds ("争取资金支持的工业" ← "…工业项目争取资金支持…": "争取资金支持" + "工业"). A name
 * paraphrased in a sentence keeps its words.
 */
function wordsIn(words: string, context: string): boolean {
  const rest = words.replace(/的/g, '');
  if (rest.length < 2) return false;
  for (let p = 0; p < rest.length; ) {
    let length = 0;
    for (let l = rest.length - p; l >= 2; l -= 1) {
      if (context.includes(rest.slice(p, p + l))) {
        length = l;
        break;
      }
    }
    if (length === 0) return false;
    p += length;
  }
  return true;
}

/** 增至, 增加到, 降至…: the verb of a change "由A增至B". */
const CHANGE_TO =
  /(增至|增加到|增加至|增长到|增长至|提高到|提高至|提升到|提升至|升至|上升到|上升至|扩大到|扩大至|降至|下降到|下降至|减少到|减少至|降低到|降低至)/;
const COUNT_UNIT = /^(?:万|亿)?(?:个|家|种|项|所|座|条|户|名|台|辆|人|人次)$/;
const CLAUSE_END = /[，,；;。：:]/;

function clauseAround(text: string, from: number, to: number): Span {
  let start = from;
  while (start > 0 && !CLAUSE_END.test(text[start - 1] as string)) start -= 1;
  let end = to;
  while (end < text.length && !CLAUSE_END.test(text[end] as string)) end += 1;
  return { start, end };
}

/** An indicator's name without its counting word: "进入全省优秀格次的开发区数量" → "进入全省优秀格次的开发区". */
const countedStem = (form: string) => form.replace(/(数量|个数|数)$/, '');

/**
 * "21种工业产品产销量全球第一", "9个开发区全部晋级星级管理", "24个总投资50亿元以上重大项目": an indicator named
 * "<qualifier>的<noun>" or "<verb><noun>数" is written as a count, the noun right after it, and the qualifier or
 * verb elsewhere in the same clause.
 */
function countedMentions(text: string, names: NameMention[], gazetteer: GazetteerEntry[]): NameMention[] {
  const found: NameMention[] = [];
  for (const m of text.matchAll(new RegExp(VALUE.source, 'g'))) {
    if (!COUNT_UNIT.test(m[2] as string) || (m[1] as string).includes('.')) continue;
    const at = (m.index ?? 0) + m[0].length;
    let best: { mention: NameMention; noun: number } | undefined;
    for (const g of gazetteer) {
      if (g.kind !== 'INDICATOR') continue;
      const stem = countedStem(g.form);
      // The longest tail of the name that the text gives right after the count, of three characters or more.
      for (let k = 1; k <= stem.length - 3; k += 1) {
        const noun = stem.slice(k);
        if (!text.startsWith(noun, at)) continue;
        const clause = clauseAround(text, m.index ?? 0, at + noun.length);
        const context = `${text.slice(clause.start, m.index ?? 0)}|${text.slice(at + noun.length, clause.end)}`;
        if (wordsIn(stem.slice(0, k), context) && (!best || noun.length > best.noun)) {
          best = {
            mention: { kind: 'INDICATOR', name: g.canonical, key: g.key, start: at, end: at + noun.length },
            noun: noun.length,
          };
        }
        break;
      }
    }
    if (best && !names.some((n) => n.kind === 'INDICATOR' && n.start < best.mention.end && n.end > best.mention.start))
      found.push(best.mention);
  }
  return found;
}

/**
 * "规上企业由14家增至39家", "规上企业39家": the noun an indicator named "<noun>数" counts stands for it when the
 * clause goes on to a count (and not to an amount: "规上企业营业收入…亿元" is another indicator).
 */
function countNounMentions(text: string, names: NameMention[], gazetteer: GazetteerEntry[]): NameMention[] {
  const found: NameMention[] = [];
  for (const g of gazetteer) {
    if (g.kind !== 'INDICATOR' || !/(数量|个数|数)$/.test(g.form)) continue;
    const noun = countedStem(g.form);
    if (noun.length < 3) continue;
    for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + 1)) {
      const end = at + noun.length;
      if ([...names, ...found].some((n) => n.kind === 'INDICATOR' && n.start < end && n.end > at)) continue;
      const clause = clauseAround(text, at, end);
      const figure = new RegExp(VALUE.source).exec(text.slice(end, clause.end));
      if (
        figure &&
        COUNT_UNIT.test(figure[2] as string) &&
        !/[\u4e00-\u9fa5]{5}/.test(text.slice(end, end + (figure.index ?? 0)).replace(/(由|从)?(20\d{2}年)?的?/, ''))
      )
        found.push({ kind: 'INDICATOR', name: g.canonical, key: g.key, start: at, end });
    }
  }
  return found;
}

/**
 * "…，项目数、资金数均居全省第一": measure words that rank (and count) figures given before them. Each stands for
 * the indicator whose name ends in it and whose other words the sentence used before the list.
 */
function measureMentions(text: string, names: NameMention[], gazetteer: GazetteerEntry[]): NameMention[] {
  const found: NameMention[] = [];
  for (const m of text.matchAll(
    /(?<=^|[，,；;：:])((?:[\u4e00-\u9fa5]{2,6}?(?:数量|数)[、和及])*[\u4e00-\u9fa5]{2,6}?(?:数量|数))(?=均|分别|同时|居|位居|位列|排名|排在)/g,
  )) {
    const before = text.slice(0, m.index ?? 0);
    let at = m.index ?? 0;
    const items: NameMention[] = [];
    for (const item of (m[1] as string).split(/[、和及]/)) {
      const stem = item.replace(/(数量|数)$/, '');
      const candidates = gazetteer.filter(
        (g) =>
          g.kind === 'INDICATOR' &&
          (g.form.endsWith(`${stem}数`) || g.form.endsWith(`${stem}数量`)) &&
          g.form.length > item.length &&
          wordsIn(countedStem(g.form).slice(0, -stem.length), before),
      );
      const keys = new Set(candidates.map((g) => g.key));
      const entry = candidates[0];
      if (stem.length >= 2 && keys.size === 1 && entry)
        items.push({ kind: 'INDICATOR', name: entry.canonical, key: entry.key, start: at, end: at + item.length });
      at += item.length + 1;
    }
    const overlapping = items.some((i) =>
      names.some((n) => n.kind === 'INDICATOR' && n.start < i.end && n.end > i.start),
    );
    if (items.length === (m[1] as string).split(/[、和及]/).length && !overlapping) found.push(...items);
  }
  return found;
}

// Open vocabulary: a figure whose clause names no known indicator is about the noun phrase right before it, when
// that phrase names a measure (its last word is one of the heads below). The phrase runs back to the start of the
// clause, the figure before it, or the last subject, time or verb word, whichever comes last.

/** Words a measure's name ends in: amounts, levels, shares and rates. */
const MEASURE_HEAD =
  /(?:增加值|产值|收入|营收|利润|利税|税收|总额|总值|总量|产量|余额|投资|资金|外资|零售额|销售额|交易额|成交额|营业额|出口|进口|出口额|进口额|出口值|进口值|消费|支出|存款|贷款|用电量|发电量|用水量|饲养量|养殖量|能耗|运量|吞吐量|周转量|数|数量|人数|户数|个数|人次|面积|比重|占比|比例|率|强度|单产|亩产|出栏|存栏|产能|规模|就业|人口|投入|订单|销量|销售量|零售量|增收|价格|指数)$/;
/** A measure word on its own ("营业额", "零售额"). */
const MEASURE_WORD = new RegExp(`^${MEASURE_HEAD.source}`);
/** Words a counted thing's name ends in, for counts (个, 家, 户, 万人…) and lengths. */
const COUNT_HEAD =
  /(?:项目|企业|主体|平台|基站|车位|公路|道路|管网|岗位|人才|游客|学校|医院|园区|工厂|专利|品牌|门店|机构|商户|户|站|馆|中心|专班|车间|生产线|场景|农田|小区)$/;
/** A phrase made of these words alone names no measure ("投资625亿元" after a project is that project's). */
const GENERIC_MEASURE =
  /^(?:增加值|产值|年产值|收入|营收|利润|投资|总投资|完成投资|资金|总额|总值|总量|总数|数|数量|比重|占比|比例|率|规模|产业增加值|项目|企业|主体|平台|就业|消费|支出|人数|面积|增速|增幅|产能|人口|户|投入|订单|销量|价格|指数)$/;
/** Known measures too generic to name a figure when a longer phrase ends in them. */
const GENERIC_KNOWN = new RegExp(`${GENERIC_MEASURE.source}|^(?:营业收入|主营业务收入|利润总额)$`);
/** Link words between a measure's name and its figure: "税收收入完成…", "出口同比增长…". */
const PHRASE_TAIL =
  /(?:增速|增幅|同比|比上年|较上年|分别|累计|共计|合计|总计|共|实现|完成|达到|达|为|是|突破|超过|超|约|近|增至|已|均|年末|期末|末|(?:发展|扩大|增加|提高|提升|上升)[到至]|\s)$/;
/** Words a measure's name does not run back across: times, subjects, verbs and connectives. */
const PHRASE_STOP =
  /20\d{2}年度?|\d{1,2}[~～\-—–至]\d{1,2}月(?:份)?|\d{1,2}月(?:份|末|底)?|[一二三四]季度|前三季度|上半年|下半年|全年|年末|年底|年内|今年|去年|当年|同期|其中|同时|此外|另外|全市|我市|本市|该市|全县|本县|全区|全省|全国|分产业看|初步核算|从全年看|实现|完成|达到|累计|共有|拥有|现有|共计|合计|以及|力争|确保|预计|计划|争取|已经|已|将|并且|而且|但是|在|按照|通过|带动|拉动|新建成|建成|落实/g;
const COUNTED_UNIT = /^(?:万|亿)?(?:个|家次|家|种|项|所|座|户|名|台|辆|人|人次|公里|头|只|亩|平方米)$/;

/** Words ending in 区 or 县 that are no county or district: 园区, 城区, 开发区… */
const PLACE_WORD =
  /(?:园区|景区|社区|小区|新区|片区|辖区|开发区|示范区|集聚区|试验区|功能区|商务区|保税区|产业区|港区|矿区|厂区|校区|山区|库区|湖区|灾区|街区)$|^(?:[全我本各该主中老新市城]|贫困|重点|示范|百强)/;

/** The measure named right before a figure at `at`, from `from` (the clause start) on. */
function measurePhrase(
  text: string,
  from: number,
  at: number,
  names: NameMention[],
  counted: boolean,
): NameMention | undefined {
  let end = at;
  for (let m = PHRASE_TAIL.exec(text.slice(from, end)); m && end > from; m = PHRASE_TAIL.exec(text.slice(from, end)))
    end -= m[0].length;
  let start = from;
  for (const m of text.slice(from, end).matchAll(PHRASE_STOP))
    start = Math.max(start, from + (m.index ?? 0) + m[0].length);
  for (const n of names) {
    if (n.kind === 'INDICATOR' || n.end <= start || n.start >= end) continue;
    // A name that runs into the phrase's end (a project "…项目" before its investment) owns the figure.
    if (n.end > end - 1) return undefined;
    start = n.end;
  }
  const run = /[\u4e00-\u9fa5A-Za-z0-9“”"（）()&]+$/.exec(text.slice(start, end))?.[0] ?? '';
  let name = run.replace(/^[（()）]+/, '');
  start = end - name.length;
  // "东城区新增市场主体": a county or district the gazetteer does not know is where, not what.
  const place = /^[\u4e00-\u9fa5]{1,3}(?:县|区)/.exec(name)?.[0];
  if (place && !PLACE_WORD.test(place) && name.length - place.length >= 3) {
    name = name.slice(place.length);
    start += place.length;
  }
  // "规上工业企业新增62家": the verb after the noun goes before it in the measure's name.
  const moved = /^(.+?)(新增|新认定|新引进|新开工|新签约)$/.exec(name);
  if (moved && counted && COUNT_HEAD.test(moved[1] as string)) name = `${moved[2]}${moved[1]}`;
  // "10亿元以上项目": a name may start with the amount that sets its threshold.
  if (
    name.length < 2 ||
    /^\d/.test(name.replace(/^\d+[A-Za-z]+/, 'x').replace(/^\d+(?:\.\d+)?(?:亿元|万元)(?:以上|以下)/, 'x')) ||
    /等|的话|我们/.test(name)
  )
    return undefined;
  // "该项目总投资…", "其营业收入…": a phrase that points back at something named before is that thing's measure.
  if (/^(?:该|此|这|其(?!他|中))/.test(name)) return undefined;
  // "一季度公司营业收入…": 公司 before a measure is the company named before (see subjectBefore), not part of the name.
  const company = /^(?:公司|企业)(?=.{2})/.exec(name)?.[0];
  if (company && /[，,“"]$|^$/.test(text.slice(from, start).replace(new RegExp(`(?:${TIME_LEAD})$`), ''))) {
    name = name.slice(company.length);
    start += company.length;
  }
  if (GENERIC_MEASURE.test(name) || /^(?:同比|增长|下降|增速|增幅)/.test(name)) return undefined;
  if (!MEASURE_HEAD.test(name) && !(counted && COUNT_HEAD.test(name))) return undefined;
  return { kind: 'INDICATOR', name, start, end };
}

/**
 * "装备制造、绿色食品、现代医药三大主导产业增加值分别增长…", "存款、贷款余额分别为…": listed items share the
 * measure named after the last one; each item is an indicator of its own, paired with the figures in order.
 */
function listedMeasures(text: string, known: NameMention[]): { items: NameMention[]; shared: Span[] } {
  const found: NameMention[] = [];
  const sharedSpans: Span[] = [];
  const pattern =
    /((?:[\u4e00-\u9fa5]{2,10}[、和])+)([\u4e00-\u9fa5]{2,24}?)(?=(?:同比)?(?:分别|均)(?:实现|完成|达到|为)?(?:同比)?(?:增长|下降|为|达|实现|\d))/g;
  for (const m of text.matchAll(pattern)) {
    const at = m.index ?? 0;
    let listed = m[1] as string;
    const lead = /^(?:.*(?:全市|我市|本市|其中|全年|今年|上半年|去年))/.exec(listed)?.[0] ?? '';
    listed = listed.slice(lead.length);
    // "家用电器和音像器材类、汽车类零售额": a 和 before a later 、 joins words inside one item.
    const items = listed.split(/、|和(?![^、]*、)/).filter(Boolean);
    if (items.length === 0) continue;
    const tail = m[2] as string;
    let last: string;
    let shared: string;
    const group =
      /^(.+?)[两二三四五六七八九十](?:大|个)(?:主导|支柱|重点|优势|新兴|战略性新兴|传统|特色|先进|千亿级|百亿级|新)*(.+)$/.exec(
        tail,
      );
    if (group) {
      last = group[1] as string;
      shared = group[2] as string;
    } else {
      // No count word: the last item is as long as the first ("城镇、农村居民人均可支配收入"), and the shared words
      // do not start with a suffix ("工业、服务业增加值").
      let cut = Math.min((items[0] as string).length, tail.length - 2);
      while (cut < tail.length - 2 && /^[业类型性化品者]/.test(tail.slice(cut))) cut += 1;
      // "食品、纺织服装、电子信息产业增加值": the items share 产业 (行业, 板块) and the measure after it.
      const industry = /(?:产业|行业|板块)/.exec(tail.slice(2));
      if (industry && MEASURE_HEAD.test(tail.slice(industry.index + 2))) cut = industry.index + 2;
      // "住宿业、餐饮业营业额": when that cuts into a word, the shared words are the longest measure word the tail
      // ends in.
      if (!MEASURE_HEAD.test(tail.slice(cut))) {
        for (let k = 2; k <= tail.length - 2; k += 1) {
          if (MEASURE_WORD.test(tail.slice(k))) {
            cut = k;
            break;
          }
        }
      }
      last = tail.slice(0, cut);
      shared = tail.slice(cut);
      // "家用电器和音像器材类、汽车类商品零售额": what follows the last item's 类 (业), which ends every item, is shared.
      const ending = (items[0] as string).slice(-1);
      const own = last.lastIndexOf(ending);
      if (/[类业]/.test(ending) && items.every((x) => x.endsWith(ending)) && own >= 1 && own < last.length - 1) {
        shared = `${last.slice(own + 1)}${shared}`;
        last = last.slice(0, own + 1);
      }
    }
    // "采矿业、制造业、电力热力燃气及水生产和供应业增加值分别增长2.3%、8.0%、5.7%": more items than figures means a
    // 和 joins words inside the last item.
    const figures = /^[^，,；;。]*/.exec(text.slice(at + m[0].length))?.[0].match(/\d+(?:\.\d+)?/g)?.length ?? 0;
    if (figures >= 2 && items.length + 1 > figures && /和$/.test(m[1] as string)) last = `${items.pop()}和${last}`;
    if (!MEASURE_HEAD.test(shared) || last.length < 2) continue;
    const itemsEnd = at + (m[1] as string).length + last.length;
    // Items a known name covers are read by the known-name rules.
    if (known.some((n) => n.start < itemsEnd && n.end > at + lead.length)) continue;
    const head = /^(?:产业集群|产业链|产业|行业|集群|板块)/.exec(shared)?.[0];
    let position = at + lead.length;
    for (const item of [...items, last]) {
      const own = head && /(?:业|集群|链)$/.test(item) ? shared.slice(head.length) : shared;
      found.push({ kind: 'INDICATOR', name: `${item}${own}`, start: position, end: position + item.length });
      position += item.length + 1;
    }
    sharedSpans.push({ start: itemsEnd, end: at + m[0].length });
  }
  // "城乡居民人均可支配收入分别达到33260元、18965元": 城乡 before 分别 lists 城镇 and 农村, one character each.
  for (const m of text.matchAll(/城乡(居民[\u4e00-\u9fa5]{2,12}?)(?=(?:同比)?分别)/g)) {
    const at = m.index ?? 0;
    const own = m[1] as string;
    if (!MEASURE_HEAD.test(own)) continue;
    found.push({ kind: 'INDICATOR', name: `城镇${own}`, start: at, end: at + 1 });
    found.push({ kind: 'INDICATOR', name: `农村${own}`, start: at + 1, end: at + 2 });
    sharedSpans.push({ start: at + 2, end: at + m[0].length });
  }
  // "围绕绿色家居、循环经济、现代农业三大主导产业精准发力，三大主导产业产值分别达到…": the group named again before
  // 分别 stands for the items listed with it earlier in the sentence.
  for (const m of text.matchAll(
    /(?<=^|[，,；;])([两二三四五六七八九十]大(?:主导|支柱|重点|优势|新兴|战略性新兴|传统|特色|先进|千亿级|百亿级|新)*(?:产业集群|产业链|产业|行业|集群|板块))([\u4e00-\u9fa5]{2,6}?)(?=(?:同比)?分别)/g,
  )) {
    const group = m[1] as string;
    const own = m[2] as string;
    const at = m.index ?? 0;
    const earlier = text.slice(0, at).lastIndexOf(group);
    const list =
      earlier > 0 ? /((?:[\u4e00-\u9fa5]{2,10}[、和])+[\u4e00-\u9fa5]{2,10}?)$/.exec(text.slice(0, earlier)) : null;
    if (!list || !MEASURE_HEAD.test(own)) continue;
    const listed = (list[1] as string).replace(/^(?:.*(?:围绕|聚焦|发展|培育|壮大|做强|打造|推动|依托))/, '');
    const items = listed.split(/[、和]/).filter(Boolean);
    if (items.length !== chineseNumber(group.slice(0, 1))) continue;
    const shared = `${/(?:产业集群|产业链|产业|行业|集群|板块)$/.exec(group)?.[0] ?? ''}${own}`;
    let position = earlier - listed.length;
    if (known.some((n) => n.start < earlier && n.end > position)) continue;
    for (const item of items) {
      found.push({ kind: 'INDICATOR', name: `${item}${shared}`, start: position, end: position + item.length });
      position += item.length + 1;
    }
    sharedSpans.push({ start: at, end: at + m[0].length });
  }
  return { items: found, shared: sharedSpans };
}

/** A name that says what a generic measure after it is of: "新签约项目73个，总投资625亿元". */
const CATEGORY = /(?:项目|企业)$/;

/**
 * Indicator tokens for figures whose clause names no known indicator (see measurePhrase), and for lists of items
 * sharing a measure (see listedMeasures). Returns the tokens and the known indicator tokens they replace.
 */
function openMentions(text: string, names: NameMention[], list: Token[]): { add: Token[]; drop: Set<Token> } {
  const out: Token[] = [];
  const drop = new Set<Token>();
  const knownTokens = list.filter((t) => t.type === 'I');
  const listed = listedMeasures(
    text,
    knownTokens.map((t) => t.indicator as NameMention),
  );
  for (const n of listed.items) out.push({ type: 'I', start: n.start, end: n.end, indicator: n });
  for (const t of knownTokens) if (listed.shared.some((sp) => t.start >= sp.start && t.end <= sp.end)) drop.add(t);
  const indicators = () => [...list, ...out].filter((t) => t.type === 'I' && !drop.has(t));
  const figures = list.filter((t) => t.type !== 'I' && Number.isInteger(t.start) && !t.since);
  const make = (name: string, start: number, end: number) => {
    out.push({ type: 'I', start, end, indicator: { kind: 'INDICATOR', name, start, end } });
  };
  for (const f of figures) {
    const at = f.start;
    let from = at;
    while (from > 0 && !/[，,；;。：:、！？!?\n]/.test(text[from - 1] as string)) from -= 1;
    for (const g of figures) if (g !== f && g.end <= at && g.end > from) from = g.end;
    const before = indicators().filter((t) => t.end <= from);
    const previous = before.sort((a, b) => a.end - b.end).at(-1)?.indicator?.name;
    // "…增加值增长12.1%，占规上工业增加值比重达到38.5%", "…，对工业增长的贡献率为60%": a share or contribution
    // of the measure named before.
    // "…完成投资218.6亿元，占年度计划的27.4%": a share of a whole named without 比重 is a share all the same.
    const share =
      /^((?:占|对)[^，,；;]{2,20}?(?:比重|比例|份额|贡献率))(?:为|达到|达|是)?$/.exec(text.slice(from, at)) ??
      (f.type === 'V' && f.value?.unit === '%' ? /^(占[^，,；;的]{2,12})的$/.exec(text.slice(from, at)) : null);
    if (share && previous && !/比重|比例|份额|贡献率/.test(previous)) {
      const inside = knownTokens.filter((t) => t.start >= from && t.end <= at);
      if (!inside.some((t) => /比重|比例|份额|贡献率/.test(t.indicator?.name ?? ''))) {
        for (const t of inside) drop.add(t);
        make(`${previous}${share[1]}`, from, from + (share[1] as string).length);
        continue;
      }
    }
    // "税收收入占一般公共预算收入的比重为68.5%": a share named in full, of two known measures, is one indicator.
    const lead = /^(?:其中|全市|我市|本市|全县|我县)?/.exec(text.slice(from, at))?.[0].length ?? 0;
    const whole = /^([^，,；;占]{2,16}占[^，,；;]{2,20}?(?:比重|比例|份额))(?:为|达到|达|是)?$/.exec(
      text.slice(from + lead, at),
    );
    if (whole && f.type === 'V' && f.value?.unit === '%') {
      const inside = knownTokens.filter((t) => t.start >= from && t.end <= at);
      if (!inside.some((t) => /比重|比例|份额/.test(t.indicator?.name ?? ''))) {
        for (const t of inside) drop.add(t);
        make(whole[1] as string, from + lead, from + lead + (whole[1] as string).length);
        continue;
      }
    }
    // "花木产业年产值突破100亿元": a known measure too generic to name the figure alone (产值) is named by the
    // phrase it ends.
    const inClause = indicators().filter((t) => t.start < at && t.end > from);
    const only = inClause.length === 1 ? inClause[0] : undefined;
    if (only?.indicator?.key && GENERIC_KNOWN.test(text.slice(only.start, only.end))) {
      const longer = measurePhrase(text, from, at, names, f.type === 'V' && COUNTED_UNIT.test(f.value?.unit ?? ''));
      if (longer && longer.end === only.end && longer.start < only.start) {
        drop.add(only);
        out.push({ type: 'I', start: longer.start, end: longer.end, indicator: longer });
        continue;
      }
    }
    // "在全省县域经济高质量发展综合评价中，我县位列全省第11位": an evaluation the sentence opens on is what is ranked.
    if (f.type === 'R' && !indicators().some((t) => t.start < at)) {
      const frame =
        /(?:^|[，,])在(?:全省|全国)?([\u4e00-\u9fa5]{4,20}?(?:评价|考核|评比|评估|测评|监测))中[，,][^，,；;。]*$/.exec(
          text.slice(0, at),
        );
      if (frame) {
        const start = (frame.index ?? 0) + frame[0].indexOf(frame[1] as string);
        make(frame[1] as string, start, start + (frame[1] as string).length);
        continue;
      }
    }
    if (inClause.length > 0) continue;
    if (listed.shared.some((sp) => sp.start < at && sp.end > from)) continue;
    const counted = f.type === 'V' && COUNTED_UNIT.test(f.value?.unit ?? '');
    const mention = measurePhrase(text, from, at, names, counted);
    if (mention) {
      out.push({ type: 'I', start: mention.start, end: mention.end, indicator: mention });
      continue;
    }
    // "新签约项目73个，总投资625亿元", "规上工业企业新增62家，总数达到2156家": a generic measure after a counted
    // category is the category's.
    // "…实施省市重点项目480个，确保完成年度投资计划800亿元": the plan's investment is the projects' too.
    // "预计上半年全市…": time and subject words before the phrase are not part of it.
    const cue =
      new RegExp(`^(?:其中|累计|共|确保|力争|预计|全年|全市|我市|本市|全县|我县|${TIME_LEAD})*`).exec(
        text.slice(from, at),
      )?.[0] ?? '';
    const rest = text.slice(from + cue.length, at);
    const generic = /^(?:总投资|完成投资|投资|总数|总量)(?=(?:为|达到|达|突破|超过)?$)/.exec(
      rest.replace(/^完成年度投资(?:计划|任务)/, '完成投资'),
    )?.[0];
    if (generic && previous && CATEGORY.test(previous.replace(/总数$/, ''))) {
      const start = from + cue.length;
      const stem =
        /^总/.test(generic) && counted
          ? previous.replace(/^(?:新增|新认定|新引进|新开工|新签约)/, '')
          : previous.replace(/^(?:实施|推进)/, '');
      const end = start + rest.replace(/(?:为|达到|达|突破|超过)$/, '').length;
      if (/投资/.test(generic) !== counted) make(`${stem}${generic}`, start, end);
      continue;
    }
    // "186个省重点项目完成投资402.7亿元": what a counted kind of project did, named in one phrase.
    const owned = /^([\u4e00-\u9fa5]{2,12}?(?:项目|企业))(完成投资|总投资)将?(?:为|达到|达|突破|超过)?$/.exec(rest);
    if (owned && !counted) {
      const start = from + cue.length;
      make(`${owned[1]}${owned[2]}`, start, start + (owned[1] as string).length + (owned[2] as string).length);
      continue;
    }
    // "组建了210个助企服务专班": a count written before what it counts.
    if (counted) {
      const after = /^([\u4e00-\u9fa5“”]{3,12})(?=$|[，,；;。、])/.exec(text.slice(f.end));
      const noun = after?.[1];
      const taken = indicators().some((t) => t.start < f.end + (noun?.length ?? 0) && t.end > f.end);
      if (noun && !taken && COUNT_HEAD.test(noun) && !GENERIC_MEASURE.test(noun) && !/等|的/.test(noun))
        make(noun, f.end, f.end + noun.length);
    }
  }
  return { add: out, drop };
}

function tokens(text: string, names: NameMention[], gazetteer: GazetteerEntry[]): Token[] {
  const list: Token[] = [];
  const respectively = respectivelyMentions(text, names, gazetteer);
  const sharedSpans = respectively.filter((n) => 'shared' in n);
  const direct = [
    ...names,
    ...sharedSuffixMentions(text, names, gazetteer),
    ...sharedPrefixMentions(text, names, gazetteer),
    ...respectively.filter((n) => !('shared' in n)),
    ...countedMentions(text, names, gazetteer),
    ...countNounMentions(text, names, gazetteer),
  ].filter((n) => !sharedSpans.some((sp) => n.start >= sp.start && n.end <= sp.end));
  const measures = measureMentions(text, direct, gazetteer);
  const elliptic = ellipticMentions(text, names, gazetteer).filter(
    (e) =>
      !direct.some((n) => n.kind === 'INDICATOR' && n.start <= e.start && n.end >= e.end) &&
      !sharedSpans.some((sp) => e.start < sp.end && e.end > sp.start),
  );
  // An elliptic mention replaces the shorter indicators it covers ("一般公共预算支出" in "占一般公共预算支出比重").
  const kept = direct.filter(
    (n) => !elliptic.some((e) => n.kind === 'INDICATOR' && n.start >= e.start && n.end <= e.end),
  );
  for (const n of [...kept, ...elliptic]) {
    if (n.kind === 'INDICATOR') list.push({ type: 'I', start: n.start, end: n.end, indicator: n });
  }
  for (const n of measures) list.push({ type: 'I', start: n.start, end: n.end, indicator: n, measure: true });
  const covered = (s: number) => list.some((t) => t.type !== 'I' && s >= t.start && s < t.end);
  for (const m of text.matchAll(GROWTH)) {
    const sign = /下降|下跌/.test(m[1] as string) ? -1 : 1;
    let end = (m.index ?? 0) + m[0].length;
    const growths = [sign * Number(m[2])];
    for (;;) {
      const more = LIST_CONT.exec(text.slice(end));
      if (more?.[2] !== '%') break;
      growths.push(sign * Number(more[1]));
      end += more[0].length;
    }
    const respectively =
      /分别\s*$/.test(text.slice(Math.max(0, (m.index ?? 0) - 4), m.index ?? 0)) || growths.length > 1;
    growths.forEach((g, i) => {
      list.push({
        type: 'G',
        start: (m.index ?? 0) + i * 0.01,
        end: i === growths.length - 1 ? end : (m.index ?? 0) + 1,
        growth: g,
        respectively,
      });
    });
  }
  for (const m of text.matchAll(VALUE)) {
    const at = m.index ?? 0;
    const unit = m[2] as string;
    const before = text.slice(Math.max(0, at - 6), at);
    if (covered(at) || text[at - 1] === '第' || /增长|下降|增速|增幅|同比$/.test(before)) continue;
    // "建成后可实现年产值60亿元": what a project will yield once built is its capacity, not a figure of the period.
    // "该项目建成后，年产值可达20亿元": the clause before may say so, when this one says what it can do.
    const clauseStart = clauseAround(text, at, at).start;
    const previousClause = clauseAround(text, Math.max(0, clauseStart - 1), Math.max(0, clauseStart - 1)).start;
    const capacity = /可/.test(text.slice(clauseStart, at)) ? previousClause : clauseStart;
    if (/(?:建成|投产|达产|达效|投用|竣工)后/.test(text.slice(capacity, at))) continue;
    // "…项目于3月投产，预计年新增产值20亿元、税收1.2亿元": a yearly yield expected of something is its capacity too.
    if (
      /(?:预计|可)(?:实现|带动)?年(?:新增|均)?(?:产值|营收|销售收入|营业收入|税收|利税)/.test(
        text.slice(clauseStart, at),
      )
    )
      continue;
    // "首家营收超20亿元的企业", "总投资亿元以上的项目": a figure that qualifies a noun after 的 is a threshold.
    // "10亿元以上项目12个": so is an amount before 以上 and the kind of thing it qualifies.
    if (
      /^(?:(?:以上|以下|左右)?的(?![增降])|(?:以上|以下)(?:的)?[\u4e00-\u9fa5]{0,6}(?:项目|企业))/.test(
        text.slice(at + m[0].length),
      )
    )
      continue;
    // "新引进10亿元项目25个": a figure inside an indicator's name is part of the name.
    if (list.some((x) => x.type === 'I' && at >= x.start && at < x.end)) continue;
    // A percentage is a level only as a share or rate (占…比重75.6%), otherwise it is a growth rate.
    if (
      unit === '%' &&
      !/比重|占比|率|为|达/.test(before) &&
      !/占[^，,；;。]{2,12}的$/.test(text.slice(Math.max(0, at - 16), at))
    )
      continue;
    // Things are counted in whole numbers: "28.9个、4.5个百分点" is an elided 个百分点, not 28.9 items.
    if (/^(个|家|户|笔|场|名|项|所|台|辆)$/.test(unit) && (m[1] as string).includes('.')) continue;
    // "由2021年的14家增至39家", "从140亿元增加到300亿元": the starting value belongs to the year compared with,
    // when the sentence names one; the figure after 增至 is the sentence's own.
    let since: string | undefined;
    if (
      /[由从]([\d一-龥]{0,8}的)?\s*$/.test(text.slice(Math.max(0, at - 12), at)) &&
      new RegExp(`^\\s*${CHANGE_TO.source}`).test(text.slice(at + m[0].length))
    ) {
      since = [...text.slice(0, at).matchAll(/[由从较比](20\d{2})年/g)].at(-1)?.[1];
      if (!since) continue;
    }
    if (/^\d{4}$/.test(m[1] as string) && unit === '年') continue;
    // "…对全市工业增长的贡献率达到31.5%": a contribution to another measure's growth is no figure of its own.
    if (/贡献率(?:为|达到|达|是|超过|超)?\s*$/.test(text.slice(Math.max(0, at - 8), at))) continue;
    // The last value of a list ("…、9.4亿元、9亿元，", same unit) belongs to it as much as the first.
    const respectively =
      /分别(实现|为|达|是)?\s*$/.test(before) ||
      LIST_CONT.test(text.slice(at + m[0].length)) ||
      LIST_END.exec(text.slice(Math.max(0, at - 10), at))?.[1] === unit;
    list.push({
      type: 'V',
      start: at,
      end: at + m[0].length,
      value: { value: Number(m[1]), unit, text: m[0].replace(/\s+/g, '') },
      respectively,
      ...(since ? { since } : {}),
    });
  }
  // "营收突破百亿元", "资产总额突破千亿元": a round hundred or thousand written as a word.
  for (const m of text.matchAll(/(?<![\d.零一二三四五六七八九十两几数百千万])([百千])(亿元|万元|亿美元|万美元)/g)) {
    const at = m.index ?? 0;
    if (covered(at) || list.some((x) => x.type === 'I' && at >= x.start && at < x.end)) continue;
    list.push({
      type: 'V',
      start: at,
      end: at + m[0].length,
      value: { value: m[1] === '百' ? 100 : 1000, unit: m[2] as string, text: m[0] },
    });
  }
  for (const m of text.matchAll(RANK)) {
    const at = m.index ?? 0;
    // "全市位列全国第21位": 全市 before the verb is the subject when a scope follows the verb.
    const scopeWord = (m[1] === '全市' && m[2] ? m[2] : (m[1] ?? m[2])) ?? m[5] ?? '全省';
    if (scopeWord === '全市') continue;
    // "增速居开封市第1位": a county ranked within its city.
    const city = /^[\u4e00-\u9fa5]{2,3}市$/.test(scopeWord)
      ? gazetteer.find((g) => g.kind === 'REGION' && g.form === scopeWord)?.key
      : undefined;
    if (/市$/.test(scopeWord) && !city) continue;
    const first = m[6] ? 1 : chineseNumber(m[3] as string);
    // "分别位列全省第2位和第1位": the last rank of a list may follow 和.
    const rest = (m[4] ?? '')
      .split(/[、和]/)
      .filter(Boolean)
      .map((r) => chineseNumber(r.replace(/[第位名]/g, '')));
    const ranks = [first, ...rest].filter((r) => Number.isInteger(r) && r > 0);
    if (ranks.length === 0) continue;
    list.push({
      type: 'R',
      start: at,
      end: at + m[0].length,
      ranks,
      scope: city ?? (scopeWord === '全国' ? 'region/china' : 'region/henan'),
      respectively: /^(分别|均)/.test(m[0]) || ranks.length > 1,
    });
  }
  const open = openMentions(text, names, list);
  return [...list.filter((t) => !open.drop.has(t)), ...open.add].sort((a, b) => a.start - b.start);
}

function readFigures(
  text: string,
  sentence: Sentence,
  names: NameMention[],
  periods: Periods,
  options: ExtractOptions,
  result: Extraction,
  lastCompany: NameMention | null = null,
  inTargetList = false,
): void {
  const isTargetAt = (t: string, position: number) => inTargetList || targetCueAt(t, position);
  const list = tokens(text, names, options.gazetteer);
  /** The subject and end of the last figure read, for the items of a list after it. */
  let previous: { subject: NameMention | null; end: number } | undefined;
  const subjectBefore = (at: number): NameMention | null => {
    const candidates = names.filter(
      (n) =>
        (n.kind === 'REGION' || n.kind === 'INDUSTRIAL_CHAIN') &&
        n.end <= at &&
        n.key !== 'region/henan' &&
        n.key !== 'region/china',
    );
    const near = candidates.filter(
      // "某某经济技术开发区一季度完成重点项目投资…": a time word may stand between the place and its measure.
      (n) =>
        at - n.end <= 2 ||
        new RegExp(`^(?:${TIME_LEAD})?(产业)?(完成|实现)?(增加值)?(同比)?$`).test(text.slice(n.end, at)),
    );
    // "新能源材料产业规上企业由…增至39家、产值由…增至300亿元": the next item of a list goes on about the same subject.
    const carried = previous && /^[、]$/.test(text.slice(previous.end, at)) ? previous.subject : null;
    // "某某有限公司持续快速发展，营收突破百亿元": a company that opens the sentence is what its figures are about.
    // "…有限公司是一家…企业。上半年，公司实现营业收入…": 公司 at the head of a sentence is the company named before.
    // "上半年，某某有限公司新签订单…", "在禹州市，某某有限公司…": a time or a place may stand before it.
    // "…，一季度公司营业收入同比增长18.3%": so may 公司 right before the measure, in any clause.
    const topic =
      names.find(
        (n) =>
          n.kind === 'COMPANY' &&
          new RegExp(`^(?:(?:园区|区|县|市|镇|乡|园)内|其中|目前|在[\\u4e00-\\u9fa5]{2,10}|${TIME_LEAD})?[，,]?$`).test(
            text.slice(0, n.start),
          ) &&
          n.end <= at,
      ) ??
      (lastCompany &&
      (/^[“"]?(?:[^，,。]{0,8}[，,])?(?:该公司|公司|该企业)/.test(text) ||
        new RegExp(`(?:^|[，,“"])(?:${TIME_LEAD})?(?:该公司|公司|该企业)$`).test(text.slice(0, at)))
        ? lastCompany
        : null);
    // "谷营镇蜜瓜种植面积发展到1.2万亩，带动…": a place that opens the sentence (or a part of it after ；) is what the
    // figures of that part are about.
    const partStart = Math.max(text.lastIndexOf('；', at - 1), text.lastIndexOf(';', at - 1)) + 1;
    // "长葛市…入选…，全市规上工业增加值增长7.6%": 全市 after it speaks of the report's own region again.
    const opener = candidates.find(
      (n) =>
        n.start === partStart &&
        n.kind === 'REGION' &&
        !/全市|我市|本市|全县|我县|本县|全区|我区/.test(text.slice(n.end, at)),
    );
    // "华源光电去年营业收入突破30亿元": a company right before the measure (a time word between) owns it.
    const owner = names.find(
      (n) => n.kind === 'COMPANY' && n.end <= at && new RegExp(`^(?:${TIME_LEAD})?$`).test(text.slice(n.end, at)),
    );
    // "…产业园项目一期已投入使用，入驻企业32家": what moved in moved into the project named before in the sentence.
    const host = /^(?:首批|目前|已)?入驻/.test(text.slice(at, at + 6))
      ? names.filter((n) => n.kind === 'PROJECT' && n.end <= at).at(-1)
      : undefined;
    return owner ?? host ?? near.at(-1) ?? carried ?? opener ?? topic ?? options.subject;
  };
  /** Places listed ("A、B和C") before 分别 and the indicator at `at`, in the same clause. */
  const listedPlaces = (at: number, figure: number): NameMention[] => {
    const regions = names.filter(
      (n) => n.kind === 'REGION' && n.end <= at && n.key !== 'region/henan' && n.key !== 'region/china',
    );
    const last = regions.at(-1);
    if (!last || !/^[^，,；;。、]{0,10}$/.test(text.slice(last.end, at)) || !/分别/.test(text.slice(last.end, figure)))
      return [];
    const chain = [last];
    for (let k = regions.length - 2; k >= 0; k -= 1) {
      const r = regions[k] as NameMention;
      if (!/^[、和及与]$/.test(text.slice(r.end, (chain[0] as NameMention).start))) break;
      chain.unshift(r);
    }
    return chain;
  };
  // A forecast (预计…) speaks of the whole period, as a target does, unless it names a part of it (上半年预计…);
  // 约/左右 only round a figure of the past.
  const forecastAt = (at: number) => {
    const cue = text.lastIndexOf('预计', at);
    return cue >= 0 && !/上半年|一季度|1[~～-][36]月|1至[36]月/.test(text.slice(0, at));
  };
  const periodAt = (at: number) =>
    wholeYearAt(text, at)
      ? isTargetAt(text, at)
        ? periods.plan.slice(0, 4)
        : periods.year
      : isTargetAt(text, at)
        ? periods.plan
        : forecastAt(at)
          ? periods.target
          : periods.actual;
  const kindOf = (start: number, end: number): Kind => {
    if (isTargetAt(text, start)) return 'TARGET';
    // Only a word at the figure rounds it: "规模以上工业增加值增长9.1%", "亿元以上项目38个" are exact.
    const number = start + (/\d/.exec(text.slice(start, end))?.index ?? 0);
    const rounded =
      ESTIMATE_BEFORE.test(text.slice(Math.max(0, number - 4), number)) || ESTIMATE_AFTER.test(text.slice(end));
    return rounded || /初步预计|预计/.test(text.slice(0, start)) ? 'ESTIMATE' : 'ACTUAL';
  };

  let pending: NameMention[] = [];
  let current:
    | { indicator: NameMention; value?: Quantity; growth?: number; start: number; end: number; numberAt?: number }
    | undefined;
  let loose: Token | undefined;
  /** Values no indicator took, in order: a measure word after them may (项目数、资金数均居…). */
  const spare: Token[] = [];
  const paired = new Map<NameMention, ExtractedObservation>();
  const flush = () => {
    if (current && (current.value || current.growth !== undefined)) {
      const subject = subjectBefore(current.indicator.start);
      previous = { subject, end: current.end };
      result.observations.push({
        indicator: current.indicator,
        subject,
        period: periodAt(current.numberAt ?? current.start),
        kind: kindOf(current.numberAt ?? current.start, current.end),
        ...(current.value ? { value: current.value } : {}),
        ...(current.growth !== undefined ? { growthPct: current.growth } : {}),
        sentence,
      });
    }
    current = undefined;
  };
  const rank = (indicator: NameMention, r: number, scope: string, basis: 'GROWTH' | 'LEVEL') =>
    result.rankings.push({
      indicator,
      subject: subjectBefore(indicator.start),
      period: periods.actual,
      scope,
      rank: r,
      basis,
      sentence,
    });

  for (let i = 0; i < list.length; i += 1) {
    const t = list[i] as Token;
    if (t.type === 'I') {
      flush();
      // "城乡…": items one character long each (城镇, 农村) stand side by side with nothing between.
      const between = pending.length > 0 ? text.slice((pending.at(-1) as NameMention).end, t.start) : undefined;
      const joined =
        between !== undefined && (/^[、和及与]$/.test(between) || (between === '' && t.end - t.start === 1));
      pending = joined ? [...pending, t.indicator as NameMention] : [t.indicator as NameMention];
      current = { indicator: t.indicator as NameMention, start: t.start, end: t.end };
      // "440个工业转型升级项目": a count written just before what it counts.
      if (loose && t.start - loose.end <= 2 && !/[，,；;。、]/.test(text.slice(loose.end, t.start))) {
        // "152个省市重点项目完成投资218.6亿元": the count is of the projects, the amount of what they did.
        const counted = /^(.{2,}?(?:项目|企业))(?:完成投资|总投资|投资|营业收入|产值|利润)$/.exec(
          current.indicator.name,
        )?.[1];
        if (counted && COUNT_UNIT.test(loose.value?.unit ?? '')) {
          const entry = options.gazetteer.find((g) => g.kind === 'INDICATOR' && g.form === counted);
          result.observations.push({
            indicator: {
              kind: 'INDICATOR',
              name: entry?.canonical ?? counted,
              key: entry?.key,
              start: t.start,
              end: t.start + counted.length,
            },
            subject: subjectBefore(t.start),
            period: periodAt(loose.start),
            kind: kindOf(loose.start, loose.end),
            ...(loose.value ? { value: loose.value } : {}),
            sentence,
          });
        } else {
          current.value = loose.value;
          current.numberAt = loose.start;
        }
        spare.splice(spare.indexOf(loose), 1);
      }
      loose = undefined;
      if (t.measure && !current.value) {
        const indicator = current.indicator;
        const counted = result.observations.some((o) => o.sentence === sentence && o.indicator.key === indicator.key);
        // 资金数 takes an amount of money, 项目数 a count.
        const money = /资金|金额|投资|收入|资产|产值|额|值/.test(text.slice(t.start, t.end));
        const fits = (v: Token) => (money ? /元$/.test(v.value?.unit ?? '') : COUNT_UNIT.test(v.value?.unit ?? ''));
        const value = counted ? undefined : spare.find(fits);
        if (value) {
          current.value = value.value;
          current.numberAt = value.start;
          spare.splice(spare.indexOf(value), 1);
        }
      }
      continue;
    }
    // "华龙区、南乐县、台前县一季度分别完成重点项目投资41.2亿元、28.6亿元和19.3亿元": listed places share one
    // measure, each with its own figure.
    const places =
      current && t.respectively && pending.length <= 1 ? listedPlaces(current.indicator.start, t.start) : [];
    if (current && places.length > 1 && (t.type === 'G' || t.type === 'V')) {
      const run = [t];
      while (list[i + 1]?.type === t.type && list[i + 1]?.respectively) {
        i += 1;
        run.push(list[i] as Token);
      }
      if (run.length === places.length) {
        const indicator = current.indicator;
        run.forEach((tok, k) => {
          result.observations.push({
            indicator,
            subject: places[k] as NameMention,
            period: periodAt(tok.start),
            kind: kindOf(tok.start, tok.end),
            ...(tok.value ? { value: tok.value } : {}),
            ...(tok.growth !== undefined ? { growthPct: tok.growth } : {}),
            sentence,
          });
        });
        current = undefined;
      }
      continue;
    }
    if ((t.type === 'G' || t.type === 'V') && t.respectively && pending.length > 1) {
      // 分别增长 a%、b%…: pair in order with the listed indicators.
      const run = [t];
      while (list[i + 1]?.type === t.type && list[i + 1]?.respectively) {
        i += 1;
        run.push(list[i] as Token);
      }
      current = undefined;
      run.slice(0, pending.length).forEach((tok, k) => {
        const indicator = pending[k] as NameMention;
        // "分别实现出口值a、b…，同比分别增长x%、y%…": the second run completes the figures of the first.
        const earlier = paired.get(indicator);
        if (earlier && tok.growth !== undefined && earlier.growthPct === undefined) {
          earlier.growthPct = tok.growth;
          return;
        }
        const observation: ExtractedObservation = {
          indicator,
          subject: subjectBefore((pending[0] as NameMention).start),
          period: periodAt(tok.start),
          kind: kindOf(tok.start, tok.end),
          ...(tok.value ? { value: tok.value } : {}),
          ...(tok.growth !== undefined ? { growthPct: tok.growth } : {}),
          sentence,
        };
        paired.set(indicator, observation);
        result.observations.push(observation);
      });
      continue;
    }
    const sameClause = (from: number, to: number) => !/[，,；;]/.test(text.slice(from, to));
    if (t.type === 'G' && current && current.growth === undefined) {
      current.growth = t.growth;
      current.numberAt ??= t.start;
      current.end = t.end;
      continue;
    }
    if (t.type === 'V' && t.since) {
      if (current && sameClause(current.start, t.start))
        result.observations.push({
          indicator: current.indicator,
          subject: subjectBefore(current.indicator.start),
          period: t.since,
          kind: 'ACTUAL',
          ...(t.value ? { value: t.value } : {}),
          sentence,
        });
      continue;
    }
    if (t.type === 'V') {
      const shareOnly = t.value?.unit === '%' && !/比重|占|率|比例|强度/.test(current?.indicator.name ?? '');
      if (current && !shareOnly && !current.value && current.growth === undefined && sameClause(current.end, t.start)) {
        current.value = t.value;
        current.numberAt ??= t.start;
        current.end = t.end;
      } else {
        loose = t;
        spare.push(t);
      }
      continue;
    }
    if (t.type === 'G' && !current) {
      // "绿色食品产业链群同比增长11.0%": a chain or region grows, the indicator is its value added.
      const subject = subjectBefore(t.start);
      const generic = options.gazetteer.find((g) => g.kind === 'INDICATOR' && g.form === '产业链群增加值');
      const gap = subject ? text.slice(subject.end, t.start) : '';
      if (
        subject &&
        subject.kind === 'INDUSTRIAL_CHAIN' &&
        generic &&
        /^(产业)?(完成|实现)?(增加值)?(同比)?$/.test(gap)
      ) {
        result.observations.push({
          indicator: { kind: 'INDICATOR', name: generic.canonical, key: generic.key, start: t.start, end: t.start },
          subject,
          period: periodAt(t.start),
          kind: kindOf(t.start, t.end),
          growthPct: t.growth as number,
          sentence,
        });
      }
      continue;
    }
    if (t.type === 'R') {
      const ranks = t.ranks ?? [];
      // "规上工业增加值增长7.1%，固定资产投资增长6.3%，分别居全省第5、第6位": ranks listed after figures given one
      // clause each pair with the last indicators named, in order.
      const named = list
        .slice(0, i)
        .filter((x) => x.type === 'I' && x.indicator)
        .map((x) => x.indicator as NameMention)
        .filter((n, k, all) => all.findIndex((o) => o.name === n.name) === k);
      if (t.respectively && ranks.length > 1 && pending.length < ranks.length && named.length >= ranks.length) {
        const basis = /增速|增长/.test(text.slice((named.at(-ranks.length) as NameMention).start, t.start))
          ? 'GROWTH'
          : 'LEVEL';
        named.slice(-ranks.length).forEach((ind, k) => {
          rank(ind, ranks[k] as number, t.scope ?? 'region/henan', basis);
        });
      } else if (t.respectively && pending.length > 1) {
        const basis = /增速|增长/.test(text.slice((pending[0] as NameMention).start, t.start)) ? 'GROWTH' : 'LEVEL';
        if (ranks.length === 1)
          for (const ind of pending) rank(ind, ranks[0] as number, t.scope ?? 'region/henan', basis);
        else
          ranks.slice(0, pending.length).forEach((r, k) => {
            rank(pending[k] as NameMention, r, t.scope ?? 'region/henan', basis);
          });
      } else if (current || pending.length > 0) {
        const mentioned = current?.indicator ?? (pending.at(-1) as NameMention);
        // "各项贷款余额…增长12.5%，贷款增速居全省第2位": a shorter name for an indicator given a figure before in the
        // sentence stands for it.
        const surface = text.slice(mentioned.start, mentioned.end);
        const fuller = result.observations.find(
          (o) =>
            o.sentence === sentence &&
            o.indicator.end <= mentioned.start &&
            /^(?:增速|增幅)/.test(text.slice(mentioned.end)) &&
            surface.length >= 2 &&
            o.indicator.name.length > surface.length &&
            o.indicator.name.includes(surface),
        )?.indicator;
        const indicator = fuller ?? mentioned;
        const between = text.slice(indicator.end, t.start);
        const lastNumber = [...list.slice(0, i)]
          .reverse()
          .find((x) => (x.type === 'G' || x.type === 'V') && x.start >= indicator.start);
        const basis = /增速|增长|增幅/.test(between)
          ? 'GROWTH'
          : /总量|总数|数量|规模/.test(between) || lastNumber?.type === 'V'
            ? 'LEVEL'
            : lastNumber?.type === 'G'
              ? 'GROWTH'
              : 'LEVEL';
        // "新认定省创新龙头企业10家，总数居全省第5位": the rank is of the running total, an indicator of its own.
        const totalName = /总数/.test(text.slice(indicator.end, t.end))
          ? `${indicator.name.replace(/^(新认定|新增|新引进)/, '')}总数`
          : undefined;
        const total = totalName
          ? options.gazetteer.find((g) => g.kind === 'INDICATOR' && g.form === totalName)
          : undefined;
        // A running total the gazetteer does not know is an indicator of its own all the same.
        const totalMention: NameMention | undefined = total
          ? { ...indicator, key: total.key, name: total.canonical }
          : totalName
            ? { kind: 'INDICATOR', name: totalName, start: indicator.start, end: indicator.end }
            : undefined;
        rank(totalMention ?? indicator, ranks[0] as number, t.scope ?? 'region/henan', basis);
      }
    }
  }
  flush();
}
