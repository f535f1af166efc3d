import { chineseNumber, type Token } from './figures';
import { TIME_LEAD } from './periods';
import { asMatch, greedyRun, isHan, type ListPattern, lazyRun, matchLists } from './scan';
import type { NameMention, RuleId, Span } from './types';

// Measures family (open vocabulary): a figure whose clause names no known indicator is about the measure the text
// names before it: a noun phrase ending in a measure word, the items of a list sharing one, a share of the measure
// named before, an evaluation a rank is in, or a count written before what it counts.

// Open vocabulary: a figure whose clause names no known indicator is about the noun phrase right before it, when
// that phrase names a measure (its last word is one of the heads below). The phrase runs back to the start of the
// clause, the figure before it, or the last subject, time or verb word, whichever comes last.

/** Words a measure's name ends in: amounts, levels, shares and rates. */
export const MEASURE_HEAD =
  /(?:增加值|产值|收入|营收|利润|利税|税收|总额|总值|总量|产量|余额|投资|资金|外资|零售额|销售额|交易额|成交额|营业额|出口|进口|出口额|进口额|出口值|进口值|消费|支出|存款|贷款|用电量|发电量|用水量|饲养量|养殖量|能耗|运量|吞吐量|周转量|数|数量|人数|户数|个数|人次|面积|比重|占比|比例|率|强度|单产|亩产|出栏|存栏|产能|规模|就业|人口|投入|订单|销量|销售量|零售量|增收|价格|指数)$/;
/** A measure word on its own ("营业额", "零售额"). */
const MEASURE_WORD = new RegExp(`^${MEASURE_HEAD.source}`);
/** Words a counted thing's name ends in, for counts (个, 家, 户, 万人…) and lengths. */
const COUNT_HEAD =
  /(?:项目|企业|主体|平台|基站|车位|公路|道路|管网|岗位|人才|游客|学校|医院|园区|工厂|专利|品牌|门店|机构|商户|户|站|馆|中心|专班|车间|生产线|场景|农田|小区|用地|土地|街区|航线|线路)$/;
/** A phrase made of these words alone names no measure ("投资625亿元" after a project is that project's). */
const GENERIC_MEASURE =
  /^(?:增加值|产值|年产值|收入|营收|利润|投资|总投资|完成投资|资金|总额|总值|总量|总数|数|数量|比重|占比|比例|率|规模|产业增加值|项目|企业|主体|平台|就业|消费|支出|人数|面积|增速|增幅|产能|人口|户|投入|订单|销量|价格|指数)$/;
/** Known measures too generic to name a figure when a longer phrase ends in them. */
const GENERIC_KNOWN = new RegExp(`${GENERIC_MEASURE.source}|^(?:营业收入|主营业务收入|利润总额)$`);
/** Link words between a measure's name and its figure: "税收收入完成…", "出口同比增长…". */
const PHRASE_TAIL =
  /(?:增速|增幅|同比|比上年|较上年|则|也|仍|亦|全年|上半年|前三季度|[一二三四]季度|分别|累计|共计|合计|总计|共|实现|完成|达到|达|为|是|突破|超过|超|约|近|增至|已|均|年末|期末|末|(?:发展|扩大|增加|提高|提升|上升)[到至]|(?:控制|保持|稳定)在|\s)$/;
/** Words a measure's name does not run back across: times, subjects, verbs and connectives. */
const PHRASE_STOP =
  /20\d{2}年度?|\d{1,2}[~～\-—–至]\d{1,2}月(?:份)?|\d{1,2}月(?:份|末|底)?|[一二三四]季度|前三季度|上半年|下半年|全年|年末|年底|年内|今年|去年|当年|同期|其中|同时|此外|另外|全市|我市|本市|该市|全县|本县|全区|全省|全国|分产业看|初步核算|从全年看|实现|完成|达到|累计|共有|拥有|现有|共计|合计|以及|力争|确保|预计|计划|争取|已经|已|将|并且|而且|但是|在|按照|通过|带动|拉动|新建成|建成|落实/g;
