import type { ObjectRef } from '@pothos/core';
import { builder } from '../../builder';
import { badInput } from '../../errors';

// Connections with cursor pagination and totalCount, named as in the public contract (ProjectConnection, …).
// Cursors are opaque offsets: lists here are small and ordered deterministically.

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

/** Offsets beyond this are no position in any list here (and would overflow a Neo4j integer far sooner or later). */
export const MAX_OFFSET = 1_000_000_000;

export function decodeCursor(cursor: string): number {
  const match = /^offset:(\d{1,20})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const offset = match ? Number(match[1]) : Number.NaN;
  if (!Number.isSafeInteger(offset) || offset >= MAX_OFFSET) {
    throw badInput(`"${cursor.slice(0, 60)}" is not a cursor from this API; pass an endCursor you were given.`);
  }
  return offset;
}

/** Validates first/after: first defaults to 20, at most 100. Returns the slice to take. */
export function pageWindow(args: PageArgs): { offset: number; limit: number } {
  const limit = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE} (got ${args.first}); page with after: endCursor.`);
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, limit };
}

/** A page of an already-ordered list. */
export function paginate<T>(items: readonly T[], args: PageArgs): Connection<T> {
  const { offset, limit } = pageWindow(args);
  return pageOf(items.slice(offset, offset + limit), offset, items.length);
}

/** Builds a connection from one page that starts at `offset` out of `total`. */
export function pageOf<T>(page: readonly T[], offset: number, total: number): Connection<T> {
  const edges = page.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: offset + page.length < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: total,
  };
}

/** Declares `<Name>Edge` and `<Name>Connection` for a node type. */
// biome-ignore lint/suspicious/noExplicitAny: Pothos refs of any output type
export function connectionType<T>(name: string, nodeType: ObjectRef<any, T> | any): ObjectRef<any, Connection<T>> {
  const Edge = builder.objectRef<{ cursor: string; node: T }>(`${name}Edge`).implement({
    fields: (t) => ({
      cursor: t.exposeString('cursor'),
      node: t.field({ type: nodeType, resolve: (e) => e.node as never }),
    }),
  });
  return builder.objectRef<Connection<T>>(`${name}Connection`).implement({
    fields: (t) => ({
      edges: t.field({ type: [Edge], resolve: (c) => c.edges }),
      pageInfo: t.field({ type: builder.pageInfoRef(), resolve: (c) => c.pageInfo }),
      totalCount: t.exposeInt('totalCount'),
    }),
  });
}

/**
 * Lists that grow with the graph and are not connections take `first`, so a request asks for a bounded number:
 * a parent's figures (default 100, at most 500) and the root lists (default 100, at most 1000).
 */
export const ENTITY_LIST = { default: 100, max: 500 } as const;
export const ROOT_LIST = { default: 100, max: 1000 } as const;
type ListBound = typeof ENTITY_LIST | typeof ROOT_LIST;

export const listArgs = (bound: ListBound) =>
  builder.args((t) => ({
    first: t.int({ defaultValue: bound.default, description: `How many (at most ${bound.max}).` }),
  }));

/** How many items `first` asks for (the default when null); out of range is BAD_USER_INPUT. */
export function listCount(first: number | null | undefined, bound: ListBound): number {
  const n = first ?? bound.default;
  if (!Number.isInteger(n) || n < 0 || n > bound.max) {
    throw badInput(`first must be between 0 and ${bound.max} (got ${first}).`);
  }
  return n;
}

/** The first `first` items of a list. */
export const firstOf = <T>(items: readonly T[], first: number | null | undefined, bound: ListBound): T[] =>
  items.slice(0, listCount(first, bound));

export const pageArgs = builder.args((t) => ({
  first: t.int({ description: `How many (default ${DEFAULT_PAGE}, at most ${MAX_PAGE}).` }),
  after: t.string({ description: 'The endCursor of the previous page.' }),
}));
