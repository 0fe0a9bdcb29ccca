import type { TMe, TSession } from '@redline/contracts';
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../app/api-client';
import { isApiError } from '../../app/api-error';
import { SESSION_KEY } from '../../app/query-client';

/** The live session, or null when nobody is signed in (401). */
async function fetchSession(): Promise<TSession | null> {
  try {
    const session = await api.get<TSession>('/api/v1/auth/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

const sessionQuery = {
  queryKey: SESSION_KEY,
  queryFn: fetchSession,
  staleTime: Number.POSITIVE_INFINITY,
  retry: false,
};

export function useSession() {
  return useQuery(sessionQuery);
}

/** Asks for the session before React renders anything (the router's loader calls it when the app starts). */
export function prefetchSession(client: QueryClient): void {
  void client.prefetchQuery(sessionQuery);
}

/** The signed-in account; only for screens behind <RequireAuth>. */
export function useAccount(): TMe {
  const { data } = useSession();
  if (!data) throw new Error('useAccount used outside a signed-in screen');
  return data.account;
}

/** Stores a fresh session (after sign-in): drops everything cached for whoever was signed in before. */
export function useStoreSession() {
  const queryClient = useQueryClient();
  return (session: TSession) => {
    setCsrfToken(session.csrfToken);
    queryClient.clear();
    queryClient.setQueryData(SESSION_KEY, session);
  };
}
