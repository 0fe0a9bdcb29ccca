import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RequireAuth, RequireNavItem } from '../features/auth/require-auth';
import { prefetchSession } from '../features/auth/session';
import { type Screen, screens } from './screens';
import type { RouteHandle } from './shell/breadcrumbs';
import { RouteErrorState } from './states/route-error';
import { FullPageSpin, NotFoundState } from './states/states';

type ScreenRoute = Pick<RouteObject, 'lazy' | 'handle' | 'loader'>;

/**
 * A route showing a screen: its code (see screens.ts), its crumb, and, when the screen is one of the menu's
 * (nav-items.tsx), the same rule as the menu decides who may open it (others see the 403 picture).
 */
function page(screen: Screen, options: { crumb?: string; nav?: string } = {}): ScreenRoute {
  const { nav, crumb } = options;
  return {
    lazy: async () => {
      const Page = await screen();
      return {
        Component: nav
          ? () => (
              <RequireNavItem path={nav}>
                <Page />
              </RequireNavItem>
            )
          : Page,
      };
    },
    ...(crumb ? { handle: { crumb } satisfies RouteHandle } : {}),
  };
}

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter([
    {
      errorElement: <RouteErrorState />,
      hydrateFallbackElement: <FullPageSpin />,
      children: [
        { path: '/sign-in', ...page(screens.signIn) },
        {
          element: <RequireAuth />,
          // The session is asked for while the screens' code downloads, not after.
          loader: () => {
            prefetchSession(queryClient);
            return null;
          },
          children: [
            // A printable notice card (风险告知卡): the sheet alone, without the app's chrome.
            { path: 'enterprises/:id/risks/units/:unitId/card', ...page(screens.riskCard) },
            {
              ...page(screens.shell),
              children: [
                { index: true, element: <Navigate to="/workbench" replace /> },
                { path: 'workbench', ...page(screens.workbench, { crumb: 'nav.workbench' }) },
                { path: 'cockpit', ...page(screens.cockpit, { crumb: 'nav.cockpit', nav: '/cockpit' }) },
                // The hazards behind a cockpit figure the list cannot express (static, so it wins over /hazards/:id).
                { path: 'hazards/figures', ...page(screens.figures, { crumb: 'nav.figures' }) },
                {
                  path: 'hazards',
                  handle: { crumb: 'nav.hazards' } satisfies RouteHandle,
                  children: [
                    {
                      index: true,
                      ...page(screens.hazards),
                      // The list's first page is asked for while the code downloads (the page reads the same key).
                      loader: ({ request }) => {
                        void import('../features/hazards/prefetch')
                          .then((m) => m.prefetchHazardList(queryClient, new URL(request.url).searchParams))
                          .catch(() => undefined);
                        return null;
                      },
                    },
                    { path: 'new', ...page(screens.report, { crumb: 'nav.reportHazard', nav: '/hazards/new' }) },
                    { path: ':id', ...page(screens.hazard, { crumb: 'hazards.detail' }) },
                  ],
                },
                {
                  path: 'accidents',
                  handle: { crumb: 'nav.accidents' } satisfies RouteHandle,
                  children: [
                    { index: true, ...page(screens.accidents, { nav: '/accidents' }) },
                    { path: 'new', ...page(screens.reportAccident, { crumb: 'accidents.new', nav: '/accidents' }) },
                    // Static, so it wins over :id.
                    {
                      path: 'indicators',
                      ...page(screens.accidentIndicators, {
                        crumb: 'accidentIndicators.title',
                        nav: '/accidents/indicators',
                      }),
                    },
                    { path: ':id', ...page(screens.accident, { crumb: 'accidents.detail', nav: '/accidents' }) },
                  ],
                },
                { path: 'regions', ...page(screens.regions, { crumb: 'nav.regions', nav: '/regions' }) },
                {
                  path: 'departments',
                  ...page(screens.departments, { crumb: 'nav.departments', nav: '/departments' }),
                },
                {
                  path: 'enterprises',
                  handle: { crumb: 'nav.enterprises' } satisfies RouteHandle,
                  children: [
                    { index: true, ...page(screens.enterprises, { nav: '/enterprises' }) },
                    {
                      path: ':id',
                      ...page(screens.enterprise, { crumb: 'enterprises.detail', nav: '/enterprises' }),
                    },
                    {
                      path: ':id/risks',
                      ...page(screens.riskRegister, { crumb: 'nav.riskRegister', nav: '/enterprises' }),
                    },
                    {
                      path: ':id/risks/map',
                      ...page(screens.riskMap, { crumb: 'riskMap.title', nav: '/enterprises' }),
                    },
                    {
                      path: ':id/risks/checks',
                      ...page(screens.riskChecks, { crumb: 'riskChecks.title', nav: '/enterprises' }),
                    },
                  ],
                },
                {
                  path: 'risk-overview',
                  handle: { crumb: 'nav.riskOverview' } satisfies RouteHandle,
                  children: [
                    { index: true, ...page(screens.riskOverview, { nav: '/risk-overview' }) },
                    {
                      path: 'settings',
                      ...page(screens.riskSettings, { crumb: 'riskOverview.settings.title', nav: '/risk-overview' }),
                    },
                  ],
                },
                { path: 'accounts', ...page(screens.accounts, { crumb: 'nav.accounts', nav: '/accounts' }) },
                { path: 'imports', ...page(screens.imports, { crumb: 'nav.imports', nav: '/imports' }) },
                { path: '*', element: <NotFoundState />, handle: { crumb: 'state.notFound' } satisfies RouteHandle },
              ],
            },
          ],
        },
      ],
    },
  ]);
}
