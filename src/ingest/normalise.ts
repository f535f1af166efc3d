import { toSimplified } from '../text/chinese';
import { keepsLineBreak } from './layout/lines';

// Stage 1: the text the extractor reads — simplified script, half-width digits and punctuation, PDF line
// breaks inside words and numbers removed, lost "+" signs restored — with a map from every character back
// to the original, so that quotes and offsets always point into the text as it was given.

export interface NormalisedText {
  original: string;
  text: string;
  /** origin[i] is the index in `original` of text[i]. */
  origin: number[];
  traditional: boolean;
}

const CJK = /[\u3400-\u9fff]/;
const SENTENCE_END = /[。！？；：…”」）)!?;:]/;
const TIGHT = /[\u3400-\u9fff\d%.．，、。；：“”（）《》·\u3000-\u303f\uff00-\uffef]/;

function convertScript(original: string): { text: string; origin: number[] } {
  // Phrase-level conversion keeps length in practice; fall back to character by character when it does not.
  const whole = toSimplified(original);
  if (whole.length === original.length)
    return { text: whole, origin: [...original].map((_, i) => i).slice(0, whole.length) };
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < original.length; i += 1) {
    const converted = toSimplified(original[i] as string);
    text += converted;
    for (let k = 0; k < converted.length; k += 1) origin.push(i);
  }
  return { text, origin };
}

// "經(jīng)濟", "報(bào)告": a pinyin reading glued after a character by a page converter; one tone mark at least, so
// "(GDP)" and "(t)" stay.
const READING =
  /(?<=[\u3400-\u9fff])\((?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňḿ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňḿ]{1,7}\)/g;

/** Pinyin readings glued after characters go, as page debris. */
function dropReadings(text: string, origin: number[]): { text: string; origin: number[] } {
  if (!text.includes('(')) return { text, origin };
  let out = '';
  const map: number[] = [];
  let from = 0;
  for (const m of text.matchAll(READING)) {
    const at = m.index ?? 0;
    out += text.slice(from, at);
    map.push(...origin.slice(from, at));
    from = at + m[0].length;
  }
  out += text.slice(from);
  map.push(...origin.slice(from));
  return { text: out, origin: map };
}

function foldWidth(text: string, origin: number[]): { text: string; origin: number[] } {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    // Keep Chinese punctuation that carries meaning for segmentation; fold full-width ASCII letters/digits/signs.
    const folded = /[\uff01-\uff5e]/.test(ch) && !/[，：；！？（）]/.test(ch) ? ch.normalize('NFKC') : ch;
    out += folded;
    for (let k = 0; k < folded.length; k += 1) map.push(origin[i] as number);
  }
  return { text: out, origin: map };
}

/** Whitespace that PDF extraction put inside words and numbers goes; paragraph breaks stay. */
function repairBreaks(text: string, origin: number[]): { text: string; origin: number[] } {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    // Markdown emphasis (**5.3%**) is layout, not text.
    if (ch === '*') continue;
    if (/\s/.test(ch)) {
      let j = i;
      while (j < text.length && /\s/.test(text[j] as string)) j += 1;
      const run = text.slice(i, j);
      const before = out.at(-1) ?? '';
      const after = text[j] ?? '';
      const newlines = (run.match(/\n/g) ?? []).length;
      // A line that stops mid-sentence (long, no closing punctuation) continues on the next one, even across
      // a blank line (PDF pages); a short line is a heading, and a bullet starts a new item.
      const lineLength = out.length - out.lastIndexOf('\n') - 1;
      const lineBreakInSentence =
        newlines >= 1 &&
        newlines <= 2 &&
        before !== '' &&
        !SENTENCE_END.test(before) &&
        lineLength >= (newlines === 1 ? 4 : 12) &&
        after !== '' &&
        !/[-•▶■□●·]/.test(after) &&
        !keepsLineBreak(text, i, j);
      const spaceInWords =
        newlines === 0 &&
        (TIGHT.test(before) || TIGHT.test(after)) &&
        (CJK.test(before) || CJK.test(after) || /\d/.test(before));
      if (!(lineBreakInSentence || spaceInWords)) {
        out += newlines > 0 ? '\n' : ' ';
        map.push(origin[i] as number);
      }
      i = j - 1;
      continue;
    }
    out += ch;
    map.push(origin[i] as number);
  }
  return { text: out, origin: map };
}

/** “3 13 N”, “1 2 4 N”, “部门 智库”: a short quoted name whose parts are separated by single spaces lost its "+". */
function restorePlus(original: string, text: string): string {
  // Decide on the original text, where the spaces still are.
  const lost = /[“"]([0-9A-Za-z\u4e00-\u9fff]{1,6}(?: [0-9A-Za-z\u4e00-\u9fff]{1,6}){1,4})[”"]/g;
  let result = text;
  for (const match of original.matchAll(lost)) {
    const spaced = match[1] as string;
    const joined = spaced.replace(/ /g, '');
    const fixed = spaced.replace(/ /g, '+');
    result = result.split(`“${joined}”`).join(`“${fixed}”`);
  }
  return result;
}

export function normalise(original: string): NormalisedText {
  const script = convertScript(original);
  const traditional = countChanged(original, script.text) >= Math.min(20, Math.max(2, original.length * 0.05));
  const read = dropReadings(script.text, script.origin);
  const folded = foldWidth(read.text, read.origin);
  const repaired = repairBreaks(folded.text, folded.origin);
  const withPlus = restorePlus(original, repaired.text);
  return { original, text: withPlus, origin: alignPlus(repaired.text, withPlus, repaired.origin), traditional };
}

function countChanged(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) if (a[i] !== b[i]) n += 1;
  return n;
}

/** restorePlus inserts characters; give each inserted "+" the origin of the character before it. */
function alignPlus(before: string, after: string, origin: number[]): number[] {
  if (before === after) return origin;
  const map: number[] = [];
  let i = 0;
  for (let j = 0; j < after.length; j += 1) {
    if (after[j] === before[i]) {
      map.push(origin[i] as number);
      i += 1;
    } else {
      map.push((origin[Math.max(0, i - 1)] as number) ?? 0);
    }
  }
  return map;
}

/** The original text behind a span of the normalised text: the verbatim quote and its offset. */
export function originalSpan(n: NormalisedText, start: number, end: number): { quote: string; offset: number } {
  const from = n.origin[start] ?? 0;
  const to = (n.origin[Math.max(start, end - 1)] ?? from) + 1;
  return { quote: n.original.slice(from, to), offset: from };
}
