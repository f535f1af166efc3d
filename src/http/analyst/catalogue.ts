import { schema } from '../../schema';
import type { Cell } from '../csv';
import { loadOperation, type StoredOperation } from '../operations';
import type { ColumnType } from '../parquet';

// The catalogue of analyst queries: each a named GraphQL operation from queries/analyst, its parameters with their
// defaults, its columns, and how one answer becomes rows. run.ts runs them through the GraphQL pipeline (the yoga
// app, every plugin included); route.ts serves them under /q.

type ParamType = 'string' | 'int' | { enum: readonly string[] };

export interface ParamSpec {
  /** The query-string name. */
  name: string;
  /** The GraphQL variable it sets. */
  variable: string;
  type: ParamType;
  /** Used when the parameter is absent or empty. "all" means no filter; "latest" picks the latest period. */
  default: string | number;
  /** The query needs a value: "all" is refused. */
  required?: boolean;
  description: string;
}

export interface EvidenceJson {
  quote: string;
  document: { key: string; title: string; publishedAt: string | null };
}

/** One output row, the evidence it cites, and its period (for the "latest" default). */
export interface Flat {
  row: Record<string, Cell>;
  evidence: EvidenceJson[];
  period?: string;
  actual?: boolean;
}

export interface AnalystQuery {
  name: string;
  description: string;
  operation: StoredOperation;
  params: ParamSpec[];
  columns: readonly string[];
  /** Parquet types of the columns that are not text (a column not named here is typed from its values). */
  types?: Readonly<Record<string, ColumnType>>;
  /** The connection to page through with $after, when the operation has one. */
  connection?: string;
  flatten(data: Record<string, unknown>): Flat[];
}

export const ALL = 'all';
export const LATEST = 'latest';

const EVIDENCE_COLUMNS = ['quote', 'document_title', 'documents'] as const;

function evidenceColumns(evidence: EvidenceJson[]): Record<(typeof EVIDENCE_COLUMNS)[number], Cell> {
  const first = evidence[0];
  return {
    quote: first?.quote ?? null,
    document_title: first?.document.title ?? null,
    documents: [...new Set(evidence.map((e) => e.document.key))].join('; ') || null,
  };
}

const names = (list: { name: string }[] | null | undefined) => (list ?? []).map((x) => x.name).join('; ') || null;

function edgesOf<T>(data: Record<string, unknown>, field: string): T[] {
  return ((data[field] as { edges: { node: T }[] }).edges ?? []).map((e) => e.node);
}

const PERIOD_HELP =
  'a period ("2025-H1", "2024"), "latest" (the latest report period with actual figures here) or "all"';

interface RankingJson {
  subject: { name: string };
  period: string;
  indicator: { name: string; nameEn: string | null };
  scope: { name: string };
  rank: number;
  basis: string;
  evidence: EvidenceJson[];
}

interface ObservationJson {
  subject: { name: string; kind: string };
  period: string;
  indicator: { name: string; nameEn: string | null };
  kind: string;
  value: { value: number; unit: string; text: string } | null;
  growthPct: number | null;
  note: string | null;
  evidence: EvidenceJson[];
}

interface ClaimJson {
  kind: string;
  value: { value: number; unit: string; unitKnown: boolean; stated: { text: string } } | null;
  growthPct: number | null;
  publishedAt: string;
  dateStated: boolean;
  differs: boolean;
  document: { key: string; title: string };
  evidence: EvidenceJson[];
}

interface SeriesJson {
  indicator: { name: string; nameEn: string | null };
  subject: { name: string };
  points: { period: string; current: ClaimJson; revisions: ClaimJson[] }[];
}

interface LeagueJson {
  indicator: { name: string; nameEn: string | null };
  scope: { name: string };
  period: string;
  basis: string;
  entries: {
    name: string;
    code: string | null;
    place: { key: string } | null;
    rank: number | null;
    rankSource: string | null;
    derivedRank: number | null;
    value: { value: number; unit: string; stated: { text: string } } | null;
    growthPct: number | null;
    evidence: EvidenceJson[];
    figure: { publishedAt: string; document: { key: string }; evidence: EvidenceJson[] } | null;
  }[];
}

