export * from './accounts';
export { makeEnterpriseUscc, organisationCodeCheck } from './credit-code';
export * from './departments';
export { JINCHENG_BOUNDS } from './enterprise-location';
export { ENTERPRISE_PROFILES, type EnterpriseProfile, type EnterpriseTag } from './enterprise-profiles';
export * from './enterprises';
export * from './prng';
export type { CountyRow, TownRow, VillageRow } from './region-table';
export * from './regions';
