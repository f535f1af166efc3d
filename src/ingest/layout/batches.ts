import type { Sentence } from '../segment';
import { COUNT, countValue, kindOf, lastPlace, NUMBER, placeAt, placesOf, withoutDebris } from './text';
import type { FigureKind, LayoutObservation, LayoutOptions, LayoutRanking, Mention } from './types';

// Batch totals of many projects with their owner: "共有13个项目集中开工，总投资102亿元", "此次全县集中开工、竣工项目共
// 65个，总投资141亿元", "按类别看，重大产业转型升级类6个，投资39亿元；…". One observation for the count and one for each
// amount after it (总投资, 计划总投资, 年度计划投资, 占比…), named after the batch as the text names it; the owner is the
// place that opens the batch or its venue (金江分会场 → 金江镇), else the report's subject. A single project's own
// 总投资 is not here (see investment.ts).

// redos-bounded: polynomial with a lazy span of at most 40 characters, on one sentence part (MAX_SENTENCE, read.ts).
/** "集中开工的重大项目一共12个", "开工项目35个", "产业项目44项": a kind of project, then how many. */
const HEAD_COUNT = new RegExp(
  String.raw`([^，,；;。：:]{2,40}?项目)(?:数)?(?:总数为?|共有|共计|一共|合计|共|达到|达|有)?${COUNT}(个|项)(?![\u4e00-\u9fa5]{0,3}项目)`,
  'g',
);
/** "…等12个项目集中开工", "共有十三个项目集中开工", "等82个项目开工建设": a count of projects, then what they did. */
const COUNT_VERB = new RegExp(
  `(?:等|共有|共计|一共|共)${COUNT}(个|项)((?:重大|重点|省重点|市重点|产业)?项目)([^，,；;。：:]{2,14})`,
  'g',
);
// redos-bounded: polynomial with a lazy span of at most 12 characters, on one sentence part (MAX_SENTENCE, read.ts).
/** "承接4个产业转移项目": what was done, how many, which kind of project. */
const VERB_COUNT = new RegExp(
  String.raw`(承接|引进|签约|新签约|新开工|开工|竣工|投产|落地|实施|谋划)${COUNT}(个|项)([\u4e00-\u9fa5“”]{2,12}?项目)(?=[，,；;。]|$)`,
  'g',
);
/** What projects did, in a list of counts after one kind of project. */
const STAGE = '新?(?:签约|开工|竣工|投产|开业|落地|入库)';
// redos-bounded: polynomial with a lazy span of at most 40 characters, on one sentence part (MAX_SENTENCE, read.ts).
/** "亿元以上项目新签约513个、新开工510个、…": a kind of project, then how many reached each stage. */
const HEAD_STAGES = new RegExp(
  `([^，,；;。：:、]{2,40}?项目)(${STAGE})${COUNT}(个|项)(?=、${STAGE}${COUNT}(?:个|项))`,
  'g',
);
/** The next stage of such a list. */
const NEXT_STAGE = new RegExp(`、(${STAGE})${COUNT}(个|项)`, 'y');
// redos-bounded: polynomial with a lazy span of at most 20 characters, on one sentence part (MAX_SENTENCE, read.ts).
/** In a category breakdown ("按类别看，…"): "重大产业转型升级类6个", "重大社会民生建设2个". */
const CATEGORY_COUNT = new RegExp(
  String.raw`(?:^|[，,；;：:])([\u4e00-\u9fa5“”]{2,20}?)${COUNT}(个|项)(?=[，,；;。]|$)`,
  'g',
);
const CATEGORY_CUE = /按(?:项目)?(?:类别|类型|行业|领域|产业)(?:看|分|划分|统计)|分类(?:看|别)/;
/** "这些项目预计总投资2.5亿元": a later sentence about the batch just counted. */
const BACK_REFERENCE = /^(?:[，,]?)(?:这些|这批|上述|以上|该批)项目/;
/** Amounts of the batch, after its count: "总投资58亿元", "计划总投资92.85亿元", "年度计划投资约62.74亿元", "占比超60%",
 * "发行221亿元" (of bond-funded projects). */
const AMOUNT = new RegExp(
  `(?:^|[，,、；;]|(?:这些|这批|上述|以上|该批)项目)(?:其中)?(?:项目)?(预计)?((?:计划|完成|年度计划|年内|累计|签约)?(?:总投资|投资)(?:额)?|亩均投资|占比|(?:签约)?总金额|发行)(?:为|达到|达)?(约|超过?|近|突破|逾)?${NUMBER}(亿元|万元|%)(左右|以上|多)?`,
  'g',
);