interface ProjectJson {
  key: string;
  name: string;
  status: string;
  phase: string | null;
  investment: { text: string } | null;
  capacity: { text: string } | null;
  parent: { name: string } | null;
  region: { name: string } | null;
  developers: { name: string }[];
  chains: { name: string }[];
  programs: { name: string }[];
  mentions: { edges: { node: { evidence: EvidenceJson } }[] };
}

interface ResolveJson {
  score: number;
  reason: string;
  matched: string;
  entity: { key: string; name: string; nameEn: string | null; kind: string; level?: string; code?: string | null };
}

interface NeighborhoodJson {
  nodes: { id: string; key: string; name: string; nameEn: string | null; kind: string }[];
  edges: { type: string; source: string; target: string; evidence: EvidenceJson[] }[];
}

function enumValues(typeName: string): string[] {
  const type = schema.getType(typeName);
  if (!type || !('getValues' in type)) throw new Error(`${typeName} is not an enum of the schema`);
  return type.getValues().map((v) => v.name);
}

function neighborhoodParams(): ParamSpec[] {
  return [
    {
      name: 'of',
      variable: 'of',
      type: 'string',
      default: '焦作市',
      required: true,
      description: 'The entity at the centre: a name, alias, traditional form, English name or key.',
    },
    {
      name: 'depth',
      variable: 'depth',
      type: 'int',
      default: 1,
      required: true,
      description: 'How many hops out (1 to 3).',
    },
    {
      name: 'limit',
      variable: 'limit',
      type: 'int',
      default: 100,
      required: true,
      description: 'Most nodes (1 to 500).',
    },
  ];
}

