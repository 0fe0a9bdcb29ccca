import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, makeTree, systemWho, type TestApp, testApp, uniqueNumber } from '../../../test/harness';
import { auditLog } from '../audit/schema';
import { SECTOR_CATALOGUE } from './catalogue';
import { sectors } from './schema';
import { upsertSectorCatalogue } from './service';

let t: TestApp;
type Client = Awaited<ReturnType<typeof makeAccount>>;
let admin: Client;
let inspector: Client;

const sectorRow = async (code: string) => (await t.database.db.select().from(sectors).where(eq(sectors.code, code)))[0];
const newCode = async () => `test_sector_${await uniqueNumber(t)}`;

beforeAll(async () => {
  t = await testApp();
  const tree = await makeTree(t);
  admin = await makeAccount(t, { roles: ['admin'], scope: { kind: 'region', regionCode: tree.county.code } });
  inspector = await makeAccount(t, { roles: ['inspector'], scope: { kind: 'region', regionCode: tree.county.code } });
});

describe('upsertSectorCatalogue', () => {
  it('has seeded the whole catalogue, and further calls (even concurrent) insert nothing', async () => {
    const codes = SECTOR_CATALOGUE.map((s) => s.code);
    const seeded = await t.database.db.select().from(sectors).where(inArray(sectors.code, codes));
    expect(seeded).toHaveLength(codes.length);
    const who = { ...systemWho(), requestId: `sector-seed-${await uniqueNumber(t)}` };
    const inserted = await Promise.all([1, 2, 3].map(() => upsertSectorCatalogue(t.database.db, who)));
    expect(inserted).toEqual([0, 0, 0]);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.requestId, who.requestId));
    expect(audit).toEqual([]);
  });
});

describe('GET /sectors', () => {
  it('answers every sector as a plain array in sort order, to any signed-in account', async () => {
    const res = await inspector.get('/api/v1/sectors');
    expect(res.statusCode).toBe(200);
    const list: { code: string; sortOrder: number }[] = res.json();
    expect(Array.isArray(list)).toBe(true);
    expect(list.find((s) => s.code === 'metallurgy')).toEqual({
      code: 'metallurgy',
      nameZh: '冶金',
      nameEn: 'Metallurgy',
      parentCode: 'industry_trade',
      sortOrder: 111,
      active: true,
    });
    const orders = list.map((s) => s.sortOrder);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('refuses unknown query parameters', async () => {
    expect((await inspector.get('/api/v1/sectors?page=2')).statusCode).toBe(400);
  });
});

describe('POST /sectors', () => {
  it('adds a sector under a top-level parent, with an audit entry', async () => {
    const code = await newCode();
    const body = { code, nameZh: '测试行业', nameEn: 'Test sector', parentCode: 'industry_trade', sortOrder: 9000 };
    const res = await admin.post('/api/v1/sectors', body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ ...body, active: true });
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'sector.create'), eq(auditLog.entityId, code)));
    expect(audit.map((a) => a.actorId)).toEqual([admin.id]);
  });

  it('refuses other roles', async () => {
    const code = await newCode();
    const res = await inspector.post('/api/v1/sectors', { code, nameZh: '越权', nameEn: 'Forbidden' });
    expect(res.statusCode).toBe(403);
    expect(await sectorRow(code)).toBeUndefined();
  });

  it('reports bad fields, an unknown parent and a nested parent, writing nothing', async () => {
    const bad = await admin.post('/api/v1/sectors', { code: 'Bad-Code', nameZh: '', nameEn: 'x', sortOrder: -1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { path: string; code: string }) => [d.path, d.code])).toEqual([
      ['code', 'VALIDATION.INVALID_FORMAT'],
      ['nameZh', 'VALIDATION.REQUIRED'],
      ['sortOrder', 'VALIDATION.TOO_SMALL'],
    ]);
    const code = await newCode();
    const unknown = await admin.post('/api/v1/sectors', {
      code,
      nameZh: '子行业',
      nameEn: 'Child',
      parentCode: 'no_such',
    });
    expect(unknown.json().details).toEqual([
      { path: 'parentCode', code: 'VALIDATION.UNKNOWN_REFERENCE', message: '上级行业领域引用的记录不存在。' },
    ]);
    admin.locale = 'en';
    const nested = await admin.post('/api/v1/sectors', {
      code,
      nameZh: '孙行业',
      nameEn: 'Grandchild',
      parentCode: 'metallurgy',
    });
    admin.locale = 'zh-CN';
    expect(nested.statusCode).toBe(400);
    expect(nested.json().details).toEqual([
      {
        path: 'parentCode',
        code: 'SECTOR.PARENT_NOT_TOP_LEVEL',
        message: 'The parent sector must be a top-level sector (one level of sub-sectors only).',
      },
    ]);
    expect(await sectorRow(code)).toBeUndefined();
  });

  it('answers 409 for a code already taken', async () => {
    const res = await admin.post('/api/v1/sectors', { code: 'coal_mine', nameZh: '煤矿2', nameEn: 'Coal 2' });
    expect(res.statusCode).toBe(409);
    expect((await sectorRow('coal_mine'))?.nameZh).toBe('煤矿');
  });
});

describe('PATCH /sectors/:code', () => {
  it('renames, reorders and deactivates a sector; 404 for an unknown one', async () => {
    const code = await newCode();
    await admin.post('/api/v1/sectors', { code, nameZh: '旧名', nameEn: 'Old' });
    const res = await admin.patch(`/api/v1/sectors/${code}`, { nameZh: '新名', sortOrder: 9001, active: false });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code, nameZh: '新名', nameEn: 'Old', sortOrder: 9001, active: false });
    expect((await admin.patch('/api/v1/sectors/no_such_sector', { nameZh: '无' })).statusCode).toBe(404);
  });

  it('refuses other roles and bad input, changing nothing', async () => {
    const code = await newCode();
    await admin.post('/api/v1/sectors', { code, nameZh: '原名', nameEn: 'Original' });
    expect((await inspector.patch(`/api/v1/sectors/${code}`, { nameZh: '越权' })).statusCode).toBe(403);
    const bad = await admin.patch(`/api/v1/sectors/${code}`, { nameZh: '改名', parentCode: 'coal_mine' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toEqual([
      expect.objectContaining({ path: 'parentCode', code: 'VALIDATION.UNKNOWN_FIELD' }),
    ]);
    expect(await sectorRow(code)).toMatchObject({ nameZh: '原名', parentCode: null });
  });
});
