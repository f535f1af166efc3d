// Linear-time matching of lists ("A、B和C分别…", "A、B等一批项目"), the one shape of pattern that a backtracking regex
// reads in exponential or high polynomial time: 和 is both a separator and a character of a name, and every start
// position re-reads the list after it. matchLists() finds the same matches the regex
// /(?:ITEM SEP)+ LAST/g (or `*`) finds, in the same order of preference, by dynamic programming over positions: what
// can follow a position does not depend on how the match got there, so each position is worked out once.

/** How the last part of a list, starting at a position, ends: the first way the regex would accept. */
export interface ListEnd {
  /** Where the last item ends. */
  itemEnd: number;
  /** Where the match ends (after anything the last part consumes). */
  end: number;
  /** Groups the last part captures, for the caller. */
  groups: string[];
}

export interface ListPattern {
  /**
   * The ends of an item starting at `p`, in the order the regex tries them (a greedy item longest first, a lazy one
   * shortest first).
   */
  items: (text: string, p: number) => number[];
  /** Whether the one-character separator at `p` may follow an item. */
  separator: (text: string, p: number) => boolean;
  /** The last part starting at `p` (the item after the last separator, and what must follow it). */
  last: (text: string, p: number) => ListEnd | undefined;
  /** 1 for `(?:ITEM SEP)+ LAST`, 0 for `(?:ITEM SEP)* LAST`. */
  minRepeats: 0 | 1;
  /** Where a match may start (a lookbehind); any position when absent. */
  canStart?: (text: string, p: number) => boolean;
}

export interface ListMatch extends ListEnd {
  /** Where the match starts. */
  index: number;
  /** Where the last part starts (after the last separator). */
  lastStart: number;
}

/** Every match of the pattern, left to right and without overlaps, as String.prototype.matchAll gives them. */
export function matchLists(text: string, pattern: ListPattern): ListMatch[] {
  // after[q]: the match of "(ITEM SEP)* LAST" from q (null: none), worked out right to left.
  const after: (ListMatch | null)[] = new Array(text.length + 1);
  const repeats = (p: number): ListMatch | null => {
    for (const e of pattern.items(text, p)) {
      if (e < text.length && pattern.separator(text, e)) {
        const rest = from(e + 1);
        if (rest) return rest;
      }
    }
    return null;
  };
  // Every position from `lowest` on is worked out; compute(q) needs only positions after q.
  let lowest = text.length + 1;
  const from = (q: number): ListMatch | null => {
    while (lowest > q) {
      lowest -= 1;
      after[lowest] = compute(lowest);
    }
    return after[q] ?? null;
  };
  const compute = (q: number): ListMatch | null => {
    const more = repeats(q);
    if (more) return more;
    const last = pattern.last(text, q);
    return last ? { ...last, index: q, lastStart: q } : null;
  };
  const found: ListMatch[] = [];
  for (let p = 0; p < text.length; ) {
    if (pattern.canStart && !pattern.canStart(text, p)) {
      p += 1;
      continue;
    }
    const match = pattern.minRepeats === 1 ? repeats(p) : from(p);
    if (!match) {
      p += 1;
      continue;
    }
    found.push({ ...match, index: p });
    p = match.end > p ? match.end : p + 1;
  }
  return found;
}

/** Ends of a run of `min`–`max` characters from `p` that all pass `isChar`, longest first (a greedy item). */
export function greedyRun(text: string, p: number, min: number, max: number, isChar: (c: string) => boolean): number[] {
  let n = 0;
  while (n < max && p + n < text.length && isChar(text[p + n] as string)) n += 1;
  const ends: number[] = [];
  for (let k = n; k >= min; k -= 1) ends.push(p + k);
  return ends;
}

/** As greedyRun, shortest first (a lazy item). */
export function lazyRun(text: string, p: number, min: number, max: number, isChar: (c: string) => boolean): number[] {
  return greedyRun(text, p, min, max, isChar).reverse();
}

/** [\u4e00-\u9fa5]: the CJK characters the rules' name patterns take. */
export const isHan = (c: string) => c >= '\u4e00' && c <= '\u9fa5';

/** A match as String.prototype.matchAll gives it: the whole match, then the groups, with its index. */
export function asMatch(text: string, index: number, end: number, groups: string[]): RegExpMatchArray {
  return Object.assign([text.slice(index, end), ...groups], { index, input: text }) as RegExpMatchArray;
}

/** At the start of the text or of a clause (the lookbehind (?<=^|[，,；;：:])). */
export const atClauseStart = (text: string, p: number) => p === 0 || '，,；;：:'.includes(text[p - 1] as string);
