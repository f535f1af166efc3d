import { builder } from '../../builder';
import { badInput } from '../../errors';
import { MAX_PAGE } from '../common/connection';
import { EntityKindEnum } from '../common/enums';
import { EntityRef } from '../entity/schema';
import { rankedCandidates } from './candidates';
import { type Candidate, MATCH_REASONS } from './rank';

// resolve(name:): every entity a name may stand for, ranked, each with the reason it matched — the "did you mean"
// a notebook shows before it asks for figures. entity(name:) stays exact.

const MAX_NAME_LENGTH = 200;

export const MatchReasonEnum = builder.enumType('MatchReason', {
  description: 'Why a name stands for an entity (resolve).',
  values: Object.fromEntries(Object.entries(MATCH_REASONS).map(([name, description]) => [name, { description }])),
});

const CandidateRef = builder.objectRef<Candidate>('ResolveCandidate').implement({
  description: 'An entity a name may stand for, with why and how strongly.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (c) => c.entity }),
    score: t.exposeFloat('score', {
      description:
        '1 for the canonical name as typed; lower for each step away (alias, short form, pinyin, containment).',
    }),
    reason: t.field({ type: MatchReasonEnum, resolve: (c) => c.reason }),
    matched: t.exposeString('matched', { description: 'The name, alias or English name that matched.' }),
  }),
});

builder.queryField('resolve', (t) =>
  t.field({
    type: [CandidateRef],
    description:
      'Ranked candidates for a name: exact name, traditional form, alias, short form, English name, pinyin (Latin ' +
      'letters or a homophone) and names containing it or contained in it, best first. Empty when nothing matches.',
    args: {
      name: t.arg.string({ required: true }),
      kinds: t.arg({ type: [EntityKindEnum] }),
      first: t.arg.int({ defaultValue: 10, description: `How many candidates (default 10, at most ${MAX_PAGE}).` }),
    },
    resolve: async (_r, args, ctx) => {
      const text = args.name.trim();
      if (text === '') throw badInput('name must not be empty: type a name in any script, in English or in pinyin.');
      if (text.length > MAX_NAME_LENGTH) throw badInput(`name is longer than ${MAX_NAME_LENGTH} characters.`);
      const first = args.first ?? 10;
      if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
        throw badInput(`first must be between 1 and ${MAX_PAGE} (got ${args.first}).`);
      }
      return rankedCandidates(ctx, text, args.kinds, first);
    },
  }),
);
