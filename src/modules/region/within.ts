import type { Context } from '../../context';
import { divisionByCode } from '../../domain/places';
import { badInput, notFound } from '../../errors';
import type { EntityRow } from '../entity/repository';
import { requireEntities } from '../entity/resolve';
import { type RegionScope, scopeRoot } from './hierarchy';

// Roll-ups: a region named by name, alias, English name, key or division code, and every region of the graph below
// it. Used by Region.children/descendants and by the `within` filter of the root lists (figure, project, company).

const CODE = /^\d{6}$/;

/** The region a division code stands for; BAD_USER_INPUT for a malformed code, NOT_FOUND when the graph has none. */
export async function regionByCode(ctx: Context, code: string, argument: string): Promise<EntityRow> {
  const text = code.trim();
  if (!CODE.test(text)) {
    throw badInput(`${argument} must be a six-digit division code (GB/T 2260), e.g. "410800" (got "${code}").`);
  }
  const [found] = await ctx.loaders.regionsByCode.load(text);
  if (found) return found;
  const division = divisionByCode(text);
  throw notFound(
    division
      ? `No report names ${division.name} (${text}) yet: the graph holds no region with that code.`
      : `${text} is no division code of the national list (GB/T 2260, 2023).`,
  );
}

/** The regions a within/region argument names: a division code or any name of a region. */
export async function regionsNamed(ctx: Context, text: string, argument: string): Promise<EntityRow[]> {
  if (CODE.test(text.trim())) return [await regionByCode(ctx, text, argument)];
  return requireEntities(ctx, text, 'REGION', argument);
}

export function scopeOf(ctx: Context, region: EntityRow): Promise<RegionScope> {
  return ctx.loaders.regionScope.load(scopeRoot(region));
}

/** Keys of the named region and every region below it; undefined when the filter is absent. */
export async function withinKeys(
  ctx: Context,
  text: string | null | undefined,
  argument = 'within',
): Promise<string[] | undefined> {
  if (text === null || text === undefined) return undefined;
  const regions = await regionsNamed(ctx, text, argument);
  const scopes = await Promise.all(regions.map((r) => scopeOf(ctx, r)));
  return [...new Set(scopes.flatMap((s) => s.members.map((m) => m.key)))];
}

/** The `within` argument's description, shared by every list that takes it. */
export const WITHIN_HELP =
  'Only what is in this region or anywhere below it (a name, alias, English name, key or six-digit GB/T 2260 code): ' +
  '"河南省" includes its cities, counties, districts and zones, and whatever is located in them.';
