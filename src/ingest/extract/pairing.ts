import { type GazetteerEntry, placeAncestry } from '../gazetteer';
import { figureKind, figurePeriod } from './cues';
import { COUNT_UNIT, figureTokens, type Token } from './figures';
import { countedMentions, countNounMentions, ellipticMentions } from './indicators';
import { measureMentions, respectivelyMentions, sharedPrefixMentions, sharedSuffixMentions } from './lists';
import { BREAKDOWN_HEADING, MEASURE_HEAD, openMentions } from './measures';
import { presentAt, TIME_LEAD } from './periods';
import { provenance } from './rules';
import {
  broad,
  type ExtractedObservation,
  HENAN,
  type Kind,
  type NameMention,
  type Quantity,
  type ReadingState,
  type RuleId,
  type SentenceContext,
} from './types';

/** Indicators whose level is an amount of money (地区生产总值, 增加值, 社会消费品零售总额, GDP). */
const MONEY_VALUE = /生产总值|增加值|零售总额|^gdp$/i;
/** Units of physical quantities: none of them measures an amount of money. */
const PHYSICAL_UNIT = /吨|千瓦|瓦时|台|辆|亩|平方米|立方米|公里|千米/;

// Pairing family: the tokens of a sentence (indicators found by every family, then its figures) and the rules that
// pair them into observations and rankings, with a subject, a period and a kind each.

/** The tokens of a sentence: its indicators (known, in lists, paraphrased, open vocabulary) and figures, in order. */
export function sentenceTokens(
  text: string,
  names: NameMention[],
  gazetteer: GazetteerEntry[],
  province = HENAN,
  carried?: string,
  cityAbove?: string,
): Token[] {
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
  figureTokens(text, list, gazetteer, province, cityAbove);
  const open = openMentions(text, names, list, carried);
  return [...list.filter((t) => !open.drop.has(t)), ...open.add].sort((a, b) => a.start - b.start);
}

/**
 * Reads the figures of a sentence: pairs its indicator tokens with its figures (in order, in lists, with 分别) into
 * observations and rankings, each with its subject, period and kind. `lastCompany` is the company named last before
 * this sentence (for 公司).
 */