// redos-bounded: quadratic at most, on a batch name (batchName: a HEAD_COUNT capture, 42 characters at most).
// Words before the kind of project that say when, where or which report, not what: "据悉", "此次", "今年第一季度".
const LEAD =
  /^(?:力争|确保|计划|预计|将|实施|全年|据悉|据了解|据介绍|此外|另外|同时|其中|当天|目前|这批项目中|此次|本次|该批|全市|全县|全区|全省|我市|我县|我区|该市|该县|参加(?=庆祝)|[，,、\s])+/;
const TIME =
  /(?:20\d{2}年)?(?:今年|去年|全年|上半年|下半年|前三季度|第?[一二三四1-4]季度|\d{1,2}[-—~至]\d{1,2}月|\d{1,2}月份?|春季|秋季)|20\d{2}年/g;

/** The batch's name as the gold convention names it, and the place that opens it. */
export function batchName(
  raw: string,
  places: ReturnType<typeof placesOf>,
): { name: string; place?: Mention } | undefined {
  let head = raw;
  let place: Mention | undefined;
  // Everything up to the last place or time word is about when and where: "…梧州市2021年第二季度重大项目集中开竣工项目".
  const where = lastPlace(head.slice(0, -2), places);
  let cut = where && !/^[的之]/.test(head.slice(where.end)) ? where.end : 0;
  if (where && cut) place = where;
  for (const m of head.slice(0, -2).matchAll(TIME)) cut = Math.max(cut, (m.index ?? 0) + m[0].length);
  // "…65个总投资超140亿元此次全县集中开工、竣工项目" (a headline run into the body): what ends on a figure is another fact.
  // redos-bounded: head is HEAD_COUNT's kind of project, 42 characters at most (batchName's only caller).
  for (const m of head.slice(0, -2).matchAll(/\d+(?:\.\d+)?(?:亿元|万元|个|项|%)(?!以上|以下|及以上)/g))
    cut = Math.max(cut, (m.index ?? 0) + m[0].length);
  head = head.slice(cut);
  // "信义玻璃深加工、海南生产支持基地…": a list before the head is not part of it; "集中开工、竣工项目" is.
  const parts = head.split('、');
  const listItem = (p: string) => p.length > 6 && !/(?:开工|竣工|投产|签约|落地|开业)$/.test(p);
  if (parts.length > 1 && parts.slice(0, -1).some(listItem)) head = parts.at(-1) as string;
  head = head.replace(LEAD, '').replace(/的/g, '');
  if (head.length < 4 || /\d(?:个|项)/.test(head) || /^(?:项目|重大项目|重点项目)$/.test(head)) return undefined;
  return { name: head, ...(place ? { place } : {}) };
}

// redos-bounded: polynomial with a lazy span of at most 12 characters, on one sentence part (MAX_SENTENCE, read.ts).
/** "在老城科技新城设主会场": the main venue, named where the event is announced. */
const MAIN_VENUE = /在([\u4e00-\u9fa5]{2,12}?)设(?:立|置)?(?:了)?主会场/;
// redos-bounded: polynomial with a lazy span of at most 40 characters, on one sentence part (MAX_SENTENCE, read.ts).
/** "金江镇、老城镇、瑞溪镇则设立分会场": the places that hold a branch venue. */
const BRANCH_VENUES = /([\u4e00-\u9fa5、和]{2,40}?)(?:则|分别|各)?设(?:立|置)?(?:了)?分会场/;
/** "金江镇" → "金江": what a venue named after a town or zone may be called for short ("金江分会场"). */
const VENUE_SUFFIX = /(?:镇|乡|街道|新区|新城|园区|开发区)$/;
// redos-bounded: polynomial with a lazy span of at most 6 characters, on the text before a venue in one sentence part.
/** "老城镇分会场": a township opening its clause right before its venue, whether or not the report announced it. */
const TOWNSHIP_VENUE = /(?:^|[，,；;。：:\s])([\u4e00-\u9fa5]{1,6}?(?:镇|乡|街道))$/;

/**
 * The venues a report announces ("活动在A设主会场，B、C、D设立分会场"): the main one and the branch ones, each a
 * gazetteer place when it is one, else a place of its own named as the text names it (a town, a zone).
 */
