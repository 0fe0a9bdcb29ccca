import { ACCIDENT_SECTORS, localDateOf, REPORT_LEVELS } from '@redline/domain';
import { eq, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { AppDeps, Ctx } from '../../http/context';
import { transitionInvestigation } from '../accidents/investigation';
import { reportAccident } from '../accidents/report-accident';
import { transitionStep } from '../accidents/report-step';
import { putIndicators, putSettings } from '../accidents/settings';
import { supplementAccident } from '../accidents/supplement';
import { accounts } from '../accounts/schema';
import { cases } from '../cases/schema';
import { enterprises } from '../enterprises/schema';
import { actorOf } from '../scope/resolve-scope';
import {
  type DemoAccident,
  demoAccidentTitle,
  demoHazards,
  demoIndicators,
  generateDemoAccidents,
  generateEnterprises,
} from './dataset';
import { demoMomentAt } from './load-hazards';

const MINUTE = 60_000;
const DAY = 86_400_000;
const NO_LETS_GO = { cause: true, responsible_persons: true, measures: true, education: true };

/**
 * Loads the demo city's accidents (dataset/accidents.ts) through the accident services as the city's safety office
 * (`safety`; the city's leader approves investigation reports), each step at its moment: the report when the county learned of it, the higher levels' reports (a few
 * late), supplementary reports of the injured who died, and the investigations of the older accidents run to their
 * close with the four no-lets-go. Then the control indicators of the city and its counties for last year and this,
 * and the city's settings with the veto rules of a typical local assessment scheme. One transaction. The clocks of what
 * is still open (a step not yet reported, an investigation past its deadline) start at loadDemo's final sweep.
 */
export async function loadDemoAccidents(db: Db, deps: AppDeps, now: Date): Promise<{ accidents: number }> {
  return db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    const actorNamed = async (username: string) => {
      const [account] = await tx.select().from(accounts).where(eq(accounts.username, username));
      if (!account) throw new Error(`demo accidents need the demo account ${username}`);
      return actorOf(txDb, account, 'session');
    };
    // The city's safety office reports and investigates; the city's leader approves the reports (Art. 32).
    const actors = { safety: await actorNamed('safety'), leader: await actorNamed('leader') };
    const ctxAt = (at: Date, as: keyof typeof actors = 'safety'): Ctx => ({
      db: txDb,
      deps,
      actor: actors[as],
      requestId: 'demo-load',
      now: at,
      locale: 'zh-CN',
    });
    const rank = firmRanks();
    const firms = (
      await tx
        .select({
          id: enterprises.id,
          uscc: enterprises.uscc,
          regionPath: enterprises.regionPath,
          sectors: enterprises.sectorCodes,
        })
        .from(enterprises)
    ).sort((a, b) => rank(a.uscc) - rank(b.uscc));
    const list = generateDemoAccidents(localDateOf(now));
    let loaded = 0;
    for (const a of list) {
      const occurredAt = demoMomentAt(now, a);
      const learnedAt = new Date(occurredAt.getTime() + a.learnedAfter * MINUTE);
      const registeredAt = new Date(learnedAt.getTime() + 10 * MINUTE);
      if (registeredAt.getTime() > now.getTime()) continue;
      const id = await reportAccident(ctxAt(registeredAt), bodyOf(a, occurredAt, learnedAt, firms));
      loaded++;
      // The higher levels, each some minutes after the one below (over 120: late).
      let reportedAt = learnedAt;
      for (const [i, minutes] of a.stepMinutes.entries()) {
        const step = (await versionsOf(txDb, id)).steps.find((s) => s.level === REPORT_LEVELS[i + 1]);
        reportedAt = new Date(reportedAt.getTime() + minutes * MINUTE);
        if (!step || reportedAt.getTime() > now.getTime()) break;
        await transitionStep(ctxAt(new Date(Math.max(reportedAt.getTime(), registeredAt.getTime()))), id, step.id, {
          transition: 'report',
          version: step.version,
          reportedAt: reportedAt.toISOString(),
          recipient: `${['晋城市', '山西省', '国务院'][i]}应急管理部门值班室`,
          evidenceIds: [],
        });
      }
      const supplementAt = a.supplement ? new Date(occurredAt.getTime() + a.supplement.afterDays * DAY) : null;
      if (a.supplement && supplementAt && supplementAt.getTime() <= now.getTime()) {
        await supplementAccident(ctxAt(supplementAt), id, {
          version: (await versionsOf(txDb, id)).accident,
          deaths: a.deaths + a.supplement.deaths,
          missing: 0,
          seriousInjuries: Math.max(0, a.seriousInjuries - a.supplement.deaths),
          minorInjuries: a.minorInjuries,
          directLossCny: a.directLossCny,
          note: '重伤人员经抢救无效死亡',
        });
      }
      await investigate(txDb, ctxAt, id, occurredAt, now, a.investigated);
    }
    const year = Number(localDateOf(now).slice(0, 4));
    for (const y of [year - 1, year]) {
      for (const { regionCode, year: _y, ...values } of demoIndicators(y)) {
        await putIndicators(ctxAt(now), regionCode, y, values);
      }
    }
    await putSettings(ctxAt(now), '140500', {
      warningPercent: 80,
      investigationLimits: {},
      // The example scheme of domain-reference.md §5: a 重大 accident anywhere; a 较大 one in mining, hazardous
      // chemicals, road traffic or fire; deaths above the cap.
      vetoRules: [
        { kind: 'accident_grade', atLeast: 'major' },
        {
          kind: 'accident_grade',
          atLeast: 'large',
          sectors: ['coal_mine', 'non_coal_mine', 'hazardous_chemicals', 'road_traffic', 'fire'],
        },
        { kind: 'deaths_over_cap' },
      ],
    });
    return { accidents: loaded };
  });
}

