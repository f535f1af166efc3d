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

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The start of the character (code point) that code unit i of s belongs to. */
const charStart = (s: string, i: number) =>
  i > 0 && isLow(s.charCodeAt(i)) && isHigh(s.charCodeAt(i - 1)) ? i - 1 : i;

/** Whether a and b have their surrogate pairs at the same places (same length, same character boundaries). */
function sameShape(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (isHigh(x) !== isHigh(y) || isLow(x) !== isLow(y)) return false;
  }
  return true;
}

/**
 * Simplified script, with origin[i] the index in `original` of the character (code point) text[i] belongs to.
 * Offsets are UTF-16 code units throughout, as JavaScript strings and the stored document text count them.
 */
function convertScript(original: string): { text: string; origin: number[] } {
  // Phrase-level conversion keeps every character's length in practice, so text[i] comes from original[i].
  const whole = toSimplified(original);
  if (sameShape(whole, original))
    return { text: whole, origin: Array.from({ length: whole.length }, (_, i) => charStart(original, i)) };
  // Where it does not (an astral character converted to a BMP one, or back), convert line by line, and a line
  // whose shape changes character by character, each output unit mapped to the start of the character it came from.
  let text = '';
  const origin: number[] = [];
  let at = 0;
  for (const line of original.split(/(?<=\n)/)) {
    const converted = toSimplified(line);
    if (sameShape(converted, line)) {
      text += converted;
      for (let k = 0; k < converted.length; k += 1) origin.push(charStart(original, at + k));
    } else {
      let i = at;
      for (const ch of line) {
        const one = toSimplified(ch);
        text += one;
        for (let k = 0; k < one.length; k += 1) origin.push(i);
        i += ch.length;
      }
    }
    at += line.length;
  }
  return { text, origin };
}

// "經(jīng)濟", "報(bào)告": a pinyin reading glued after a character by a page converter; one tone mark at least, so
// "(GDP)" and "(t)" stay.
// Read after width folding, so a reading in full-width brackets (項（xiàng）) goes as well.
const READING =
  /(?<=[\u3400-\u9fff])[(（](?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňḿ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňḿ]{1,7}[)）]/g;

/** Pinyin readings glued after characters go, as page debris. */
function dropReadings(text: string, origin: number[]): { text: string; origin: number[] } {
  if (!text.includes('(') && !text.includes('（')) return { text, origin };
  let out = '';
  const map: number[] = [];
  let from = 0;
  for (const m of text.matchAll(READING)) {
    const at = m.index ?? 0;
    out += text.slice(from, at);
    appendRange(map, origin, from, at);
    from = at + m[0].length;
  }
  out += text.slice(from);
  appendRange(map, origin, from, origin.length);
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

/**
 * origin[from, to) appended to map one by one: `map.push(...origin.slice(from, to))` passes every element as an
 * argument, which overflows the call stack once a stretch runs to a few hundred thousand characters (a 2 MB report).
 */
function appendRange(map: number[], origin: number[], from: number, to: number): void {
  for (let k = from; k < to; k += 1) map.push(origin[k] as number);
}

// "1,234.5亿元", "12,345,678元": digits grouped in threes by a comma; the commas go so the figure reads whole.
// A full-width comma ("2，870.5亿元") is a separator only where a clause comma cannot be: before a decimal part or
// in two groups or more, as "第3，100亿元以上项目" is two clauses.
const GROUPED =
  /(?<![\d.,，])(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,3}(?:，\d{3})+(?=\.\d)|\d{1,3}(?:，\d{3}){2,}(?![\d，]))/g;

/** Thousands separators inside numbers go (a comma between clauses never has exactly three digits after it and a number before). */
function dropThousands(text: string, origin: number[]): { text: string; origin: number[] } {
  if (!text.includes(',') && !text.includes('，')) return { text, origin };
  let out = '';
  const map: number[] = [];
  let from = 0;
  for (const m of text.matchAll(GROUPED)) {
    const at = m.index ?? 0;
    out += text.slice(from, at);
    appendRange(map, origin, from, at);
    for (let k = 0; k < m[0].length; k += 1) {
      if (m[0][k] === ',' || m[0][k] === '，') continue;
      out += m[0][k];
      map.push(origin[at + k] as number);
    }
    from = at + m[0].length;
  }
  out += text.slice(from);
  appendRange(map, origin, from, origin.length);
  return { text: out, origin: map };
}

