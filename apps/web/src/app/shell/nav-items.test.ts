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
    expect(paths(account(['admin'], region))).toEqual([
      '/workbench',
      '/cockpit',
      '/hazards',
      '/accidents',
      '/accidents/indicators',
      '/risk-overview',
      '/regions',
      '/departments',
      '/enterprises',
      '/accounts',
      '/imports',
    ]);
  });

  it('keeps accounts to admins', () => {
    expect(paths(account(['inspector'], region))).toEqual([
      '/workbench',
      '/hazards',
      '/hazards/new',
      '/accidents',
      '/risk-overview',
      '/regions',
      '/departments',
      '/enterprises',
      '/imports',
    ]);
  });

  it('gives the cockpit to leaders and the safety office, not to officers on the ground', () => {
    expect(paths(account(['leader'], region))).toContain('/cockpit');
    expect(paths(account(['safety_office'], region))).toContain('/cockpit');
    expect(paths(account(['town_officer'], region))).not.toContain('/cockpit');
    expect(paths(account(['grid_worker'], { kind: 'grids', grids: [] }))).not.toContain('/cockpit');
  });

  it('gives the control indicators (控制指标) to those who see the cockpit', () => {
    expect(paths(account(['leader'], region))).toContain('/accidents/indicators');
    expect(paths(account(['safety_office'], region))).toContain('/accidents/indicators');
    expect(paths(account(['inspector'], region))).not.toContain('/accidents/indicators');
  });

  it('gives the accidents to leaders, the office, inspectors, town officers and admins, not to grids or experts', () => {
    for (const role of ['admin', 'leader', 'safety_office', 'inspector', 'town_officer'] as const) {
      expect(paths(account([role], region))).toContain('/accidents');
    }
    expect(paths(account(['grid_worker'], { kind: 'grids', grids: [] }))).not.toContain('/accidents');
    expect(paths(account(['expert'], region))).not.toContain('/accidents');
  });

  it('gives the risk overview (风险总览) to officials with a region scope, not to enterprises, grids or experts', () => {
    for (const role of ['admin', 'leader', 'safety_office', 'inspector', 'town_officer'] as const) {
      expect(paths(account([role], region))).toContain('/risk-overview');
    }
    expect(paths(account(['grid_worker'], { kind: 'grids', grids: [] }))).not.toContain('/risk-overview');
    expect(paths(account(['expert'], region))).not.toContain('/risk-overview');
    const enterprise = { kind: 'enterprise' as const, enterpriseId: 'e', enterpriseName: '示范' };
    expect(paths(account(['enterprise_user'], enterprise))).not.toContain('/risk-overview');
  });

  it('gives an enterprise account no region tree', () => {
    const scope = { kind: 'enterprise' as const, enterpriseId: 'e', enterpriseName: '示范' };
    expect(paths(account(['enterprise_user'], scope))).toEqual([
      '/workbench',
      '/hazards',
      '/hazards/new',
      '/enterprises/e/risks',
      '/enterprises',
      '/imports',
    ]);
  });

  it('takes an enterprise account to its own risk register (风险分级管控); departments reach it from the enterprise', () => {
    const scope = { kind: 'enterprise' as const, enterpriseId: 'e1', enterpriseName: '示范' };
    const item = navItemsFor(account(['enterprise_user'], scope)).find((i) => i.labelKey === 'nav.riskRegister');
    expect(item?.path).toBe('/enterprises/e1/risks');
    expect(navItemsFor(account(['inspector'], region)).map((i) => i.labelKey)).not.toContain('nav.riskRegister');
  });

  it('gives imports to whoever may import something, not to a leader', () => {
    for (const role of ['admin', 'safety_office', 'inspector', 'town_officer', 'grid_worker', 'expert'] as const) {
      expect(paths(account([role], region))).toContain('/imports');
    }
    expect(paths(account(['leader'], region))).not.toContain('/imports');
  });

  it('lets everyone see the hazards and those who may report them report', () => {
    const grid = { kind: 'grids' as const, grids: [{ code: 'g1', name: '第1网格' }] };
    expect(paths(account(['grid_worker'], grid))).toEqual(expect.arrayContaining(['/hazards', '/hazards/new']));
    expect(paths(account(['town_officer'], region))).toContain('/hazards/new');
    expect(paths(account(['leader'], region))).toContain('/hazards');
    expect(paths(account(['leader'], region))).not.toContain('/hazards/new');
    expect(paths(account(['admin'], region))).not.toContain('/hazards/new');
  });
});
