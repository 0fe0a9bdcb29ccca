import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api-error';
import { type AccountFormValues, accountErrorField, scopeKindFor, toAccountCreate } from './account-form';

const base: AccountFormValues = {
  username: '  zhang.san ',
  displayName: ' 张三 ',
  mobile: '',
  email: '  ',
  roles: ['town_officer'],
  scope: { kind: 'region', regionCode: '140525108' },
  password: 'Strong#Pass1',
  confirm: 'Strong#Pass1',
};

describe('toAccountCreate: the POST /accounts body', () => {
  it('trims the names, sends blank optional fields as null and leaves the confirmation out', () => {
    expect(toAccountCreate(base)).toEqual({
      username: 'zhang.san',
      displayName: '张三',
      mobile: null,
      email: null,
      roles: ['town_officer'],
      scope: { kind: 'region', regionCode: '140525108' },
      password: 'Strong#Pass1',
    });
  });

  it('sends sectors only when some are chosen, and only the chosen kind’s scope fields', () => {
    const narrowed = {
      ...base,
      scope: { kind: 'region' as const, regionCode: '140525', sectorCodes: ['coal_mining'] },
    };
    expect(toAccountCreate(narrowed).scope).toEqual({
      kind: 'region',
      regionCode: '140525',
      sectorCodes: ['coal_mining'],
    });
    const grids = { ...base, scope: { kind: 'grids' as const, regionCode: '140525', gridCodes: ['g-1', 'g-2'] } };
    expect(toAccountCreate(grids).scope).toEqual({ kind: 'grids', gridCodes: ['g-1', 'g-2'] });
    const id = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
    const one = { ...base, scope: { kind: 'enterprise' as const, gridCodes: ['g-1'], enterpriseId: id } };
    expect(toAccountCreate(one).scope).toEqual({ kind: 'enterprise', enterpriseId: id });
  });

  it('sends the department only for an inspector', () => {
    const departmentId = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
    expect(toAccountCreate({ ...base, roles: ['inspector'], departmentId })).toMatchObject({ departmentId });
    expect(toAccountCreate({ ...base, departmentId })).not.toHaveProperty('departmentId');
  });
});

describe('scopeKindFor', () => {
  it('suggests grids for grid workers, the enterprise for its users, a region otherwise', () => {
    expect(scopeKindFor(['grid_worker'])).toBe('grids');
    expect(scopeKindFor(['enterprise_user'])).toBe('enterprise');
    expect(scopeKindFor(['grid_worker', 'town_officer'])).toBe('region');
    expect(scopeKindFor([])).toBe('region');
  });
});

describe('accountErrorField: where a refusal without field details goes', () => {
  const error = (status: number, code: string, details?: unknown) =>
    new ApiError(status, { code, message: 'x', details });

  it('puts a taken name or mobile on that field', () => {
    expect(accountErrorField(error(409, 'CONFLICT.DUPLICATE', { field: 'mobile' }), 'region')).toBe('mobile');
    expect(accountErrorField(error(409, 'CONFLICT.DUPLICATE', { field: 'username' }), 'region')).toBe('username');
  });

  it('puts a scope outside the administrator’s own on the chosen kind’s field', () => {
    expect(accountErrorField(error(403, 'SCOPE.OUT_OF_SCOPE'), 'region')).toBe('scope.regionCode');
    expect(accountErrorField(error(403, 'SCOPE.OUT_OF_SCOPE'), 'grids')).toBe('scope.gridCodes');
    expect(accountErrorField(error(403, 'SCOPE.OUT_OF_SCOPE'), 'enterprise')).toBe('scope.enterpriseId');
  });

  it('puts a password refusal on the password, and leaves anything else above the form', () => {
    expect(accountErrorField(error(400, 'PASSWORD.TOO_SHORT'), 'region')).toBe('password');
    expect(accountErrorField(error(500, 'INTERNAL'), 'region')).toBeNull();
    expect(accountErrorField(new Error('x'), 'region')).toBeNull();
  });
});
