import type { EntityKind } from './kinds';

// Relationship types between entities, which kinds each may join (from → to, after ../shared/design/domain.md),
// and what each means.

export interface RelationSpec {
  readonly from: readonly EntityKind[];
  readonly to: readonly EntityKind[];
  readonly description: string;
}

export const RELATION_SPECS = {
  LOCATED_IN: {
    from: ['PROJECT', 'COMPANY', 'INSTITUTION', 'REGION'],
    to: ['REGION'],
    description: 'Where something is; between regions, the region above.',
  },
  DEVELOPS: { from: ['COMPANY', 'INSTITUTION'], to: ['PROJECT'], description: 'Builds, invests in or runs.' },
  IN_CHAIN: { from: ['PROJECT', 'COMPANY'], to: ['INDUSTRIAL_CHAIN'], description: 'Belongs to an industrial chain.' },
  PART_OF: {
    from: ['INDUSTRIAL_CHAIN', 'PROJECT', 'POLICY'],
    to: ['INDUSTRIAL_CHAIN', 'PROJECT', 'POLICY'],
    description: 'A chain in a group, a phase of a project, a measure of a programme.',
  },
  UNDER_PROGRAM: {
    from: ['PROJECT', 'INDUSTRIAL_CHAIN', 'COMPANY'],
    to: ['POLICY'],
    description: 'Carried out or listed under a programme.',
  },
  FUNDS: {
    from: ['POLICY'],
    to: ['PROJECT', 'POLICY', 'REGION', 'COMPANY', 'INDUSTRIAL_CHAIN'],
    description: 'Money raised or granted under a policy goes to it.',
  },
  ISSUED_BY: { from: ['POLICY'], to: ['REGION', 'INSTITUTION'], description: 'The government or body that runs it.' },
  COOPERATES_WITH: {
    from: ['REGION', 'COMPANY', 'INSTITUTION'],
    to: ['INSTITUTION'],
    description: 'A cooperation agreement or joint platform.',
  },
} as const satisfies Record<string, RelationSpec>;

export type RelationType = keyof typeof RELATION_SPECS;

export const RELATION_TYPES = Object.keys(RELATION_SPECS) as [RelationType, ...RelationType[]];

/** Which kinds each relationship may join. */
export const RELATION_ENDPOINTS: Readonly<Record<RelationType, RelationSpec>> = RELATION_SPECS;
