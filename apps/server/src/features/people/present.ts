import type { TPerson } from '@redline/contracts';
import type { people } from './schema';

export type PersonRow = typeof people.$inferSelect & { regionName: string };

export const presentPerson = (r: PersonRow): TPerson => ({
  id: r.id,
  name: r.name,
  mobile: r.mobile,
  title: r.title,
  regionCode: r.regionCode,
  regionName: r.regionName,
  departmentId: r.departmentId,
  enterpriseId: r.enterpriseId,
});
