import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient } from '../../../test/api-client';
import { makeTestDeps } from '../../../test/deps';
import { type Database, openDatabase } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { buildApp } from '../../http/app';
import { insertAccount } from '../accounts/service';
import { insertRegion } from '../regions/service';
import { type AuditWho, appendAudit } from './append-audit';
import { auditLog } from './schema';
import { verifyAudit } from './verify-audit';

/**
 * Tampering breaks the chain for everyone reading it, so this runs on a database of its own on the same server,
 * created and migrated here and dropped afterwards.
 */
const name = `x_audit_${crypto.randomBytes(6).toString('hex')}`;
const serverUrl = inject('databaseUrl');
const urlOf = (db: string) => Object.assign(new URL(serverUrl), { pathname: `/${db}` }).toString();
let database: Database;
let app: FastifyInstance;

async function onServer(statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await onServer(`create database ${name}`);
  database = openDatabase(urlOf(name), 3);
  await migrateDatabase(database.pool);
  app = await buildApp({ deps: makeTestDeps(database.db), pool: database.pool, logger: false, webDir: null });
});

afterAll(async () => {
  await app?.close();
  await database?.close();
  await onServer(`drop database if exists ${name} with (force)`);
});

const who = (): AuditWho => ({ actorId: null, requestId: 'audit-chain-test', now: new Date() });

describe('the audit hash chain', () => {
  it('stays one line under concurrent transactions; a rolled-back savepoint takes its entries with it', async () => {
    // Entries are written at the end of each transaction (deferred), each transaction's in one insert.
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        database.db.transaction(async (tx) => {
          await appendAudit(tx, who(), { action: 'test.first', entity: 'test', entityId: String(i) });
          await tx
            .transaction(async (sp) => {
              await appendAudit(sp, who(), { action: 'test.undone', entity: 'test', entityId: String(i) });
              throw new Error('roll the savepoint back');
            })
            .catch(() => undefined);
          await tx.transaction(async (sp) => {
            await appendAudit(sp, who(), { action: 'test.kept', entity: 'test', entityId: String(i) });
          });
        }),
      ),
    );
    // A transaction that fails writes nothing.
    await expect(
      database.db.transaction(async (tx) => {
        await appendAudit(tx, who(), { action: 'test.failed', entity: 'test', entityId: null });
        throw new Error('fail');
      }),
    ).rejects.toThrow('fail');
    const rows = await database.db.select({ action: auditLog.action }).from(auditLog);
    expect(rows.filter((r) => r.action === 'test.first')).toHaveLength(20);
    expect(rows.filter((r) => r.action === 'test.kept')).toHaveLength(20);
    expect(rows.filter((r) => r.action === 'test.undone' || r.action === 'test.failed')).toHaveLength(0);
    expect(await verifyAudit(database.db)).toEqual({ ok: true, count: 40 });
  });

  it('verifies after writes and names the first tampered entry', async () => {
    const password = 'Chain#Test2026';
    await database.db.transaction(async (tx) => {
      const province = {
        code: '140000',
        name: '测试省',
        level: 'province',
        parentCode: null,
        isDevelopmentZone: false,
      };
      await insertRegion(tx, who(), province as Parameters<typeof insertRegion>[2], null);
      const scope = { kind: 'region', regionCode: '140000' } as const;
      await insertAccount(
        tx,
        who(),
        { username: 'root', displayName: '管理员', roles: ['admin'], scope, password },
        null,
      );
    });
    const admin = new ApiClient(app);
    await admin.signIn('root', password);
    const created = await admin.post('/api/v1/accounts', {
      ...{ username: 'clerk', displayName: '办事员', roles: ['inspector'], password },
      scope: { kind: 'region', regionCode: '140000' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect((await admin.patch(`/api/v1/accounts/${id}`, { displayName: '改过的名字' })).statusCode).toBe(200);
    expect((await admin.post(`/api/v1/accounts/${id}/lock`)).statusCode).toBe(200);

    expect(await verifyAudit(database.db)).toEqual({ ok: true, count: 46 });
    const intact = await admin.post('/api/v1/audit/verify');
    expect(intact.json()).toEqual({ ok: true, count: 46, brokenAt: null, reason: null });

    const [update] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account.update'), eq(auditLog.entityId, id)));
    const client = await database.pool.connect();
    try {
      await expect(client.query('update audit_log set diff = $1 where id = $2', ['{}', update!.id])).rejects.toThrow(
        /append-only/,
      );
      await client.query('set session_replication_role = replica');
      const forged = { displayName: { from: '办事员', to: '别的名字' } };
      await client.query('update audit_log set diff = $1 where id = $2', [JSON.stringify(forged), update!.id]);
    } finally {
      await client.query('reset session_replication_role');
      client.release();
    }

    const broken = await verifyAudit(database.db);
    expect(broken).toEqual({ ok: false, brokenAt: String(update!.id), reason: 'HASH_MISMATCH', count: 44 });
    const answer = await admin.post('/api/v1/audit/verify');
    expect(answer.json()).toEqual({ ok: false, count: 44, brokenAt: String(update!.id), reason: 'HASH_MISMATCH' });
  });
});
