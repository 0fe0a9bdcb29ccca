import { HAZARD_STATES } from '@redline/contracts';
import {
  checkDeterminationBasis,
  FIVE_ASSURANCE_FIELDS,
  HAZARD_WORKFLOW,
  MAJOR_HAZARD_REPORT_FIELDS,
  RECTIFICATION_PLAN_FIELDS,
} from '@redline/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_TOWN_CODE, demoAccounts, demoEnterprises, demoEnterpriseUscc, demoGridCodes } from './accounts';
import { departments } from './departments';
import { buildDemoHazards, type DemoHazard, demoHazards, replayHazard } from './hazards';
import { grids } from './regions';

const enterprises = new Map(demoEnterprises.map((e) => [e.uscc, e]));
const accountOf = new Map(demoAccounts.map((a) => [a.username, a]));
const steps = demoHazards.flatMap((h) => h.steps.map((step) => ({ hazard: h, step })));
const regionOf = (h: DemoHazard) =>
  h.place.regionCode ??
  (h.place.enterpriseUscc ? enterprises.get(h.place.enterpriseUscc)?.regionCode : undefined) ??
  grids.find((g) => g.code === h.place.gridCode)?.villageCode;
const time = (m: { day: number; minute: number }) => -m.day * 1440 + m.minute;

describe('demo hazards: the plan', () => {
  it('is deterministic: the same seed gives the same list, another seed another one', () => {
    expect(buildDemoHazards()).toEqual(demoHazards);
    expect(JSON.stringify(buildDemoHazards(7))).not.toEqual(JSON.stringify(demoHazards));
  });

  it('has 60–120 hazards with unique keys, most of them in 巴公镇 and all in 泽州县', () => {
    expect(demoHazards.length).toBeGreaterThanOrEqual(60);
    expect(demoHazards.length).toBeLessThanOrEqual(120);
    expect(new Set(demoHazards.map((h) => h.key)).size).toBe(demoHazards.length);
    for (const h of demoHazards) expect(regionOf(h), h.key).toMatch(/^140525/);
    const inTown = demoHazards.filter((h) => regionOf(h)?.startsWith(DEMO_TOWN_CODE)).length;
    expect(inTown / demoHazards.length).toBeGreaterThan(0.6);
  });

  it('ends in every state of the workflow, with about 15% overdue', () => {
    const states = new Set(demoHazards.map((h) => h.outcome.state));
    expect([...states].sort()).toEqual([...HAZARD_STATES].sort());
    const overdue = demoHazards.filter((h) => h.outcome.overdue);
    expect(overdue.length / demoHazards.length).toBeGreaterThanOrEqual(0.1);
    expect(overdue.length / demoHazards.length).toBeLessThanOrEqual(0.2);
    // Only open hazards are overdue, and overdue ones are found in several states.
    for (const h of overdue) expect(HAZARD_WORKFLOW.states[h.outcome.state]?.terminal, h.key).toBeFalsy();
    expect(new Set(overdue.map((h) => h.outcome.state)).size).toBeGreaterThanOrEqual(4);
  });

  it('has several major hazards, each with a catalogued basis, its report and its rectification plan', () => {
    const majors = demoHazards.filter((h) => h.outcome.level === 'major');
    expect(majors.length).toBeGreaterThanOrEqual(4);
    for (const h of majors) {
      const basis = h.determinationBasis ?? h.steps.find((s) => s.transition === 'accept')?.fields?.determinationBasis;
      expect(basis, h.key).toBeDefined();
      expect(checkDeterminationBasis(basis as { standard: string; article: string }).ok, h.key).toBe(true);
      const plan = h.steps.find((s) => s.transition === 'rectify_by_deadline');
      for (const field of [...MAJOR_HAZARD_REPORT_FIELDS, ...RECTIFICATION_PLAN_FIELDS]) {
        if (plan) expect(plan.fields?.[field], `${h.key} ${field}`).toBeTruthy();
      }
    }
    expect(majors.filter((h) => h.steps.some((s) => s.transition === 'rectify_by_deadline')).length).toBeGreaterThan(2);
  });

  it('lists at least two major hazards for supervision, by the safety-committee office', () => {
    const listed = demoHazards.filter((h) => h.outcome.listed);
    expect(listed.length).toBeGreaterThanOrEqual(2);
    for (const h of listed) {
      expect(h.outcome.level).toBe('major');
      const listing = h.steps.find((s) => s.transition === 'list_supervision')!;
      expect(listing.actor).toBe('safety');
      expect(listing.listedRegion).toMatch(/^region:\d{6}$/);
    }
  });

  it('suspends the demo enterprise with a resumption applied for, and reopens one hazard into a second cycle', () => {
    const pending = demoHazards.filter((h) => h.outcome.suspension === 'applied');
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({
      place: { enterpriseUscc: demoEnterpriseUscc },
      outcome: { state: 'awaiting_verification', level: 'major', overdue: false },
    });
    expect(demoHazards.filter((h) => h.outcome.suspension !== null)).toHaveLength(1);
    const reopened = demoHazards.filter((h) => h.outcome.cycle === 2);
    expect(reopened).toHaveLength(1);
    expect(reopened[0]!.steps.map((s) => s.transition)).toContain('reopen');
  });

  it('gives each demo account work of its own', () => {
    const by = (actor: string) => steps.filter(({ step }) => step.actor === actor).length;
    for (const actor of ['town', 'grid', 'enterprise', 'inspector', 'safety'])
      expect(by(actor), actor).toBeGreaterThan(0);
    const reporters = new Set(demoHazards.map((h) => h.reporter));
    for (const actor of ['town', 'grid', 'enterprise', 'inspector', 'expert'])
      expect(reporters.has(actor as never)).toBe(true);
  });
});

