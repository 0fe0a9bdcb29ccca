import type { TMe } from '@redline/contracts';
import { describe, expect, it } from 'vitest';
import { navItemsFor } from './nav-items';

const account = (roles: TMe['roles'], scope: TMe['scope']): TMe => ({
  id: 'a',
  username: 'u',
  displayName: 'U',
  mobile: null,
  roles,
  scope,
  mustChangePassword: false,
});
const region = { kind: 'region' as const, regionCode: '140500', regionName: '晋城市', sectorCodes: [] };
const paths = (a: TMe) => navItemsFor(a).map((i) => i.path);

describe('navItemsFor', () => {
  it('gives the admin every screen', () => {
    expect(paths(account(['admin'], region))).toEqual(['/workbench', '/regions', '/enterprises', '/accounts']);
  });

  it('keeps accounts to admins', () => {
    expect(paths(account(['inspector'], region))).toEqual(['/workbench', '/regions', '/enterprises']);
  });

  it('gives an enterprise account no region tree', () => {
    const scope = { kind: 'enterprise' as const, enterpriseId: 'e', enterpriseName: '示范' };
    expect(paths(account(['enterprise_user'], scope))).toEqual(['/workbench', '/enterprises']);
  });
});
