import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../test/api-client';
import { makeAccount, makeTree, type TestApp, type Tree, testApp } from '../../../test/harness';

let t: TestApp;
let tree: Tree;
let office: ApiClient & { id: string };
let leader: ApiClient & { id: string };
let outsider: ApiClient & { id: string };

/** Two whole past years, so that the figures do not depend on today's date. */
const Y = new Date().getFullYear() - 1;
const P = Y - 1;

async function report(occurredAt: string, sector: string, deaths: number, extra: Record<string, unknown> = {}) {
  const res = await office.post('/api/v1/accidents', {
    title: `${sector}事故`,
    occurredAt,
    learnedAt: occurredAt,
    locationText: '某地',
    regionCode: tree.villages[0].code,
    sector,
    categoryCode: sector === 'road_traffic' ? '02' : '20',
    deaths,
    missing: 0,
    seriousInjuries: 0,
    minorInjuries: 0,
    directLossCny: 100_000,
    sceneSituation: '现场',
    briefCourse: '经过',
    measuresTaken: '措施',
    reporterName: '报告人',
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
}

beforeAll(async () => {
  t = await testApp();
  tree = await makeTree(t);
  const other = await makeTree(t);
  [office, leader, outsider] = await Promise.all([
    makeAccount(t, { roles: ['safety_office'], scope: { kind: 'region', regionCode: tree.county.code } }),
    makeAccount(t, { roles: ['leader'], scope: { kind: 'region', regionCode: tree.county.code } }),
    makeAccount(t, { roles: ['safety_office'], scope: { kind: 'region', regionCode: other.county.code } }),
  ]);
  // Year Y: 5 accidents, 12 deaths — road traffic 3 + 2, coal mine 3, other industry and trade 3 + 1.
  await report(`${Y}-03-10T09:00:00+08:00`, 'road_traffic', 3);
  await report(`${Y}-03-20T09:00:00+08:00`, 'road_traffic', 2);
  await report(`${Y}-05-01T09:00:00+08:00`, 'coal_mine', 3);
  await report(`${Y}-07-15T09:00:00+08:00`, 'industry_trade', 3);
  await report(`${Y}-12-31T23:00:00+08:00`, 'industry_trade', 1);
  // Year P: 10 accidents of 1 death each, nine by May and one in August.
  for (const month of ['02', '02', '03', '03', '04', '04', '05', '05', '05']) {
    await report(`${P}-${month}-11T10:00:00+08:00`, 'industry_trade', 1);
  }
  await report(`${P}-08-11T10:00:00+08:00`, 'industry_trade', 1);
  const put = await office.put(`/api/v1/control-indicators/${tree.county.code}/${Y}`, {
    deathCap: 18,
    sectorCaps: { road_traffic: 5, coal_mine: 10 },
    gdpYi: 1000,
    employees: 200_000,
    motorVehicles: 500_000,
    coalOutputMt: 20,
  });
  expect(put.statusCode, put.body).toBe(200);
});

const stats = async (client: ApiClient, query: string) => {
  const res = await client.get(`/api/v1/accident-statistics?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('accident statistics and control indicators (domain-reference.md §5)', () => {
  it('counts the year against its cap, last year and the four rates on known figures', async () => {
    const s = await stats(leader, `regionCode=${tree.county.code}&asOf=${Y}-12-31`);
    expect(s.current).toMatchObject({
      accidents: 5,
      deaths: 12,
      byGrade: { ordinary: 2, large: 3, major: 0, extraordinary: 0 },
    });
    expect(s.previous).toMatchObject({ accidents: 10, deaths: 10 });
    expect(s.change).toEqual({ accidents: -50, deaths: 20, directLossCny: -50 }); // 5 against 10 is −50 %
    expect(s.deathCap).toEqual({ cap: 18, percent: 66.7, warning: false }); // 12 of 18 is 66.7 %, under 80 %
    expect(s.rates).toEqual({
      perGdp: 0.012, // 12 ÷ 1,000 亿元
      per100kEmployees: 3.5, // 工矿商贸 (coal 3 + industry 4) ÷ 200,000 × 100,000
      per10kVehicles: 0.1, // road 5 ÷ 500,000 × 10,000
      perMillionTonnesCoal: 0.15, // coal 3 ÷ 20 Mt
    });
    const road = s.bySector.find((x: { sector: string }) => x.sector === 'road_traffic');
    expect(road).toEqual({ sector: 'road_traffic', accidents: 2, deaths: 5, cap: 5, percent: 100, warning: true });
    expect(s.monthly).toHaveLength(12);
    expect(s.monthly[2]).toEqual({
      month: `${Y}-03`,
      accidents: 2,
      deaths: 5,
      previousAccidents: 2,
      previousDeaths: 2,
    });
    expect(s.vetoes).toEqual([]);
  });

  it('counts only the sectors of a sector-limited account, and says so', async () => {
    expect((await stats(leader, `regionCode=${tree.county.code}&asOf=${Y}-12-31`)).sectorScope).toBeNull();
    const roads = await makeAccount(t, {
      roles: ['inspector'],
      scope: { kind: 'region', regionCode: tree.county.code, sectorCodes: ['road_transport'] },
    });
    const s = await stats(roads, `regionCode=${tree.county.code}&asOf=${Y}-12-31`);
    expect(s.sectorScope).toEqual(['road_transport']);
    expect(s.current).toMatchObject({ accidents: 2, deaths: 5 }); // road traffic only
    expect(s.deathCap).toMatchObject({ cap: 18, percent: 27.8 }); // against the whole region's cap: reads low
  });

  it('compares with the same days of last year only', async () => {
    const s = await stats(leader, `regionCode=${tree.county.code}&asOf=${Y}-06-30`);
    expect(s.current).toMatchObject({ accidents: 3, deaths: 8 });
    expect(s.previous).toMatchObject({ accidents: 9, deaths: 9 });
    expect(s.change.accidents).toBe(-66.7);
  });

  it('warns at the region’s threshold and triggers its one-vote-veto rules', async () => {
    const put = await office.put(`/api/v1/accident-settings/${tree.county.code}`, {
      warningPercent: 60,
      vetoRules: [{ kind: 'accident_grade', atLeast: 'large' }, { kind: 'deaths_over_cap' }],
    });
    expect(put.statusCode, put.body).toBe(200);
    const s = await stats(leader, `regionCode=${tree.county.code}&asOf=${Y}-12-31`);
    expect(s.deathCap.warning).toBe(true); // 66.7 % ≥ 60 %
    expect(s.vetoes).toEqual([{ kind: 'accident_grade', atLeast: 'large' }]); // 12 deaths do not exceed 18
    const lower = await office.put(`/api/v1/control-indicators/${tree.county.code}/${Y}`, { deathCap: 11 });
    expect(lower.statusCode).toBe(200);
    const over = await stats(leader, `regionCode=${tree.county.code}&asOf=${Y}-12-31`);
    expect(over.vetoes).toEqual([{ kind: 'accident_grade', atLeast: 'large' }, { kind: 'deaths_over_cap' }]);
    expect(over.deathCap.percent).toBe(109.1);
    expect(over.rates.perGdp).toBeNull(); // the year's denominators were replaced by a cap alone
  });

  it('refuses bad indicator input and regions out of scope', async () => {
    const bad = await office.put(`/api/v1/control-indicators/${tree.county.code}/${Y}`, { deathCap: -1, gdpYi: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { path: string }) => d.path)).toEqual(['deathCap', 'gdpYi']);
    expect((await leader.put(`/api/v1/control-indicators/${tree.county.code}/${Y}`, { deathCap: 1 })).statusCode).toBe(
      403,
    );
    expect((await outsider.get(`/api/v1/accident-statistics?regionCode=${tree.county.code}`)).statusCode).toBe(404);
    expect((await office.get(`/api/v1/accident-statistics?regionCode=${tree.city.code}`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/v1/control-indicators/${tree.county.code}/${Y}`)).statusCode).toBe(404);
  });
});