describe('demo hazards: each step is one the workflow and the scope allow', () => {
  it('lets only roles the workflow names take each transition', () => {
    for (const { hazard, step } of steps) {
      const transition = HAZARD_WORKFLOW.transitions.find((t) => t.name === step.transition)!;
      const roles = accountOf.get(step.actor)!.roles;
      expect(
        roles.some((role) => transition.roles.includes(role)),
        `${hazard.key} ${step.transition} ${step.actor}`,
      ).toBe(true);
    }
  });

  it('happens in order within the last three months, in working hours', () => {
    for (const h of demoHazards) {
      const moments = [h.reported, ...h.steps];
      for (const m of moments) {
        expect(m.day, h.key).toBeGreaterThanOrEqual(1);
        expect(m.day, h.key).toBeLessThanOrEqual(90);
        expect(m.minute, h.key).toBeGreaterThanOrEqual(8 * 60);
        expect(m.minute, h.key).toBeLessThan(24 * 60);
      }
      for (let i = 1; i < moments.length; i++) {
        expect(time(moments[i]!), h.key).toBeGreaterThan(time(moments[i - 1]!));
      }
    }
  });

  it('places reports where their reporters may report', () => {
    for (const h of demoHazards) {
      const enterprise = h.place.enterpriseUscc ? enterprises.get(h.place.enterpriseUscc) : undefined;
      if (h.place.enterpriseUscc) expect(enterprise, h.key).toBeDefined();
      if (enterprise) expect(enterprise.status, h.key).toBe('operating');
      if (h.reporter === 'grid') {
        expect(demoGridCodes).toContain(h.place.gridCode ?? enterprise?.gridCode);
      }
      if (h.reporter === 'enterprise') expect(h.place.enterpriseUscc).toBe(demoEnterpriseUscc);
      if (h.reporter === 'town') expect(regionOf(h)).toMatch(new RegExp(`^${DEMO_TOWN_CODE}`));
      const scope = accountOf.get(h.reporter)!.scope;
      if (enterprise && scope.kind === 'region' && scope.sectorCodes?.length) {
        expect(
          enterprise.sectorCodes.some((s) => scope.sectorCodes!.includes(s)),
          h.key,
        ).toBe(true);
      }
    }
  });

  it('gives the fields, deadlines, photos and references each transition requires', () => {
    const keys = new Set(departments.map((d) => d.key));
    for (const { hazard, step } of steps) {
      const label = `${hazard.key} ${step.transition}`;
      if (step.transition === 'rectify_by_deadline') {
        for (const field of FIVE_ASSURANCE_FIELDS) expect(step.fields?.[field], label).toBeTruthy();
        expect(step.deadlineDays, label).toBeGreaterThanOrEqual(1);
      }
      if (step.transition === 'list_supervision') expect(step.deadlineDays, label).toBeGreaterThanOrEqual(1);
      if (['complete', 'apply_resumption'].includes(step.transition)) expect(step.afterPhoto, label).toBe(true);
      if (['reject', 'reopen', 'transfer', 'fail_verification', 'order_suspension'].includes(step.transition)) {
        expect(step.comment, label).toBeTruthy();
      }
      if (step.transition === 'transfer') expect(keys.has(step.transferToDepartment!), label).toBe(true);
      if (step.transition === 'merge') {
        const target = demoHazards.find((h) => h.key === step.mergeInto)!;
        expect(target, label).toBeDefined();
        expect(time(target.reported), label).toBeLessThan(time(step));
        // The target is still open when the merge happens.
        const before = { ...target, steps: target.steps.filter((s) => time(s) < time(step)) };
        expect(HAZARD_WORKFLOW.states[replayHazard(before).state]?.terminal, label).toBeFalsy();
      }
    }
  });

  it('attaches a before-photo to a handful of reports only', () => {
    const photos = demoHazards.filter((h) => h.beforePhoto).length;
    expect(photos).toBeGreaterThanOrEqual(3);
    expect(photos).toBeLessThanOrEqual(10);
  });
});

