import type { EntityKind } from '../../domain/kinds';
import { companyHead } from '../../text/company-name';
import { asMatch, greedyRun, type ListPattern, matchLists } from './scan';
import type { NameMention, ReadingState, RuleId, SentenceContext } from './types';

// Names family: projects, companies and policies by pattern (suffixes, legal forms, quotes, lists before 等), the
// short names of companies named before (kept in the reading state), and the known names outside them.

const PROJECT_SUFFIX = '项目|产业园|基地|工程|工厂|系统|物流枢纽|跨河桥|大桥|生态城|产城融合项目|一级路|二级路';
/** "水利工程某某水库开工建设": a reservoir is a project; one followed by 工程 or 项目 goes on to them. */
const RESERVOIR = '水库(?!工程|项目)';
// A project's name and its phase; a 项目 after a phase or after a park's name (产业园, 基地) goes on it, by code
// (projectMatches): written as a lookbehind in the pattern, recheck could not tell it from an exponential one.
// redos-bounded: every start reads 30 characters and a suffix at most.
const PROJECT = new RegExp(
  `([\\u4e00-\\u9fa5A-Za-z0-9·（）()+]{2,30}?(?:${PROJECT_SUFFIX}|${RESERVOIR}|高速[\\u4e00-\\u9fa5]{2,8}段))(?:（[一二三四五]期）|\\([一二三四五]期\\)|[一二三四五]期)?`,
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
  /^第[\d一二三四五六七八九十]+个|(?:亿|万)元以上|[大中小]型水库|星期|\d+月\d+日|第[\d一二三四五六七八九十]+版|日报|晚报|时报|^(?:共|总共|一个个|每个|每一个|各个|这些|这个|那些|多个|一批批|头号|[一二三四五六七八九十两]+[个批号])/;
/** "A、B等一批标志性项目": the listed items are projects. */
// As /((?:[^，。、；,]{4,40}、)*[^，。、；,]{4,40})等(?:\d+个)?(?:总投资[^，。、]{0,12})?(?:一批)?(?:标志性|重点|新建|续建|重大|优质|省|市)*
// (?:项目|工程)/g, in linear time (see scan.ts).
const isListChar = (c: string) => !'，。、；,'.includes(c);
const AFTER_LIST =
  /等(?:\d+个)?(?:总投资[^，。、]{0,12})?(?:一批)?(?:标志性|重点|新建|续建|重大|优质|省|市)*(?:项目|工程)/y;
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
// A quoted name and the word after it that makes it a programme (等 ends a list, it is no part of a name: "“金”措施等政策").
const POLICY =
  /“([^”]{1,20})”((?:(?!等)[\u4e00-\u9fa5]){0,4}?(?:工程|行动|条|体系|专班|计划|战略|机制|模式|政策|攻坚|活动|改造|措施))?/g;
const FUND =
  /(?:新增)?(?:[\u4e00-\u9fa5]{0,6}?)(专项债券|特别国债|置换债券|创业担保贷款|政府消费券|奖励资金|补贴资金|激励资金|政策性资金)/g;
const ACTION =
  /(?:实施|开展|启动)([\u4e00-\u9fa5]{4,16}?(?:三年行动|提升行动|提质行动|专项行动|攻坚行动|应用试点|综合平台试点))/g;
/** Titles and pilots a place, a company or a cluster is granted ("入选…试点、…重点城市": each item of a list is one). */
const AWARD_SUFFIX = '应用试点|综合平台试点|重点城市|创新型产业集群|先进制造业集群|典型案例';
// redos-bounded: every start reads 16 characters at most before a suffix.
const AWARD = new RegExp(`(?:获批|入选|创成|获评)([\\u4e00-\\u9fa5]{1,16}?(?:${AWARD_SUFFIX}))`, 'g');
// redos-bounded: one item of 16 characters at most before a suffix.
const AWARD_MORE = new RegExp(`、([\\u4e00-\\u9fa5]{2,16}?(?:${AWARD_SUFFIX}))`, 'y');
/** "实施…行动", "出台…实施方案", "落实…办法": a plan or strategy named without quotes after the verb that carries it out;
 * "A、B行动" and "A和B行动" name two. */
// redos-bounded: every start reads 20 characters at most before a suffix.
const PLAN =
  /(?:实施|实行|落实|出台|印发|制定|深化|开展|启动)([\u4e00-\u9fa5、]{4,20}?(?:行动计划|实施方案|工作方案|方案|办法|意见|规划|计划|战略|行动|若干措施|实施细则))/g;
/** Words that make a span before a plan's suffix a description, not a name ("一系列专项行动", "三大行动" counts them). */
const NOT_A_PLAN =
  /^(?:了|好|的|一系列|系列|各类|各项|相关|有关|多项|这|该|其)|的|^[一二三四五六七八九十两多]+[大项个类]/;
/** "聚焦工业强市，", "建设制造强省。": a strategy named as the strong place it makes, ending its clause. */
// redos-bounded: every start reads 4 characters at most before 强.
const STRONG = /(?<=聚焦|坚持|推进|建设|打造)([\u4e00-\u9fa5]{2,4}?强[省市县区])(?=[，。、；,;]|$)/g;
/** "《某市…实施方案（讨论稿）》": the title of a policy document. */
const DOCUMENT = /《([^《》]{2,40})》/g;
const DOCUMENT_WORD = /(?:方案|办法|意见|规划|计划|纲要|条例|规定|措施|细则|通知|决定|政策|行动|战略)$/;
/** "落实稳就业20条、高校毕业生15条政策": a package of measures named by its count of articles. */
// redos-bounded: every start reads 8 characters at most before the count.
const ARTICLES =
  /(?<=落实|推动|出台|印发|、)([\u4e00-\u9fa5]{2,8}?)(?:\d+|[一二三四五六七八九十百]+)条(?=、|等|政策|措施|[，。；,;])/g;
/** “一城一都一基地”, “两高四着力”, “五统一、一开放”: a slogan built of numbered parts names a programme. */
const NUMBERED = /[一二三四五六七八九十两百千万][^一二三四五六七八九十两百千万\d]+[一二三四五六七八九十两百千万]/;
const TRADE_IN = /(?:消费品|汽车|家电|家居|设备|手机|数码产品)?以旧换新/g;
const POLICY_WORD = /(工程|行动|条|战略|计划|机制|体系|政策|专班|模式)$/;
const POLICY_VERB = /(实施|实行|推进|落实|开展|争取|深化|锚定|坚定|构建|完善|打好|用好|聚焦|坚持|启动|荣膺)$/;
// Words that make a phrase ending in 项目/工程 a description rather than a name.
// redos-bounded: quadratic at most, on a candidate name (cleanProjectName: 45 characters at most).
const NOT_A_NAME =
  /的|首个|首家|对|把|要|用于|新增|动态|储备|竣工投产|下达|新引进|力争|\d+家|就是|所有|着力|保持|全力|迅速|辐射|真正|如果|未来|高质量|一批|各|省市|重点|重大|新建|招商|引资|完成|抓|(?<![\u4e00-\u9fa5]{4})提升|提升(?![\u4e00-\u9fa5]{0,2}(?:项目|工程)$)|没有|确保|(?<![\u4e00-\u9fa5]{4})支持|发行|聚焦|发展|先进制造业|省外|境内|(?<![高平同均对])等|竞赛|记者|观察|节能减排|一城|试基地|做到|大干/;
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

/** "…A、B、C等多家行业龙头", "A、B等3家企业": the tail after which a list's items are companies. A count of 家 or a 龙头
 * it needs: "钢铁、水泥等企业" lists industries. */
// redos-bounded: every start reads a count and 8 characters at most before 企业/龙头/公司.
const COMPANY_LIST_TAIL =
  /^等(?:(?:多家|数家|一批|\d+家|[一二两三四五六七八九十]+家)[\u4e00-\u9fa5]{0,8}?(?:企业|龙头|公司)|[\u4e00-\u9fa5]{0,8}?龙头)/;
/** Words before a list's first item that are not part of it ("签约企业里有A、B…", "引进A、B…"), up to the first of them. */
// redos-bounded: on one clause before 等 (a sentence at most).
const LIST_LEAD = /^.*?(?:有|包括|如|引进|是)/;
/** A quoted part after a short name ("某某“三电”"): what of the company is meant, not its name. */
const QUOTED_TAIL = /(?:“[^”]*”|"[^"]*")$/;
/** Items of a list that name industries, fields or organisations rather than companies. */
const NOT_A_LIST_COMPANY = new RegExp(
  `产业|行业|领域|集群|板块|^(?:${TRADE})$|^(?:钢铁|水泥|玻璃|煤炭|电力|冶金|有色|石化|焦化|造纸|印染|机械|家电|服装|家居|汽配|商超|超市|酒店|农业|工业|外贸)$|(?:制造|加工|生产|服务|贸易|物流|电商|零售|批发|餐饮|住宿|旅游|文旅)$`,
);

/** A list's items with their offsets in `text`: the clause before `end`, split on 、 (the first item without its lead). */
function listItems(text: string, end: number): { name: string; start: number }[] {
  // 200 characters back at most: a clause without punctuation and with many 等 is read in linear time.
  let from = end;
  while (from > 0 && from > end - 200 && !'，。；：,;:\n'.includes(text[from - 1] as string)) from -= 1;
  const items: { name: string; start: number }[] = [];
  let at = from;
  for (const raw of text.slice(from, end).split('、')) {
    items.push({ name: raw, start: at });
    at += raw.length + 1;
  }
  return items;
}

/** Whether a short name listed among companies can be one: 2–6 characters, no place, trade or organisation word. */
function listedCompany(name: string, start: number, known: SentenceContext['known']): boolean {
  return (
    /^[\u4e00-\u9fa5]{2,6}$/.test(name) &&
    !NOT_A_BRAND.test(name.replace(new RegExp(`(?:${TRADE})$`), '')) &&
    !ORG_WORD.test(name) &&
    !NOT_A_LIST_COMPANY.test(name) &&
    !known.some((k) => k.kind === 'REGION' && k.start < start + name.length && k.end > start)
  );
}

/** "由某某新材与某某所联合研发": who develops something with a company, named right after its 与. */
// redos-bounded: every start reads 6 characters at most before the lookahead.
const CO_DEVELOPER = /与([\u4e00-\u9fa5]{2,6}?)(?=(?:联合|共同)(?:研发|开发|研制|攻关))/g;
/** A partner that is an institute, a university or a centre, not a company. */
const INSTITUTE = /(?:研究所|研究院|科学院|大学|学院|实验室|中心|医院)$/;

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
  const cleaned = afterSigning(visited)
    .replace(LEADING, '')
    .replace(/^[、，,“”]+/, '')
    .replace(/现场$/, '');
  // "积极推进某某生态城规划": what pushes on goes before the name; "稳步推进某某工程" pushes on a programme, which is
  // no project.
  const pushed = /^.*?推进(?!器)/.exec(cleaned)?.[0] ?? '';
  if (pushed && /工程$/.test(cleaned)) return undefined;
  const name = cleaned.slice(pushed.length);
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
  // Three characters at least: a two-character head ("金海1050毫米…", "森萍新能源…") is part of the project's name
  // more often than a company the text names.
  const m = /^([\u4e00-\u9fa5]{3,8}?)(年产|新能源|氢燃料|\d|[A-Z])/.exec(project);
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
    // "某某新材料、某某特种车等省市重点项目": an item of a list of projects is a project, not a company.
    const listed = found.some((f) => f.kind === 'PROJECT' && f.start === start && f.end === start + name.length);
    if (!NOT_A_BRAND.test(brand) && !placeHead && !claimed && !listed && !/产业|集群|行业/.test(clause))
      add('names.company-trade', 'COMPANY', name, start);
  }
  // "签约企业里有A、B、C等多家行业龙头": every item of a list before 等…企业/龙头 is a company, when all of them can be.
  for (let i = text.indexOf('等'); i >= 0; i = text.indexOf('等', i + 1)) {
    if (!COMPANY_LIST_TAIL.test(text.slice(i, i + 20))) continue;
    const items = listItems(text, i);
    const first = items[0];
    if (!first || items.length < 2) continue;
    const lead = LIST_LEAD.exec(first.name)?.[0] ?? '';
    first.name = first.name.slice(lead.length);
    first.start += lead.length;
    if (items.every((it) => listedCompany(it.name, it.start, known)))
      for (const it of items) add('names.company-list', 'COMPANY', it.name, it.start);
  }
  // "引进A锂电、B“三电”、C稀材、D能源等…项目": an item of a list whose other items are companies is one too (its quoted
  // part left out), when two of them at least were read as companies.
  for (const clause of text.matchAll(/[^，。；：,;:\n]+/g)) {
    if (!clause[0].includes('、')) continue;
    const items = listItems(text, (clause.index ?? 0) + clause[0].length);
    const isCompany = (it: { name: string; start: number }) =>
      found.some((f) => f.kind === 'COMPANY' && f.start >= it.start && f.end <= it.start + it.name.length);
    if (items.filter(isCompany).length < 2) continue;
    for (const it of items) {
      if (isCompany(it)) continue;
      const name = it.name.replace(QUOTED_TAIL, '');
      if (listedCompany(name, it.start, known)) add('names.company-listmate', 'COMPANY', name, it.start);
    }
  }
  // "由时代某某与某某所联合研发": a company's partner in developing something is a company, unless an institute.
  for (const m of text.matchAll(CO_DEVELOPER)) {
    const at = m.index ?? 0;
    const name = m[1] as string;
    const start = at + 1;
    if (
      found.some((f) => f.kind === 'COMPANY' && f.end === at) &&
      !INSTITUTE.test(name) &&
      !ORG_WORD.test(name) &&
      // A place inside the name is the company's ("某车株洲所"); a place or a known name that is all of it is not.
      !known.some(
        (k) =>
          k.start < start + name.length &&
          k.end > start &&
          (k.kind !== 'REGION' || (k.start <= start && k.end >= start + name.length)),
      )
    )
      add('names.company-partner', 'COMPANY', name, start);
  }
  // "帮助中国某某…；某某株洲所…": 中国 and the brand other companies of the sentence open on name their group.
  for (const m of text.matchAll(/中国([\u4e00-\u9fa5]{2})/g)) {
    const start = m.index ?? 0;
    const brand = m[1] as string;
    if (found.some((f) => f.kind === 'COMPANY' && f.name.startsWith(brand) && f.name.length > 2))
      add('names.company-group', 'COMPANY', m[0], start);
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
    // "某某基地等一批优质项目": a list's 等 ends the park's name.
    if (
      /(?:产业园|基地)$/.test(m.text) &&
      /^(?!等)[\u4e00-\u9fa5]{2,12}?项目/.test(text.slice(m.index + m.text.length))
    ) {
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
    // "某某水库": two characters and 水库 name a reservoir.
    const name = cleanProjectName(m.text, /水库$/.test(m.text) ? 4 : 5);
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
    let name = `“${inner}”${m[2] ?? ''}`;
    let start = m.index ?? 0;
    // "落实市委“十大建设”": whose programme it is may stand between the verb and the name.
    const verb = POLICY_VERB.test(
      text.slice(Math.max(0, start - 7), start).replace(/(?:党中央|[省市]委|[省市]政府)$/, ''),
    );
    // “免申即享”“直补快办”的方式, “项目为王”的理念: a quoted name of a way of working.
    const way = /^(?:“[^”]{1,20}”)?的?(?:方式|理念|导向|模式)/.test(text.slice(start + m[0].length));
    const numbered = NUMBERED.test(inner) && !/\d/.test(inner);
    // “学技—比武—就业”: steps joined by dashes describe a process, they name no programme.
    if (/[—―-]/.test(inner)) continue;
    // Only a name with a word after it may be all digits (“345”创新行动); a bare “30” is a figure.
    // A long quoted phrase after a verb describes what is done ("构建“企业订单+…+政府买单”培训链"); a title granted
    // (荣膺“…激励市”) may be long.
    const named = verb && (inner.length <= 12 || text.slice(0, start).endsWith('荣膺'));
    if (!(m[2] || POLICY_WORD.test(inner) || named || way || numbered) || (!m[2] && /^\d+$/.test(inner))) continue;
    // "十条“金”措施": the count of articles before the quote is part of the name.
    // redos-bounded: reads the four characters before the quote.
    const count = /[一二三四五六七八九十百\d]+条$/.exec(text.slice(Math.max(0, start - 4), start))?.[0];
    if (count && m[2]) {
      name = count + name;
      start -= count.length;
    }
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
  for (const m of text.matchAll(TRADE_IN)) add('names.fund', 'POLICY', m[0], m.index ?? 0);
  for (const m of text.matchAll(PLAN)) {
    let at = (m.index ?? 0) + m[0].length - (m[1] as string).length;
    for (const part of (m[1] as string).split('、')) {
      // "美好城市建设和美好生活提质行动": two plans when both sides of 和 open alike (parallel names); "生态保护和高质量
      // 发展战略" is one.
      const and = part.indexOf('和');
      const parallel = and >= 4 && part.length - and - 1 >= 4 && part.startsWith(part.slice(and + 1, and + 3));
      const items = parallel ? [part.slice(0, and), part.slice(and + 1)] : [part];
      let from = at;
      for (const item of items) {
        if (item.length >= 4 && !NOT_A_PLAN.test(item)) add('names.policy-plan', 'POLICY', item, from);
        from += item.length + 1;
      }
      at += part.length + 1;
    }
  }
  for (const m of text.matchAll(STRONG)) add('names.policy-plan', 'POLICY', m[1] as string, m.index ?? 0);
  for (const m of text.matchAll(ACTION))
    add('names.action', 'POLICY', m[1] as string, (m.index ?? 0) + m[0].length - (m[1] as string).length);
  for (const m of text.matchAll(AWARD)) {
    add('names.award', 'POLICY', m[1] as string, (m.index ?? 0) + m[0].length - (m[1] as string).length);
    // "入选…试点、国家再生水利用重点城市": the next items of the list are titles too.
    AWARD_MORE.lastIndex = (m.index ?? 0) + m[0].length;
    for (let more = AWARD_MORE.exec(text); more; more = AWARD_MORE.exec(text))
      add('names.award', 'POLICY', more[1] as string, more.index + 1);
  }
  for (const m of text.matchAll(DOCUMENT)) {
    // "（讨论稿）", "（试行）": the stage of a draft is not part of the policy's name.
    const title = (m[1] as string).replace(/[（(](?:讨论稿|征求意见稿|送审稿|草案|试行|暂行)[）)]$/, '');
    if (DOCUMENT_WORD.test(title)) add('names.policy-document', 'POLICY', title, (m.index ?? 0) + 1);
  }
  for (const m of text.matchAll(ARTICLES)) {
    const name = m[0];
    const clause = text.slice((m.index ?? 0) + name.length).split(/[，。；,;]/)[0] as string;
    // Only a list that ends on 政策 or 措施 counts articles of a policy ("新建道路5条、…" counts roads).
    if (/政策|措施/.test(clause) && !/第$/.test(m[1] as string))
      add('names.policy-articles', 'POLICY', name, m.index ?? 0);
  }
  // "铜基新材料产业链营业收入…": the chain's name as the clause writes it wins over a known chain's shorter form in it
  // (the linker still finds the known chain by the name it holds).
  for (const chain of chainNames(text)) add('names.chain', 'INDUSTRIAL_CHAIN', chain.name, chain.start);
  // Indicators win over a pattern that swallowed one ("新增47家省级绿色工厂" is a figure, not a project).
  const indicators = known.filter((k) => k.kind === 'INDICATOR');
  // A package of articles wins over an indicator inside it ("高校毕业生15条政策" counts articles, not graduates); a
  // quoted programme inside an indicator's name ("“三化”改造项目363个") is named beside it.
  const nested = (f: NameMention) =>
    f.rule === 'names.policy-quoted' &&
    indicators.some((k) => k.start <= f.start && f.end <= k.end && k.end - k.start > f.end - f.start);
  const kept = found.filter(
    (f) =>
      f.kind === 'COMPANY' || f.rule === 'names.policy-articles' || nested(f) || !overlaps(indicators, f.start, f.end),
  );
  const blocking = kept.filter((f) => !nested(f));
  const names: NameMention[] = [...kept, ...known.filter((k) => !overlaps(blocking, k.start, k.end))];
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

/** Words a chain's name does not run back across: times, places of the report, lead-ins. */
const CHAIN_LEAD =
  /^.*(?:20\d{2}年度?|上半年|下半年|[一二三四]季度|前三季度|全年|今年|去年|目前|截至目前|其中|全市|我市|本市|全县|我县|全区|共有|拥有)/;

/**
 * "2024年六大产业链产值达2061亿元", "某某与装备制造(含汽车)产业链“四上”企业共计565家": a chain the text names by
 * …产业链 at the head of a clause, before a measure and a figure of that clause, is what the figure is about.
 * Not a chain in passing: "13条产业链中", "完整产业链集群", "全产业链产线" (no figure follows in its clause).
 */
export function chainNames(text: string): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  for (let k = text.indexOf('产业链'); k >= 0; k = text.indexOf('产业链', k + 3)) {
    const end = k + 3;
    const rest = text.slice(end);
    const clauseEnd = rest.search(/[，,；;。]/);
    const clause = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
    if (
      !/^[“"\u4e00-\u9fa5]/.test(rest) ||
      /^(?:集群|群|招商|上|中|条|的|链|产线|图谱)/.test(rest) ||
      !/\d/.test(clause)
    )
      continue;
    let start = k;
    while (start > 0 && start > k - 24 && /[\u4e00-\u9fa5()（）\d]/.test(text[start - 1] as string)) start -= 1;
    if (start > 0 && !/[，,；;。：:\s]/.test(text[start - 1] as string) && start === k - 24) continue;
    const lead = CHAIN_LEAD.exec(text.slice(start, k))?.[0].length ?? 0;
    const name = text.slice(start + lead, end);
    if (name.length < 5 || /的|和|与其|等/.test(name.slice(0, -3)) || /^[()（）\d年]/.test(name)) continue;
    out.push({ name, start: start + lead });
  }
  return out;
}

/**
 * After a sentence: its last company is the one a later 公司 stands for, and the short forms of its companies'
 * names may name them later.
 */
export function rememberCompanies(
  names: NameMention[],
  gazetteer: SentenceContext['options']['gazetteer'],
  state: ReadingState,
  text?: string,
): void {
  const companies = names.filter((n) => n.kind === 'COMPANY');
  // "同在园区的某某金属科技有限公司,是某某集团的下游企业。该公司…": the company a sentence says what it is (…,是…)
  // is the one a later 该公司 stands for, not one named in what it is.
  const described = text
    ? companies.find((n) => /^[，,]?(?:是|系)/.test(text.slice(n.end)) && /公司|集团/.test(n.name))
    : undefined;
  state.lastCompany = described ?? companies.at(-1) ?? state.lastCompany;
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
