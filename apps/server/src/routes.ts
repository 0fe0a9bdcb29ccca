import { accidentRoutes } from './features/accidents/routes';
import { accountRoutes } from './features/accounts/routes';
import { auditRoutes } from './features/audit/routes';
import { authRoutes } from './features/auth/routes';
import { caseClockRoutes } from './features/cases/clock-routes';
import { departmentRoutes } from './features/departments/routes';
import { enterpriseRoutes } from './features/enterprises/routes';
import { evidenceRoutes } from './features/evidence/routes';
import { gridRoutes } from './features/grids/routes';
import { hazardReportRoutes } from './features/hazard-reports/routes';
import { hazardStandardRoutes } from './features/hazard-standards/routes';
import { hazardRoutes } from './features/hazards/routes';
import { importRoutes } from './features/imports/routes';
import { leaderAssignmentRoutes } from './features/leader-assignments/routes';
import { notificationRoutes } from './features/notifications/routes';
import { peopleRoutes } from './features/people/routes';
import { regionRoutes } from './features/regions/routes';
import { riskEditRoutes } from './features/risks/edit-routes';
import { riskMapRoutes } from './features/risks/map-routes';
import { riskOverviewRoutes } from './features/risks/overview-routes';
import { riskRoutes } from './features/risks/routes';
import { riskXlsxRoutes } from './features/risks/xlsx-routes';
import { sectorRoutes } from './features/sectors/routes';
import { workbenchRoutes } from './features/workbench/routes';
import type { AnyRoute } from './http/route';

/** The route table: every endpoint of /api/v1, in one list (OpenAPI and the scope tests read it). */
export const ALL_ROUTES: AnyRoute[] = [
  ...authRoutes,
  ...accountRoutes,
  ...auditRoutes,
  ...regionRoutes,
  ...gridRoutes,
  ...sectorRoutes,
  ...hazardStandardRoutes,
  ...departmentRoutes,
  ...leaderAssignmentRoutes,
  ...enterpriseRoutes,
  ...peopleRoutes,
  ...importRoutes,
  ...hazardReportRoutes,
  ...hazardRoutes,
  ...accidentRoutes,
  ...riskRoutes,
  ...riskXlsxRoutes,
  ...riskMapRoutes,
  ...riskOverviewRoutes,
  ...riskEditRoutes,
  ...evidenceRoutes,
  ...caseClockRoutes,
  ...notificationRoutes,
  ...workbenchRoutes,
];
