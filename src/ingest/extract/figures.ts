import { countValue } from '../../text/numerals';
import type { GazetteerEntry } from '../gazetteer';
import { HENAN, type NameMention, type Quantity, type Span } from './types';

// Figures family: numbers, units, growth rates, ranks and the tokens a sentence's figures make. Nothing here is
// keyed to one report: the patterns are the ones statistical bulletins use (同比增长X%、居全省第N位、分别…).

/** A rank or count in Arabic or Chinese numerals (第三位, 十二): NaN when it is neither. */
export const chineseNumber = countValue;

// (?<!\d): a number starts where its digits start (without it every digit of a long run starts a new try).
export const NUM = String.raw`(-?(?<!\d)\d+(?:\.\d+)?)`;
export const UNITS =
  '万亿元|亿元|万元|元|万美元|亿美元|美元|万人次|亿人次|万人|人次|人|万户|户|万个|万名|万家次|家次|万家|万笔|万台|台|万辆|辆|万吨标准煤|吨标准煤|万吨|吨|亿公斤|万公斤|公斤/亩|公斤|亿斤|万斤|万头|亿头|万只|亿只|万亩|亩|万平方米|平方米|公里|亿千瓦时|万千瓦时|千瓦时|万千瓦|个百分点|个|家|笔|场|名|项|所|种|座|条|GWh|%';
// redos-bounded: quadratic at most, on one sentence (at most MAX_SENTENCE characters, see index.ts).
export const VALUE = new RegExp(`${NUM}\\s*(${UNITS})`, 'g');
// 上涨/下跌 for prices ("居民消费价格同比上涨0.3%").
// redos-bounded: quadratic at most, on one sentence (at most MAX_SENTENCE characters, see index.ts).
export const GROWTH = new RegExp(
  `(同比增长|同比下降|同比上涨|同比下跌|增长|下降|上涨|下跌|增速为?|增幅为?)\\s*${NUM}\\s*%`,
  'g',
);
// redos-bounded: quadratic at most, on one sentence (at most MAX_SENTENCE characters, see index.ts).
const GROWTH_AT = new RegExp(`以\\s*${NUM}\\s*%的(?:增速|增幅)`, 'g');
export const LIST_CONT = new RegExp(`^(?:左右|以上|以内)?\\s*[、和及]\\s*${NUM}\\s*(%|${UNITS})`);
export const LIST_END = new RegExp(`\\d\\s*(${UNITS})\\s*[、和及]\\s*$`);
// "居全省第3位", "在全省排第6位", "全省排名第2", "位列全国第5": the scope stands before or after the verb;
// "第2位和第1位": ranks listed with 、 or 和; "排在21个市州榜首": first among the province's N cities.
// redos-bounded: quadratic at most (repeated 居全省), on one sentence (see MAX_SENTENCE in index.ts).
export const RANK =
  /(?:分别|均|总量|总数|数量)?(?:在?(全省|全国|河南省|全市)(?=排|位|居))?(?:位居|居|位列|排名|排在|保持(?=全省第|全国第)|排(?=第|全省|全国))(全省|全国|河南省|全市|该市(?=第)|[\u4e00-\u9fa5]{2,3}市(?=第))?(?:第)?([0-9一二三四五六七八九十]+)(?!方阵|梯队|[0-9]|个)(?:位|名)?((?:[、和](?:第)?[0-9一二三四五六七八九十]+(?:位|名)?)*)|(?:居|位居|排在|位列)(全省|全国|(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})个(?:市州|地市|市|县市区|县区|区县|县))(首位|榜首)/g;

/** What 条 counts as a figure: streets, roads and routes, named after the count or right before it. */
const ROUTE = '(?:街区|街巷|街道|道路|公路|线路|航线|河道)';
// redos-bounded: a lazy span of at most 10 characters, on the rest of one sentence (at most MAX_SENTENCE characters).
const ROUTE_AFTER = new RegExp(`^[\\u4e00-\\u9fa5“”]{0,10}?${ROUTE}`);
const ROUTE_BEFORE = new RegExp(`${ROUTE}[\\u4e00-\\u9fa5]{0,2}$`);

