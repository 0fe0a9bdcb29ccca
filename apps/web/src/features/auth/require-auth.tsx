import type { TRole } from '@redline/contracts';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
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

/** Shows a 403 picture to accounts without one of the roles. */
export function RequireRole({ roles, children }: { roles: TRole[]; children: ReactNode }) {
  const account = useAccount();
  return account.roles.some((r) => roles.includes(r)) ? children : <ForbiddenState />;
}
