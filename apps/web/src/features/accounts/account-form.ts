import type { TAccountCreate, TRole, TScopeInput } from '@redline/contracts';
import { isApiError } from '../../app/api-error';

export type ScopeKind = TScopeInput['kind'];
export const SCOPE_KINDS: readonly ScopeKind[] = ['region', 'grids', 'enterprise'];

/** The new-account form as antd holds it (optional fields may be absent or blank). */
export type AccountFormValues = {
  username: string;
  displayName: string;
  mobile?: string;
  email?: string;
  roles: TRole[];
  departmentId?: string;
  scope: { kind: ScopeKind; regionCode?: string; sectorCodes?: string[]; gridCodes?: string[]; enterpriseId?: string };
  password: string;
  confirm?: string;
};

const blankToNull = (text: string | undefined) => text?.trim() || null;

function scopeOf(s: AccountFormValues['scope']): TScopeInput {
  if (s.kind === 'grids') return { kind: 'grids', gridCodes: s.gridCodes ?? [] };
  if (s.kind === 'enterprise') return { kind: 'enterprise', enterpriseId: s.enterpriseId ?? '' };
  const sectorCodes = s.sectorCodes ?? [];
  return { kind: 'region', regionCode: s.regionCode ?? '', ...(sectorCodes.length ? { sectorCodes } : {}) };
}

/** The POST /accounts body: trimmed text, blank optional fields as null, only the chosen kind's scope fields. */
export function toAccountCreate(v: AccountFormValues): TAccountCreate {
  return {
    username: v.username.trim(),
    displayName: v.displayName.trim(),
    mobile: blankToNull(v.mobile),
    email: blankToNull(v.email),
    roles: v.roles,
    ...(v.departmentId && v.roles.includes('inspector') ? { departmentId: v.departmentId } : {}),
    scope: scopeOf(v.scope),
    password: v.password,
  };
}

/** The usual scope of the roles: a grid worker's grids, an enterprise user's enterprise, else a region subtree. */
export function scopeKindFor(roles: readonly TRole[]): ScopeKind {
  if (roles.length > 0 && roles.every((r) => r === 'grid_worker')) return 'grids';
  if (roles.length > 0 && roles.every((r) => r === 'enterprise_user')) return 'enterprise';
  return 'region';
}

const SCOPE_FIELD: Record<ScopeKind, string> = {
  region: 'scope.regionCode',
  grids: 'scope.gridCodes',
  enterprise: 'scope.enterpriseId',
};

/**
 * The field a refusal without field details belongs to: a taken name or mobile (409, `details.field`), a scope
 * outside the administrator's own (403 SCOPE.OUT_OF_SCOPE), a password the policy refuses.
 */
export function accountErrorField(error: unknown, kind: ScopeKind): string | null {
  if (!isApiError(error)) return null;
  if (error.code === 'CONFLICT.DUPLICATE') {
    const field = (error.details as { field?: unknown } | undefined)?.field;
    return field === 'username' || field === 'mobile' ? field : 'username';
  }
  if (error.code === 'SCOPE.OUT_OF_SCOPE') return SCOPE_FIELD[kind];
  if (error.code.startsWith('PASSWORD.')) return 'password';
  return null;
}
