import { readDocuments } from '../../src/seed/read';

const texts = new Map(readDocuments().map((d) => [d.key, d.text]));

export interface EvidenceJson {
  quote: string;
  offset: number | null;
  document: { key: string };
}

/** Asserts every evidence quote stands verbatim in its document at its offset. */
export function expectEvidenceInText(evidence: EvidenceJson[] | undefined): void {
  expect(evidence?.length ?? 0).toBeGreaterThan(0);
  for (const e of evidence ?? []) {
    const text = texts.get(e.document.key);
    expect(text).toBeDefined();
    expect(e.offset).not.toBeNull();
    expect(text?.slice(e.offset ?? 0, (e.offset ?? 0) + e.quote.length)).toBe(e.quote);
  }
}

export const EVIDENCE = 'evidence { quote offset document { key } }';
