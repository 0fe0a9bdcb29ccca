import type { TRole } from '@redline/contracts';

/** Who may create and edit departments (POST and PATCH /departments): the API's access list. */
export const DEPARTMENT_EDITORS: readonly TRole[] = ['admin', 'safety_office'];

export const mayEditDepartments = (roles: readonly TRole[]): boolean =>
  roles.some((role) => DEPARTMENT_EDITORS.includes(role));