/** A clause of a measure and its figure alone: "税收近100亿元". */
const BARE_YIELD = /^[\u4e00-\u9fa5]{2,8}?(?:超过|超|近|约|达)?$/;
// redos-bounded: a lazy span of at most 40 characters, on 60 characters before a clause.
/** What a project can yield once built, in the clauses just before: "建成达产后，预计可实现产值超1500亿元，". */
const YIELD_LIST = /(?:建成|投产|达产|达效|投用|竣工)后[，,](?:预计)?可[^。；;！？]{2,40}?\d[^。；;！？]{0,8}[，,、]$/;

/** "16个市州", "9个县市区": a count of places. */
const PLACE_COUNT = /(?:^|[^\d.])(?:\d{1,3}|[一二三四五六七八九十]{1,3})个(?:市州|地市|县市区|县区|区县|省份)/;

/** 增至, 增加到, 降至…: the verb of a change "由A增至B". */
export const CHANGE_TO =
  /(增至|增加到|增加至|增长到|增长至|提高到|提高至|提升到|提升至|升至|上升到|上升至|扩大到|扩大至|降至|下降到|下降至|减少到|减少至|降低到|降低至)/;
export const COUNT_UNIT = /^(?:万|亿)?(?:个|家|种|项|所|座|条|户|名|台|辆|人|人次)$/;
export const CLAUSE_END = /[，,；;。：:]/;

export function clauseAround(text: string, from: number, to: number): Span {
  let start = from;
  while (start > 0 && !CLAUSE_END.test(text[start - 1] as string)) start -= 1;
  let end = to;
  while (end < text.length && !CLAUSE_END.test(text[end] as string)) end += 1;
  return { start, end };
}

export interface Token {
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
  /** 均: one rank that every indicator given a figure before it shares. */
  each?: boolean;
  /** A measure word (项目数) whose figure was given before it. */
  measure?: boolean;
  /** "由2021年的14家增至39家": the starting value, of the year the sentence compares with. */
  since?: string;
}

/**
 * The figure tokens of a sentence (growth rates, values, round hundreds, ranks), after the indicator tokens already
 * in `list` (a value inside an indicator's name is part of the name). Appends them to `list`.
 */
/** "产值超百亿元企业(系)3家": 超 before an amount and a counted kind after it make the amount a threshold. */
const THRESHOLD_BEFORE = /(?:超|超过|逾)$/;
const THRESHOLD_AFTER = /^(?:以上)?(?:的)?(?:企业|项目|工业企业)(?:[(（][\u4e00-\u9fa5]{1,3}[)）])?\d/;

