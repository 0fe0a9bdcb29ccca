import type { Command } from '../command';
import { auditVerify } from './audit';
import { backup, restore } from './backup';
import { dbMigrate, dbStatus } from './db';
import { demoLoad } from './demo';
import { importEnterprises, importPeople } from './import';
import { serveCommand } from './serve';
import { userAdd, userLock, userResetPassword, userUnlock } from './user';

export const COMMANDS: Command[] = [
  serveCommand,
  dbMigrate,
  dbStatus,
  demoLoad,
  importEnterprises,
  importPeople,
  userAdd,
  userResetPassword,
  userLock,
  userUnlock,
  auditVerify,
  backup,
  restore,
];