/**
 * The order in which bodyOf looks for an accident's enterprise (the first of its town in its sector): the data set's,
 * with the enterprises the hazard plan suspends last — that story is the hazards', and their transaction, loading
 * beside this one (load-demo.ts), locks those rows for the suspension. Not the table's order, which the other
 * histories' updates change.
 */
function firmRanks(): (uscc: string) => number {
  const suspended = new Set(demoHazards.flatMap((h) => (h.outcome.suspension ? [h.place.enterpriseUscc] : [])));
  const list = generateEnterprises();
  const ranks = new Map(list.map((e, i) => [e.uscc, suspended.has(e.uscc) ? list.length + i : i]));
  return (uscc) => ranks.get(uscc) ?? 2 * list.length;
}

function bodyOf(
  a: DemoAccident,
  occurredAt: Date,
  learnedAt: Date,
  firms: ReadonlyArray<{ id: string; regionPath: string; sectors: string[] }>,
) {
  const supervision = ACCIDENT_SECTORS[a.sector].supervisionSector;
  const here = firms.filter((f) => f.regionPath.includes(`/${a.townCode}/`));
  const firm =
    a.sector === 'road_traffic' || a.sector === 'fire'
      ? undefined
      : (here.find((f) => supervision !== null && f.sectors.includes(supervision)) ?? here[0]);
  const date = localDateOf(occurredAt);
  return {
    title: demoAccidentTitle(a, date),
    occurredAt: occurredAt.toISOString(),
    learnedAt: learnedAt.toISOString(),
    locationText: `${a.townName}${a.sector === 'road_traffic' ? '境内公路' : '辖区'}`,
    regionCode: a.townCode,
    enterpriseId: firm?.id ?? null,
    sector: a.sector,
    categoryCode: a.categoryCode,
    industryCode: a.industryCode,
    deaths: a.deaths,
    missing: a.missing,
    seriousInjuries: a.seriousInjuries,
    minorInjuries: a.minorInjuries,
    directLossCny: a.directLossCny,
    unitOverview: firm ? '事故发生单位为辖区登记企业，证照齐全。' : undefined,
    sceneSituation: `${date} 事故现场已封控，伤员已送医。`,
    briefCourse: '详见现场勘查记录。',
    measuresTaken: '组织救援，封控现场，排查同类风险。',
    reporterName: '值班员',
    reporterUnit: firm ? '事故发生单位' : '属地派出所',
  };
}

/**
 * The versions the next write needs: the accident's, its report steps' (by level) and its investigation's, in one
 * read. (The accident page's getAccident answers them too, but builds the whole page and its timeline each time.)
 */
async function versionsOf(db: Db, id: string) {
  const rows = await db
    .select({ id: cases.id, type: cases.type, version: cases.version, fields: cases.fields })
    .from(cases)
    .where(or(eq(cases.id, id), eq(cases.parentId, id)));
  const of = (type: string) => rows.filter((r) => r.type === type);
  return {
    accident: of('accident')[0]!.version,
    steps: of('accident_report').map((r) => ({ id: r.id, version: r.version, level: r.fields.reportLevel })),
    investigation: of('accident_investigation')[0]?.version,
  };
}

/** An older accident's investigation runs to its close; a recent one has its team set. */
async function investigate(
  db: Db,
  ctxAt: (at: Date, as?: 'safety' | 'leader') => Ctx,
  id: string,
  occurredAt: Date,
  now: Date,
  complete: boolean,
) {
  const steps: Array<[number, string, Record<string, unknown>]> = [
    [3, 'set_team', { teamLeader: '市应急管理局副局长', teamMembers: ['市公安局', '市总工会', '行业主管部门'] }],
  ];
  if (complete) {
    steps.push(
      [
        50,
        'submit_report',
        {
          unitOverview: '单位基本情况',
          courseAndRescue: '事故经过和救援情况',
          casualtiesAndLoss: '人员伤亡和直接经济损失',
          causeAndNature: '违章作业引发，认定为生产安全责任事故',
          responsibility: '建议对相关责任人员依法依规处理',
          preventionMeasures: '落实安全生产主体责任，开展专项整治',
        },
      ],
      [58, 'approve', { approvalDocument: '晋市政函〔批复〕' }],
      [65, 'record_no_lets_go', { noLetsGo: NO_LETS_GO }],
      [66, 'close', {}],
    );
  }
  for (const [days, transition, fields] of steps) {
    const at = new Date(occurredAt.getTime() + days * DAY);
    if (at.getTime() > now.getTime()) return;
    await transitionInvestigation(ctxAt(at, transition === 'approve' ? 'leader' : 'safety'), id, {
      transition,
      version: (await versionsOf(db, id)).investigation!,
      fields,
      evidenceIds: [],
    });
  }
}
