import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { RequireAuth, RequireNavItem } from '../features/auth/require-auth';
import type { RouteHandle } from './shell/breadcrumbs';
import { RouteErrorState } from './states/route-error';
import { FullPageSpin, NotFoundState } from './states/states';

// Every screen is its own chunk, loaded when first opened.
const SignInPage = lazy(() => import('../features/auth/sign-in-page').then((m) => ({ default: m.SignInPage })));
const AppShell = lazy(() => import('./shell/app-shell').then((m) => ({ default: m.AppShell })));
const WorkbenchPage = lazy(() =>
  import('../features/workbench/workbench-page').then((m) => ({ default: m.WorkbenchPage })),
);
const CockpitPage = lazy(() => import('../features/cockpit/cockpit-page').then((m) => ({ default: m.CockpitPage })));
const FiguresPage = lazy(() => import('../features/cockpit/figures-page').then((m) => ({ default: m.FiguresPage })));
const HazardsPage = lazy(() => import('../features/hazards/hazards-page').then((m) => ({ default: m.HazardsPage })));
const HazardDetailPage = lazy(() =>
  import('../features/hazards/hazard-detail-page').then((m) => ({ default: m.HazardDetailPage })),
);
const ReportPage = lazy(() => import('../features/hazards/report-page').then((m) => ({ default: m.ReportPage })));
const RegionsPage = lazy(() => import('../features/regions/regions-page').then((m) => ({ default: m.RegionsPage })));
const EnterprisesPage = lazy(() =>
  import('../features/enterprises/enterprises-page').then((m) => ({ default: m.EnterprisesPage })),
);
const AccountsPage = lazy(() =>
  import('../features/accounts/accounts-page').then((m) => ({ default: m.AccountsPage })),
);

const crumb = (key: string): RouteHandle => ({ crumb: key });

export function createRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteErrorState />,
      children: [
        {
          path: '/sign-in',
          element: (
            <Suspense fallback={<FullPageSpin />}>
              <SignInPage />
            </Suspense>
          ),
        },
        {
          element: <RequireAuth />,
          children: [
            {
              element: (
                <Suspense fallback={<FullPageSpin />}>
                  <AppShell />
                </Suspense>
              ),
              children: [
                { index: true, element: <Navigate to="/workbench" replace /> },
                { path: 'workbench', element: <WorkbenchPage />, handle: crumb('nav.workbench') },
                {
                  path: 'cockpit',
                  element: (
                    <RequireNavItem path="/cockpit">
                      <CockpitPage />
                    </RequireNavItem>
                  ),
                  handle: crumb('nav.cockpit'),
                },
                // The hazards behind a cockpit figure the list cannot express (static, so it wins over /hazards/:id).
                { path: 'hazards/figures', element: <FiguresPage />, handle: crumb('nav.figures') },
                {
                  path: 'hazards',
                  handle: crumb('nav.hazards'),
                  children: [
                    { index: true, element: <HazardsPage /> },
                    {
                      path: 'new',
                      element: (
                        <RequireNavItem path="/hazards/new">
                          <ReportPage />
                        </RequireNavItem>
                      ),
                      handle: crumb('nav.reportHazard'),
                    },
                    { path: ':id', element: <HazardDetailPage />, handle: crumb('hazards.detail') },
                  ],
                },
                {
                  path: 'regions',
                  element: (
                    <RequireNavItem path="/regions">
                      <RegionsPage />
                    </RequireNavItem>
                  ),
                  handle: crumb('nav.regions'),
                },
                {
                  path: 'enterprises',
                  element: (
                    <RequireNavItem path="/enterprises">
                      <EnterprisesPage />
                    </RequireNavItem>
                  ),
                  handle: crumb('nav.enterprises'),
                },
                {
                  path: 'accounts',
                  element: (
                    <RequireNavItem path="/accounts">
                      <AccountsPage />
                    </RequireNavItem>
                  ),
                  handle: crumb('nav.accounts'),
                },
                { path: '*', element: <NotFoundState />, handle: crumb('state.notFound') },
              ],
            },
          ],
        },
      ],
    },
  ]);
}
