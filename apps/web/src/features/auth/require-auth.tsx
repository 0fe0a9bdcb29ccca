import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { navItemsFor } from '../../app/shell/nav-items';
import { ErrorState, ForbiddenState, FullPageSpin } from '../../app/states/states';
import { useAccount, useSession } from './session';

/** Guards the signed-in part of the app: no session → `/sign-in?next=<where the user was>`. */
export function RequireAuth() {
  const { data, isPending, error, refetch } = useSession();
  const location = useLocation();
  if (isPending) return <FullPageSpin />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

/** A screen that is not in the account's menu (see nav-items.tsx) shows a 403 picture instead: one rule for both. */
export function RequireNavItem({ path, children }: { path: string; children: ReactNode }) {
  const account = useAccount();
  return navItemsFor(account).some((item) => item.path === path) ? children : <ForbiddenState />;
}
