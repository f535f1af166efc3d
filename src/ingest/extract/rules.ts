import type { Provenance, RuleId } from './types';

// The catalogue of extraction rules: every rule id a name or a fact can carry, in precedence order (the order the
// stages of registry.ts run them in, and within a stage the order they are tried), with its family and its
// confidence. A confidence is a prior set by hand per rule (how specific its pattern is), not a measured precision:
// 0.9 and up for known names and direct pairs, 0.6–0.7 for open vocabulary and guesses from context.

export interface RuleSpec {
  id: RuleId;
  description: string;
  confidence: number;
}

const spec = (id: RuleId, confidence: number, description: string): RuleSpec => ({ id, confidence, description });

export const RULES: readonly RuleSpec[] = [
  // known.ts: the names the sentence gives that are known, and places by suffix or in a list.
  spec('known.gazetteer', 0.95, 'a name the gazetteer or the graph knows'),
  spec('known.township', 0.8, 'a township (…镇/乡/街道) opening a clause before a figure'),
  spec('known.listed-place', 0.8, 'places (…区/县/市) listed before 分别'),
  // periods.ts
  spec('periods.sentence', 0.9, 'the period a sentence names (上半年, 1—5月, 4月份, 去年, 全年…)'),
  spec('periods.paragraph', 0.8, 'the period a paragraph opens on, for its later sentences'),
  spec('periods.review', 0.7, 'a review of a past year (过去一年, 回望…) carried over the paragraphs after it'),
  // names.ts, in the order the patterns claim spans (an earlier one blocks a later overlapping one).
  spec('names.project-list', 0.8, 'items listed before 等…项目'),
  spec('names.project-included', 0.75, 'items a clause about projects includes (主要包括A、B等)'),
  spec('names.company', 0.9, 'a name ending in a legal form (有限公司, 集团…)'),
  spec('names.company-trade', 0.65, 'a brand and a trade (某某锂电, 某某镁业) where a company stands'),
  spec(
    'names.company-opening',
    0.6,
    'a brand with 公司, or a province and a brand, opening a clause before a company verb',
  ),
  spec('names.company-list', 0.6, 'items of a list before 等…企业/龙头 (签约企业有A、B等多家龙头)'),
  spec('names.company-listmate', 0.55, 'an item of a list whose other items (two at least) are companies'),
  spec('names.company-partner', 0.6, 'who a company develops something with (由A与B联合研发), unless an institute'),
  spec('names.company-group', 0.6, '中国 and the brand other companies of the sentence open on (their group)'),
  spec('names.company-short', 0.75, 'the short name of a company named in full before'),
  spec('names.project-in-park', 0.8, 'a project named after the park it is in'),
  spec('names.project', 0.8, 'a name ending in 项目, 产业园, 基地, 工程…'),
  spec('names.builder-of', 0.6, 'who 正在建设的 / 投资建设的 names'),
  spec('names.builder-prefix', 0.6, 'the builder a project name starts with'),
  spec('names.policy-quoted', 0.7, 'a quoted name of a programme (“…”工程/行动…)'),
  spec('names.fund', 0.7, 'a fund (专项债券, 特别国债…)'),
  spec('names.policy-plan', 0.65, 'a plan or strategy carried out, unquoted (实施…行动, 出台…实施方案, 落实…办法)'),
  spec('names.action', 0.7, 'an action or pilot launched (实施…三年行动)'),
  spec('names.award', 0.7, 'a title or pilot granted (入选…重点城市, 创成…产业集群), each item of a list'),
  spec('names.policy-document', 0.8, 'the title of a policy document in 《》 (…方案, …办法, …意见)'),
  spec('names.policy-articles', 0.7, 'a package named by its count of articles (稳就业20条…政策)'),
  spec('names.chain', 0.65, 'a chain named by …产业链 at the head of a clause, before a measure and its figure'),
  spec('names.memory', 0.75, 'the last company, and the short names of companies, kept for later sentences'),
  // relations.ts
  spec('relations.status', 0.7, 'a project status word in the sentence (建成, 开工, 签约…)'),
  spec('relations.builder-prefix', 0.8, 'DEVELOPS: the company a project name starts with'),
  spec('relations.sole-builder', 0.6, 'DEVELOPS: the one company of a 建设/投资 sentence'),
  spec('relations.place-near', 0.7, 'LOCATED_IN: a place just before or in a project name'),
  spec('relations.policy-issuer', 0.7, 'ISSUED_BY: the place a policy name opens on, or 省委/市委 before it'),
  // lists.ts
  spec('lists.target-list', 0.8, 'the items of a list of targets after its first ；'),
  spec('lists.respectively-items', 0.85, 'bare items named by the word after 分别'),
  spec('lists.shared-suffix', 0.85, 'listed indicators sharing the last item’s suffix'),
  spec('lists.listed-indicator', 0.75, 'an unknown item opening a list of indicators with the same head word'),
  spec('lists.shared-prefix', 0.8, 'a later item sharing the head of the indicator before it'),
  spec('lists.measure-words', 0.8, 'measure words ranked together (项目数、资金数均居…)'),
  // indicators.ts
  spec('indicators.counted-noun', 0.75, 'a count before its noun, the qualifier elsewhere in the clause'),
  spec('indicators.count-noun', 0.8, 'the noun an indicator "<noun>数" counts, before a count'),
  spec('indicators.elliptic', 0.75, 'a known indicator named in two parts around other words'),
  // measures.ts (open vocabulary), in the order openMentions tries them.
  spec('measures.listed', 0.7, 'items listed before a shared measure (A、B三大产业增加值分别…)'),
  spec('measures.branches', 0.7, 'branches listed before 分别 and the measure after it (A、B和C分别实现增加值…)'),
  spec('measures.urban-rural', 0.8, '城乡居民… before 分别: 城镇 and 农村'),
  spec('measures.group-again', 0.7, 'a group named again (三大主导产业) for the items listed earlier'),
  spec('measures.share-of-previous', 0.75, 'a share or contribution of the measure named before (占…比重)'),
  spec('measures.share-in-full', 0.75, 'a share named in full over two measures'),
  spec('measures.generic-longer', 0.7, 'the phrase a generic known measure ends (花木产业年产值)'),
  spec('measures.evaluation', 0.7, 'the evaluation a rank is in (在…综合评价中)'),
  spec('measures.phrase', 0.65, 'the noun phrase ending in a measure word before a figure'),
  spec('measures.sibling', 0.65, 'an item of a breakdown taking the measure of the item before it (股份制企业增长…)'),
  spec('measures.category-total', 0.65, 'a generic measure after a counted category (项目73个，总投资…)'),
  spec('measures.kind-did', 0.65, 'what a counted kind of project did (…项目完成投资)'),
  spec('measures.count-before-noun', 0.6, 'a count written before what it counts'),
  // pairing.ts
  spec('pairing.indicator-figure', 0.9, 'an indicator and the figure after it in its clause'),
  spec('pairing.count-before-kind', 0.75, 'a count before a kind of project, the amount after it'),
  spec('pairing.places-respectively', 0.85, 'places listed before 分别, one figure each'),
  spec('pairing.respectively', 0.85, 'indicators listed before 分别, one figure each'),
  spec('pairing.change-from', 0.8, 'the starting value of 由A增至B, for the year compared with'),
  spec('pairing.chain-growth', 0.7, 'an industrial chain that grows: its value added'),
  spec('pairing.ranks-after-clauses', 0.8, 'ranks listed after figures given one clause each'),
  spec('pairing.ranks-respectively', 0.85, 'ranks listed for indicators listed before'),
  spec('pairing.rank', 0.9, 'a rank of the indicator before it'),
  spec(
    'pairing.rank-before-place',
    0.75,
    'a rank before 的 and a place, of the indicator after it (排名第三的某市，…)',
  ),
  spec('pairing.rank-follows', 0.7, 'the place after 紧随其后 takes the rank after the last one read'),
  spec('pairing.carried-indicator', 0.7, 'a place’s growth in a sentence with no indicator: the one named just before'),
  spec('pairing.rank-each', 0.8, 'one rank after 均 for every indicator given a figure before it'),
  spec('pairing.rank-listed', 0.8, 'one rank for indicators listed without figures before it'),
  spec('pairing.rank-listed-items', 0.75, 'one rank for the indicators listed before 等N项指标, known or not'),
  spec('pairing.described-place', 0.75, 'a place described by its figure of a year, 去年经济总量突破3000亿元的宜宾'),
  spec('pairing.rank-running-total', 0.75, 'a rank of the running total (总数居…)'),
  // pipeline.ts: a new place is written with LOCATED_IN edges up to a place the graph holds (national places).
  spec('places.ancestry', 0.95, 'LOCATED_IN: a new place in its parent, from the national code list'),
  // src/ingest/layout/: read before the sentence rules, their facts win over the rules' twins (layout/read.ts).
  spec('table.row', 0.85, 'a row of a pipe, tab or aligned table under its header'),
  spec('panel.figure', 0.75, 'an infographic panel: a figure alone on its line under a caption naming its measure'),
  spec('panel.province-growth', 0.7, 'a panel’s 比全省X%的增速: the province’s growth of the same measure'),
  spec('place-list.bracketed', 0.8, 'places with their figures in brackets, A(6.3%)、B(7.3%)…'),
  spec('place-list.inline', 0.8, 'a place followed by its figure in a list, A x亿元、B y亿元'),
  spec('place-list.order', 0.7, 'the order of a place list, where its head says it ranks'),
  spec('place-list.respectively', 0.8, 'places listed before 分别, one figure each'),
  spec('batch.head-count', 0.8, 'the count of a batch of projects, 共有N个项目集中开工'),
  spec('batch.count-verb', 0.8, 'N个项目 followed by what the batch did (开工, 签约…)'),
  spec('batch.verb-count', 0.8, 'what the batch did followed by N个项目'),
  spec('batch.stage-counts', 0.8, 'a kind of project with its count at each stage, 新签约N个、新开工M个'),
  spec('batch.category-count', 0.8, 'a category of a batch with its count'),
  spec('batch.amount', 0.8, 'a batch’s 总投资 / 年度计划投资 amount'),
  spec('batch.respective-ranks', 0.75, 'ranks of a batch’s figures, 分别居全省第二、第三'),
  spec('investment.before-name', 0.9, 'a project’s investment, 总投资X亿元的<project>'),
  spec('investment.after-name', 0.8, 'a project’s investment after its name, <project>…总投资X亿元'),
  spec('capacity.in-name', 0.8, 'a capacity inside a project’s name, 年产N万吨…项目'),
  spec('capacity.stated', 0.7, 'a project’s capacity stated after its name'),
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The rule spec of an id; throws on an id the catalogue does not hold, so a rule cannot go unregistered. */
export function ruleSpec(id: RuleId): RuleSpec {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`Unregistered extraction rule ${id}`);
  return found;
}

/**
 * The provenance of a fact made by `rule` from names found by `via` (the indicator's rule): its confidence is the
 * least of theirs.
 */
export function provenance(rule: RuleId, ...via: (RuleId | undefined)[]): Provenance {
  const confidence = Math.min(
    ruleSpec(rule).confidence,
    ...via.filter((v): v is RuleId => v !== undefined).map((v) => ruleSpec(v).confidence),
  );
  return { rule, confidence };
}
