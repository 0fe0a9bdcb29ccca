import { authRoutes } from './features/auth/routes';
import { regionRoutes } from './features/regions/routes';
import type { AnyRoute } from './http/route';

/** The route table: every endpoint of /api/v1, in one list (OpenAPI and the scope tests read it). */
export const ALL_ROUTES: AnyRoute[] = [...authRoutes, ...regionRoutes];
