import type { EntityKind } from '../../domain/kinds';
import { companyHead } from '../../text/company-name';
import { asMatch, greedyRun, type ListPattern, matchLists } from './scan';
import type { NameMention, ReadingState, RuleId, SentenceContext } from './types';

// Names family: projects, companies and policies by pattern (suffixes, legal forms, quotes, lists before 等), the
// short names of companies named before (kept in the reading state), and the known names outside them.

const PROJECT_SUFFIX = '项目|产业园|基地|工程|工厂|系统|物流枢纽|跨河桥|大桥|生态城|产城融合项目|一级路|二级路';
// A project's name and its phase; a 项目 after a phase or after a park's name (产业园, 基地) goes on it, by code
// (projectMatches): written as a lookbehind in the pattern, recheck could not tell it from an exponential one.
// redos-bounded: every start reads 30 characters and a suffix at most.
const PROJECT = new RegExp(
  `([\\u4e00-\\u9fa5A-Za-z0-9·（）()+]{2,30}?(?:${PROJECT_SUFFIX}|高速[\\u4e00-\\u9fa5]{2,8}段))(?:（[一二三四五]期）|\\([一二三四五]期\\)|[一二三四五]期)?`,
  'g',
);

/** PROJECT's matches left to right, each taking a 项目 right after it when it ends with a phase (期, 期）) or a park. */
function projectMatches(text: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  PROJECT.lastIndex = 0;
  for (let m = PROJECT.exec(text); m; m = PROJECT.exec(text)) {
    let end = m.index + m[0].length;
    const phased = m[0].length > (m[1] as string).length;
    if ((phased || /(?:产业园|基地)$/.test(m[1] as string)) && text.startsWith('项目', end)) end += 2;
    out.push({ index: m.index, text: text.slice(m.index, end) });
    PROJECT.lastIndex = end;
  }
  return out;
}
/** A count right after a name: "新签约项目73个" counts projects of a kind. */
const COUNTED_AFTER = /^(?:达到|达|共|累计|为)?\d+(?:\.\d+)?(?:个|项|家)/;
/** Spans that are no project's name: a masthead or dateline ("…日报2024年4月18日星期四第1版"), a count or quantifier
 * ("共帮助…", "一个个项目", "每个项目"), a slogan ("一号工程"). */
// redos-bounded: quadratic at most, on a candidate name (cleanProjectName: 45 characters at most).
const NOT_A_PROJECT =
  /^第[\d一二三四五六七八九十]+个|(?:亿|万)元以上|星期|\d+月\d+日|第[\d一二三四五六七八九十]+版|日报|晚报|时报|^(?:共|总共|一个个|每个|每一个|各个|这些|这个|那些|多个|一批批|头号|[一二三四五六七八九十两]+[个批号])/;
/** "A、B等一批标志性项目": the listed items are projects. */
// As /((?:[^，。、；,]{4,40}、)*[^，。、；,]{4,40})等(?:\d+个)?(?:总投资[^，。、]{0,12})?(?:一批)?(?:标志性|重点|新建|重大|省市)*
// (?:项目|工程)/g, in linear time (see scan.ts).
const isListChar = (c: string) => !'，。、；,'.includes(c);
const AFTER_LIST = /等(?:\d+个)?(?:总投资[^，。、]{0,12})?(?:一批)?(?:标志性|重点|新建|重大|省市)*(?:项目|工程)/y;
export const PROJECT_LIST: ListPattern = {
  items: (text, p) => greedyRun(text, p, 4, 40, isListChar),
  separator: (text, p) => text[p] === '、',
  last: (text, p) => {
    for (const e of greedyRun(text, p, 4, 40, isListChar)) {
      AFTER_LIST.lastIndex = e;
      const after = AFTER_LIST.exec(text);
      if (after) return { itemEnd: e, end: e + after[0].length, groups: [] };
    }
    return undefined;
  },
  minRepeats: 0,
};

