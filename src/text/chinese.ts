import * as OpenCC from 'opencc-js';

// One place for script conversion, so seeding, lookups, search and ingest agree on what "the same name" is.

const toSimplifiedRaw = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toTraditionalRaw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKongRaw = OpenCC.Converter({ from: 'cn', to: 'hk' });

export function toSimplified(text: string): string {
  return toSimplifiedRaw(text);
}

/** Traditional forms of a simplified name (Taiwan and Hong Kong variants), without the name itself. */
export function traditionalForms(name: string): string[] {
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
