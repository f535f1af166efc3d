import { knownNames } from './known';
import { continuesTargetList } from './lists';
import { readNames, rememberCompanies } from './names';
import { readDescribedPlaces, readFigures } from './pairing';
import { sentencePeriods } from './periods';
import { readRelations } from './relations';
import type { ReadingState, RuleId, SentenceContext } from './types';

// The stages extract() runs on every sentence, in precedence order: each reads what the stages before it found
// (ctx) and what earlier sentences left (state). A stage's rules are listed, in the same order, in rules.ts.

export interface Stage {
  /** The family (or, for a one-rule stage, the rule id) the stage runs. */
  id: RuleId;
  run: (ctx: SentenceContext, state: ReadingState) => void;
}

export const STAGES: readonly Stage[] = [
  // Known names first: places and indicators claim their spans before any pattern.
  {
    id: 'known',
    run: (ctx) => {
      ctx.known = knownNames(ctx.text, ctx.options.gazetteer);
    },
  },
  {
    id: 'periods',
    run: (ctx, state) => {
      ctx.periods = sentencePeriods(ctx.sentence, ctx.options, state);
    },
  },
  {
    id: 'names',
    run: (ctx, state) => {
      ctx.names = readNames(ctx, state);
    },
  },
  { id: 'relations', run: (ctx) => readRelations(ctx) },
  {
    id: 'lists.target-list',
    run: (ctx, state) => {
      ctx.inTargetList = continuesTargetList(ctx.sentence, state);
    },
  },
  { id: 'pairing', run: (ctx, state) => readFigures(ctx, state.lastCompany, state) },
  { id: 'pairing.described-place', run: (ctx) => readDescribedPlaces(ctx) },
  // Last: what this sentence named is what a later sentence's 公司 or short name stands for.
  { id: 'names.memory', run: (ctx, state) => rememberCompanies(ctx.names, ctx.options.gazetteer, state, ctx.text) },
];
