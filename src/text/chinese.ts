import * as OpenCC from 'opencc-js';

// One place for script conversion, so seeding, lookups, search and ingest agree on what "the same name" is.

const toSimplifiedRaw = OpenCC.Converter({ from: 'tw', to: 'cn' });
// The simplified → traditional converters hold about 80 MB of dictionaries; only seeding and ingest need them,
// so they are built on first use rather than in every process that imports this module.
let toTraditionalRaw: ((text: string) => string) | undefined;
let toHongKongRaw: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  return toSimplifiedRaw(text);
}

/** Traditional forms of a simplified name (Taiwan and Hong Kong variants), without the name itself. */
export function traditionalForms(name: string): string[] {
  toTraditionalRaw ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  toHongKongRaw ??= OpenCC.Converter({ from: 'cn', to: 'hk' });
  const forms = new Set([toTraditionalRaw(name), toHongKongRaw(name)]);
  forms.delete(name);
  return [...forms];
}

/** Full-width ASCII and brackets to half-width (NFKC), whitespace removed: the form names are compared in. */
export function foldWidth(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** The matching key of a name: simplified script, half-width, no whitespace, lower case. */
export function normalizeName(name: string): string {
  return toSimplified(foldWidth(name)).toLowerCase();
}

export function hasChinese(text: string): boolean {
  return /[\u3400-\u9fff]/.test(text);
}