/** "产业项目44项，…，主要涉及A、B、C等；": the items a clause about projects includes, up to 等 and the clause's end. */
// redos-bounded: every start reads 200 characters at most before 等.
const INCLUDED = /(?:包括|涉及)([^，,；;。：:]{4,200}?)等(?=[；;。，,]|$)/g;
/** As list.split(/、(?![^（(]*[）)])/), in linear time: a 、 inside brackets ("电池（一期、二期）") splits nothing. */
export function splitOutsideBrackets(list: string): string[] {
  const items: string[] = [];
  let from = 0;
  // Whether a closing bracket comes before the next opening one, from each position to the end.
  const closes: boolean[] = new Array(list.length + 1).fill(false);
  for (let i = list.length - 1; i >= 0; i -= 1) {
    const c = list[i] as string;
    closes[i] = c === '）' || c === ')' ? true : c === '（' || c === '(' ? false : (closes[i + 1] as boolean);
  }
  for (let i = 0; i < list.length; i += 1) {
    if (list[i] === '、' && !closes[i + 1]) {
      items.push(list.slice(from, i));
      from = i + 1;
    }
  }
  items.push(list.slice(from));
  return items;
}
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
// Words that make a phrase ending in 项目/工程 a description rather than a name.
// redos-bounded: quadratic at most, on a candidate name (cleanProjectName: 45 characters at most).
const NOT_A_NAME =
  /的|首个|首家|对|把|要|用于|新增|动态|储备|竣工投产|下达|新引进|力争|\d+家|就是|所有|着力|保持|全力|迅速|辐射|真正|如果|未来|高质量|一批|各|省市|重点|重大|新建|招商|引资|完成|抓|(?<![\u4e00-\u9fa5]{4})提升|提升(?![\u4e00-\u9fa5]{0,2}(?:项目|工程)$)|没有|确保|(?<![\u4e00-\u9fa5]{4})支持|发行|聚焦|发展|先进制造业|省外|境内|(?<![高平同均对])等|竞赛|记者|观察|节能减排|一城|试基地/;
// "（一）坚持项目为王" (a numbered heading), "还有…项目", "作为…": a list marker or connective before a name.
const LEADING =
  /^(在|要|推进|推动|建设|加快|实施|以|和|与|及|的|了|将|为|是|其中|全市|我市|重点谋划了|谋划了|谋划|聚焦|还有|作为|该公司|该企业|——|“|”|[（(][一二三四五六七八九十]+[）)])+/;

/** "总投资15亿元的…", "某某集团投资建设的…", "位于某区的…": a description before a name, up to its 的. */
// redos-bounded: quadratic at most, on a candidate name (of a project or a company, 45 characters at most).
const DESCRIBED =
  /^(?:.*(?:\d(?:亿|万)?元(?:以上)?|建设|投资|实施|承建|承担|牵头|打造|引进|落地|新建|在建|开工|位于[\u4e00-\u9fa5]{2,12})|(?:亿|万)?元(?:以上)?)的/;

/** "（一期）": a bracketed part of a name. */
// redos-bounded: quadratic at most, on a candidate name (45 characters at most).
const BRACKETED = /[（(][^）)]*[）)]/g;
/** "3个": a count in a name. */
const COUNTED = /(?<!\d)\d+个/;
/** A trade a company's short name ends in ("某某锂电", "某某镁业", "某某新材"): with a brand before it and standing where a
 * company stands (below), it names a company that the text gives without a legal form. */
const TRADE =
  '新能源|能源|锂电|电池|新材料|新材|稀材|镁业|铝业|钢业|矿业|纸业|药业|制药|化工|建材|电子|电气|电机|光电|硅能|重工|陶瓷|纺织|食品';
/** Where a company stands as the subject or a listed item: after a clause's start, a year, 由/与/和/帮助/引进, and before
 * 等/与/和/、/的 or a verb of what companies do. */
// redos-bounded: every start reads a 2–4 character brand and a trade word (9 characters at most) before the lookahead.
const BRAND_TRADE = new RegExp(
  `(?<=^|[，。；、：,;:]|\\d{4}年|由|与|和|帮助|引进)([\\u4e00-\\u9fa5]{2,4}?(?:${TRADE}))(?=等|与|和|、|的|完成|推出|入围|联合|跻身|建成|投产|已)`,
  'g',
);
/** "某某电机公司推出…", "山西某某完成…": a company named by its brand and 公司, or by its province and brand, opening a
 * clause before a verb of what companies do. */
