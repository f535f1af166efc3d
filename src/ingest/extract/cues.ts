import { wholeYearAt } from './periods';
import type { Kind, Periods } from './types';

// Cues family: the words that make a figure a target (力争, 确保, 目标是…), an estimate (约, 左右, 预计) or a forecast,
// and so decide its kind and which of the sentence's periods it takes.

/** Words that round a figure, right before its number ("约", "近", "突破") or right after it ("左右", "以上"). */
const ESTIMATE_BEFORE = /(?:约|近|将近|超过?|突破|逾)(?:达到|达|为)?$/;
const ESTIMATE_AFTER = /^(?:左右|以上|多|上下)/;
// 目标 is left out: "完成年度目标的66.6%" reports progress, it sets nothing. A 计划 that ends its clause
// ("…就业支持计划，挖潜…") names a plan, it does not plan the figures after it.
// "主要预期目标是：…" sets the figures after it; "占年度计划的27.4%" is progress against a plan, a noun.
const TARGET_CUES = /力争|确保|(?<!年度|投资)计划(?![，,；;。的])|将(?!近)|目标(?:建议)?(?:是|为)/g;

/** A figure is a target when a cue (力争, 确保…) governs it: before it, with no "上半年" or "…方面" heading between. */
export function targetCueAt(text: string, position: number): boolean {
  let cue = -1;
  for (const m of text.matchAll(TARGET_CUES)) if ((m.index ?? 0) < position) cue = m.index ?? 0;
  if (cue < 0) return false;
  // "预计上半年…将超过390亿元": 将 after 预计 in its clause forecasts, it sets no target.
  if (text[cue] === '将' && lastClause(text.slice(0, cue)).includes('预计')) return false;
  const between = text.slice(cue, position);
  // "…就业支持计划，挖潜…6万个": a plan named in passing, far from the figure, sets no target.
  if (/^(计划|将)/.test(between) && between.length > 12) return false;
  // "力争上半年…，全年完成投资…": a half-year word before 全年 does not undo the cue for the year.
  const full = between.lastIndexOf('全年');
  return !/上半年|1[~～\-—–]6月|方面|已/.test(full >= 0 ? between.slice(full) : between);
}

/** What follows the last clause mark (，,；;。) of a text: as /预计[^，,；;。]*$/ tests for 预计 in it, in linear time. */
export function lastClause(text: string): string {
  let i = text.length;
  while (i > 0 && !'，,；;。'.includes(text[i - 1] as string)) i -= 1;
  return text.slice(i);
}

/** A figure at `position` is a target when it continues a list of targets or a cue governs it. */
const isTargetAt = (text: string, position: number, inTargetList: boolean) =>
  inTargetList || targetCueAt(text, position);

// A forecast (预计…) speaks of the whole period, as a target does, unless it names a part of it (上半年预计…);
// 约/左右 only round a figure of the past.
function forecastAt(text: string, at: number): boolean {
  const cue = text.lastIndexOf('预计', at);
  return cue >= 0 && !/上半年|一季度|1[~～-][36]月|1至[36]月/.test(text.slice(0, at));
}

/** The period of the figure at `at`: the sentence's actual period, its year, its target or its plan. */
export function figurePeriod(text: string, at: number, periods: Periods, inTargetList: boolean): string {
  return wholeYearAt(text, at)
    ? isTargetAt(text, at, inTargetList)
      ? periods.plan.slice(0, 4)
      : periods.year
    : isTargetAt(text, at, inTargetList)
      ? periods.plan
      : forecastAt(text, at)
        ? periods.target
        : periods.actual;
}

/** The kind of the figure written from `start` to `end`. */
export function figureKind(text: string, start: number, end: number, inTargetList: boolean): Kind {
  if (isTargetAt(text, start, inTargetList)) return 'TARGET';
  // Only a word at the figure rounds it: "规模以上工业增加值增长9.1%", "亿元以上项目38个" are exact.
  const number = start + (/\d/.exec(text.slice(start, end))?.index ?? 0);
  const rounded =
    ESTIMATE_BEFORE.test(text.slice(Math.max(0, number - 4), number)) || ESTIMATE_AFTER.test(text.slice(end));
  return rounded || /初步预计|预计/.test(text.slice(0, start)) ? 'ESTIMATE' : 'ACTUAL';
}