export function figureTokens(
  text: string,
  list: Token[],
  gazetteer: GazetteerEntry[],
  province = HENAN,
  cityAbove?: string,
): void {
  const covered = (s: number) => list.some((t) => t.type !== 'I' && s >= t.start && s < t.end);
  // "另有7个市州一季度地区生产总值超过500亿元": a figure said of a number of places is no one place's.
  const ofPlaces = (at: number) => PLACE_COUNT.test(text.slice(clauseAround(text, at, at).start, at));
  for (const m of text.matchAll(GROWTH)) {
    if (ofPlaces(m.index ?? 0)) continue;
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
  // "凉山以8.1%的增速领跑各市州": a growth rate the subject grows at.
  for (const m of text.matchAll(GROWTH_AT)) {
    if (ofPlaces(m.index ?? 0)) continue;
    list.push({ type: 'G', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, growth: Number(m[1]) });
  }
  for (const m of text.matchAll(VALUE)) {
    const at = m.index ?? 0;
    const unit = m[2] as string;
    const before = text.slice(Math.max(0, at - 6), at);
    if (covered(at) || text[at - 1] === '第' || /增长|下降|增速|增幅|同比$/.test(before)) continue;
    // "有16个市州…", "两市…差距不到60亿元": a count of places and a gap between two figures are no figures.
    if (
      ofPlaces(at) ||
      (unit === '个' && /^(?:市州|地市|县市区|县区|区县|省份)/.test(text.slice(at + m[0].length))) ||
      /差距(?:为|达到?|不到|不足|超过?|约|仅)?$/.test(before)
    )
      continue;
    // "打造8条特色餐饮街区", "新开通国际航线5条": 条 counts streets, roads and routes; other counts in 条 are mostly a
    // policy's articles ("稳就业20条") or lines of a plant (a capacity), no figures.
    if (unit === '条' && !ROUTE_AFTER.test(text.slice(at + m[0].length)) && !ROUTE_BEFORE.test(before)) continue;
    // "建成后可实现年产值60亿元": what a project will yield once built is its capacity, not a figure of the period.
    // "该项目建成后，年产值可达20亿元": the clause before may say so, when this one says what it can do.
    const clauseStart = clauseAround(text, at, at).start;
    const previousClause = clauseAround(text, Math.max(0, clauseStart - 1), Math.max(0, clauseStart - 1)).start;
    const capacity = /可/.test(text.slice(clauseStart, at)) ? previousClause : clauseStart;
    if (/(?:建成|投产|达产|达效|投用|竣工)后/.test(text.slice(capacity, at))) continue;
    // "…建成达产后，预计可实现产值超1500亿元，税收近100亿元": a bare measure and figure going on with that list is too.
    if (
      BARE_YIELD.test(text.slice(clauseStart, at)) &&
      YIELD_LIST.test(text.slice(Math.max(0, clauseStart - 60), clauseStart))
    )
      continue;
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
    // "产值超10亿元企业19家": an amount after 超 that qualifies the kind of thing counted after it is a threshold.
    if (THRESHOLD_BEFORE.test(before) && THRESHOLD_AFTER.test(text.slice(at + m[0].length))) continue;
    // "新引进10亿元项目25个": a figure inside an indicator's name is part of the name.
    if (list.some((x) => x.type === 'I' && at >= x.start && at < x.end)) continue;
    // A percentage is a level only as a share or rate (占…比重75.6%), otherwise it is a growth rate.
    if (
      unit === '%' &&
      !/比重|占比|率|为|达/.test(before) &&
      !/占[^，,；;。]{2,12}的$/.test(text.slice(Math.max(0, at - 16), at))
    )
      continue;
    // "还将新增规上企业3—5家": a range of counts or amounts states no figure (its upper end is no value).
    if (unit !== '%' && /\d\s*[—～~\-–]\s*$/.test(before)) continue;
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
    if (
      THRESHOLD_BEFORE.test(text.slice(Math.max(0, at - 6), at)) &&
      THRESHOLD_AFTER.test(text.slice(at + m[0].length))
    )
      continue;
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
    // "21个市州": the cities of the province.
    const scopeWord =
      (m[1] === '全市' && m[2] ? m[2] : (m[1] ?? m[2])) ?? (m[5]?.includes('个') ? '全省' : m[5]) ?? '全省';
    if (scopeWord === '全市') continue;
    // "增速居开封市第1位": a county ranked within its city.
    // "房县…增速居该市第1位": in a county's report 该市 is the city above it.
    const city =
      scopeWord === '该市'
        ? cityAbove
        : /^[\u4e00-\u9fa5]{2,3}市$/.test(scopeWord)
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
      scope: city ?? (scopeWord === '全国' ? 'region/china' : scopeWord === '河南省' ? HENAN : province),
      respectively: /^(分别|均)/.test(m[0]) || ranks.length > 1,
      each: m[0].startsWith('均'),
    });
  }
}