describe('replayHazard', () => {
  const base = {
    key: 'T',
    title: 't',
    description: 'd',
    category: 'unsafe_condition',
    hazardType: 'other',
    source: 'grid_patrol',
    checkKind: 'daily',
    reporter: 'town',
    place: {},
    beforePhoto: false,
  } as const;
  const rectifying = (reportedDay: number, days: number) => ({
    ...base,
    reported: { day: reportedDay, minute: 600 },
    steps: [
      { day: reportedDay, minute: 620, actor: 'town' as const, transition: 'accept', fields: { level: 'ordinary' } },
      { day: reportedDay, minute: 640, actor: 'town' as const, transition: 'rectify_by_deadline', deadlineDays: days },
    ],
  });

  it('is overdue once the deadline day has passed, not on the deadline day itself', () => {
    expect(replayHazard(rectifying(30, 29)).overdue).toBe(true); // due yesterday
    expect(replayHazard(rectifying(30, 30)).overdue).toBe(false); // due at the end of today
    expect(replayHazard(rectifying(30, 40)).overdue).toBe(false);
  });

  it('counts a working-day clock only when it is sure: recent runs, long ago is over, in between is refused', () => {
    const reported = (day: number) => ({ ...base, reported: { day, minute: 600 }, steps: [] });
    expect(replayHazard(reported(1)).overdue).toBe(false);
    expect(replayHazard(reported(25)).overdue).toBe(true);
    expect(() => replayHazard(reported(6))).toThrow(/neither recent nor long over/);
  });

  it('refuses a step the workflow does not allow from the state reached', () => {
    const wrong = {
      ...base,
      reported: { day: 3, minute: 600 },
      steps: [{ day: 2, minute: 600, actor: 'town' as const, transition: 'verify' }],
    };
    expect(() => replayHazard(wrong)).toThrow(/verify is not allowed from reported/);
  });

  it('starts a new cycle on reopen and keeps the listing and suspension state', () => {
    const h = {
      ...base,
      reported: { day: 10, minute: 600 },
      steps: [
        { day: 10, minute: 620, actor: 'town' as const, transition: 'reject', comment: '不是隐患' },
        { day: 1, minute: 620, actor: 'town' as const, transition: 'reopen', comment: '复核' },
      ],
    };
    expect(replayHazard(h)).toEqual({
      state: 'reported',
      cycle: 2,
      level: null,
      listed: false,
      overdue: false,
      suspension: null,
    });
  });
});
