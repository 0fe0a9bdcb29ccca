export * from '../features/accounts/schema';
export * from '../features/audit/schema';
export * from '../features/cases/schema';
export * from '../features/departments/schema';
export * from '../features/enterprises/schema';
export * from '../features/people/schema';
export * from '../features/regions/schema';
export * from '../features/sectors/schema';