// redos-bounded: every start reads 8 characters at most before the lookahead.
const BRAND_OPENING =
  /(?<=^|[，。；,;])([\u4e00-\u9fa5]{4,8}?公司|[\u4e00-\u9fa5]{4})(?=完成|推出|入围|跻身|建成投产|联合研发)/g;
/** Words a brand is not: what a trade is about in general ("电力新能源"), a pronoun, a place's own bodies. */
// redos-bounded: a list of words, on a brand of 8 characters at most.
const NOT_A_BRAND =
  /(?:电力|清洁|绿色|新型|传统|先进|高端|可再生|化石|储能|风电|光伏|氢|汽车|全[省市县区]|^[我本该其这那此每各]|一[家个批]|多家|龙头|骨干|重点|规上|中小|民营|国有|上市|当地|本地|国内|省内|市内|县内|园区|企业|公司|下游|上游|配套|打造|培育|发展|形成|构建|做强|壮大|布局|推动|推进|加快|支持|聚焦|新能源|新兴|出$)/;
const ORG_WORD =
  /政府|市委|县委|区委|党委|人大|政协|部门|公司$|集团$|^[该本其这那此每各]|全[省市县区]|我[省市县区]|企业|记者/;
/** "区内", "还有", "位于…的": words before a company's name that are not part of it. */
// redos-bounded: quadratic at most, on a candidate company name (27 characters at most).
const COMPANY_LEAD =
  /^(在|由|与|和|及|是|还有|以及|包括|推动|支持|位于[\u4e00-\u9fa5]{2,12}的|(?:园区|区|县|市|镇|乡|园)内|[\u4e00-\u9fa5]{0,8}?(?:会场|现场)(?:设在|设于|选在))+/;

/** What follows the first (成功)签约 with five characters after it, as .replace(/^.+?(?:成功)?签约(?=.{5})/, '') but
 * by code: recheck reads that lookahead as quadratic. Like `.`, nothing reads across a line break. */
function afterSigning(text: string): string {
  const line = /[\n\r\u2028\u2029]/.exec(text)?.index ?? text.length;
  for (let i = 1; i < line; i += 1)
    for (const sign of ['成功签约', '签约'])
      if (text.startsWith(sign, i) && i + sign.length + 5 <= line) return text.slice(i + sign.length);
  return text;
}