function announcedVenues(
  sentences: Sentence[],
  places: ReturnType<typeof placesOf>,
): { main?: Mention; branches: Mention[] } {
  const asPlace = (name: string): Mention => {
    const known = placeAt(name, 0, places);
    return known && known.end === name.length
      ? { ...known, start: 0, end: 0 }
      : { kind: 'REGION', name, start: 0, end: 0 };
  };
  let main: Mention | undefined;
  const branches: Mention[] = [];
  for (const sentence of sentences) {
    const { text } = withoutDebris(sentence.text);
    const m = MAIN_VENUE.exec(text);
    if (m && !main) main = asPlace(m[1] as string);
    const b = BRANCH_VENUES.exec(text);
    if (b)
      for (const name of (b[1] as string).replace(/^(?:同时|并|另在|另|在|于)/, '').split(/[、和]/))
        if (name.length >= 2 && !branches.some((x) => x.name === name)) branches.push(asPlace(name));
  }
  return { ...(main ? { main } : {}), branches };
}

const core = (indicator: string) => indicator.replace(/集中|重大|本次|此次|的|第[一二三四五六七八九十\d]+批/g, '');

interface Batch {
  name: string;
  subject: Mention | null;
  paragraph: number | undefined;
  at: number;
}

export function readBatches(
  sentences: Sentence[],
  options: LayoutOptions,
): { observations: LayoutObservation[]; rankings: LayoutRanking[] } {
  const rankings: LayoutRanking[] = [];
  const places = placesOf(options.gazetteer);
  const out: LayoutObservation[] = [];
  let last: (Batch & { sentenceIndex: number }) | undefined;
  let venue: { paragraph: number | undefined; place: Mention } | undefined;
  /** The paragraph a category breakdown ("按类别看，…；…；…") runs in. */
  let categoryParagraph: number | undefined;
  const announced = announcedVenues(sentences, places);
  /** The announced venue named right before 主会场/分会场 ("金江分会场" → 金江镇), or the main one when none is. */
  const venueNamed = (before: string, main: boolean): Mention | undefined => {
    const short = (name: string) => (VENUE_SUFFIX.test(name) ? name.replace(VENUE_SUFFIX, '') : name);
    const branch = announced.branches.find(
      (v) => before.endsWith(v.name) || (short(v.name).length >= 2 && before.endsWith(short(v.name))),
    );
    if (branch) return branch;
    const township = TOWNSHIP_VENUE.exec(before)?.[1];
    if (township) return { kind: 'REGION', name: township, start: 0, end: 0 };
    if (main && !/[\u4e00-\u9fa5]$/.test(before.replace(/(?:此次|本次|这次|活动)$/, ''))) return announced.main;
    return undefined;
  };
  sentences.forEach((sentence, index) => {
    const { text, at } = withoutDebris(sentence.text);
    // "金江分会场设于…": a venue's batch belongs to the place the venue is named after, for the rest of the paragraph.
    if (sentence.paragraph !== venue?.paragraph) venue = undefined;
    for (const m of text.matchAll(/(?:主|分)会场/g)) {
      const before = text.slice(0, m.index);
      // "在A设主会场", "B、C设立分会场": the announcement, not a batch held there.
      if (/设(?:立|置)?(?:了)?$/.test(before)) continue;
      const place = places.find((p) => before.endsWith(p.form));
      const from = (m.index ?? 0) - (place?.form.length ?? 0);
      const found = place ? placeAt(text, from, places) : venueNamed(before, m[0] === '主会场');
      if (found) venue = { paragraph: sentence.paragraph, place: found };
    }
    const venuePlace = venue?.place;
    const owner = (place?: Mention) => place ?? venuePlace ?? options.subject;
    const mention = (name: string, start: number, end: number): Mention => ({
      kind: 'INDICATOR',
      name,
      start: at[start] ?? 0,
      end: (at[Math.max(start, end - 1)] ?? 0) + 1,
    });
    const _batches: Batch[] = [];
    const observe = (
      name: string,
      subject: Mention | null,
      value: number,
      unit: string,
      figure: string,
      kind: FigureKind,
      span: [number, number],
      rule: string,
    ) => {
      if (!Number.isFinite(value)) return;
      out.push({
        indicator: mention(name, span[0], span[1]),
        subject,
        period: options.period,
        kind,
        ...(unit === '%' ? { value: { value, unit, text: figure } } : { value: { value, unit, text: figure } }),
        sentence,
        rule,
        confidence: 0.8,
      });
    };
    const heads: { start: number; end: number; batch: Batch }[] = [];
    if (CATEGORY_CUE.test(text)) categoryParagraph = sentence.paragraph ?? -1;
    else if (categoryParagraph !== (sentence.paragraph ?? -1)) categoryParagraph = undefined;
    const category = categoryParagraph !== undefined;
    for (const m of text.matchAll(HEAD_COUNT)) {
      const found = batchName(m[1] as string, places);
      if (!found) continue;
      const batch = { name: found.name, subject: owner(found.place), paragraph: sentence.paragraph, at: m.index ?? 0 };
      heads.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, batch });
      const n = countValue(m[2] as string);
      observe(
        batch.name,
        batch.subject,
        n,
        m[3] as string,
        `${m[2]}${m[3]}`,
        'ACTUAL',
        [m.index ?? 0, (m.index ?? 0) + m[0].length],
        'batch.head-count',
      );
    }
    for (const m of text.matchAll(HEAD_STAGES)) {
      const found = batchName(m[1] as string, places);
      if (!found) continue;
      const subject = owner(found.place);
      const kind = found.name;
      let start = m.index ?? 0;
      let item: RegExpExecArray | RegExpMatchArray | null = m;
      let groups = [m[2], m[3], m[4]] as string[];
      while (item) {
        const end = (item.index ?? 0) + item[0].length;
        const name = `${kind}${groups[0]}`;
        heads.push({ start, end, batch: { name, subject, paragraph: sentence.paragraph, at: start } });
        observe(
          name,
          subject,
          countValue(groups[1] as string),
          groups[2] as string,
          `${groups[1]}${groups[2]}`,
          'ACTUAL',
          [start, end],
          'batch.stage-counts',
        );
        NEXT_STAGE.lastIndex = end;
        item = NEXT_STAGE.exec(text);
        if (item) {
          start = item.index ?? end;
          groups = [item[1], item[2], item[3]] as string[];
        }
      }
    }
    for (const m of text.matchAll(COUNT_VERB)) {
      const start = m.index ?? 0;
      if (heads.some((h) => start < h.end && start + m[0].length > h.start)) continue;
      const verb = (m[4] as string).replace(/^(?:已经|已|均|全部|相继|正式|陆续|顺利|同时)+/, '').replace(/了$/, '');
      if (!/开工|竣工|投产|签约|落地|建成|开建|开业|实施|集中/.test(verb)) continue;
      const name = `${verb}${(m[3] as string).replace(/^项目$/, '项目')}`;
      const batch = { name, subject: owner(), paragraph: sentence.paragraph, at: start };
      heads.push({ start, end: start + m[0].length, batch });
      observe(
        name,
        batch.subject,
        countValue(m[1] as string),
        m[2] as string,
        `${m[1]}${m[2]}`,
        'ACTUAL',
        [start, start + m[0].length],
        'batch.count-verb',
      );
    }
    for (const m of text.matchAll(VERB_COUNT)) {
      const start = m.index ?? 0;
      if (heads.some((h) => start < h.end && start + m[0].length > h.start)) continue;
      const name = `${m[1]}${m[4]}`;
      const batch = { name, subject: owner(), paragraph: sentence.paragraph, at: start };
      heads.push({ start, end: start + m[0].length, batch });
      observe(
        name,
        batch.subject,
        countValue(m[2] as string),
        m[3] as string,
        `${m[2]}${m[3]}`,
        'ACTUAL',
        [start, start + m[0].length],
        'batch.verb-count',
      );
    }
    if (category)
      for (const m of text.matchAll(CATEGORY_COUNT)) {
        const start = (m.index ?? 0) + m[0].indexOf(m[1] as string);
        if (heads.some((h) => start < h.end && start + m[0].length > h.start)) continue;
        const raw = (m[1] as string).replace(CATEGORY_CUE, '').replace(/^[，,：:]/, '');
        if (raw.length < 2 || /^(?:其中|共|合计|项目)$/.test(raw)) continue;
        const name = /项目$/.test(raw) ? raw : `${raw}项目`;
        const batch = { name, subject: owner(), paragraph: sentence.paragraph, at: start };
        heads.push({ start, end: (m.index ?? 0) + m[0].length, batch });
        observe(
          name,
          batch.subject,
          countValue(m[2] as string),
          m[3] as string,
          `${m[2]}${m[3]}`,
          'ACTUAL',
          [start, (m.index ?? 0) + m[0].length],
          'batch.category-count',
        );
      }
    heads.sort((a, b) => a.start - b.start);
    // A sentence that opens on 这些项目 continues the batch counted just before.
    const back =
      heads.length === 0 && BACK_REFERENCE.test(text) && last && index - last.sentenceIndex <= 2 ? last : undefined;
    const forecast = (upTo: number) => /预计/.test(text.slice(0, upTo));
    for (const m of text.matchAll(AMOUNT)) {
      const start = m.index ?? 0;
      const owners = heads.filter((h) => h.end <= start + 1);
      const head = owners.at(-1)?.batch ?? back;
      if (!head) continue;
      const label = m[2] as string;
      const before = `${m[1] ?? ''}${m[3] ?? ''}`;
      const kind: FigureKind =
        forecast(start) || m[1] ? 'ESTIMATE' : kindOf(before, (m[6] as string | undefined) ?? '');
      const unit = m[5] as string;
      // "获批专项债项目224个、发行221亿元": what was issued is the bonds (专项债发行), not the projects.
      const name =
        label === '发行'
          ? `${head.name.replace(/项目$/, '').replace(/^(?:获批|争取|申报|入选)/, '')}${label}`
          : `${head.name}${label}`;
      observe(
        name,
        head.subject,
        Number(m[4]),
        unit,
        `${m[4]}${unit}`,
        kind,
        [start, start + m[0].length],
        'batch.amount',
      );
    }
    // "参加全省集中开工项目376个、总投资2870亿元、年度计划投资526亿元，分别居全省第二、第三、第三": the batch's figures
    // in order, each with its rank.
    const ranked = RANKS.exec(text);
    const lastHead = heads.at(-1);
    if (ranked && lastHead && (ranked.index ?? 0) > lastHead.end) {
      const ranks = (ranked[2] as string).split(/[、和]/).map((r) => countValue(r.replace(/^第|[位名]$/g, '')));
      const listed = out.filter((o) => o.sentence === sentence && o.indicator.start >= (at[lastHead.start] ?? 0));
      if (ranks.length === listed.length && ranks.every(Number.isFinite))
        for (const [k, o] of listed.entries())
          rankings.push({
            indicator: o.indicator,
            subject: o.subject,
            period: o.period,
            scope: ranked[1] === '全国' ? 'region/china' : (options.provinceKey ?? 'region/henan'),
            rank: ranks[k] as number,
            basis: 'LEVEL',
            sentence,
            rule: 'batch.respective-ranks',
            confidence: 0.75,
          });
    }
    // "争取超长期特别国债“两重”建设项目54个、全省第一": a rank written right after the count, with no verb.
    for (const h of heads) {
      const verbless = VERBLESS_RANK.exec(text.slice(h.end));
      const counted = out.find((o) => o.sentence === sentence && o.indicator.start === (at[h.start] ?? 0));
      const r = verbless ? countValue(verbless[2] as string) : Number.NaN;
      if (verbless && counted && Number.isFinite(r) && r > 0)
        rankings.push({
          indicator: counted.indicator,
          subject: counted.subject,
          period: counted.period,
          scope: verbless[1] === '全国' ? 'region/china' : (options.provinceKey ?? 'region/henan'),
          rank: r,
          basis: 'LEVEL',
          sentence,
          rule: 'batch.verbless-rank',
          confidence: 0.75,
        });
    }
    const final = heads.at(-1)?.batch;
    if (final) last = { ...final, sentenceIndex: index };
  });
  return { observations: out, rankings };
}

