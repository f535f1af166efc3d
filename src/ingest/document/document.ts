import { cleanLine, readHead } from './head';
import { type Inference, inferPeriod } from './period';
import { inferSubject, type RegionEntry } from './subject';

// The document layer: what a report is (title, period, subject, publication date) before any sentence is read.
// A period or subject the caller passes wins; an inferred one carries a confidence, a reason and a warning.

export interface DocumentMeta {
  title: string;
  publishedAt?: string | null;
  period?: string | null;
  subject?: string | null;
}

export interface DocumentReading {
  title: string;
  period: Inference<string>;
  subject: Inference<RegionEntry | undefined>;
  /** The publication year as given or as the page head prints it ("2025"), for 今年/去年. */
  publishedYear?: string;
}

/** Reads the report's head. `regions` are the places the subject may be (with level and parent where known). */
export function readDocument(
  text: string,
  meta: DocumentMeta,
  regions: RegionEntry[],
  options: { today?: number } = {},
): DocumentReading {
  const head = readHead(text);
  // The title as given, in either script and with page debris, read as the head's own lines are.
  const title = cleanLine(meta.title);
  // Run even when the period is given: it also reads the publication date off the page head.
  const inferred = inferPeriod({ title, head, publishedAt: meta.publishedAt ?? null, ...options });
  const period: Inference<string> = meta.period
    ? { value: meta.period, confidence: 1, reason: 'given', warning: null }
    : { value: inferred.value, confidence: inferred.confidence, reason: inferred.reason, warning: inferred.warning };
  const given = meta.subject
    ? regions.find((r) => r.name === meta.subject || r.forms.includes(meta.subject as string))
    : undefined;
  const subject: Inference<RegionEntry | undefined> = meta.subject
    ? given
      ? { value: given, confidence: 1, reason: 'given', warning: null }
      : {
          value: undefined,
          confidence: 0,
          reason: `given as ${meta.subject}, which no known region is called`,
          warning: `The subject "${meta.subject}" is no region the gazetteer knows: 我市/全市 figures were left without a subject.`,
        }
    : inferSubject({ titles: [title, ...head.titles], body: head.body, regions });
  const publishedYear =
    meta.publishedAt?.slice(0, 4) ?? (inferred.published ? String(inferred.published.year) : undefined);
  return { title: head.titles[0] ?? title, period, subject, ...(publishedYear ? { publishedYear } : {}) };
}
