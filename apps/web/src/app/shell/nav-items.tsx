import {
  AlertOutlined,
  ApartmentOutlined,
  ClusterOutlined,
  ControlOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FileAddOutlined,
  FundProjectionScreenOutlined,
  ImportOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  ShopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { TMe } from '@redline/contracts';
import type { ReactNode } from 'react';
import { maySeeAccidents } from '../../features/accidents/codes';
import { mayReport } from '../../features/hazards/codes';
import { importKindsFor } from '../../features/imports/kinds';

export type NavItem = { path: string; labelKey: string; icon: ReactNode };

/** Who sees the cockpit (驾驶舱): the leaders and the safety committee office; admins to check it. */
const COCKPIT_ROLES: readonly TMe['roles'][number][] = ['leader', 'safety_office', 'admin'];
/** Who sees the regional risk overview (GET /risk-overview): officials with a region scope. */
const RISK_OVERVIEW_ROLES: readonly TMe['roles'][number][] = [
  'admin',
  'leader',
  'safety_office',
  'inspector',
  'town_officer',
];

/** The side menu for an account: what each role may open. */
export function navItemsFor(account: TMe): NavItem[] {
  const items: NavItem[] = [{ path: '/workbench', labelKey: 'nav.workbench', icon: <DashboardOutlined /> }];
  if (account.roles.some((r) => COCKPIT_ROLES.includes(r))) {
    items.push({ path: '/cockpit', labelKey: 'nav.cockpit', icon: <FundProjectionScreenOutlined /> });
  }
  // Every account sees the hazards of its scope; those who may report (POST /hazards) also get the report form.
  items.push({ path: '/hazards', labelKey: 'nav.hazards', icon: <SafetyCertificateOutlined /> });
  if (mayReport(account.roles)) {
    items.push({ path: '/hazards/new', labelKey: 'nav.reportHazard', icon: <FileAddOutlined /> });
  }
  // Accidents (事故报告): the leaders, the safety committee office, department inspectors and admins.
  if (maySeeAccidents(account.roles)) {
    items.push({ path: '/accidents', labelKey: 'nav.accidents', icon: <AlertOutlined /> });
  }
  // The year's accident caps and rate denominators: read by whoever sees the cockpit, saved by the office and admins.
  if (account.roles.some((r) => COCKPIT_ROLES.includes(r))) {
    items.push({ path: '/accidents/indicators', labelKey: 'nav.accidentIndicators', icon: <ControlOutlined /> });
  }
  // The regional risk overview (风险总览): an enterprise reads its own register instead.
  if (account.scope.kind === 'region' && account.roles.some((r) => RISK_OVERVIEW_ROLES.includes(r))) {
    // The region pin the shell's scope badge already uses (no icon added to the first download).
    items.push({ path: '/risk-overview', labelKey: 'nav.riskOverview', icon: <EnvironmentOutlined /> });
  }
  // An enterprise account keeps its own register (风险分级管控); departments open it from the enterprise's page.
  if (account.scope.kind === 'enterprise') {
    const path = `/enterprises/${encodeURIComponent(account.scope.enterpriseId)}/risks`;
    items.push({ path, labelKey: 'nav.riskRegister', icon: <SafetyOutlined /> });
  }
  if (account.scope.kind !== 'enterprise') {
    items.push({ path: '/regions', labelKey: 'nav.regions', icon: <ApartmentOutlined /> });
    items.push({ path: '/departments', labelKey: 'nav.departments', icon: <ClusterOutlined /> });
  }
  items.push({ path: '/enterprises', labelKey: 'nav.enterprises', icon: <ShopOutlined /> });
  if (account.roles.includes('admin')) {
    items.push({ path: '/accounts', labelKey: 'nav.accounts', icon: <TeamOutlined /> });
  }
  // Whoever may import something (enterprises, people or a hazard ledger; see the access lists in docs/API.md).
  if (importKindsFor(account.roles).length > 0) {
    items.push({ path: '/imports', labelKey: 'nav.imports', icon: <ImportOutlined /> });
  }
  return items;
}
