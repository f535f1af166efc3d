import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from '../../context';
import { type EntityKind, KIND_SPECS } from '../../domain/kinds';
import { notFound } from '../../errors';
import { normalizeName } from '../../text/chinese';
import { describeCandidates, rankedCandidates } from '../resolve/candidates';
import type { EntityRow } from './repository';

// Turning what a user typed (name, alias, traditional form, English name, key or global id) into entities.

const KEY_PATTERN = /^[a-z]+\/[a-z0-9][a-z0-9-]*$/;

/** True when the text is an entity key as typed (e.g. "region/jiaozuo"), not a name or a global id. */
export function isEntityKey(text: string): boolean {
  return KEY_PATTERN.test(text.trim());
}

/** The entity key inside a global id (any node type whose id looks like a key), else undefined. */
export function keyFromGlobalId(value: string): string | undefined {
  if (!/^[A-Za-z0-9+/=_-]{8,}$/.test(value)) return undefined;
  try {
    const { typename, id } = decodeGlobalID(value);
    return typename && KEY_PATTERN.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Every entity the text names, of one kind if given; [] when none. */
export async function findEntities(ctx: Context, text: string, kind?: EntityKind | null): Promise<EntityRow[]> {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const key = KEY_PATTERN.test(trimmed) ? trimmed : keyFromGlobalId(trimmed);
  let found: EntityRow[];
  if (key) {
    const row = await ctx.loaders.entityByKey.load(key);
    found = row ? [row] : [];
  } else {
    found = await ctx.loaders.entitiesByName.load(normalizeName(trimmed));
  }
  return kind ? found.filter((e) => e.kind === kind) : found;
}

/** Like findEntities, but a name that matches nothing is a NOT_FOUND error saying what to try. */
export async function requireEntities(
  ctx: Context,
  text: string,
  kind: EntityKind | null | undefined,
  argument: string,
): Promise<EntityRow[]> {
  const found = await findEntities(ctx, text, kind);
  if (found.length === 0) throw await notNamed(ctx, text, kind, `argument ${argument}`);
  return found;
}

/** NOT_FOUND for a name nothing answers to exactly, naming the best candidates resolve(name:) finds for it. */
export async function notNamed(ctx: Context, text: string, kind: EntityKind | null | undefined, where: string) {
  const what = kind ? KIND_SPECS[kind].noun : 'entity';
  const candidates = await rankedCandidates(ctx, text.slice(0, 200), kind ? [kind] : null, 3);
  const hint =
    candidates.length > 0
      ? `Did you mean: ${describeCandidates(candidates)}? resolve(name: "${text.slice(0, 40)}") ranks every candidate.`
      : `Names, aliases, traditional forms, English names and keys all work; try search(query: "${text.slice(0, 40)}").`;
  return notFound(`No ${what} is named "${text}" (${where}). ${hint}`);
}

/** Keys for an optional name filter: undefined when the filter is absent. */
export async function filterKeys(
  ctx: Context,
  text: string | null | undefined,
  kind: EntityKind | null,
  argument: string,
): Promise<string[] | undefined> {
  if (text === null || text === undefined) return undefined;
  return (await requireEntities(ctx, text, kind, argument)).map((e) => e.key);
}
