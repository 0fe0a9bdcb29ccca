import type { Message } from '@redline/contracts';
import type { ComponentType } from 'react';
import { registerMessages } from './i18n/catalogue';

/**
 * A screen: a chunk of its own. The router downloads it when its URL matches (a route's `lazy`), together with the
 * shell's chunk and the session check and before rendering, so nothing suspends and nothing waits in line.
 */
export type Screen = () => Promise<ComponentType>;

const screen =
  <M>(load: () => Promise<M>, pick: (m: M) => ComponentType): Screen =>
  () =>
    load().then(pick);

/** A screen whose feature's messages load with it (registered before it renders; see registerMessages). */
const withMessages =
  <M>(load: () => Promise<M>, ...messages: Array<() => Promise<Record<string, Message>>>) =>
  (): Promise<M> =>
    Promise.all([load(), ...messages.map((m) => m().then(registerMessages))]).then(([module]) => module as M);

const cockpitMessages = () => import('./i18n/messages/cockpit').then((m) => m.cockpitMessages);
const accountMessages = () => import('./i18n/messages/accounts').then((m) => m.accountMessages);
const departmentMessages = () => import('./i18n/messages/departments').then((m) => m.departmentMessages);
const importMessages = () => import('./i18n/messages/imports').then((m) => m.importMessages);
const accidentMessages = () => import('./i18n/messages/accidents').then((m) => m.accidentUiMessages);
/** Accident labels of the contracts' catalogue alone (GB 6441 categories, sectors), for screens outside accidents. */
const accidentLabels = () => import('./i18n/messages/accident-labels').then((m) => m.accidentLabels);
const indicatorMessages = () => import('./i18n/messages/accident-indicators').then((m) => m.accidentIndicatorMessages);
const riskMapMessages = () => import('./i18n/messages/risk-map').then((m) => m.riskMapMessages);
const riskMessages = () => import('./i18n/messages/risks').then((m) => m.riskMessages);
const riskOverviewMessages = () => import('./i18n/messages/risk-overview').then((m) => m.riskOverviewMessages);
const riskCheckMessages = () => import('./i18n/messages/risk-checks').then((m) => m.riskCheckMessages);

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
    withMessages(() => import('../features/cockpit/cockpit-page'), cockpitMessages, indicatorMessages, accidentLabels),
    (m) => m.CockpitPage,
  ),
  figures: screen(
    withMessages(() => import('../features/cockpit/figures-page'), cockpitMessages),
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
  accidents: screen(
    withMessages(() => import('../features/accidents/accidents-page'), accidentMessages),
    (m) => m.AccidentsPage,
  ),
  accident: screen(
    withMessages(() => import('../features/accidents/accident-detail-page'), accidentMessages),
    (m) => m.AccidentDetailPage,
  ),
  reportAccident: screen(
    withMessages(() => import('../features/accidents/report-page'), accidentMessages),
    (m) => m.AccidentReportPage,
  ),
  regions: screen(
    () => import('../features/regions/regions-page'),
    (m) => m.RegionsPage,
  ),
  departments: screen(
    withMessages(() => import('../features/departments/departments-page'), departmentMessages),
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
    withMessages(() => import('../features/accounts/accounts-page'), accountMessages),
    (m) => m.AccountsPage,
  ),
  imports: screen(
    withMessages(() => import('../features/imports/imports-page'), importMessages),
    (m) => m.ImportsPage,
  ),
  accidentIndicators: screen(
    withMessages(() => import('../features/accident-indicators/indicators-page'), indicatorMessages, accidentMessages),
    (m) => m.IndicatorsPage,
  ),
  riskRegister: screen(
    withMessages(() => import('../features/risks/register-page'), riskMessages, accidentLabels),
    (m) => m.RegisterPage,
  ),
  riskCard: screen(
    withMessages(() => import('../features/risks/notice-card-page'), riskMessages, accidentLabels),
    (m) => m.NoticeCardPage,
  ),
  riskMap: screen(
    withMessages(() => import('../features/risk-map/risk-map-page'), riskMapMessages),
    (m) => m.RiskMapPage,
  ),
  riskOverview: screen(
    withMessages(() => import('../features/risk-overview/risk-overview-page'), riskOverviewMessages),
    (m) => m.RiskOverviewPage,
  ),
  riskSettings: screen(
    withMessages(() => import('../features/risk-overview/settings-page'), riskOverviewMessages),
    (m) => m.RiskSettingsPage,
  ),
  riskChecks: screen(
    withMessages(() => import('../features/risk-checks/checks-page'), riskCheckMessages),
    (m) => m.ChecksPage,
  ),
} satisfies Record<string, Screen>;
