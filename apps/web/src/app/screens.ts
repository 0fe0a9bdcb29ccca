import type { ComponentType } from 'react';

/**
 * A screen: a chunk of its own. The router downloads it when its URL matches (a route's `lazy`), together with the
 * shell's chunk and the session check and before rendering, so nothing suspends and nothing waits in line.
 */
export type Screen = () => Promise<ComponentType>;

const screen =
  <M>(load: () => Promise<M>, pick: (m: M) => ComponentType): Screen =>
  () =>
    load().then(pick);

export const screens = {
  signIn: screen(
    () => import('../features/auth/sign-in-page'),
    (m) => m.SignInPage,
  ),
  shell: screen(
    () => import('./shell/app-shell'),
    (m) => m.AppShell,
  ),
  workbench: screen(
    () => import('../features/workbench/workbench-page'),
    (m) => m.WorkbenchPage,
  ),
  cockpit: screen(
    () => import('../features/cockpit/cockpit-page'),
    (m) => m.CockpitPage,
  ),
  figures: screen(
    () => import('../features/cockpit/figures-page'),
    (m) => m.FiguresPage,
  ),
  hazards: screen(
    () => import('../features/hazards/hazards-page'),
    (m) => m.HazardsPage,
  ),
  hazard: screen(
    () => import('../features/hazards/hazard-detail-page'),
    (m) => m.HazardDetailPage,
  ),
  report: screen(
    () => import('../features/hazards/report-page'),
    (m) => m.ReportPage,
  ),
  regions: screen(
    () => import('../features/regions/regions-page'),
    (m) => m.RegionsPage,
  ),
  departments: screen(
    () => import('../features/departments/departments-page'),
    (m) => m.DepartmentsPage,
  ),
  enterprises: screen(
    () => import('../features/enterprises/enterprises-page'),
    (m) => m.EnterprisesPage,
  ),
  enterprise: screen(
    () => import('../features/enterprises/enterprise-detail-page'),
    (m) => m.EnterpriseDetailPage,
  ),
  accounts: screen(
    () => import('../features/accounts/accounts-page'),
    (m) => m.AccountsPage,
  ),
  imports: screen(
    () => import('../features/imports/imports-page'),
    (m) => m.ImportsPage,
  ),
} satisfies Record<string, Screen>;
