import { z } from 'zod';

export const ROLES = [
  'admin',
  'leader',
  'safety_office',
  'inspector',
  'town_officer',
  'grid_worker',
  'enterprise_user',
  'expert',
] as const;
export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;

export const ROLE_LABELS: Record<TRole, { 'zh-CN': string; en: string }> = {
  admin: { 'zh-CN': '系统管理员', en: 'Administrator' },
  leader: { 'zh-CN': '领导', en: 'Leader' },
  safety_office: { 'zh-CN': '安委办', en: 'Safety committee office' },
  inspector: { 'zh-CN': '行业监管部门', en: 'Department inspector' },
  town_officer: { 'zh-CN': '镇街安监办', en: 'Town safety officer' },
  grid_worker: { 'zh-CN': '网格员', en: 'Grid worker' },
  enterprise_user: { 'zh-CN': '企业用户', en: 'Enterprise user' },
  expert: { 'zh-CN': '第三方专家', en: 'Third-party expert' },
};

/** A data scope as given when an account is created. */
export const ZScopeInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('region'),
    regionCode: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/),
    sectorCodes: z.array(z.string().max(64)).max(100).optional(),
  }),
  z.strictObject({ kind: z.literal('grids'), gridCodes: z.array(z.string().max(32)).min(1).max(100) }),
  z.strictObject({ kind: z.literal('enterprise'), enterpriseId: z.string().uuid() }),
]);
export type TScopeInput = z.infer<typeof ZScopeInput>;

/** A data scope as the API shows it, with names for display. */
export const ZScope = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('region'),
    regionCode: z.string(),
    regionName: z.string(),
    sectorCodes: z.array(z.string()),
  }),
  z.object({ kind: z.literal('grids'), grids: z.array(z.object({ code: z.string(), name: z.string() })) }),
  z.object({ kind: z.literal('enterprise'), enterpriseId: z.string(), enterpriseName: z.string() }),
]);
export type TScope = z.infer<typeof ZScope>;