export function readFigures(
  ctx: Pick<SentenceContext, 'text' | 'sentence' | 'names' | 'periods' | 'options' | 'result' | 'inTargetList'>,
  lastCompany: NameMention | null,
  state?: Pick<ReadingState, 'lastIndicator' | 'lastRank'>,
): void {
  const { text, sentence, names, periods, options, result, inTargetList } = ctx;
  // "…国有控股企业增加值同比增长18.8%；股份制企业增长18.1%": the measure of the part before ； carries over, and
  // so does that of the sentence before a breakdown ("固定资产投资增长9.7%。按产业划分，第一产业增长…").
  const before = result.observations.at(-1);
  const carriedMeasure =
    before &&
    before.sentence.end === sentence.start &&
    (/[；;]$/.test(before.sentence.text) || new RegExp(`^${BREAKDOWN_HEADING.source}`).test(text))
      ? before.indicator.name
      : undefined;
  const subjectKey = options.subject?.key;
  const cityAbove = subjectKey
    ? placeAncestry(subjectKey)
        .slice(1)
        .find((p) => p.level === 'CITY')?.key
    : undefined;
  const list = sentenceTokens(text, names, options.gazetteer, options.province, carriedMeasure, cityAbove);
  const rankedBefore = result.rankings.length;
  /** "排名第三的宜宾，地区生产总值725.16亿元": a rank said of a place before the indicator it is of. */
  let rankAhead: { rank: number; scope: string; subject: NameMention } | undefined;
  // "增速方面，凉山以8.1%的增速领跑各市州": a sentence with no indicator of its own speaks of the one named just before.
  const carried =
    state?.lastIndicator &&
    !list.some((x) => x.type === 'I') &&
    (sentence.paragraph ?? 0) - (state.lastIndicator.paragraph ?? 0) <= 1
      ? state.lastIndicator.indicator
      : undefined;
  /** The subject and end of the last figure read, for the items of a list after it. */
  let previous: { subject: NameMention | null; end: number } | undefined;
  const subjectBefore = (at: number): NameMention | null => {
    const candidates = names.filter(
      (n) => (n.kind === 'REGION' || n.kind === 'INDUSTRIAL_CHAIN') && n.end <= at && !broad(n.key, options),
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
    // "去年经济总量突破3000亿元的宜宾，一季度地区生产总值增长6.7%": a place that makes a clause of its own (after a
    // phrase with 的) is what the clauses after it are about.
    const clauseTopic = candidates
      .filter(
        (n) =>
          n.kind === 'REGION' &&
          n.start >= partStart &&
          /^[，,]/.test(text.slice(n.end)) &&
          (n.start === 0 || /[，,的是]/.test(text[n.start - 1] ?? '')) &&
          !/全市|我市|本市|全县|我县|本县|全区|我区/.test(text.slice(n.end, at)),
      )
      .at(-1);
    // "华源光电去年营业收入突破30亿元": a company right before the measure (a time word between) owns it.
    const owner = names.find(
      (n) => n.kind === 'COMPANY' && n.end <= at && new RegExp(`^(?:${TIME_LEAD})?$`).test(text.slice(n.end, at)),
    );
    // "…产业园项目一期已投入使用，入驻企业32家": what moved in moved into the project named before in the sentence.
    const host = /^(?:首批|目前|已)?入驻/.test(text.slice(at, at + 6))
      ? names.filter((n) => n.kind === 'PROJECT' && n.end <= at).at(-1)
      : undefined;
    // "…产业链“四上”企业共计565家,产业总规模达到1047亿元": a chain the sentence named by its own words goes on as
    // the subject of its later clauses, until another place or company is named.
    const lastChain = names
      .filter((n) => n.kind === 'INDUSTRIAL_CHAIN' && n.rule === 'names.chain' && n.end <= at)
      .at(-1);
    const chainTopic =
      lastChain &&
      lastChain.start >= partStart &&
      !names.some((n) => (n.kind === 'REGION' || n.kind === 'COMPANY') && n.start >= lastChain.end && n.end <= at)
        ? lastChain
        : undefined;
    return owner ?? host ?? near.at(-1) ?? carried ?? chainTopic ?? opener ?? clauseTopic ?? topic ?? options.subject;
  };
  /** Places listed ("A、B和C") before 分别 and the indicator at `at`, in the same clause. */
  const listedPlaces = (at: number, figure: number): NameMention[] => {
    const regions = names.filter((n) => n.kind === 'REGION' && n.end <= at && !broad(n.key, options));
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
  /** The indicators listed before "等N项指标" right before a rank at `at` (known tokens, or phrases ending in a measure). */
  const listedBeforeCount = (at: number, before: Token[]): NameMention[] | undefined => {
    const clauseStart = Math.max(...[...'，,；;。：:'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
    const clause = text.slice(clauseStart, at);
    const tail = /等[\d一二三四五六七八九十两]+(?:项|个)(?:主要)?(?:经济)?指标(?:的)?(?:增速|增幅)?(?:均|都)?$/.exec(
      clause,
    );
    if (!tail) return undefined;
    const place = names.filter((n) => n.kind === 'REGION' && n.start >= clauseStart && n.end <= at).at(-1);
    let from = place ? place.end : clauseStart;
    from += /^(?:其中)?/.exec(text.slice(from))?.[0].length ?? 0;
    const end = clauseStart + tail.index;
    const found: NameMention[] = [];
    let start = from;
    for (const item of text.slice(from, end).split('、')) {
      const token = before.find((x) => x.type === 'I' && x.start === start && x.end === start + item.length);
      if (token?.indicator) found.push(token.indicator);
      else if (/^[\u4e00-\u9fa5]{2,16}$/.test(item) && MEASURE_HEAD.test(item))
        found.push({
          kind: 'INDICATOR',
          name: item,
          start,
          end: start + item.length,
          rule: 'pairing.rank-listed-items',
        });
      else return undefined;
      start += item.length + 1;
    }
    return found.length > 1 ? found : undefined;
  };
  const periodAt = (at: number) =>
    presentAt(text, at) && !inTargetList ? options.period : figurePeriod(text, at, periods, inTargetList);
  const kindOf = (start: number, end: number): Kind => figureKind(text, start, end, inTargetList);

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
        ...provenance('pairing.indicator-figure', current.indicator.rule),
      });
    }
    current = undefined;
  };
  const rank = (
    rule: RuleId,
    indicator: NameMention,
    r: number,
    scope: string,
    basis: 'GROWTH' | 'LEVEL',
    subject = subjectBefore(indicator.start),
  ) =>
    result.rankings.push({
      indicator,
      subject,
      period: periods.actual,
      scope,
      rank: r,
      basis,
      sentence,
      ...provenance(rule, indicator.rule),
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
      if (rankAhead) {
        result.rankings.push({
          indicator: current.indicator,
          subject: rankAhead.subject,
          period: periods.actual,
          scope: rankAhead.scope,
          rank: rankAhead.rank,
          basis: /增速|增幅/.test(text.slice(t.end, t.end + 2)) ? 'GROWTH' : 'LEVEL',
          sentence,
          ...provenance('pairing.rank-before-place', current.indicator.rule),
        });
        rankAhead = undefined;
      }
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
              rule: entry ? 'known.gazetteer' : 'pairing.count-before-kind',
            },
            subject: subjectBefore(t.start),
            period: periodAt(loose.start),
            kind: kindOf(loose.start, loose.end),
            ...(loose.value ? { value: loose.value } : {}),
            sentence,
            ...provenance('pairing.count-before-kind', current.indicator.rule),
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
            ...provenance('pairing.places-respectively', indicator.rule),
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
          ...provenance('pairing.respectively', indicator.rule),
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
          ...provenance('pairing.change-from', current.indicator.rule),
        });
      continue;
    }
    if (t.type === 'V') {
      const shareOnly = t.value?.unit === '%' && !/比重|占|率|比例|强度/.test(current?.indicator.name ?? '');
      // "GDP恒达科技年产5万吨…": an output counted in tonnes, machines or land is never the level of a value in money.
      const misfit = MONEY_VALUE.test(current?.indicator.name ?? '') && PHYSICAL_UNIT.test(t.value?.unit ?? '');
      if (
        current &&
        !shareOnly &&
        !misfit &&
        !current.value &&
        current.growth === undefined &&
        sameClause(current.end, t.start)
      ) {
        current.value = t.value;
        current.numberAt ??= t.start;
        current.end = t.end;
      } else {
        loose = t;
        spare.push(t);
      }
      continue;
    }
    if (t.type === 'G' && !current && carried) {
      // The carried indicator's figure is a named place's only: 其后是绵阳，增长6.6%.
      const subject = subjectBefore(t.start);
      if (subject?.kind === 'REGION' && subject !== options.subject && names.includes(subject)) {
        current = {
          indicator: { ...carried, start: t.start, end: t.start, rule: 'pairing.carried-indicator' },
          growth: t.growth,
          start: t.start,
          end: t.end,
          numberAt: t.start,
        };
        continue;
      }
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
          indicator: {
            kind: 'INDICATOR',
            name: generic.canonical,
            key: generic.key,
            start: t.start,
            end: t.start,
            rule: 'pairing.chain-growth',
          },
          subject,
          period: periodAt(t.start),
          kind: kindOf(t.start, t.end),
          growthPct: t.growth as number,
          sentence,
          ...provenance('pairing.chain-growth'),
        });
      }
      continue;
    }
    if (t.type === 'R') {
      const ranks = t.ranks ?? [];
      // "某县地区生产总值、工业用电量、社会消费品零售总额等六项指标增速居该市第1位": the indicators listed before
      // 等N项指标 share the rank, known or not.
      const items = ranks.length === 1 && !t.respectively ? listedBeforeCount(t.start, list.slice(0, i)) : undefined;
      if (items) {
        const basis = /增速|增幅/.test(text.slice((items.at(-1) as NameMention).end, t.start)) ? 'GROWTH' : 'LEVEL';
        const subject = subjectBefore((items[0] as NameMention).start);
        for (const ind of items)
          rank(
            'pairing.rank-listed-items',
            ind,
            ranks[0] as number,
            t.scope ?? options.province ?? HENAN,
            basis,
            subject,
          );
        pending = [];
        current = undefined;
        continue;
      }
      // "规上工业增加值增长7.1%，固定资产投资增长6.3%，分别居全省第5、第6位": ranks listed after figures given one
      // clause each pair with the last indicators named, in order.
      const named = list
        .slice(0, i)
        .filter((x) => x.type === 'I' && x.indicator)
        .map((x) => x.indicator as NameMention)
        .filter((n, k, all) => all.findIndex((o) => o.name === n.name) === k);
      // "地区生产总值…增长6.1%，规模以上工业增加值增长9.5%，增速均居全省第一": one rank after 均 is every figured
      // indicator's since the last rank or ；.
      const boundary = Math.max(
        text.lastIndexOf('；', t.start),
        text.lastIndexOf(';', t.start),
        ...list.slice(0, i).map((x) => (x.type === 'R' ? x.end : -1)),
      );
      const figured = list
        .slice(0, i)
        .filter(
          (x, k, all) =>
            x.type === 'I' && x.indicator && x.start > boundary && /^[GV]$/.test(all[k + 1]?.type ?? '') && !x.measure,
        )
        .map((x) => x.indicator as NameMention)
        .filter((n, k, all) => all.findIndex((o) => o.name === n.name) === k);
      // "地区生产总值、一般公共预算收入稳居全省第三": indicators listed without figures share the rank after them.
      const bare = !t.respectively && pending.length > 1 && current && !current.value && current.growth === undefined;
      if (ranks.length === 1 && ((t.each && pending.length <= 1 && figured.length > 1) || bare)) {
        const shared = bare ? pending : figured;
        const basis = /增速|增长/.test(text.slice((shared[0] as NameMention).start, t.start)) ? 'GROWTH' : 'LEVEL';
        for (const ind of shared)
          rank(
            bare ? 'pairing.rank-listed' : 'pairing.rank-each',
            ind,
            ranks[0] as number,
            t.scope ?? options.province ?? HENAN,
            basis,
          );
      } else if (t.respectively && ranks.length > 1 && pending.length < ranks.length && named.length >= ranks.length) {
        const basis = /增速|增长/.test(text.slice((named.at(-ranks.length) as NameMention).start, t.start))
          ? 'GROWTH'
          : 'LEVEL';
        named.slice(-ranks.length).forEach((ind, k) => {
          rank('pairing.ranks-after-clauses', ind, ranks[k] as number, t.scope ?? options.province ?? HENAN, basis);
        });
      } else if (t.respectively && pending.length > 1) {
        const basis = /增速|增长/.test(text.slice((pending[0] as NameMention).start, t.start)) ? 'GROWTH' : 'LEVEL';
        if (ranks.length === 1)
          for (const ind of pending)
            rank('pairing.ranks-respectively', ind, ranks[0] as number, t.scope ?? options.province ?? HENAN, basis);
        else
          ranks.slice(0, pending.length).forEach((r, k) => {
            rank(
              'pairing.ranks-respectively',
              pending[k] as NameMention,
              r,
              t.scope ?? options.province ?? HENAN,
              basis,
            );
          });
      } else if (!current && pending.length === 0) {
        const place = names.find(
          (n) => n.kind === 'REGION' && n.start === t.end + 1 && text[t.end] === '的' && !broad(n.key, options),
        );
        if (place)
          rankAhead = { rank: ranks[0] as number, scope: t.scope ?? options.province ?? HENAN, subject: place };
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
        rank(
          totalMention ? 'pairing.rank-running-total' : 'pairing.rank',
          totalMention ?? indicator,
          ranks[0] as number,
          t.scope ?? options.province ?? HENAN,
          basis,
        );
      }
    }
  }
  flush();
  if (!state) return;
  // "紧随其后的是甘孜州，增速为6.9%": the place after the one ranked just before takes the next rank.
  const last = state.lastRank;
  const next = /^(?:紧随其后|紧跟其后)(?:的是|是)?/.exec(text);
  const follower = next ? names.find((n) => n.kind === 'REGION' && n.start === next[0].length) : undefined;
  if (last && follower && last.paragraph === sentence.paragraph && result.rankings.length === rankedBefore)
    result.rankings.push({
      indicator: last.indicator,
      subject: follower,
      period: periods.actual,
      scope: last.scope,
      rank: last.rank + 1,
      basis: last.basis,
      sentence,
      ...provenance('pairing.rank-follows'),
    });
  const lastIndicator = list.filter((x) => x.type === 'I' && x.indicator && !x.measure).at(-1)?.indicator;
  if (lastIndicator) state.lastIndicator = { indicator: lastIndicator, paragraph: sentence.paragraph };
  const ranked = result.rankings.at(-1);
  if (result.rankings.length > rankedBefore && ranked) state.lastRank = { ...ranked, paragraph: sentence.paragraph };
}

