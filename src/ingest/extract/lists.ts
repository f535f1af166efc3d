import type { GazetteerEntry } from '../gazetteer';
import type { Sentence } from '../segment';
import { countedStem, wordsIn } from './indicators';
import { asMatch, atClauseStart, greedyRun, isHan, type ListPattern, lazyRun, matchLists } from './scan';
import type { NameMention, ReadingState, Span } from './types';

/** After 分别: what the items are of ("实现出口值" + a figure). */
const AFTER_RESPECTIVELY = /(?:实现|完成)?([\u4e00-\u9fa5]{2,4}?)\s*\d/y;
export const RESPECTIVELY_LIST: ListPattern = {
  items: (text, p) => greedyRun(text, p, 1, 8, isHan),
  separator: (text, p) => text[p] === '、' || text[p] === '和',
  last: (text, p) => {
    for (const e of greedyRun(text, p, 1, 8, isHan)) {
      if (!text.startsWith('分别', e)) continue;
      AFTER_RESPECTIVELY.lastIndex = e + 2;
      const after = AFTER_RESPECTIVELY.exec(text);
      if (after) return { itemEnd: e, end: e + 2 + after[0].length, groups: [after[1] as string] };
    }
    return undefined;
  },
  minRepeats: 1,
};

/** A measure word: two to six characters, the fewest first, then 数量 or 数. */
const measureWordEnds = (text: string, p: number) =>
  lazyRun(text, p, 2, 6, isHan).flatMap((e) => [
    ...(text.startsWith('数量', e) ? [e + 2] : []),
    ...(text.startsWith('数', e) ? [e + 1] : []),
  ]);
const RANKED_TOGETHER = /均|分别|同时|居|位居|位列|排名|排在/y;
export const MEASURE_WORD_LIST: ListPattern = {
  items: measureWordEnds,
  separator: (text, p) => '、和及'.includes(text[p] as string),
  last: (text, p) => {
    const e = measureWordEnds(text, p).find((x) => {
      RANKED_TOGETHER.lastIndex = x;
      return RANKED_TOGETHER.test(text);
    });
    return e === undefined ? undefined : { itemEnd: e, end: e, groups: [] };
  },
  minRepeats: 0,
  canStart: atClauseStart,
};

// Lists family: known indicators listed with 、 or 和 that share a suffix or a head, items named by the word after
// 分别, measure words ranked together (项目数、资金数均居…), and lists of targets that run over sentences (in the
// reading state).

const SHARED_SUFFIX = /(增加值|投资|收入|总额|总值|产量|出口值)$/;

/** "高技术产业、战略性新兴产业增加值": earlier items of a list share the last item's suffix. */
export function sharedSuffixMentions(text: string, names: NameMention[], gazetteer: GazetteerEntry[]): NameMention[] {
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
      let start = end - 1 - item.length;
      // "财政总收入、一般公共预算收入分别…": a whole item that opens its clause (after 全市, 今年…) and ends in the same
      // head word is an indicator of its own, though no list of names knows it.
      const lead = entry ? '' : (/^(?:全市|全县|全区|我市|我县|本市|今年|去年|全年)+/.exec(item)?.[0] ?? '');
      const whole =
        !entry &&
        item.length - lead.length >= 4 &&
        item.endsWith(suffix) &&
        (start === 0 || /[，,：:；;]/.test(text[start - 1] ?? ''));
      if (!entry && !whole) break;
      start += lead.length;
      if (names.some((m) => m !== n && start < m.end && end - 1 > m.start && m.kind === 'INDICATOR')) break;
      extra.push({
        kind: 'INDICATOR',
        name: entry?.canonical ?? item.slice(lead.length),
        ...(entry ? { key: entry.key } : {}),
        start,
        end: end - 1,
        rule: entry ? 'lists.shared-suffix' : 'lists.listed-indicator',
      });
      if (whole) break;
      end = start;
    }
  }
  return extra;
}

/** "钛白粉、轮胎、鞋靴、纸制品分别实现出口值…": bare items named by the word after 分别. */
export function respectivelyMentions(text: string, names: NameMention[], gazetteer: GazetteerEntry[]): NameMention[] {
  const extra: NameMention[] = [];
  const shared: Span[] = [];
  // As /((?:[\u4e00-\u9fa5]{1,8}[、和])+[\u4e00-\u9fa5]{1,8})分别(?:实现|完成)?([\u4e00-\u9fa5]{2,4}?)\s*\d/g, in linear time.
  for (const list of matchLists(text, RESPECTIVELY_LIST)) {
    const m = asMatch(text, list.index, list.end, [text.slice(list.index, list.itemEnd), ...list.groups]);
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
        found.push({
          kind: 'INDICATOR',
          name: entry.canonical,
          key: entry.key,
          start: at,
          end: at + item.length,
          rule: 'lists.respectively-items',
        });
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

/** "大规模设备更新下达项目数量和资金": a later item shares the head of the indicator named before it. */
export function sharedPrefixMentions(text: string, names: NameMention[], gazetteer: GazetteerEntry[]): NameMention[] {
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
        rule: 'lists.shared-prefix',
      });
  }
  return extra;
}

/**
 * "…，项目数、资金数均居全省第一": measure words that rank (and count) figures given before them. Each stands for
 * the indicator whose name ends in it and whose other words the sentence used before the list.
 */
export function measureMentions(text: string, names: NameMention[], gazetteer: GazetteerEntry[]): NameMention[] {
  const found: NameMention[] = [];
  // As /(?<=^|[，,；;：:])((?:W[、和及])*W)(?=均|分别|同时|居|位居|位列|排名|排在)/g, W = [\u4e00-\u9fa5]{2,6}?(?:数量|数),
  // in linear time.
  for (const list of matchLists(text, MEASURE_WORD_LIST)) {
    const m = asMatch(text, list.index, list.end, [text.slice(list.index, list.end)]);
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
        items.push({
          kind: 'INDICATOR',
          name: entry.canonical,
          key: entry.key,
          start: at,
          end: at + item.length,
          rule: 'lists.measure-words',
        });
      at += item.length + 1;
    }
    const overlapping = items.some((i) =>
      names.some((n) => n.kind === 'INDICATOR' && n.start < i.end && n.end > i.start),
    );
    if (items.length === (m[1] as string).split(/[、和及]/).length && !overlapping) found.push(...items);
  }
  return found;
}

/**
 * "主要预期目标是：地区生产总值增长6%左右；规模以上工业增加值增长8%；…": the items after the first ； of a list of
 * targets are targets too, to the end of the paragraph or the list. Returns whether the sentence continues such a
 * list, and records in the state whether the next one does.
 */
export function continuesTargetList(sentence: Sentence, state: ReadingState): boolean {
  const listed = state.targetList === sentence.paragraph;
  state.targetList =
    /[；;]$/.test(sentence.text) && (listed || /目标(?:建议)?(?:是|为)[：:]/.test(sentence.text))
      ? sentence.paragraph
      : undefined;
  return listed;
}
