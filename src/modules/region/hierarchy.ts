import { ancestry, descendantCodes } from '../../domain/places';
import type { EntityRow } from '../entity/repository';
import type { ParentCandidates, PlacedRow, ScopeRoot } from './repository';

// The region hierarchy as the API serves it, from rows the repository read; no database, no builder. A place the
// division list knows hangs under the nearest place above it (by code) that the graph holds, so seeded and ingested
// places agree whatever LOCATED_IN edges their documents wrote; others hang on their own LOCATED_IN edge; a
// province (or a coded place with nothing held above it) hangs under the country.

/** What regionScopes needs to know about a root region. */
export function scopeRoot(region: EntityRow): ScopeRoot {
  const code = typeof region.code === 'string' ? region.code : undefined;
  const all = region.level === 'COUNTRY';
  return { key: region.key, all, codes: all ? [] : code ? descendantCodes(code) : [] };
}

/** Division codes above a region, nearest first ([] for a region without a code). */
export function ancestorCodes(region: EntityRow): string[] {
  const code = typeof region.code === 'string' ? region.code : undefined;
  return code
    ? ancestry(code)
        .slice(1)
        .map((d) => d.code)
    : [];
}

/** The parent's key, given the keys of held regions by code, the region's own edge and the country's key. */
export function parentKey(
  region: EntityRow,
  heldByCode: ReadonlyMap<string, string>,
  edgeParent: string | null,
  country: string | null,
): string | null {
  if (region.level === 'COUNTRY') return null;
  for (const code of ancestorCodes(region)) {
    const held = heldByCode.get(code);
    if (held) return held;
  }
  if (edgeParent) return edgeParent;
  return typeof region.code === 'string' && country && country !== region.key ? country : null;
}

/** The parent row from what parentCandidates found. */
export function pickParent(region: EntityRow, found: ParentCandidates): EntityRow | null {
  const byKey = new Map<string, EntityRow>();
  for (const row of [...found.byCode, found.edgeParent, found.country]) if (row) byKey.set(row.key, row);
  const heldByCode = new Map(found.byCode.flatMap((r) => (typeof r.code === 'string' ? [[r.code, r.key]] : [])));
  const key = parentKey(region, heldByCode, found.edgeParent?.key ?? null, found.country?.key ?? null);
  return key ? (byKey.get(key) ?? null) : null;
}

/** A root region and the regions below it in the graph, each with its parent. */
export interface RegionScope {
  root: string;
  /** The root first, then every region below it, by name. */
  members: EntityRow[];
  parentOf: Map<string, string | null>;
}

export function buildScope(root: ScopeRoot, rows: readonly PlacedRow[]): RegionScope {
  const heldByCode = new Map(
    rows.flatMap((r) => (typeof r.node.code === 'string' ? [[r.node.code, r.node.key] as const] : [])),
  );
  const country = rows.find((r) => r.node.level === 'COUNTRY')?.node.key ?? null;
  const parentOf = new Map(rows.map((r) => [r.node.key, parentKey(r.node, heldByCode, r.edgeParent, country)]));
  const rootRow = rows.find((r) => r.node.key === root.key)?.node;
  const members = [...(rootRow ? [rootRow] : []), ...rows.map((r) => r.node).filter((n) => n.key !== root.key)];
  return { root: root.key, members, parentOf };
}

/** The regions whose parent is the root. */
export function childrenIn(scope: RegionScope): EntityRow[] {
  return scope.members.filter((m) => m.key !== scope.root && scope.parentOf.get(m.key) === scope.root);
}