// redos-bounded: polynomial with a lazy span of at most 8 characters, on one sentence part (MAX_SENTENCE, index.ts).
/** "去年经济总量突破3000亿元的宜宾", "2021年GDP逼近2万亿元的成都": a place described by its figure of an earlier year. */
const DESCRIBED_PLACE =
  /(?<![较比])(去年|上一年|(20\d{2})年)(?:的)?([\u4e00-\u9fa5A-Z]{2,8}?)(突破|逼近|接近|超过|超|达到|达|近|约)?(\d+(?:\.\d+)?)(万亿元|亿元)的/g;
/** What a place's described figure may be of: its economy's size. */
const DESCRIBED_MEASURE = /(?:总量|总值|GDP|生产总值)$/;

/**
 * "去年经济总量突破3000亿元的宜宾，一季度…": the figure in a phrase that describes a place is that place's, of the year
 * the phrase names (the sentence's own figures keep the sentence's period, see periodsOf).
 */
export function readDescribedPlaces(ctx: SentenceContext): void {
  const { text, known, options, sentence, result } = ctx;
  for (const m of text.matchAll(DESCRIBED_PLACE)) {
    const end = (m.index ?? 0) + m[0].length;
    const place = known.find((k) => k.kind === 'REGION' && k.start === end);
    const name = m[3] as string;
    if (!place || !DESCRIBED_MEASURE.test(name)) continue;
    const start = (m.index ?? 0) + (m[1] as string).length + m[0].slice((m[1] as string).length).indexOf(name);
    const indicator =
      known.find((k) => k.kind === 'INDICATOR' && k.start === start && k.end === start + name.length) ??
      ({ kind: 'INDICATOR', name, start, end: start + name.length, rule: 'pairing.described-place' } as NameMention);
    const year = m[2] ?? String(Number(options.publishedYear ?? options.period.slice(0, 4)) - 1);
    result.observations.push({
      indicator,
      subject: place,
      period: year,
      kind: m[4] && !/^达/.test(m[4]) ? 'ESTIMATE' : 'ACTUAL',
      value: { value: Number(m[5]), unit: m[6] as string, text: `${m[5]}${m[6]}` },
      sentence,
      ...provenance('pairing.described-place', indicator.rule),
    });
  }
}
