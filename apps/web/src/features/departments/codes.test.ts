import { describe, expect, it } from 'vitest';
import { mayEditDepartments } from './codes';

describe('mayEditDepartments', () => {
  it('lets admins and the safety office edit departments, nobody else', () => {
    expect(mayEditDepartments(['admin'])).toBe(true);
    expect(mayEditDepartments(['leader', 'safety_office'])).toBe(true);
    expect(mayEditDepartments(['town_officer', 'inspector', 'leader', 'grid_worker', 'expert'])).toBe(false);
  });
});