const VERBLESS_RANK = /^[、，,](全省|全国)第([一二三四五六七八九十\d]{1,3})[位名]?(?=[。；;，,]|$)/;
const RANKS =
  /分别(?:居|位居|位列|排名|排)(全省|全国|全市)?((?:第?[一二三四五六七八九十\d]+[位名]?)(?:[、和]第?[一二三四五六七八九十\d]+[位名]?)+)/;

/**
 * One batch told twice (a headline and the body, "本次集中开工项目12个" after "集中开工的重大项目一共12个") is one fact:
 * the first telling stays; a rounded headline figure (超140亿元) goes when the body gives the exact one (141亿元).
 */
export function dedupeBatches(list: LayoutObservation[]): LayoutObservation[] {
  const same = (a: LayoutObservation, b: LayoutObservation) =>
    a.subject?.key === b.subject?.key &&
    a.period === b.period &&
    a.value?.unit === b.value?.unit &&
    core(a.indicator.name) === core(b.indicator.name);
  return list.filter((o, i) => {
    const earlier = list.slice(0, i).some((x) => same(x, o) && x.value?.value === o.value?.value);
    const exact = list.some(
      (x) =>
        x !== o &&
        o.kind === 'ESTIMATE' &&
        x.kind === 'ACTUAL' &&
        same(x, o) &&
        x.value !== undefined &&
        o.value !== undefined &&
        Math.abs(x.value.value - o.value.value) <= 0.1 * x.value.value,
    );
    return !earlier && !exact;
  });
}
