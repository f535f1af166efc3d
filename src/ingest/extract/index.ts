import type { Sentence } from '../segment';
import { STAGES } from './registry';
import { type Extraction, type ExtractOptions, initialState, type SentenceContext } from './types';

// Stage 3 of ingest: rules that read figures, rankings and names out of Chinese report sentences, one family per file
// (known names, periods, cues, names, relations, lists, indicators, measures, figures, pairing), run by the stages of
// registry.ts in precedence order. What one sentence leaves for the next is in one ReadingState object, so a report
// read in one call is read as a whole (see src/ingest/README.md, "Extraction rules").

export { chineseNumber } from './figures';
export { findNames } from './known';
export { STAGES } from './registry';
export { RULES, ruleSpec } from './rules';
export * from './types';

/**
 * The longest text the rules read at once. A longer sentence (a run-on list with no full stop) is read in parts, cut
 * at its last comma or enumeration mark before the limit, so every rule reads bounded input and a report is read in
 * time linear in its length. No sentence of the seed reports or the development sets comes near (the longest is
 * 362 characters).
 */
export const MAX_SENTENCE = 1000;

/** A sentence in parts of at most MAX_SENTENCE characters. */
export function sentenceParts(sentence: Sentence, max = MAX_SENTENCE): Sentence[] {
  if (sentence.text.length <= max) return [sentence];
  const parts: Sentence[] = [];
  let from = 0;
  while (sentence.text.length - from > max) {
    const window = sentence.text.slice(from, from + max);
    const cut = Math.max(...[...'，,、：:'].map((mark) => window.lastIndexOf(mark)));
    const to = from + (cut >= max / 2 ? cut + 1 : max);
    parts.push({
      ...sentence,
      text: sentence.text.slice(from, to),
      start: sentence.start + from,
      end: sentence.start + to,
    });
    from = to;
  }
  parts.push({ ...sentence, text: sentence.text.slice(from), start: sentence.start + from });
  return parts;
}

export function extract(sentences: Sentence[], options: ExtractOptions): Extraction {
  const result: Extraction = { names: [], observations: [], rankings: [], relations: [], projectStatus: new Map() };
  const state = initialState();
  sentences.forEach((whole, i) => {
    for (const sentence of sentenceParts(whole)) {
      const ctx: SentenceContext = {
        sentence,
        text: sentence.text,
        options,
        result,
        known: [],
        periods: {
          actual: options.period,
          year: options.period.slice(0, 4),
          target: options.period,
          plan: options.period,
        },
        names: [],
        inTargetList: false,
      };
      for (const stage of STAGES) stage.run(ctx, state);
    }
    options.onProgress?.(i + 1, sentences.length);
  });
  return result;
}
