import { builder } from '../../builder';
import { badInput } from '../../errors';
import { normalizeName, toSimplified } from '../../text/chinese';
import { MAX_PAGE } from '../common/connection';
import { EntityKindEnum } from '../common/enums';
import { type EntityRow, searchEntities } from '../entity/repository';
import { findEntities, notNamed } from '../entity/resolve';
import { EntityRef } from '../entity/schema';
import { escapeLucene } from './lucene';

export const MAX_QUERY_LENGTH = 200;

interface SearchHit {
  entity: EntityRow;
  score: number;
  matched: string;
}

/** Character bigrams of the normalised form: how much of a name the query covers. */
function bigrams(text: string): Set<string> {
  const s = normalizeName(text);
  if (s.length < 2) return new Set([s]);
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i += 1) out.add(s.slice(i, i + 2));
  return out;
}

/** The name or alias that best explains why an entity matched. */
export function bestMatch(query: string, entity: EntityRow): string {
  const q = normalizeName(query);
  const names = [entity.name, ...entity.aliases, ...(entity.nameEn ? [entity.nameEn] : [])];
  const exact = names.find((n) => normalizeName(n) === q);
  if (exact) return exact;
  const qGrams = bigrams(query);
  let best = entity.name;
  let bestScore = -1;
  for (const n of names) {
    const grams = bigrams(n);
    let overlap = 0;
    for (const g of grams) if (qGrams.has(g)) overlap += 1;
    const score = overlap / Math.max(grams.size, 1) + (normalizeName(n).includes(q) ? 1 : 0);
    if (score > bestScore) {
      best = n;
      bestScore = score;
    }
  }
  return best;
}

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (h) => h.entity }),
    score: t.exposeFloat('score'),
    matched: t.exposeString('matched', { description: 'The name or alias that matched.' }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHitRef],
    description:
      'Full-text search over names and aliases, simplified or traditional script. Exact name matches come first.',
    args: {
      query: t.arg.string({ required: true }),
      kinds: t.arg({ type: [EntityKindEnum] }),
      first: t.arg.int({ description: `How many hits (default 10, at most ${MAX_PAGE}).` }),
    },
    resolve: async (_r, args, ctx) => {
      const text = args.query.trim();
      if (text === '') throw badInput('query must not be empty: type part of a name, e.g. "宁福巨湾" or "新材料".');
      if (text.length > MAX_QUERY_LENGTH) throw badInput(`query is longer than ${MAX_QUERY_LENGTH} characters.`);
      const first = args.first ?? 10;
      if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
        throw badInput(`first must be between 1 and ${MAX_PAGE} (got ${args.first}).`);
      }
      const simplified = toSimplified(text);
      const terms = [...new Set([text, simplified])].map(escapeLucene).join(' ');
      const rows = await searchEntities(ctx.db, terms, [normalizeName(text)], args.kinds ?? null, first);
      return rows.map((r) => ({ entity: r.node, score: r.score, matched: bestMatch(text, r.node) }));
    },
  }),
  entity: t.field({
    type: EntityRef,
    nullable: true,
    description:
      'Exact lookup by canonical name, alias, traditional form, English name or key. When nothing answers to the ' +
      'name exactly: NOT_FOUND, its message naming the best candidates of resolve(name:).',
    args: { name: t.arg.string({ required: true }), kind: t.arg({ type: EntityKindEnum }) },
    resolve: async (_r, args, ctx) => {
      const [found] = await findEntities(ctx, args.name, args.kind);
      if (found) return found;
      throw await notNamed(ctx, args.name, args.kind, 'entity(name:)');
    },
  }),
}));
