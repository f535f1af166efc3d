import type { GazetteerEntry } from '../gazetteer';
import { asMatch, atClauseStart, isHan, type ListPattern, lazyRun, matchLists } from './scan';
import type { NameMention } from './types';

const PLACE_SUFFIX = '区县市镇乡';
/** A place's name: one to eight characters, the fewest first, and a suffix (区, 县, 市, 镇, 乡). */
const placeEnds = (text: string, p: number) =>
  lazyRun(text, p, 1, 8, isHan)
    .filter((e) => e < text.length && PLACE_SUFFIX.includes(text[e] as string))
    .map((e) => e + 1);
/** Up to 20 characters of the clause, then 分别. */
const respectivelyWithin20 = (text: string, e: number) => {
  for (let j = 0; j <= 20 && e + j < text.length; j += 1) {
    if (text.startsWith('分别', e + j)) return true;
    if ('，,；;。、'.includes(text[e + j] as string)) return false;
  }
  return false;
};
const PLACE_LIST: ListPattern = {
  items: placeEnds,
  separator: (text, p) => text[p] === '、' || text[p] === '和',
  last: (text, p) => {
    const e = placeEnds(text, p).find((x) => respectivelyWithin20(text, x));
    return e === undefined ? undefined : { itemEnd: e, end: e, groups: [] };
  },
  minRepeats: 1,
  canStart: atClauseStart,
};

// Known names family: the names a sentence gives that are known (the gazetteer: regions, indicators, chains and whatever
// the graph holds), townships by their suffix, and places listed before 分别.

/** "…镇", "…乡", "…街道" opening a clause: a township, unless the word is a common one (城镇, 城乡, 返乡, 小镇). */
const TOWNSHIP =
  /(?<=^|[，,；;。：:、])([\u4e00-\u9fa5]{1,3}[^城村乡家故下老返回入集重小名古市坐进]\s?(?:镇|乡|街道))(?![村镇亲贤愁土里间情])/g;
const NOT_A_TOWNSHIP =
  /^(?:[全各我本该每这那其多]|特色|美丽|文明|卫生|示范|中心|重点|建制|农村|贫困|城市|新型|推进|推动|统筹|加快|主要|背街|沿街|老旧|部分)/;

/**
 * "堌阳镇民族乐器产业年产…": townships are too many for the gazetteer; one that opens a clause before a figure (in the
 * same part of the sentence) is named by its suffix.
 */
export function townships(text: string, known: NameMention[]): NameMention[] {
  const found: NameMention[] = [];
  for (const m of text.matchAll(TOWNSHIP)) {
    const name = m[1] as string;
    const start = m.index ?? 0;
    const end = start + name.length;
    if (NOT_A_TOWNSHIP.test(name) || known.some((k) => k.start < end && k.end > start)) continue;
    const partEnd = text.slice(end).search(/[；;。]/);
    if (!/\d/.test(text.slice(end, partEnd < 0 ? text.length : end + partEnd))) continue;
    found.push({ kind: 'REGION', name, start, end, rule: 'known.township' });
  }
  return found;
}

/**
 * "航空港区、郑东新区、经开区地区生产总值分别增长…": names ending in 区, 县, 市, 镇 or 乡 listed before 分别 are places,
 * known or not.
 */
export function listedPlaceNames(text: string, known: NameMention[]): NameMention[] {
  const found: NameMention[] = [];
  // As /(?<=^|[，,；;：:])((?:ITEM[、和])+ITEM)(?=[^，,；;。、]{0,20}分别)/g, ITEM = [\u4e00-\u9fa5]{1,8}?(?:区|县|市|镇|乡),
  // in linear time (see scan.ts).
  for (const { index, end } of matchLists(text, PLACE_LIST)) {
    const m = asMatch(text, index, end, [text.slice(index, end)]);
    const lead = /^(?:其中|全市|我市|分区域看|分县区看)?/.exec(m[1] as string)?.[0].length ?? 0;
    let at = (m.index ?? 0) + lead;
    const items = (m[1] as string).slice(lead).split(/[、和]/);
    if (items.some((name) => name.length < 3 || /^[全我本各该]/.test(name))) continue;
    for (const name of items) {
      const end = at + name.length;
      if (!known.some((k) => k.start < end && k.end > at))
        found.push({ kind: 'REGION', name, start: at, end, rule: 'known.listed-place' });
      at = end + 1;
    }
  }
  return found;
}

/** Known names in a sentence, longest first and without overlaps. */
export function findNames(original: string, gazetteer: GazetteerEntry[]): NameMention[] {
  // Gazetteer forms are normalised (lower case); lower-casing keeps every index of the text.
  const text = original.toLowerCase();
  const taken: boolean[] = new Array(text.length).fill(false);
  const found: NameMention[] = [];
  for (const entry of gazetteer) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(entry.form, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + entry.form.length;
      if (taken.slice(at, end).some(Boolean)) continue;
      for (let i = at; i < end; i += 1) taken[i] = true;
      found.push({ kind: entry.kind, name: entry.canonical, key: entry.key, start: at, end, rule: 'known.gazetteer' });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The known names of a sentence: the gazetteer's, then townships and listed places outside them, by position. */
export function knownNames(text: string, gazetteer: GazetteerEntry[]): NameMention[] {
  const known = findNames(text, gazetteer);
  known.push(...townships(text, known), ...listedPlaceNames(text, known));
  known.sort((a, b) => a.start - b.start);
  return known;
}