/**
 * "…产值超百亿元企业(系)" / "3家…": a line that ends with a bracket opened right after a word, inside a sentence,
 * has not ended its sentence; one opened at the line start or after a sentence end ("。(来源:某报)") has.
 */
function closesInSentence(out: string[], lastNewline: number): boolean {
  const last = out[out.length - 1];
  if (last !== ')' && last !== '）') return false;
  for (let k = out.length - 2; k > lastNewline && k >= out.length - 12; k -= 1) {
    const ch = out[k] as string;
    if (ch === '(' || ch === '（') {
      const prev = out[k - 1] ?? '';
      return k - 1 > lastNewline && /[\u3400-\u9fff\dA-Za-z%]/.test(prev);
    }
    if (ch === ')' || ch === '）') return false;
  }
  return false;
}

/** Whitespace that PDF extraction put inside words and numbers goes; paragraph breaks stay. */
function repairBreaks(text: string, origin: number[]): { text: string; origin: number[] } {
  // Built as a list and never read back while growing: reading a character of a string being concatenated
  // flattens it, which made this quadratic (5.3 s for 1 MB).
  const out: string[] = [];
  const map: number[] = [];
  let before = '';
  let lastNewline = -1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    // Markdown emphasis (**5.3%**) is layout, not text.
    if (ch === '*') continue;
    if (/\s/.test(ch)) {
      let j = i;
      while (j < text.length && /\s/.test(text[j] as string)) j += 1;
      const run = text.slice(i, j);
      const after = text[j] ?? '';
      const newlines = (run.match(/\n/g) ?? []).length;
      // A line that stops mid-sentence (long, no closing punctuation) continues on the next one, even across
      // a blank line (PDF pages); a short line is a heading, and a bullet starts a new item.
      const lineLength = out.length - lastNewline - 1;
      const lineBreakInSentence =
        newlines >= 1 &&
        newlines <= 2 &&
        before !== '' &&
        (!SENTENCE_END.test(before) || closesInSentence(out, lastNewline)) &&
        lineLength >= (newlines === 1 ? 4 : 12) &&
        after !== '' &&
        !/[-•▶■□●·]/.test(after) &&
        !keepsLineBreak(text, i, j);
      const spaceInWords =
        newlines === 0 &&
        (TIGHT.test(before) || TIGHT.test(after)) &&
        (CJK.test(before) || CJK.test(after) || /\d/.test(before));
      if (!(lineBreakInSentence || spaceInWords)) {
        before = newlines > 0 ? '\n' : ' ';
        if (newlines > 0) lastNewline = out.length;
        out.push(before);
        map.push(origin[i] as number);
      }
      i = j - 1;
      continue;
    }
    out.push(ch);
    before = ch;
    map.push(origin[i] as number);
  }
  return { text: out.join(''), origin: map };
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
  const folded = foldWidth(script.text, script.origin);
  const grouped = dropThousands(folded.text, folded.origin);
  const read = dropReadings(grouped.text, grouped.origin);
  // Again once the lines are joined: a reading a PDF line break cut in two ("項(xi" / "àng)") is whole only now.
  const joined = repairBreaks(read.text, read.origin);
  const repaired = dropReadings(joined.text, joined.origin);
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

/**
 * The original text behind a span of the normalised text: the verbatim quote and its offset. Every origin is the
 * start of a whole character of the original, so the quote ends after the whole of its last character (both
 * halves of a surrogate pair), never inside one.
 */
export function originalSpan(n: NormalisedText, start: number, end: number): { quote: string; offset: number } {
  const from = n.origin[start] ?? 0;
  const last = n.origin[Math.max(start, end - 1)] ?? from;
  const width = isHigh(n.original.charCodeAt(last)) && isLow(n.original.charCodeAt(last + 1)) ? 2 : 1;
  return { quote: n.original.slice(from, Math.max(from, last) + width), offset: from };
}