export function cleanProjectName(raw: string, minLength = 5): string | undefined {
  const visited = raw
    // "某某集团投资建设的智能家居产业园一期项目", "总投资15亿元的…项目": what describes the project goes before
    // 的, its name after; "观摩团先后来到…项目": so does where someone went.
    .replace(DESCRIBED, '')
    .replace(/^.*(?:来到|走进|前往|深入|察看|参观|调研了?|观摩了?)/, '')
    // "分会场设在…项目现场", "书记宣布…项目开工", "集中开工暨…项目开工仪式": where a venue is, what someone announced
    // and the event joined by 暨 go before the project.
    .replace(/^.*(?:会场|现场)(?:设在|设于|选在|位于)|^.*宣布|^.*暨|^.*分别(?:是|为)/, '');
  // "与某某集团有限公司成功签约年产6万吨…项目": who signed goes before 签约, the project after it.
  const name = afterSigning(visited)
    .replace(LEADING, '')
    .replace(/^[、，,“”]+/, '')
    .replace(/现场$/, '');
  if (
    name.length < minLength ||
    // "某某能源发展股份有限公司…基地项目": the words of a company's own name describe nothing.
    NOT_A_NAME.test(name.replace(BRACKETED, '').replace(/^.*(?:有限公司|集团)/, '')) ||
    NOT_A_PROJECT.test(name) ||
    // "掀起项目建设热潮", "服务项目": a verb before 项目 makes it an activity, not a name; so does a stage
    // ("已签约项目", "新落地项目", "在建项目") or a preposition ("市里为项目开辟…").
    /(?:掀起|推动|推进|加快|抓好?|服务|开展|观摩|调研|督导|保障|审批|招引|包联|分包|坚持|紧盯|盯紧|发力|签约|落地|在建|续建|举行|举办|[为给向])(?:项目|工程)$/.test(
      name,
    ) ||
    COUNTED.test(name) ||
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

/**
 * The names of a sentence: new projects, companies and quoted policies by pattern, then the known names (`known`)
 * outside them, by position. Records each name once per sentence in the result.
 */
export function readNames(
  ctx: Pick<SentenceContext, 'text' | 'sentence' | 'known' | 'result'>,
  state: ReadingState,
): NameMention[] {
  const { text, sentence, known, result } = ctx;
  // Names: new projects, companies and quoted policies by pattern, then the known names outside them.
  const found: NameMention[] = [];
  const overlaps = (list: NameMention[], s0: number, e0: number) => list.some((n) => s0 < n.end && e0 > n.start);
  const add = (rule: RuleId, kind: EntityKind, name: string, start: number) => {
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
    if (blocking.length === 0) found.push({ kind, name, start, end, rule });
  };
  for (const list of matchLists(text, PROJECT_LIST)) {
    const m = asMatch(text, list.index, list.end, [text.slice(list.index, list.itemEnd)]);
    let at = m.index ?? 0;
    // Split on 、 outside brackets: "电池（一期、二期）" is one item.
    for (const item of splitOutsideBrackets(m[1] as string)) {
      const name = cleanProjectName(item, 4);
      if (name)
        add('names.project-list', 'PROJECT', name, at + item.length - name.length - (item.endsWith('现场') ? 2 : 0));
      at += item.length + 1;
    }
  }
  for (const m of text.matchAll(INCLUDED)) {
    const items = splitOutsideBrackets(m[1] as string);
    // Only where projects are spoken of, and a list of names (one item at least ends in 项目, 工程…).
    if (items.length < 2 || !/项目/.test(text.slice(0, m.index ?? 0))) continue;
    if (!items.some((i) => new RegExp(`(?:${PROJECT_SUFFIX})$`).test(i))) continue;
    let at = (m.index ?? 0) + m[0].indexOf(m[1] as string);
    for (const item of items) {
      const name = cleanProjectName(item, 4);
      if (name) add('names.project-included', 'PROJECT', name, at + item.length - name.length);
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
      .replace(COMPANY_LEAD, '');
    // "同在园区的湖北某某科技有限公司": what describes the company goes before its last 的 ("鸿钧集团": a brand and 集团
    // name one too).
    const after = name.slice(name.lastIndexOf('的') + 1).replace(COMPANY_LEAD, '');
    // "…工人份有限公司": a legal form cut in two (a caption repeated by the page) names nothing.
    if (/(?<!股)份有限公司$/.test(after)) continue;
    if (
      after.length >= 6 ||
      (/^[\u4e00-\u9fa5]{2,3}集团$/.test(after) && !NOT_A_BRAND.test(after) && !ORG_WORD.test(after.slice(0, -2)))
    )
      add('names.company', 'COMPANY', after, (m.index ?? 0) + m[0].length - after.length);
  }
  for (const m of text.matchAll(BRAND_TRADE)) {
    // "由某某新材与…": at a sentence's start the word before the brand is matched with it.
    const lead = /^(?:由|与|和|帮助|引进)/.exec(m[1] as string)?.[0] ?? '';
    const name = (m[1] as string).slice(lead.length);
    const start = (m.index ?? 0) + lead.length;
    // "株洲新材料": a place and a trade name the place's industry, not a company.
    const placeHead = known.some((k) => k.kind === 'REGION' && k.start === start);
    const brand = name.slice(0, name.length - (new RegExp(`(?:${TRADE})$`).exec(name)?.[0].length ?? 0));
    const claimed = known.some((k) => k.start <= start && k.end > start);
    // "尼龙新材料、新型储能、先进装备三大产业集群": items of a list of industries are trades, not companies.
    const clause = text.slice(start).split(/[，。；,;]/)[0] as string;
    if (!NOT_A_BRAND.test(brand) && !placeHead && !claimed && !/产业|集群|行业/.test(clause))
      add('names.company-trade', 'COMPANY', name, start);
  }
  for (const m of text.matchAll(BRAND_OPENING)) {
    const name = m[1] as string;
    const start = m.index ?? 0;
    const brand = name.replace(/公司$/, '');
    // "山西某某": four characters without 公司 are a company only when a province or city opens them.
    const placeHead = known.find((k) => k.kind === 'REGION' && k.start === start);
    const ok = name.endsWith('公司') ? brand.length >= 4 : placeHead !== undefined && placeHead.end === start + 2;
    if (
      ok &&
      !ORG_WORD.test(brand) &&
      !NOT_A_BRAND.test(brand) &&
      !known.some((k) => k.kind !== 'REGION' && k.start < start + name.length && k.end > start)
    )
      add('names.company-opening', 'COMPANY', name, start);
  }
  // "…鹤壁华源光电科技股份有限公司…。华源光电去年营业收入…": a company named in full before may be called by its
  // short name later (linking makes it the same company).
  for (const short of state.shortNames)
    for (let i = text.indexOf(short); i >= 0; i = text.indexOf(short, i + 1))
      if (!overlaps(found, i, i + short.length)) add('names.company-short', 'COMPANY', short, i);
  /** A park whose name a project inside it goes on from ("某某产业园标准化厂房项目"). */
  let park: { start: number; end: number } | undefined;
  for (const m of projectMatches(text)) {
    const parkStart = park?.end === m.index ? park.start : undefined;
    park = undefined;
    if (/(?:产业园|基地)$/.test(m.text) && /^[\u4e00-\u9fa5]{2,12}?项目/.test(text.slice(m.index + m.text.length))) {
      park = { start: parkStart ?? m.index, end: m.index + m.text.length };
      continue;
    }
    if (parkStart !== undefined) {
      const whole = text.slice(parkStart, m.index + m.text.length);
      const name = cleanProjectName(whole);
      if (name) add('names.project-in-park', 'PROJECT', name, parkStart + whole.length - name.length);
      continue;
    }
    // "生物基材料产业园内，…": a park something stands in is a place there, not a project.
    // "仪式在某某产业园区举办": so is a park named with 区.
    if (/^(?:内|里|中(?!心)|区(?!项目))/.test(text.slice(m.index + m.text.length))) continue;
    // "跻身工信部5G工厂名录": a title on a list is no project.
    if (/^(?:名录|名单|行列|称号)/.test(text.slice(m.index + m.text.length))) continue;
    // "记者来到某某产业园，…": a park someone went to is a place there (a project visited ends in 项目).
    if (/(?:来到|走进|前往)/.test(m.text) && /(?:产业园|基地)$/.test(m.text)) continue;
    // "在某某产业园，…": a park named as where the clause takes place is a place, not a project.
    if (
      /(?:^|[，,：:])在$|^在/.test(text.slice(Math.max(0, m.index - 2), m.index + 1)) &&
      /(?:产业园|基地|园区)$/.test(m.text) &&
      /^[，,]/.test(text.slice(m.index + m.text.length))
    )
      continue;
    // "感受到焦作项目建设的热度": a place right before 项目 speaks of that place's projects, not of one.
    const matchEnd = m.index + m.text.length;
    if (/项目$/.test(m.text) && known.some((k) => k.kind === 'REGION' && k.end === matchEnd - 2)) continue;
    const name = cleanProjectName(m.text);
    if (name) add('names.project', 'PROJECT', name, m.index + m.text.length - name.length);
  }
  for (const m of text.matchAll(/([\u4e00-\u9fa5]{2,8}?)(?:正在|投资)建设的/g)) {
    const name = (m[1] as string).replace(/^(作为|其中|由)/, '');
    if (
      !known.some((k) => k.kind === 'REGION' && k.name.startsWith(name.slice(0, 2))) &&
      !/我市|全市|本市|市委|政府/.test(name)
    ) {
      add('names.builder-of', 'COMPANY', name, (m.index ?? 0) + m[0].indexOf(name));
    }
  }
  for (const p of [...found].filter((n) => n.kind === 'PROJECT')) {
    const prefix = builderPrefix(p.name);
    // "某某新能源集团有限公司年产…项目": a project that opens on a company's full name has its builder already.
    const named = found.some((f) => f.kind === 'COMPANY' && f.start === p.start);
    if (prefix && !named && !known.some((k) => k.kind === 'REGION' && prefix.startsWith(k.name.slice(0, 2)))) {
      found.push({
        kind: 'COMPANY',
        name: prefix,
        start: p.start,
        end: p.start + prefix.length,
        rule: 'names.builder-prefix',
      });
    }
  }
  for (const m of text.matchAll(POLICY)) {
    const inner = m[1] as string;
    const name = `“${inner}”${m[2] ?? ''}`;
    const start = m.index ?? 0;
    const verb = POLICY_VERB.test(text.slice(Math.max(0, start - 4), start));
    if ((m[2] || POLICY_WORD.test(inner) || verb) && !/^\d+$/.test(inner))
      add('names.policy-quoted', 'POLICY', name, start);
  }
  for (const m of text.matchAll(FUND)) {
    // Verbs, particles and amounts before a fund are not its name ("让补贴资金…", "500万元激励资金", "所获…").
    const name = (m[0] as string).replace(
      /^(争取|用足用好|已发行|发行|拨付|安排发放|下达|市本级|用于项目建设的|让|使|把|将|所获|获得|获|各类|相关|[万亿]?元)+/,
      '',
    );
    // A bare 补贴资金 or 激励资金 names no fund; 专项债券 or 特别国债 does.
    if (name === m[1] && /资金$/.test(name)) continue;
    if (name.length >= 4) add('names.fund', 'POLICY', name, (m.index ?? 0) + m[0].length - name.length);
  }
  for (const m of text.matchAll(ACTION))
    add('names.action', 'POLICY', m[1] as string, (m.index ?? 0) + m[0].length - (m[1] as string).length);
  // Indicators win over a pattern that swallowed one ("新增47家省级绿色工厂" is a figure, not a project).
  const indicators = known.filter((k) => k.kind === 'INDICATOR');
  const kept = found.filter((f) => f.kind === 'COMPANY' || !overlaps(indicators, f.start, f.end));
  const names: NameMention[] = [...kept, ...known.filter((k) => !overlaps(kept, k.start, k.end))];
  names.sort((a, b) => a.start - b.start);
  for (const n of names) {
    const id = `${n.kind}:${n.key ?? n.name}:${sentence.start}`;
    if (!state.seenNames.has(id)) {
      state.seenNames.add(id);
      result.names.push({ ...n, sentence });
    }
  }
  return names;
}

/**
 * After a sentence: its last company is the one a later 公司 stands for, and the short forms of its companies'
 * names may name them later.
 */
export function rememberCompanies(
  names: NameMention[],
  gazetteer: SentenceContext['options']['gazetteer'],
  state: ReadingState,
): void {
  const companies = names.filter((n) => n.kind === 'COMPANY');
  state.lastCompany = companies.at(-1) ?? state.lastCompany;
  // Without place and legal form ("恒达食品" for 周口恒达食品集团有限公司), and without its trade too ("华源光电").
  for (const c of companies) {
    if (!/公司|集团/.test(c.name)) continue;
    for (const form of [companyHead(c.name), c.name.replace(LEGAL_FORM, '')]) {
      let short = form.replace(/^河南省?/, '');
      const place = gazetteer.find(
        (g) =>
          g.kind === 'REGION' &&
          (short.startsWith(g.form) || (g.canonical.length >= 3 && short.startsWith(g.canonical.slice(0, -1)))),
      );
      if (place) short = short.slice(short.startsWith(place.form) ? place.form.length : place.canonical.length - 1);
      if (short.length >= 3 && short !== form && companyHead(short).length >= 2) state.shortNames.add(short);
    }
  }
}
