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

export function extract(sentences: Sentence[], options: ExtractOptions): Extraction {
  const result: Extraction = { names: [], observations: [], rankings: [], relations: [], projectStatus: new Map() };
  const state = initialState();
  sentences.forEach((sentence, i) => {
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
    options.onProgress?.(i + 1, sentences.length);
  });
  return result;
}
