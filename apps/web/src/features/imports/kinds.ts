import type { TImportRowError, TRole } from '@redline/contracts';

/**
 * What can be imported: enterprises, people and an enterprise's risk register (POST /imports/:kind) and the hazard
 * ledger (POST /hazards/import).
 */
export type ImportKind = 'enterprises' | 'people' | 'hazards' | 'risk_register';
export type ImportFormat = 'xlsx' | 'csv';

/** The access lists of docs/API.md, in the order the page offers the kinds. */
const IMPORTERS: Record<ImportKind, readonly TRole[]> = {
  enterprises: ['admin', 'safety_office', 'inspector', 'town_officer'],
  people: ['admin', 'safety_office', 'town_officer'],
  hazards: ['grid_worker', 'town_officer', 'inspector', 'safety_office', 'enterprise_user', 'expert'],
  risk_register: ['enterprise_user', 'admin'],
};

/** Kinds written into one enterprise: an account of another scope names it (`enterpriseId`). */
export const needsEnterprise = (kind: ImportKind) => kind === 'risk_register';

/** The kinds an account with these roles may import (and download the template of). */
export function importKindsFor(roles: readonly TRole[]): ImportKind[] {
  return (Object.keys(IMPORTERS) as ImportKind[]).filter((kind) => IMPORTERS[kind].some((r) => roles.includes(r)));
}

/** The kind in the URL when the account may use it, else the first it may use (null: none). */
export function chosenKind(asked: string | null, allowed: readonly ImportKind[]): ImportKind | null {
  return allowed.find((k) => k === asked) ?? allowed[0] ?? null;
}

/** The template files of a kind: the hazard ledger's template is .xlsx only (it carries drop-downs). */
export function templateFormats(kind: ImportKind): ImportFormat[] {
  return kind === 'hazards' ? ['xlsx'] : ['xlsx', 'csv'];
}

export function templateUrl(kind: ImportKind, format: ImportFormat): string {
  return kind === 'hazards' ? '/api/v1/hazards/import-template.xlsx' : `/api/v1/imports/${kind}/template.${format}`;
}

/** Where a file is posted, with the format named so the server does not have to guess it. */
export function importUrl(kind: ImportKind, format: ImportFormat, partial: boolean, enterpriseId?: string): string {
  const path = kind === 'hazards' ? '/api/v1/hazards/import' : `/api/v1/imports/${kind}`;
  const query = new URLSearchParams({ format });
  if (partial) query.set('partial', 'true');
  if (enterpriseId && needsEnterprise(kind)) query.set('enterpriseId', enterpriseId);
  return `${path}?${query.toString()}`;
}

/** The format of a chosen file by its name (the only two the server reads), or null. */
export function formatOfFile(name: string): ImportFormat | null {
  const ext = /\.([a-z]+)$/i.exec(name.trim())?.[1]?.toLowerCase();
  return ext === 'xlsx' || ext === 'csv' ? ext : null;
}

/** The largest body the server accepts (64 MiB). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

function isRowError(value: unknown): value is TImportRowError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.row === 'number' &&
    typeof v.column === 'string' &&
    typeof v.value === 'string' &&
    typeof v.code === 'string' &&
    typeof v.message === 'string'
  );
}

/** The row errors of a refused import (`details` of 400 IMPORT.INVALID_ROWS); anything else gives none. */
export function rowErrorsOf(details: unknown): TImportRowError[] {
  return Array.isArray(details) ? details.filter(isRowError) : [];
}

/** How many distinct file rows the errors name. */
export const rowCountOf = (errors: readonly TImportRowError[]) => new Set(errors.map((e) => e.row)).size;
