import { endMonth, halfPeriod, parsePeriod, periodThrough, quarterPeriod, yearPeriod } from '../../domain/period';
import type { PageHead } from './head';
import { chineseCount } from './numerals';

// The period a report covers, read from its title and opening the way a reader does: datelines, compared years
// (比2019年同期), years of events (2024年第二次集体学习) and horizons (到2025年) are not the period; the title
// speaks first, then the opening sentences, then the publication date; a part of the year (上半年, 一季度, 前三季度)
// counts only from the title, from the head of an opening clause, or when it dominates the body, so one stray
// 上半年 does not make a year-end report a half-year one.

export interface Inference<T> {
  value: T;
  /** 0–1: how far the evidence goes (1 = given by the caller). */
  confidence: number;
  /** Where the value came from, quoting the words read. */
  reason: string;
  /** What the user should check; null when the caller gave the value. */
  warning: string | null;
}

/** A part of a year, as a function of the year it belongs to. */
type Part = (year: number) => string;
const YEAR_PART: Part = (y) => yearPeriod(y);

interface PartMention {
  part: Part;
  /** Same group = same span ("上半年" and "1—6月"); the body vote counts groups. */
  group: string;
  index: number;
  text: string;
}

interface YearMention {
  year: number;
  index: number;
  text: string;
  kind: 'YEAR' | 'REVIEW' | 'TARGET';
}

const CN = '[一二两三四五六七八九十]';

/** Replaces a span by blanks of the same length, so later patterns skip it and indices stay put. */
const blank = (s: string, re: RegExp) => s.replace(re, (m) => '\u3000'.repeat(m.length));

