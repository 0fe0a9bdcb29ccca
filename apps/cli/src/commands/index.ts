import type { Command } from '../command';
import { ACCIDENT_COMMANDS } from './accidents';
import { auditVerify } from './audit';
import { backup, restore } from './backup';
import { calendarList, calendarLoad } from './calendar';
import { dbMigrate, dbStatus } from './db';
import { demoLoad } from './demo';
import { HAZARD_COMMANDS } from './hazards';
import { importEnterprises, importPeople } from './import';
import { serveCommand } from './serve';
import { userAdd, userLock, userResetPassword, userUnlock } from './user';
import { workerCommand } from './worker';

export const COMMANDS: Command[] = [
  serveCommand,
  workerCommand,
  dbMigrate,
  dbStatus,
  demoLoad,
  importEnterprises,
  importPeople,
  userAdd,
  userResetPassword,
  userLock,
  userUnlock,
  ...HAZARD_COMMANDS,
  ...ACCIDENT_COMMANDS,
  calendarLoad,
  calendarList,
  auditVerify,
  backup,
  restore,
];