/** Every analyst query; the documents are read and validated once, when this is first called. */
function defineQueries(): AnalystQuery[] {
  const neighborhood = loadOperation('analyst/neighborhood.graphql');
  return [
    {
      name: 'rankings',
      description: "A region's places in league tables (居全省第N位), period by period, best first within a period.",
      operation: loadOperation('analyst/rankings.graphql'),
      connection: 'rankings',
      params: [
        {
          name: 'region',
          variable: 'region',
          type: 'string',
          default: '焦作市',
          description: 'The region ranked (name, alias, English name or key).',
        },
        {
          name: 'indicator',
          variable: 'indicator',
          type: 'string',
          default: ALL,
          description: 'One indicator (e.g. GDP, 地区生产总值) or "all".',
        },
        { name: 'period', variable: 'period', type: 'string', default: ALL, description: `${PERIOD_HELP}.` },
        {
          name: 'scope',
          variable: 'scope',
          type: 'string',
          default: ALL,
          description: 'The league: 河南省 for provincial ranks, 中国 for national ones, or "all".',
        },
      ],
      columns: ['region', 'period', 'indicator', 'indicator_en', 'scope', 'rank', 'basis', ...EVIDENCE_COLUMNS],
      types: { rank: 'int' },
      flatten: (data) =>
        edgesOf<RankingJson>(data, 'rankings').map((r) => ({
          row: {
            region: r.subject.name,
            period: r.period,
            indicator: r.indicator.name,
            indicator_en: r.indicator.nameEn,
            scope: r.scope.name,
            rank: r.rank,
            basis: r.basis,
            ...evidenceColumns(r.evidence),
          },
          evidence: r.evidence,
          period: r.period,
          actual: true,
        })),
    },
    {
      name: 'observations',
      description: 'Figures (value and/or growth) of an indicator, or of every indicator, for a subject.',
      operation: loadOperation('analyst/observations.graphql'),
      connection: 'observations',
      params: [
        {
          name: 'subject',
          variable: 'subject',
          type: 'string',
          default: '焦作市',
          description: 'Whose figures: a region, chain or company (name, alias, English name or key).',
        },
        {
          name: 'indicator',
          variable: 'indicator',
          type: 'string',
          default: ALL,
          description: 'One indicator (e.g. GDP, 规模以上工业增加值) or "all".',
        },
        {
          name: 'period',
          variable: 'period',
          type: 'string',
          default: LATEST,
          description: `${PERIOD_HELP}; "latest" looks at actual figures only, then returns every kind for that period.`,
        },
        {
          name: 'kind',
          variable: 'kind',
          type: { enum: enumValues('ObservationKind') },
          default: ALL,
          description: 'ACTUAL, ESTIMATE, TARGET or "all".',
        },
      ],
      columns: [
        'subject',
        'subject_kind',
        'period',
        'indicator',
        'indicator_en',
        'kind',
        'value',
        'unit',
        'value_text',
        'growth_pct',
        'note',
        ...EVIDENCE_COLUMNS,
      ],
      types: { value: 'double', growth_pct: 'double' },
      flatten: (data) =>
        edgesOf<ObservationJson>(data, 'observations').map((o) => ({
          row: {
            subject: o.subject.name,
            subject_kind: o.subject.kind,
            period: o.period,
            indicator: o.indicator.name,
            indicator_en: o.indicator.nameEn,
            kind: o.kind,
            value: o.value?.value,
            unit: o.value?.unit,
            value_text: o.value?.text,
            growth_pct: o.growthPct,
            note: o.note,
            ...evidenceColumns(o.evidence),
          },
          evidence: o.evidence,
          period: o.period,
          actual: o.kind === 'ACTUAL',
        })),
    },
    {
      name: 'series',
      description:
        "An indicator's figures for a subject, period by period, in one unit (amounts in 亿元, people in 万人): one row " +
        'per claim, the latest-published one of each period current, every other one a revision.',
      operation: loadOperation('analyst/series.graphql'),
      params: [
        {
          name: 'indicator',
          variable: 'indicator',
          type: 'string',
          default: 'GDP',
          required: true,
          description: 'The indicator (e.g. GDP, 一般公共预算收入).',
        },
        {
          name: 'subject',
          variable: 'subject',
          type: 'string',
          default: '焦作市',
          required: true,
          description: 'Whose figures: a region, chain or company (name, alias, English name or key).',
        },
        { name: 'from', variable: 'from', type: 'string', default: ALL, description: 'First period, or "all".' },
        { name: 'to', variable: 'to', type: 'string', default: ALL, description: 'Last period, or "all".' },
        {
          name: 'kind',
          variable: 'kind',
          type: { enum: enumValues('ObservationKind') },
          default: ALL,
          description: 'ACTUAL, ESTIMATE, TARGET or "all" (actual figures and estimates).',
        },
        ...asOfAndUnit(),
      ],
      columns: [
        'subject',
        'indicator',
        'indicator_en',
        'period',
        'current',
        'differs',
        'kind',
        'value',
        'unit',
        'unit_known',
        'value_stated',
        'growth_pct',
        'published_at',
        'date_stated',
        'document',
        ...EVIDENCE_COLUMNS,
      ],
      types: {
        current: 'boolean',
        differs: 'boolean',
        value: 'double',
        unit_known: 'boolean',
        growth_pct: 'double',
        date_stated: 'boolean',
      },
      flatten: (data) => {
        const s = data.series as SeriesJson;
        return s.points.flatMap((p) =>
          [p.current, ...p.revisions].map((c, i) => ({
            row: {
              subject: s.subject.name,
              indicator: s.indicator.name,
              indicator_en: s.indicator.nameEn,
              period: p.period,
              current: i === 0,
              differs: c.differs,
              kind: c.kind,
              value: c.value?.value,
              unit: c.value?.unit,
              unit_known: c.value?.unitKnown,
              value_stated: c.value?.stated.text,
              growth_pct: c.growthPct,
              published_at: c.publishedAt,
              date_stated: c.dateStated,
              document: c.document.key,
              ...evidenceColumns(c.evidence),
            },
            evidence: c.evidence,
          })),
        );
      },
    },
    {
      name: 'league-table',
      description:
        'Every place of a scope on one indicator in one period, ranked: the rank STATED by a report (with its quote) or ' +
        'DERIVED from the figures of every place (empty while one is missing).',
      operation: loadOperation('analyst/league-table.graphql'),
      params: [
        {
          name: 'indicator',
          variable: 'indicator',
          type: 'string',
          default: 'GDP',
          required: true,
          description: 'The indicator (e.g. GDP, 一般公共预算收入).',
        },
        {
          name: 'period',
          variable: 'period',
          type: 'string',
          default: '2025-H1',
          required: true,
          description: 'The period (e.g. 2025-H1, 2022).',
        },
        {
          name: 'scope',
          variable: 'scope',
          type: 'string',
          default: '河南省',
          required: true,
          description: 'The region whose places are ranked (河南省, 焦作市, 中国).',
        },
        {
          name: 'basis',
          variable: 'basis',
          type: { enum: enumValues('RankingBasis') },
          default: 'GROWTH',
          required: true,
          description: 'GROWTH (rank by growth rate) or LEVEL (by value).',
        },
        {
          name: 'level',
          variable: 'level',
          type: { enum: enumValues('RegionLevel') },
          default: ALL,
          description: 'Places of this level at any depth (COUNTY…), or "all" for the divisions one level down.',
        },
        ...asOfAndUnit(),
      ],
      columns: [
        'scope',
        'period',
        'indicator',
        'indicator_en',
        'basis',
        'rank',
        'rank_source',
        'derived_rank',
        'place',
        'code',
        'key',
        'value',
        'unit',
        'value_stated',
        'growth_pct',
        'published_at',
        ...EVIDENCE_COLUMNS,
      ],
      types: { rank: 'int', derived_rank: 'int', value: 'double', growth_pct: 'double' },
      flatten: (data) => {
        const t = data.leagueTable as LeagueJson;
        return t.entries.map((e) => {
          const evidence = e.evidence.length > 0 ? e.evidence : (e.figure?.evidence ?? []);
          return {
            row: {
              scope: t.scope.name,
              period: t.period,
              indicator: t.indicator.name,
              indicator_en: t.indicator.nameEn,
              basis: t.basis,
              rank: e.rank,
              rank_source: e.rankSource,
              derived_rank: e.derivedRank,
              place: e.name,
              code: e.code,
              key: e.place?.key,
              value: e.value?.value,
              unit: e.value?.unit,
              value_stated: e.value?.stated.text,
              growth_pct: e.growthPct,
              published_at: e.figure?.publishedAt,
              ...evidenceColumns(evidence),
            },
            evidence,
          };
        });
      },
    },
    {
      name: 'projects',
      description:
        'Projects of an industrial chain (every project by default), with developers, region, parent and programmes.',
      operation: loadOperation('analyst/projects.graphql'),
      connection: 'projects',
      params: [
        {
          name: 'chain',
          variable: 'chain',
          type: 'string',
          default: ALL,
          description: 'An industrial chain (e.g. 未来产业, New Materials) or "all".',
        },
        {
          name: 'status',
          variable: 'status',
          type: { enum: enumValues('ProjectStatus') },
          default: ALL,
          description: 'COMPLETED, UNDER_CONSTRUCTION, PLANNED, UNKNOWN or "all".',
        },
        {
          name: 'region',
          variable: 'region',
          type: 'string',
          default: ALL,
          description: 'Only projects in this region or below it (e.g. 温县), or "all".',
        },
      ],
      columns: [
        'project',
        'key',
        'status',
        'phase',
        'parent',
        'region',
        'developers',
        'chains',
        'programs',
        'investment',
        'capacity',
        ...EVIDENCE_COLUMNS,
      ],
      flatten: (data) =>
        edgesOf<ProjectJson>(data, 'projects').map((p) => {
          const evidence = p.mentions.edges.map((e) => e.node.evidence);
          return {
            row: {
              project: p.name,
              key: p.key,
              status: p.status,
              phase: p.phase,
              parent: p.parent?.name,
              region: p.region?.name,
              developers: names(p.developers),
              chains: names(p.chains),
              programs: names(p.programs),
              investment: p.investment?.text,
              capacity: p.capacity?.text,
              ...evidenceColumns(evidence),
            },
            evidence,
          };
        }),
    },
    {
      name: 'neighborhood-nodes',
      description: 'The entities around one entity (itself first, then nearest first): one row per node.',
      operation: neighborhood,
      params: neighborhoodParams(),
      columns: ['key', 'name', 'name_en', 'kind', 'center', 'degree'],
      types: { center: 'boolean', degree: 'int' },
      flatten: (data) => {
        const graph = data.neighborhood as NeighborhoodJson;
        const degree = new Map<string, number>();
        for (const e of graph.edges) {
          degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
          degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
        }
        return graph.nodes.map((n, i) => ({
          row: {
            key: n.key,
            name: n.name,
            name_en: n.nameEn,
            kind: n.kind,
            center: i === 0,
            degree: degree.get(n.id) ?? 0,
          },
          evidence: [],
        }));
      },
    },
    {
      name: 'neighborhood-edges',
      description: 'The relationships among those entities: one row per edge, with the sentence it was read from.',
      operation: neighborhood,
      params: neighborhoodParams(),
      columns: [
        'source',
        'source_name',
        'source_kind',
        'relation',
        'target',
        'target_name',
        'target_kind',
        ...EVIDENCE_COLUMNS,
      ],
      flatten: (data) => {
        const graph = data.neighborhood as NeighborhoodJson;
        const byId = new Map(graph.nodes.map((n) => [n.id, n]));
        return graph.edges.map((e) => {
          const source = byId.get(e.source);
          const target = byId.get(e.target);
          return {
            row: {
              source: source?.key,
              source_name: source?.name,
              source_kind: source?.kind,
              relation: e.type,
              target: target?.key,
              target_name: target?.name,
              target_kind: target?.kind,
              ...evidenceColumns(e.evidence),
            },
            evidence: e.evidence,
          };
        });
      },
    },
    {
      name: 'resolve',
      description: 'Every entity a name may stand for, best first, with the reason it matched and a score.',
      operation: loadOperation('analyst/resolve.graphql'),
      params: [
        {
          name: 'name',
          variable: 'name',
          type: 'string',
          default: '焦作',
          required: true,
          description:
            'A name in either script, a short form, an English name or pinyin (e.g. 焦作, 寧福巨灣, jiaozuo).',
        },
        {
          name: 'kind',
          variable: 'kinds',
          type: { enum: enumValues('EntityKind') },
          default: ALL,
          description: 'Only entities of this kind (REGION, COMPANY, …) or "all".',
        },
        { name: 'first', variable: 'first', type: 'int', default: 10, description: 'How many candidates (1 to 100).' },
      ],
      columns: ['rank', 'name', 'key', 'kind', 'reason', 'matched', 'score', 'name_en', 'level', 'code'],
      types: { rank: 'int', score: 'double' },
      flatten: (data) =>
        (data.resolve as ResolveJson[]).map((c, i) => ({
          row: {
            rank: i + 1,
            name: c.entity.name,
            key: c.entity.key,
            kind: c.entity.kind,
            reason: c.reason,
            matched: c.matched,
            score: c.score,
            name_en: c.entity.nameEn,
            level: c.entity.level ?? null,
            code: c.entity.code ?? null,
          },
          evidence: [],
        })),
    },
    {
      name: 'documents',
      description: 'The source reports every quote comes from.',
      operation: loadOperation('analyst/documents.graphql'),
      params: [],
      columns: ['key', 'title', 'publisher', 'published_at', 'period', 'script'],
      flatten: (data) =>
        (
          data.documents as {
            key: string;
            title: string;
            publisher: string | null;
            publishedAt: string | null;
            period: string | null;
            script: string;
          }[]
        ).map((d) => ({
          row: {
            key: d.key,
            title: d.title,
            publisher: d.publisher,
            published_at: d.publishedAt,
            period: d.period,
            script: d.script,
          },
          evidence: [],
        })),
    },
  ];
}

let defined: AnalystQuery[] | undefined;

/** as_of and unit: what series and league tables share (what was published by a day, values in another unit). */
function asOfAndUnit(): ParamSpec[] {
  return [
    {
      name: 'as_of',
      variable: 'asOf',
      type: 'string',
      default: ALL,
      description: 'Only what reports published by this day (YYYY-MM-DD) said, or "all".',
    },
    {
      name: 'unit',
      variable: 'unit',
      type: 'string',
      default: ALL,
      description: 'Values in this unit of the same family (元, 万元, 人…), or "all" for 亿元 / 万人.',
    },
  ];
}
export function analystQueries(): AnalystQuery[] {
  defined ??= defineQueries();
  return defined;
}