export const COUNTED_UNIT = /^(?:万|亿)?(?:个|家次|家|种|项|所|座|户|名|台|辆|人|人次|公里|头|只|亩|平方米|条)$/;

/** Words ending in 区 or 县 that are no county or district: 园区, 城区, 开发区… */
const PLACE_WORD =
  /(?:园区|景区|社区|小区|新区|片区|辖区|开发区|示范区|集聚区|试验区|功能区|商务区|保税区|产业区|港区|矿区|厂区|校区|山区|库区|湖区|灾区|街区)$|^(?:[全我本各该主中老新市城]|贫困|重点|示范|百强)/;

/** As /[\u4e00-\u9fa5A-Za-z0-9“”"（）()&]+$/.exec(text)?.[0] ?? '', in linear time: the run of such characters at the end. */
export function phraseRun(text: string): string {
  let i = text.length;
  while (i > 0 && /[\u4e00-\u9fa5A-Za-z0-9“”"（）()&]/.test(text[i - 1] as string)) i -= 1;
  return text.slice(i);
}

/** The measure named right before a figure at `at`, from `from` (the clause start) on. */
export function measurePhrase(
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
  const run = phraseRun(text.slice(start, end));
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
  // "产值超百亿元企业(系)": a bracketed word after the counted noun qualifies it.
  const bare = name.replace(/[(（][\u4e00-\u9fa5]{1,3}[)）]$/, '');
  if (!MEASURE_HEAD.test(name) && !(counted && COUNT_HEAD.test(bare))) return undefined;
  return { kind: 'INDICATOR', name, start, end };
}

/** "(同比)分别增长…", "均为…": what follows the items of a list that share a measure. */
const LISTED_FIGURES = /(?:同比)?(?:分别|均)(?:实现|完成|达到|为)?(?:同比)?(?:增长|下降|为|达|实现|\d)/y;
export const SHARED_MEASURE_LIST: ListPattern = {
  items: (text, p) => greedyRun(text, p, 2, 10, isHan),
  separator: (text, p) => text[p] === '、' || text[p] === '和',
  last: (text, p) => {
    const e = lazyRun(text, p, 2, 24, isHan).find((x) => {
      LISTED_FIGURES.lastIndex = x;
      return LISTED_FIGURES.test(text);
    });
    return e === undefined ? undefined : { itemEnd: e, end: e, groups: [] };
  },
  minRepeats: 1,
};

/** As /((?:[\u4e00-\u9fa5]{2,10}[、和])+[\u4e00-\u9fa5]{2,10}?)$/.exec(text), in linear time. */
export function listEndingAt(text: string): RegExpMatchArray | null {
  const [first] = matchLists(text, {
    items: (t, p) => greedyRun(t, p, 2, 10, isHan),
    separator: (t, p) => t[p] === '、' || t[p] === '和',
    last: (t, p) => {
      const e = lazyRun(t, p, 2, 10, isHan).find((x) => x === t.length);
      return e === undefined ? undefined : { itemEnd: e, end: e, groups: [] };
    },
    minRepeats: 1,
  });
  return first ? asMatch(text, first.index, first.end, [text.slice(first.index, first.end)]) : null;
}

/** As listed.split(/、|和(?![^、]*、)/), in linear time: every 、, and a 和 only after the last 、. */
export function splitListed(listed: string): string[] {
  const lastComma = listed.lastIndexOf('、');
  const items: string[] = [];
  let from = 0;
  for (let i = 0; i < listed.length; i += 1) {
    if (listed[i] === '、' || (listed[i] === '和' && i > lastComma)) {
      items.push(listed.slice(from, i));
      from = i + 1;
    }
  }
  items.push(listed.slice(from));
  return items;
}

/** "A、B和C", "A、B及C": the items of a list whose last is joined by 和 or 及 (a 和 before a later 、 is inside an item). */
function splitBranches(listed: string): string[] {
  const lastComma = listed.lastIndexOf('、');
  if (lastComma < 0) return [];
  const rest = listed.slice(lastComma + 1);
  const joint = Math.max(rest.lastIndexOf('和'), rest.lastIndexOf('及'));
  const items = listed.slice(0, lastComma).split('、');
  if (joint >= 2 && rest.length - joint - 1 >= 2) items.push(rest.slice(0, joint), rest.slice(joint + 1));
  else items.push(rest);
  return items;
}

/**
 * "装备制造、绿色食品、现代医药三大主导产业增加值分别增长…", "存款、贷款余额分别为…": listed items share the
 * measure named after the last one; each item is an indicator of its own, paired with the figures in order.
 */
export function listedMeasures(text: string, known: NameMention[]): { items: NameMention[]; shared: Span[] } {
  const found: NameMention[] = [];
  const sharedSpans: Span[] = [];
  // As /((?:[\u4e00-\u9fa5]{2,10}[、和])+)([\u4e00-\u9fa5]{2,24}?)(?=FIGURES)/g, in linear time (see scan.ts).
  for (const list of matchLists(text, SHARED_MEASURE_LIST)) {
    const m = asMatch(text, list.index, list.end, [
      text.slice(list.index, list.lastStart),
      text.slice(list.lastStart, list.itemEnd),
    ]);
    const at = m.index ?? 0;
    let listed = m[1] as string;
    const lead = /^(?:.*(?:全市|我市|本市|其中|全年|今年|上半年|去年))/.exec(listed)?.[0] ?? '';
    listed = listed.slice(lead.length);
    // "家用电器和音像器材类、汽车类零售额": a 和 before a later 、 joins words inside one item.
    const items = splitListed(listed).filter(Boolean);
    if (items.length === 0) continue;
    // "采矿业、制造业、电力热力燃气及水生产和供应业增加值分别增长2.3%、8.0%、5.7%": the figures the list pairs with.
    const figures = /^[^，,；;。]*/.exec(text.slice(at + m[0].length))?.[0].match(/\d+(?:\.\d+)?/g)?.length ?? 0;
    let tail = m[2] as string;
    // "…、房地产业、营利性服务业及非营利性服务业增加值分别增长…": with one figure more than the items before it, the
    // 及 in the tail joins the last two items.
    const joint = tail.indexOf('及');
    if (joint >= 2 && figures === items.length + 2 && MEASURE_HEAD.test(tail.slice(joint + 1))) {
      items.push(tail.slice(0, joint));
      tail = tail.slice(joint + 1);
    }
    let last: string;
    let shared: string;
    const group =
      // redos-bounded: quadratic at most, on the tail of a list (24 characters at most).
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
    // More items than figures means a 和 joins words inside the last item.
    if (figures >= 2 && items.length + 1 > figures && /和$/.test(m[1] as string)) last = `${items.pop()}和${last}`;
    if (!MEASURE_HEAD.test(shared) || last.length < 2) continue;
    const itemsEnd = at + (m[1] as string).length + last.length;
    // Items a known name covers are read by the known-name rules.
    if (known.some((n) => n.start < itemsEnd && n.end > at + lead.length)) continue;
    const head = /^(?:产业集群|产业链|产业|行业|集群|板块)/.exec(shared)?.[0];
    let position = at + lead.length;
    for (const item of [...items, last]) {
      const own = head && /(?:业|集群|链)$/.test(item) ? shared.slice(head.length) : shared;
      found.push({
        kind: 'INDICATOR',
        name: `${item}${own}`,
        start: position,
        end: position + item.length,
        rule: 'measures.listed',
      });
      position += item.length + 1;
    }
    sharedSpans.push({ start: itemsEnd, end: at + m[0].length });
  }
  // "规上电气机械制造业、金属制品业和纺织行业分别实现增加值63.46亿元、17.77亿元和67.07亿元": branches listed before
  // 分别, the measure after it; a size qualifier on the first branch (规上, 限上) goes with every one.
  for (const m of text.matchAll(/分别(?:实现|完成|达到)?/g)) {
    const after = (m.index ?? 0) + m[0].length;
    const measure = /^[\u4e00-\u9fa5]{2,5}?(?=\d)/.exec(text.slice(after, after + 6))?.[0];
    if (!measure || !MEASURE_WORD.test(measure)) continue;
    let start = m.index ?? 0;
    while (start > 0 && /[\u4e00-\u9fa5、]/.test(text[start - 1] as string)) start -= 1;
    const run = text.slice(start, m.index ?? 0);
    const lead = /^(?:.*(?:全市|我市|本市|全县|我县|全区|其中|今年|上半年|全年|去年))/.exec(run)?.[0] ?? '';
    const listed = run.slice(lead.length);
    const items = splitBranches(listed);
    const figures = /^[^，,；;。]*/.exec(text.slice(after))?.[0].match(/\d+(?:\.\d+)?/g)?.length ?? 0;
    if (
      items.length < 2 ||
      figures !== items.length ||
      !items.every((x) => x.length >= 2 && x.length <= 14 && /(?:业|类|集群)$/.test(x)) ||
      known.some((n) => n.start < (m.index ?? 0) && n.end > start + lead.length)
    )
      continue;
    const size = /^(?:规模以上|规上|限额以上|限上)/.exec(items[0] as string)?.[0] ?? '';
    let position = start + lead.length;
    for (const item of items) {
      const name = `${item.startsWith(size) ? '' : size}${item}${measure}`;
      found.push({ kind: 'INDICATOR', name, start: position, end: position + item.length, rule: 'measures.branches' });
      position += item.length + 1;
    }
    sharedSpans.push({ start: m.index ?? 0, end: after + measure.length });
  }
  // "城乡居民人均可支配收入分别达到33260元、18965元": 城乡 before 分别 lists 城镇 and 农村, one character each.
  for (const m of text.matchAll(/城乡(居民[\u4e00-\u9fa5]{2,12}?)(?=(?:同比)?分别)/g)) {
    const at = m.index ?? 0;
    const own = m[1] as string;
    if (!MEASURE_HEAD.test(own)) continue;
    found.push({ kind: 'INDICATOR', name: `城镇${own}`, start: at, end: at + 1, rule: 'measures.urban-rural' });
    found.push({ kind: 'INDICATOR', name: `农村${own}`, start: at + 1, end: at + 2, rule: 'measures.urban-rural' });
    sharedSpans.push({ start: at + 2, end: at + m[0].length });
  }
  // "围绕绿色家居、循环经济、现代农业三大主导产业精准发力，三大主导产业产值分别达到…": the group named again before
  // 分别 stands for the items listed with it earlier in the sentence.
  // redos-bounded: quadratic at most, on one sentence (at most MAX_SENTENCE characters, see index.ts).
  for (const m of text.matchAll(
    /(?<=^|[，,；;])([两二三四五六七八九十]大(?:主导|支柱|重点|优势|新兴|战略性新兴|传统|特色|先进|千亿级|百亿级|新)*(?:产业集群|产业链|产业|行业|集群|板块))([\u4e00-\u9fa5]{2,6}?)(?=(?:同比)?分别)/g,
  )) {
    const group = m[1] as string;
    const own = m[2] as string;
    const at = m.index ?? 0;
    const earlier = text.slice(0, at).lastIndexOf(group);
    const list = earlier > 0 ? listEndingAt(text.slice(0, earlier)) : null;
    if (!list || !MEASURE_HEAD.test(own)) continue;
    const listed = (list[1] as string).replace(/^(?:.*(?:围绕|聚焦|发展|培育|壮大|做强|打造|推动|依托))/, '');
    const items = listed.split(/[、和]/).filter(Boolean);
    if (items.length !== chineseNumber(group.slice(0, 1))) continue;
    const shared = `${/(?:产业集群|产业链|产业|行业|集群|板块)$/.exec(group)?.[0] ?? ''}${own}`;
    let position = earlier - listed.length;
    if (known.some((n) => n.start < earlier && n.end > position)) continue;
    for (const item of items) {
      found.push({
        kind: 'INDICATOR',
        name: `${item}${shared}`,
        start: position,
        end: position + item.length,
        rule: 'measures.group-again',
      });
      position += item.length + 1;
    }
    sharedSpans.push({ start: at, end: at + m[0].length });
  }
  return { items: found, shared: sharedSpans };
}

/** The heading of a breakdown: "按产业划分，", "分经济类型看，", "从主要行业看，". */
export const BREAKDOWN_HEADING = /(?:按|分|从)[\u4e00-\u9fa5]{1,6}(?:划分|分|看|来看)[，,：:]/;

/** The kinds of item a breakdown lists (by ownership, by industry, by goods): 企业, 业, 行业, 产业, 类. */
const BREAKDOWN_ITEM = /(?:企业|业|类)$/;

/**
 * The item of a breakdown before a growth figure at `at` ("；股份制企业增长", "，电力、热力、燃气及水生产和供应业增长"),
 * named with the measure of `previous` ("国有控股企业增加值"): the item and that name without its measure end in the
 * same kind word, or the item opens a breakdown ("按产业划分，"). The item may list words with 、 inside it, back to
 * the clause's start.
 */
function siblingMeasure(
  text: string,
  from: number,
  at: number,
  previous: string,
): { name: string; start: number; tail: number } | undefined {
  let start = from;
  while (start > 0 && text[start - 1] === '、') {
    let k = start - 1;
    while (k > 0 && isHan(text[k - 1] as string)) k -= 1;
    if (k === start - 1) return undefined;
    start = k;
  }
  if (start > 0 && !/[，,；;：:]/.test(text[start - 1] as string)) return undefined;
  const clause = text.slice(start, at);
  const tail = /(?:同比)?(?:则|也|仍|亦)?(?:同比)?$/.exec(clause)?.[0].length ?? 0;
  const lead = /^(?:其中|另外|此外)?/.exec(clause)?.[0].length ?? 0;
  const item = clause.slice(lead, clause.length - tail);
  if (!/^[\u4e00-\u9fa5、]{2,24}$/.test(item) || /、$|^、/.test(item)) return undefined;
  const measure = MEASURE_HEAD.exec(previous)?.[0];
  const previousItem = measure ? previous.slice(0, previous.length - measure.length) : '';
  const kind = BREAKDOWN_ITEM.exec(item)?.[0];
  // "固定资产投资增长9.7%。按产业划分,第一产业增长129.2%": the first item after a breakdown's heading takes the
  // measure of the whole before it.
  const heading = new RegExp(`${BREAKDOWN_HEADING.source}$`).test(text.slice(Math.max(0, start - 12), start));
  if (!measure || !kind || !(heading || previousItem.endsWith(kind)) || MEASURE_HEAD.test(item)) return undefined;
  if (/比重|占比|比例|率|指数|价格/.test(measure)) return undefined;
  return { name: `${item}${measure}`, start: start + lead, tail };
}

/** A name that says what a generic measure after it is of: "新签约项目73个，总投资625亿元". */
const CATEGORY = /(?:项目|企业)$/;

/**
 * Indicator tokens for figures whose clause names no known indicator (see measurePhrase), and for lists of items
 * sharing a measure (see listedMeasures). Returns the tokens and the known indicator tokens they replace.
 */
export function openMentions(
  text: string,
  names: NameMention[],
  list: Token[],
  carried?: string,
): { add: Token[]; drop: Set<Token> } {
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
  const make = (rule: RuleId, name: string, start: number, end: number) => {
    out.push({ type: 'I', start, end, indicator: { kind: 'INDICATOR', name, start, end, rule } });
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
        make('measures.share-of-previous', `${previous}${share[1]}`, from, from + (share[1] as string).length);
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
        make('measures.share-in-full', whole[1] as string, from + lead, from + lead + (whole[1] as string).length);
        continue;
      }
    }
    // "花木产业年产值突破100亿元": a known measure too generic to name the figure alone (产值) is named by the
    // phrase it ends.
    const inClause = indicators().filter((t) => t.start < at && t.end > from);
    const only = inClause.length === 1 ? inClause[0] : undefined;
    if (only?.indicator?.key && GENERIC_KNOWN.test(text.slice(only.start, only.end))) {
      const counted = f.type === 'V' && COUNTED_UNIT.test(f.value?.unit ?? '');
      // "规上工业产值由2019年的78亿元提高到2022年的225亿元": the phrase ends at the measure, before 由 (从).
      const longer =
        measurePhrase(text, from, at, names, counted) ??
        (/^(?:由|从)/.test(text.slice(only.end, at)) ? measurePhrase(text, from, only.end, names, counted) : undefined);
      // "产值超10亿元企业19家": a count of the kind the measure's threshold qualifies is named by the whole phrase.
      const threshold =
        longer &&
        longer.start <= only.start &&
        longer.end > only.end &&
        /超|以上/.test(text.slice(only.end, longer.end));
      if (longer && ((longer.end === only.end && longer.start < only.start) || threshold)) {
        drop.add(only);
        out.push({
          type: 'I',
          start: longer.start,
          end: longer.end,
          indicator: { ...longer, rule: 'measures.generic-longer' },
        });
        continue;
      }
    }
    // "在全省县域经济高质量发展综合评价中，我县位列全省第11位": an evaluation the sentence opens on is what is ranked.
    if (f.type === 'R' && !indicators().some((t) => t.start < at)) {
      const frame =
        // redos-bounded: quadratic at most, on one sentence (at most MAX_SENTENCE characters, see index.ts).
        /(?:^|[，,])在(?:全省|全国)?([\u4e00-\u9fa5]{4,20}?(?:评价|考核|评比|评估|测评|监测))中[，,][^，,；;。]*$/.exec(
          text.slice(0, at),
        );
      if (frame) {
        const start = (frame.index ?? 0) + frame[0].indexOf(frame[1] as string);
        make('measures.evaluation', frame[1] as string, start, start + (frame[1] as string).length);
        continue;
      }
    }
    if (inClause.length > 0) continue;
    if (listed.shared.some((sp) => sp.start < at && sp.end > from)) continue;
    const counted = f.type === 'V' && COUNTED_UNIT.test(f.value?.unit ?? '');
    const mention = measurePhrase(text, from, at, names, counted);
    if (mention) {
      out.push({
        type: 'I',
        start: mention.start,
        end: mention.end,
        indicator: { ...mention, rule: 'measures.phrase' },
      });
      continue;
    }
    // "国有控股企业增加值增长18.8%；股份制企业增长18.1%", "采矿业增加值增长14.5%，电力、热力…供应业增长17.1%":
    // an item of a breakdown named without its measure takes the measure of the item before it, when both end alike.
    // A sentence that goes on after ；from the one before goes on about that one's last measure.
    const opening = from === 0 || new RegExp(`^${BREAKDOWN_HEADING.source}$`).test(text.slice(0, from));
    const lastMeasure = previous ?? (opening ? carried : undefined);
    const sibling = f.type === 'G' && lastMeasure ? siblingMeasure(text, from, at, lastMeasure) : undefined;
    if (sibling) {
      make('measures.sibling', sibling.name, sibling.start, at - sibling.tail);
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
      if (/投资/.test(generic) !== counted) make('measures.category-total', `${stem}${generic}`, start, end);
      continue;
    }
    // "186个省重点项目完成投资402.7亿元": what a counted kind of project did, named in one phrase.
    const owned = /^([\u4e00-\u9fa5]{2,12}?(?:项目|企业))(完成投资|总投资)将?(?:为|达到|达|突破|超过)?$/.exec(rest);
    if (owned && !counted) {
      const start = from + cue.length;
      make(
        'measures.kind-did',
        `${owned[1]}${owned[2]}`,
        start,
        start + (owned[1] as string).length + (owned[2] as string).length,
      );
      continue;
    }
    // "组建了210个助企服务专班", "打造8条特色餐饮街区及…": a count written before what it counts.
    if (counted) {
      const after = /^([\u4e00-\u9fa5“”]{3,12})(?=$|[，,；;。、]|及)/.exec(text.slice(f.end));
      const noun = after?.[1];
      const taken = indicators().some((t) => t.start < f.end + (noun?.length ?? 0) && t.end > f.end);
      if (noun && !taken && COUNT_HEAD.test(noun) && !GENERIC_MEASURE.test(noun) && !/等|的/.test(noun))
        make('measures.count-before-noun', noun, f.end, f.end + noun.length);
    }
  }
  return { add: out, drop };
}
