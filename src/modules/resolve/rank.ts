import type { EntityKind } from '../../domain/kinds';
import { foldWidth, hasChinese, normalizeName, toSimplified } from '../../text/chinese';
import { isLatinQuery, latinKey, pinyinKey } from '../../text/pinyin';
import type { EntityRow } from '../entity/repository';

// Why a name stands for an entity, and how strongly: pure ranking over candidates the repository found. A score is
// in (0, 1]: 1 for the canonical name as typed, less for each step away from it (a traditional form, an alias, a
// short form, the English name, the same pinyin, a name containing the query or contained in it).

export const MATCH_REASONS = {
  EXACT: 'The canonical name, as typed.',
  TRADITIONAL: 'The canonical name or an alias in the other script (traditional for simplified or back).',
  ALIAS: 'Another name the reports use for it.',
  SHORT_FORM: 'A short form of its name (焦作 for 焦作市, 安彩 for 焦作安彩新材料有限公司).',
  ENGLISH: 'Its English name, in any letter case.',
  PINYIN: 'The same pinyin, tones aside: typed in Latin letters (jiaozuo) or a homophone (蕉作).',
  CONTAINS: 'One of its names contains the query, or the query contains one of its names.',
} as const;

export type MatchReason = keyof typeof MATCH_REASONS;

export interface Candidate {
  entity: EntityRow;
  score: number;
  reason: MatchReason;
  /** The name, alias or English name that matched. */
  matched: string;
}

const BASE: Record<MatchReason, number> = {
  EXACT: 1,
  TRADITIONAL: 0.95,
  ALIAS: 0.9,
  SHORT_FORM: 0.88,
  ENGLISH: 0.85,
  PINYIN: 0.75,
  CONTAINS: 0.6,
};

/** Whether `short` is a short form of `name`: its beginning, or its characters in order with some left out. */
function isShortForm(short: string, name: string): boolean {
  if (short.length >= name.length) return false;
  if (name.startsWith(short)) return true;
  let i = 0;
  for (const c of name) if (c === short[i]) i += 1;
  return i === short.length;
}

/** The query as the lookups see it. */
export interface Query {
  text: string;
  /** Simplified, half-width, no whitespace, lower case. */
  normal: string;
  /** Pinyin key: of the Chinese text, or the Latin text as typed. */
  pinyin: string;
  latin: boolean;
}

export function queryOf(text: string): Query {
  const folded = foldWidth(text.trim());
  const latin = isLatinQuery(folded);
  return {
    text: folded,
    normal: normalizeName(folded),
    pinyin: latin ? latinKey(folded) : hasChinese(folded) ? pinyinKey(toSimplified(folded)) : '',
    latin,
  };
}

/** The best reason this entity answers to the query, or undefined when none holds. */
export function matchOf(query: Query, entity: EntityRow): Candidate | undefined {
  const found: Candidate[] = [];
  const add = (reason: MatchReason, matched: string, score = BASE[reason]) =>
    found.push({ entity, reason, matched, score: Math.round(score * 1000) / 1000 });
  const names = [entity.name, ...entity.aliases];
  if (query.text === entity.name) add('EXACT', entity.name);
  for (const n of names) {
    if (normalizeName(n) !== query.normal) continue;
    if (n === entity.name) {
      if (query.text !== entity.name) add('TRADITIONAL', n);
    } else if (toSimplified(n) !== n || toSimplified(query.text) !== query.text) add('TRADITIONAL', n);
    else if (isShortForm(n, entity.name)) add('SHORT_FORM', n);
    else add('ALIAS', n);
  }
  if (entity.nameEn && latinKey(entity.nameEn) === latinKey(query.text) && latinKey(query.text) !== '') {
    add('ENGLISH', entity.nameEn);
  }
  if (query.pinyin.length >= 2) {
    for (const n of names.filter(hasChinese)) {
      const key = pinyinKey(toSimplified(n));
      if (key === query.pinyin && normalizeName(n) !== query.normal) add('PINYIN', n);
      else if (query.latin && key.startsWith(query.pinyin))
        add('PINYIN', n, BASE.PINYIN * (query.pinyin.length / key.length));
    }
  }
  if (query.normal.length > 0) {
    for (const n of [...names, ...(entity.nameEn ? [entity.nameEn] : [])]) {
      const name = normalizeName(n);
      if (name === query.normal) continue;
      // The longer the share of the name the query covers, the closer the match.
      if (name.includes(query.normal))
        add('CONTAINS', n, BASE.CONTAINS * (0.5 + query.normal.length / name.length / 2));
      else if (name.length >= 2 && query.normal.includes(name)) {
        add('CONTAINS', n, BASE.CONTAINS * (name.length / query.normal.length));
      }
    }
  }
  return found.sort((a, b) => b.score - a.score)[0];
}

const KIND_ORDER: EntityKind[] = [
  'REGION',
  'COMPANY',
  'INSTITUTION',
  'PROJECT',
  'INDUSTRIAL_CHAIN',
  'POLICY',
  'INDICATOR',
];

/** Candidates with a reason, best first: by score, then places before companies before the rest, then by name. */
export function rankCandidates(query: Query, entities: readonly EntityRow[]): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const e of entities) {
    if (seen.has(e.key)) continue;
    seen.add(e.key);
    const match = matchOf(query, e);
    if (match) out.push(match);
  }
  return out.sort(
    (a, b) =>
      b.score - a.score ||
      KIND_ORDER.indexOf(a.entity.kind) - KIND_ORDER.indexOf(b.entity.kind) ||
      a.entity.name.length - b.entity.name.length ||
      a.entity.key.localeCompare(b.entity.key),
  );
}
