import type { EntityKind } from '../domain/kinds';
import { RELATION_ENDPOINTS } from '../domain/relations';
import { normalizeName, traditionalForms } from '../text/chinese';
import { quoteAt } from './quotes';
import type { SeedData } from './read';
import type { EvidenceInput } from './schema';

/** Every name an entity answers to: canonical, aliases, English, and derived traditional forms. */
export function allNames(e: { name: string; aliases: string[]; nameEn?: string | undefined }): string[] {
  const names = [e.name, ...e.aliases, ...(e.nameEn ? [e.nameEn] : [])];
  const withTraditional = names.flatMap((n) => [n, ...traditionalForms(n)]);
  return [...new Set(withTraditional)];
}

/** Checks the curated data against the reports; returns one line per problem (empty when all is well). */
export function validateSeed(data: SeedData): string[] {
  const problems: string[] = [];
  const texts = new Map(data.documents.map((d) => [d.id, d.text]));
  const kindOf = new Map<string, EntityKind>(data.entities.map((e) => [e.key, e.kind]));

  const checkEvidence = (where: string, evidence: EvidenceInput[]): void => {
    for (const ev of evidence) {
      const text = texts.get(ev.doc);
      if (text === undefined) problems.push(`${where}: unknown doc "${ev.doc}"`);
      else if (ev.offset === undefined)
        problems.push(`${where}: quote has no offset (run npm run seed:locate): ${ev.quote}`);
      else if (!quoteAt(text, ev.quote, ev.offset))
        problems.push(`${where}: quote not at offset ${ev.offset} of ${ev.doc}: ${ev.quote}`);
    }
  };
  const checkRef = (where: string, ref: string, kinds?: readonly EntityKind[]): void => {
    const kind = kindOf.get(ref);
    if (!kind) problems.push(`${where}: no entity with key ${ref}`);
    else if (kinds && !kinds.includes(kind))
      problems.push(`${where}: ${ref} is a ${kind}, expected ${kinds.join('/')}`);
  };

  const owners = new Map<string, string>();
  for (const e of data.entities) {
    checkEvidence(e.key, e.mentions);
    for (const n of allNames(e)) {
      const id = `${e.kind}:${normalizeName(n)}`;
      const owner = owners.get(id);
      if (owner && owner !== e.key) problems.push(`${e.key}: name "${n}" is also a name of ${owner}`);
      owners.set(id, e.key);
    }
  }

  const seenRelations = new Set<string>();
  for (const r of data.relations) {
    const where = `${r.type} ${r.from} -> ${r.to}`;
    const id = `${r.type}|${r.from}|${r.to}`;
    if (seenRelations.has(id)) problems.push(`${where}: listed twice (merge the evidence into one entry)`);
    seenRelations.add(id);
    if (r.from === r.to) problems.push(`${where}: a relationship from an entity to itself`);
    checkRef(where, r.from, RELATION_ENDPOINTS[r.type].from);
    checkRef(where, r.to, RELATION_ENDPOINTS[r.type].to);
    checkEvidence(where, r.evidence);
  }

  const seenFigures = new Set<string>();
  for (const o of data.observations) {
    const where = `observation ${o.subject} ${o.indicator} ${o.period} ${o.kind}`;
    const id = JSON.stringify([o.subject, o.indicator, o.period, o.kind, o.value?.value, o.value?.unit, o.growthPct]);
    if (seenFigures.has(id)) problems.push(`${where}: listed twice (merge the evidence into one entry)`);
    seenFigures.add(id);
    checkRef(where, o.indicator, ['INDICATOR']);
    checkRef(where, o.subject);
    if (o.policy) checkRef(where, o.policy, ['POLICY']);
    checkEvidence(where, o.evidence);
  }
  for (const r of data.rankings) {
    const where = `ranking ${r.subject} ${r.indicator} ${r.period} ${r.scope}`;
    const id = JSON.stringify([r.subject, r.indicator, r.period, r.scope, r.basis, r.rank]);
    if (seenFigures.has(id)) problems.push(`${where}: listed twice (merge the evidence into one entry)`);
    seenFigures.add(id);
    checkRef(where, r.indicator, ['INDICATOR']);
    checkRef(where, r.subject);
    checkRef(where, r.scope, ['REGION']);
    checkEvidence(where, r.evidence);
  }
  for (const f of data.fundings) {
    const where = `funding ${f.policy} ${f.period ?? ''} ${f.amount.text}`;
    checkRef(where, f.policy, ['POLICY']);
    for (const rec of f.recipients) checkRef(where, rec);
    checkEvidence(where, f.evidence);
  }
  return problems;
}
