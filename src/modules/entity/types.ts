import { entityNode } from './schema';

// The seven entity types as refs; each kind's module adds its own fields (modules/<kind>/schema.ts).

export const RegionRef = entityNode('REGION', 'A country, province, city, county, district or development zone.');
export const CompanyRef = entityNode('COMPANY', 'A company named in the reports.');
export const InstitutionRef = entityNode(
  'INSTITUTION',
  'Universities, research institutes, laboratories, government bodies.',
);
export const ProjectRef = entityNode('PROJECT', 'An investment or construction project, or one phase of one.');
export const IndustrialChainRef = entityNode('INDUSTRIAL_CHAIN', 'An industrial chain, cluster or group of chains.');
export const PolicyRef = entityNode(
  'POLICY',
  'A programme, action plan, policy package, target system, fund or award.',
);
export const IndicatorRef = entityNode('INDICATOR', 'An economic indicator, e.g. 地区生产总值 (GDP).');
