import { labelOf } from '../domain/kinds';
import { DOCUMENT_FIELDS } from '../modules/document/repository';
import type { RelationSpec } from '../modules/entity/loaders';
import type { ConnectionPlan, EntitySel, MentionsPlan, RelationPlan } from './plan';

// Cypher for a plan: an entity position becomes a map projection of the properties it needs, preceded by one
// `CALL (x) { … }` per relation or connection field, each ordering and cutting its page before collecting.
// Labels, relationship types, property names and kinds come from the fixed specs; every value is a parameter.

export interface Projection {
  /** CALL subqueries that must precede the expression (they bind the slots it reads). */
  calls: string[];
  expr: string;
}

function pattern(v: string, spec: RelationSpec, b: string): string {
  const hops = spec.recursive ? '*1..4' : '';
  const node = `(${b}:${labelOf(spec.target)})`;
  return spec.direction === 'OUT' ? `(${v})-[:${spec.type}${hops}]->${node}` : `(${v})<-[:${spec.type}${hops}]-${node}`;
}

/** The map projection of entity variable `v` with the subqueries it needs. */
export function projection(v: string, sel: EntitySel): Projection {
  const props = new Set(['key', 'kind']);
  const entries: string[] = [];
  const calls: string[] = [];
  const guarded = sel.byKind.size > 1;
  for (const [kind, ks] of sel.byKind) {
    for (const p of ks.props) props.add(p);
    // A kind-specific field is fetched only for entities of that kind.
    const guard = guarded ? `WITH ${v} WHERE ${v}.kind = '${kind}' ` : '';
    for (const r of ks.relations) {
      calls.push(relationCall(v, r, guard));
      entries.push(`${r.slot}: ${r.slot}`);
    }
    for (const c of ks.connections) {
      calls.push(...connectionCalls(v, c, guard));
      entries.push(`${c.slot}: ${c.slot}`);
      if (c.total) entries.push(`${c.slot}t: ${c.slot}t`);
    }
    for (const m of ks.mentions) {
      calls.push(...mentionCalls(v, m, guard));
      entries.push(`${m.slot}: ${m.slot}`);
      if (m.total) entries.push(`${m.slot}t: ${m.slot}t`);
    }
  }
  return { calls, expr: `${v} {${[...[...props].map((p) => `.${p}`), ...entries].join(', ')}}` };
}

function relationCall(v: string, r: RelationPlan, guard: string): string {
  const b = `${r.slot}n`;
  const inner = projection(b, r.sel);
  return [
    `CALL (${v}) { ${guard}MATCH ${pattern(v, r.field.spec, b)}`,
    `WITH DISTINCT ${b} ORDER BY ${b}.name, ${b}.key${r.field.one ? ' LIMIT 1' : ''}`,
    ...inner.calls,
    `RETURN collect(${inner.expr}) AS ${r.slot} }`,
  ].join('\n');
}

function connectionCalls(v: string, c: ConnectionPlan, guard: string): string[] {
  const b = `${c.slot}n`;
  const match = `MATCH ${pattern(v, c.field.spec, b)}`;
  const where = c.field.args.includes('status') ? ` WHERE $${c.slot}st IS NULL OR ${b}.status = $${c.slot}st` : '';
  const inner = projection(b, c.sel);
  const items = [
    `CALL (${v}) { ${guard}${match}${where}`,
    `WITH DISTINCT ${b} ORDER BY ${b}.name, ${b}.key SKIP $${c.slot}o LIMIT $${c.slot}l`,
    ...inner.calls,
    `RETURN collect(${inner.expr}) AS ${c.slot} }`,
  ].join('\n');
  if (!c.total) return [items];
  return [`CALL (${v}) { ${guard}${match}${where} RETURN count(DISTINCT ${b}) AS ${c.slot}t }`, items];
}

/** A page of an entity's mentions, newest document first, then in text order (as mentionsOfEntities). */
function mentionCalls(v: string, m: MentionsPlan, guard: string): string[] {
  const d = `${m.slot}d`;
  const r = `${m.slot}m`;
  const inner = m.entities.map((e) => projection(v, e.sel));
  const fields = [
    `doc: ${d}.key, quote: ${r}.quote, offset: ${r}.offset`,
    ...(m.document ? [`document: ${DOCUMENT_FIELDS.replace(/^d /, `${d} `)}`] : []),
    ...inner.map((p, i) => `e${i}: ${p.expr}`),
  ];
  const items = [
    `CALL (${v}) { ${guard}MATCH (${d}:Document)-[${r}:MENTIONS]->(${v})`,
    `WITH ${v}, ${d}, ${r} ORDER BY ${d}.sortDate DESC, ${r}.offset SKIP $${m.slot}o LIMIT $${m.slot}l`,
    ...inner.flatMap((p) => p.calls),
    `RETURN collect({${fields.join(', ')}}) AS ${m.slot} }`,
  ].join('\n');
  if (!m.total) return [items];
  return [`CALL (${v}) { ${guard}MATCH (:Document)-[${r}:MENTIONS]->(${v}) RETURN count(${r}) AS ${m.slot}t }`, items];
}

/** Finds entities by key ($<p>Key) or by exact name ($<p>Query, $<p>Name), optionally of one kind ($<p>Kind). */
export function lookup(variable: string, param: string, mode: 'key' | 'name'): string {
  const kind = `($${param}Kind IS NULL OR ${variable}.kind = $${param}Kind)`;
  return mode === 'key'
    ? `MATCH (${variable}:Entity {key: $${param}Key}) WHERE ${kind}`
    : `CALL db.index.fulltext.queryNodes('entity_exact_names', $${param}Query) YIELD node AS ${variable}
       WITH ${variable} WHERE $${param}Name IN ${variable}.names AND ${kind}`;
}
