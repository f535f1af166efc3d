import type { GazetteerEntry } from '../gazetteer';
import type { FigureKind, Mention } from './types';

// Small text helpers the layout parsers share: page debris out of a span (pinyin readings, lost-space "?"),
// Chinese counts, how a figure is hedged, places at a position.

// "項(xiàng)目", "經(jīng)濟": a reading glued after a character; lower-case Latin only, so "(GDP)" stays.
// In half- or full-width brackets and letters (項（ｘiàng）目).
const READING = /(?<=[\u3400-\u9fff])[(（](?:[a-zａ-ｚāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňḿ]{1,7})[)）]/g;

/** The text without pinyin readings and lost-space question marks, with at[i] the index in `text` of out[i]. */
export function withoutDebris(text: string): { text: string; at: number[] } {
  const drop = new Array<boolean>(text.length).fill(false);
  for (const m of text.matchAll(READING)) for (let i = 0; i < m[0].length; i += 1) drop[(m.index ?? 0) + i] = true;
  // "綜??合", "48.36億元?;": question marks standing for lost characters or spaces between Chinese characters.
  // A run of them between two such characters, or after one at the end; found by code, as recheck reads the pattern
  // with lookarounds, /(?<=[\u3400-\u9fff])\?+(?=[\u3400-\u9fff]|$)/g, as quadratic.
  const han = (c: string | undefined) => c !== undefined && c >= '\u3400' && c <= '\u9fff';
  for (const m of text.matchAll(/\?+/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (han(text[start - 1]) && (end === text.length || han(text[end])))
      for (let i = start; i < end; i += 1) drop[i] = true;
  }
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (drop[i]) continue;
    out += text[i];
    at.push(i);
  }
  return { text: out, at };
}

/** A name with its debris removed. */
export const clean = (name: string) => withoutDebris(name).text.replace(/\s+/g, '');

export { countValue } from '../../text/numerals';

export const COUNT = String.raw`(\d+|[一二两三四五六七八九十百]+)`;
export const NUMBER = String.raw`(\d+(?:\.\d+)?)`;

const ESTIMATE_BEFORE = /(?:约|近|将近|超过?|突破|逾|预计)(?:达到|达|为)?$/;
const ESTIMATE_AFTER = /^(?:左右|以上|多|余|上下)/;

/** Whether a figure is rounded or hedged by the words right before or after it. */
export function kindOf(before: string, after: string): FigureKind {
  return ESTIMATE_BEFORE.test(before) || ESTIMATE_AFTER.test(after) ? 'ESTIMATE' : 'ACTUAL';
}

/** Words that stand for the whole of a place in its own report, not for a place of their own. */
const SCOPE_WORDS = new Set(['全省', '全国', '我国', '全市', '全县', '全区', '我省', '我市', '我县', '本市']);

/** The places of the gazetteer, longest form first. */
export const placesOf = (gazetteer: GazetteerEntry[]) =>
  gazetteer.filter((g) => g.kind === 'REGION' && g.form.length >= 2 && !SCOPE_WORDS.has(g.form));

/** The place whose name starts exactly at `at` in `text`, longest form first. */
export function placeAt(text: string, at: number, places: GazetteerEntry[]): Mention | undefined {
  for (const p of places)
    if (text.startsWith(p.form, at))
      return { kind: 'REGION', name: p.canonical, key: p.key, start: at, end: at + p.form.length };
  return undefined;
}

/** The last place named in `text`, if any. */
export function lastPlace(text: string, places: GazetteerEntry[]): Mention | undefined {
  let best: Mention | undefined;
  for (const p of places) {
    const i = text.lastIndexOf(p.form);
    if (i < 0) continue;
    const end = i + p.form.length;
    if (!best || end > best.end || (end === best.end && i < best.start))
      best = { kind: 'REGION', name: p.canonical, key: p.key, start: i, end };
  }
  return best;
}
