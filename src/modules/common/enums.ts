import { builder } from '../../builder';
import {
  CHAIN_TIER,
  DIRECTION,
  OBSERVATION_KIND,
  POLICY_KIND,
  PROJECT_STATUS,
  RANKING_BASIS,
  REGION_LEVEL,
  SCRIPT,
} from '../../domain/enums';
import { ENTITY_KINDS } from '../../domain/kinds';

// The GraphQL enums, each generated from its domain vocabulary (values and descriptions in src/domain/enums.ts).

export const EntityKindEnum = builder.enumType('EntityKind', { values: ENTITY_KINDS });
export const DirectionEnum = builder.enumType('Direction', { values: DIRECTION });
export const RegionLevelEnum = builder.enumType('RegionLevel', { values: REGION_LEVEL });
export const ProjectStatusEnum = builder.enumType('ProjectStatus', { values: PROJECT_STATUS });
export const ChainTierEnum = builder.enumType('ChainTier', { values: CHAIN_TIER });
export const PolicyKindEnum = builder.enumType('PolicyKind', { values: POLICY_KIND });
export const ObservationKindEnum = builder.enumType('ObservationKind', { values: OBSERVATION_KIND });
export const RankingBasisEnum = builder.enumType('RankingBasis', { values: RANKING_BASIS });
export const ScriptEnum = builder.enumType('Script', { values: SCRIPT });