/** Spans that name a year that is not the period: dates, comparisons, starts, horizons, events, editions. */
function maskNonPeriods(s: string): { text: string; events: number[]; dates: { year: number; month: number }[] } {
  const events: number[] = [];
  const dates: { year: number; month: number }[] = [];
  let t = s.replace(
    /(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(20\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g,
    (m, y1, m1, _d1, y2, m2) => {
      dates.push({ year: Number(y1 ?? y2), month: Number(m1 ?? m2) });
      return '\u3000'.repeat(m.length);
    },
  );
  // "2024年第二次集体学习", "2023年经济工作会议": the year of an event, which tells when the page was written.
  t = t.replace(
    /(20\d{2})年(?:第[\d一二三四五六七八九十]+次|[^，。,；;\s]{0,8}?(?:工作会议|大会|会议|论坛|博览会))/g,
    (m, y) => {
      events.push(Number(y));
      return '\u3000'.repeat(m.length);
    },
  );
  // "比2019年同期", "较2021年", "由2019年底的67家", "2020年以来", "分别于2015年", "到2025年", "(2025年更新)".
  t = blank(t, /(?:比|较|与|同|由|从|自|相比|对比|于|到|至(?!今))\s*20\d{2}\s*年(?:同期|底|末|初|的)?/g);
  t = blank(t, /20\d{2}\s*年(?:以来|来|至今|起|更新|版|前)/g);
  // "比一季度加快", "较上半年回落", "比去年同期": a part or a year compared with.
  t = blank(
    t,
    new RegExp(
      `(?:比|较|与|同|高于|低于|快于|慢于)\\s*(?:今年|去年|上年)?(?:同期|全年|上半年|下半年|前三季度|第?${CN}季度|首季|1[-—–~～至]\\d{1,2}月)`,
      'g',
    ),
  );
  t = blank(t, /[比较与](?:去年|上年|上一年)/g);
  // "两年平均增长6.0%", "年均增长": a rate over two years names no period.
  t = blank(t, /两年平均|年均/g);
  return { text: t, events, dates };
}

const PART_PATTERNS: { re: RegExp; part: (m: RegExpExecArray) => Part; group: (m: RegExpExecArray) => string }[] = [
  { re: /前三(?:个)?季度/g, part: () => (y) => periodThrough(y, 9), group: () => 'M9' },
  {
    re: new RegExp(`第?(${CN}|[1-4])季度末`, 'g'),
    part: (m) => (y) => periodThrough(y, 3 * chineseCount(m[1] as string)),
    group: (m) => `M${3 * chineseCount(m[1] as string)}`,
  },
  {
    re: new RegExp(`第?(${CN}|[1-4])季度`, 'g'),
    part: (m) => (y) => quarterPeriod(y, chineseCount(m[1] as string)),
    group: (m) => `Q${chineseCount(m[1] as string)}`,
  },
  { re: /首季/g, part: () => (y) => quarterPeriod(y, 1), group: () => 'Q1' },
  { re: /上半年/g, part: () => (y) => halfPeriod(y, 1), group: () => 'M6' },
  { re: /下半年/g, part: () => (y) => halfPeriod(y, 2), group: () => 'H2' },
  {
    re: /(?<!\d)1\s*[-—–~～至到]\s*(\d{1,2})\s*月(?:份)?/g,
    part: (m) => (y) => periodThrough(y, Number(m[1])),
    group: (m) => (Number(m[1]) === 12 ? 'Y' : `M${Number(m[1])}`),
  },
  {
    re: new RegExp(`前(${CN}{1,2})个?月`, 'g'),
    part: (m) => (y) => periodThrough(y, chineseCount(m[1] as string)),
    group: (m) => `M${chineseCount(m[1] as string)}`,
  },
  {
    re: /(?<![\d-—–~～至到])(\d{1,2})月(?:末|底)/g,
    part: (m) => (y) => periodThrough(y, Number(m[1])),
    group: (m) => (Number(m[1]) === 12 ? 'Y' : `M${Number(m[1])}`),
  },
  {
    re: /(?<![\d-—–~～至到])(\d{1,2})月份/g,
    part: (m) => (y) => periodThrough(y, Number(m[1])).replace(/-(Q1|H1)$/, `-${m[1]?.padStart(2, '0')}`),
    group: (m) => `S${Number(m[1])}`,
  },
  { re: /全年|年末|年底|1\s*[-—–~～至]\s*12\s*月/g, part: () => YEAR_PART, group: () => 'Y' },
];

function partMentions(text: string): PartMention[] {
  const found: PartMention[] = [];
  const taken = new Set<number>();
  for (const { re, part, group } of PART_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      if (taken.has(at)) continue;
      for (let k = at; k < at + m[0].length; k += 1) taken.add(k);
      found.push({ part: part(m), group: group(m), index: at, text: m[0] });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function yearMentions(text: string, published?: number): YearMention[] {
  const found: YearMention[] = [];
  // "回望2022年", "一、2024年工作回顾", "过去一年": a review of the year.
  for (const m of text.matchAll(/(?:回望|回顾|总结|盘点|纵观)了?\s*(20\d{2})\s*年|(20\d{2})\s*年(?:工作)?回顾/g))
    found.push({ year: Number(m[1] ?? m[2]), index: m.index ?? 0, text: m[0], kind: 'REVIEW' });
  if (published)
    for (const m of text.matchAll(/(?:刚刚)?过去(?:的)?一年/g))
      found.push({ year: published - 1, index: m.index ?? 0, text: m[0], kind: 'REVIEW' });
  // "2025年主要预期目标", "2025年目标任务", "今年经济社会发展的主要预期目标": the year a plan sets targets for.
  for (const m of text.matchAll(
    /(20\d{2}|今年|明年)\s*年?(?:的)?(?:经济社会发展)?(?:的)?(?:主要)?(?:预期|努力|奋斗)?目标(?:任务)?|(20\d{2})\s*年(?:经济社会发展)?(?:总体要求|重点任务|工作安排)/g,
  )) {
    const word = m[1] ?? m[2] ?? '';
    const year = /^20/.test(word) ? Number(word) : published ? published + (word === '明年' ? 1 : 0) : undefined;
    if (year) found.push({ year, index: m.index ?? 0, text: m[0], kind: 'TARGET' });
  }
  for (const m of text.matchAll(/(20\d{2})\s*年度?/g))
    found.push({ year: Number(m[1]), index: m.index ?? 0, text: m[0], kind: 'YEAR' });
  if (published)
    for (const m of text.matchAll(/今年|本年度|去年|上一年|上年(?!同期)/g))
      found.push({
        year: /今年|本年度/.test(m[0]) ? published : published - 1,
        index: m.index ?? 0,
        text: m[0],
        kind: 'YEAR',
      });
  return found.sort((a, b) => a.index - b.index);
}

/** Whether the mention stands at the head of its clause ("上半年，…", "据初步核算，全市上半年…", "今年一季度，…"). */
function clauseInitial(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const clauseStart = Math.max(...[...'。，,；;：:\n!！?？'].map((c) => before.lastIndexOf(c))) + 1;
  const lead = before
    .slice(clauseStart)
    .replace(/20\d{2}\s*年|今年|去年|\s|\u3000/g, '')
    .replace(/^(?:据初步核算|初步核算|经初步核算)/, '');
  return lead.length <= 4;
}

export interface PeriodEvidence {
  title: string;
  head: PageHead;
  /** The publication date the caller gave ("2025-07-30"). */
  publishedAt?: string | null;
  /** The year to fall back on when nothing in the text or meta names one (today's). */
  today?: number;
}

export interface PeriodInference extends Inference<string> {
  /** The publication date as given or as the page head prints it. */
  published?: { year: number; month?: number; source: string };
}

/** Infers the period of a report from its title, head and opening (see the comment at the top of this file). */
export function inferPeriod(ev: PeriodEvidence): PeriodInference {
  const title = maskNonPeriods([ev.title, ...ev.head.titles].join('　'));
  const opening = maskNonPeriods(ev.head.opening.join('\n'));
  const body = maskNonPeriods(ev.head.body);

  // When the page came out: the caller's date, else a dateline of the head, else a dated event of the opening.
  let published: PeriodInference['published'];
  const given = ev.publishedAt ? /^(\d{4})-(\d{2})/.exec(ev.publishedAt) : null;
  if (given) published = { year: Number(given[1]), month: Number(given[2]), source: `published ${ev.publishedAt}` };
  else if (ev.head.dates[0])
    published = {
      year: ev.head.dates[0].year,
      month: ev.head.dates[0].month,
      source: `dateline ${ev.head.dates[0].text}`,
    };
  else if (title.dates[0] ?? opening.dates[0]) {
    const d = (title.dates[0] ?? opening.dates[0]) as { year: number; month: number };
    published = { year: d.year, month: d.month, source: `date ${d.year}年${d.month}月` };
  } else {
    const event = title.events[0] ?? opening.events[0];
    if (event) {
      // "2月22日，在…2024年第二次集体学习…上": the event's year, and the month the opening dates it to.
      const month = /(?<!\d)(\d{1,2})月\d{1,2}日/.exec(ev.head.opening.join(''))?.[1];
      published = { year: event, ...(month ? { month: Number(month) } : {}), source: `an event of ${event}` };
    }
  }
  const pub = published?.year;

  // The year: a review or a plan the title or opening announces, else the first year they name, else the date.
  type Found = { year: number; confidence: number; reason: string };
  let year: Found | undefined;
  const titleYears = yearMentions(title.text, pub);
  const openingYears = yearMentions(opening.text, pub);
  const marked = (ms: YearMention[]) => ms.find((m) => m.kind === 'REVIEW') ?? ms.find((m) => m.kind === 'TARGET');
  const mark = marked(titleYears) ?? marked(openingYears);
  if (mark)
    year = {
      year: mark.year,
      confidence: 0.9,
      reason: `${mark.kind === 'REVIEW' ? 'a review of' : 'targets for'} ${mark.year} ("${mark.text.trim()}")`,
    };
  else if (titleYears[0])
    year = { year: titleYears[0].year, confidence: 0.9, reason: `the title names "${titleYears[0].text}"` };
  else if (openingYears[0])
    year = { year: openingYears[0].year, confidence: 0.8, reason: `the opening names "${openingYears[0].text}"` };

  // The part of the year: the title's, an opening clause's, or one the body names far more than any other.
  let part: { part: Part; confidence: number; reason: string } | undefined;
  const titleParts = partMentions(title.text);
  const openingParts = partMentions(opening.text).filter((p) => clauseInitial(opening.text, p.index));
  if (titleParts[0])
    part = { part: titleParts[0].part, confidence: 0.95, reason: `the title says "${titleParts[0].text}"` };
  else if (openingParts[0])
    part = { part: openingParts[0].part, confidence: 0.85, reason: `the opening begins "${openingParts[0].text}"` };
  else if (!mark) {
    const votes = new Map<string, PartMention[]>();
    for (const p of partMentions(body.text)) votes.set(p.group, [...(votes.get(p.group) ?? []), p]);
    const ranked = [...votes.values()].sort((a, b) => b.length - a.length);
    const [top, next] = [ranked[0] ?? [], ranked[1] ?? []];
    if (top.length >= 2 && top.length >= 2 * next.length && top[0]?.group !== 'Y')
      part = {
        part: (top[0] as PartMention).part,
        confidence: 0.5,
        reason: `the body names "${top[0]?.text}" ${top.length} times and no other time span as often`,
      };
  }

  if (!year && pub) {
    // No year named: the publication year, or the year before for a report out before its period could end.
    const probe = parsePeriod((part?.part ?? YEAR_PART)(pub));
    const month = published?.month;
    const before = month !== undefined && probe && (part ? endMonth(probe) > month : month <= 3);
    year = {
      year: before ? pub - 1 : pub,
      confidence: 0.6,
      reason: before
        ? `no year named; ${published?.source} comes before that period of ${pub} is over, so ${pub - 1}`
        : `no year named; the year of ${published?.source}`,
    };
  }
  if (!year) {
    const counts = new Map<number, number>();
    for (const m of yearMentions(body.text)) if (m.kind === 'YEAR') counts.set(m.year, (counts.get(m.year) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (best) year = { year: best[0], confidence: 0.4, reason: `the body names ${best[0]}年 most often (${best[1]}×)` };
  }
  if (!year) {
    const today = ev.today ?? new Date().getFullYear();
    year = {
      year: today,
      confidence: 0.1,
      reason: `neither the text nor the meta names a year: today's year ${today}`,
    };
  }

  const value = (part?.part ?? YEAR_PART)(year.year);
  const confidence = Math.min(year.confidence, part?.confidence ?? 0.8);
  const reason = part ? `${year.reason}; ${part.reason}` : `${year.reason}; no part of the year in title or opening`;
  return {
    value,
    confidence,
    reason,
    warning:
      confidence < 0.5
        ? `The period ${value} is a guess (${reason}). Pass the period to be sure.`
        : `The period ${value} was inferred: ${reason}. Pass the period if it is wrong.`,
    ...(published ? { published } : {}),
  };
}
