import type { TSector } from '@redline/contracts';
import type { sectors } from './schema';

export const presentSector = (s: typeof sectors.$inferSelect): TSector => ({
  code: s.code,
  nameZh: s.nameZh,
  nameEn: s.nameEn,
  parentCode: s.parentCode,
  sortOrder: s.sortOrder,
  active: s.active,
});
