import type { GazetteerEntry } from '../gazetteer';
import { COUNT_UNIT, clauseAround, VALUE } from './figures';
import type { NameMention } from './types';

// Indicators family: known indicators the text names in other words than the gazetteer's: in two parts around
// other words (elliptic), as a count before its noun, or by the noun an indicator "<noun>数" counts.

/**
 * "…以旧换新…，拉动消费23.2亿元" names the indicator 以旧换新拉动消费 in two parts: its tail stands just before
 * the figure and its head earlier in the sentence.
 */
export function ellipticMentions(text: string, names: NameMention[], gazetteer: GazetteerEntry[]): NameMention[] {
  const found: NameMention[] = [];
  for (const m of text.matchAll(/\d+/g)) {
    const at = m.index ?? 0;
    if (text[at - 1] === '.') continue;
    // "…比重的75.6%", "…完成投资同比增长15.1%": the link word or growth phrase before a figure is not the name.
    const lead = text.slice(Math.max(0, at - 14), at).replace(/(同比增长|同比下降|增长|下降|[为达超近约的])$/, '');
    let best: NameMention | undefined;
    let bestHead = -1;
    for (const g of gazetteer) {
      if (g.kind !== 'INDICATOR' || g.form.length < 6) continue;
      for (let k = 2; k <= g.form.length - 3; k += 1) {
        const head = g.form.slice(0, k);
        const tail = g.form.slice(k);
        if (!lead.endsWith(tail)) continue;
        const tailStart =
          at - (lead.length - lead.lastIndexOf(tail)) - (text.slice(Math.max(0, at - 14), at).length - lead.length);
        // The head stands before the tail, and the tail does not cut into another name (a chain, a place).
        const headAt = text.lastIndexOf(head, tailStart - head.length);
        if (
          headAt < 0 ||
          names.some((n) => n.kind !== 'INDICATOR' && tailStart < n.end && tailStart + tail.length > n.start)
        )
          continue;
        // The longest tail wins; between equal tails, the head nearest to it.
        const length = best ? best.end - best.start : 0;
        if (!best || tail.length > length || (tail.length === length && headAt > bestHead)) {
          best = {
            kind: 'INDICATOR',
            name: g.canonical,
            key: g.key,
            start: tailStart,
            end: tailStart + tail.length,
            rule: 'indicators.elliptic',
          };
          bestHead = headAt;
        }
      }
    }
    if (best) found.push(best);
  }
  return found;
}

/**
 * Whether every word of `words` appears in `context`: read greedily, each piece the longest run of at least two
 * characters the context holds ("争取资金支持的工业" ← "…工业项目争取资金支持…": "争取资金支持" + "工业"). A name
 * paraphrased in a sentence keeps its words.
 */
export function wordsIn(words: string, context: string): boolean {
  const rest = words.replace(/的/g, '');
  if (rest.length < 2) return false;
  for (let p = 0; p < rest.length; ) {
    let length = 0;
    for (let l = rest.length - p; l >= 2; l -= 1) {
      if (context.includes(rest.slice(p, p + l))) {
        length = l;
        break;
      }
    }
    if (length === 0) return false;
    p += length;
  }
  return true;
}

/** An indicator's name without its counting word: "进入全省优秀格次的开发区数量" → "进入全省优秀格次的开发区". */
export const countedStem = (form: string) => form.replace(/(数量|个数|数)$/, '');

/**
 * "21种工业产品产销量全球第一", "9个开发区全部晋级星级管理", "24个总投资50亿元以上重大项目": an indicator named
 * "<qualifier>的<noun>" or "<verb><noun>数" is written as a count, the noun right after it, and the qualifier or
 * verb elsewhere in the same clause.
 */
export function countedMentions(text: string, names: NameMention[], gazetteer: GazetteerEntry[]): NameMention[] {
  const found: NameMention[] = [];
  // redos-bounded: VALUE, on one sentence (at most MAX_SENTENCE characters, see index.ts).
  for (const m of text.matchAll(new RegExp(VALUE.source, 'g'))) {
    if (!COUNT_UNIT.test(m[2] as string) || (m[1] as string).includes('.')) continue;
    const at = (m.index ?? 0) + m[0].length;
    let best: { mention: NameMention; noun: number } | undefined;
    for (const g of gazetteer) {
      if (g.kind !== 'INDICATOR') continue;
      const stem = countedStem(g.form);
      // The longest tail of the name that the text gives right after the count, of three characters or more.
      for (let k = 1; k <= stem.length - 3; k += 1) {
        const noun = stem.slice(k);
        if (!text.startsWith(noun, at)) continue;
        const clause = clauseAround(text, m.index ?? 0, at + noun.length);
        const context = `${text.slice(clause.start, m.index ?? 0)}|${text.slice(at + noun.length, clause.end)}`;
        if (wordsIn(stem.slice(0, k), context) && (!best || noun.length > best.noun)) {
          best = {
            mention: {
              kind: 'INDICATOR',
              name: g.canonical,
              key: g.key,
              start: at,
              end: at + noun.length,
              rule: 'indicators.counted-noun',
            },
            noun: noun.length,
          };
        }
        break;
      }
    }
    if (best && !names.some((n) => n.kind === 'INDICATOR' && n.start < best.mention.end && n.end > best.mention.start))
      found.push(best.mention);
  }
  return found;
}

/**
 * "规上企业由14家增至39家", "规上企业39家": the noun an indicator named "<noun>数" counts stands for it when the
 * clause goes on to a count (and not to an amount: "规上企业营业收入…亿元" is another indicator).
 */
export function countNounMentions(text: string, names: NameMention[], gazetteer: GazetteerEntry[]): NameMention[] {
  const found: NameMention[] = [];
  for (const g of gazetteer) {
    if (g.kind !== 'INDICATOR' || !/(数量|个数|数)$/.test(g.form)) continue;
    const noun = countedStem(g.form);
    if (noun.length < 3) continue;
    for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + 1)) {
      const end = at + noun.length;
      if ([...names, ...found].some((n) => n.kind === 'INDICATOR' && n.start < end && n.end > at)) continue;
      const clause = clauseAround(text, at, end);
      // redos-bounded: VALUE, on a clause of one sentence (at most MAX_SENTENCE characters, see index.ts).
      const figure = new RegExp(VALUE.source).exec(text.slice(end, clause.end));
      if (
        figure &&
        COUNT_UNIT.test(figure[2] as string) &&
        !/[\u4e00-\u9fa5]{5}/.test(text.slice(end, end + (figure.index ?? 0)).replace(/(由|从)?(20\d{2}年)?的?/, ''))
      )
        found.push({ kind: 'INDICATOR', name: g.canonical, key: g.key, start: at, end, rule: 'indicators.count-noun' });
    }
  }
  return found;
}
