import crypto from 'node:crypto';
import { ZHazardReport, ZHazardTransition } from '@redline/contracts';
import { localDateOf, startOfLocalDate } from '@redline/domain';
import { and, eq, inArray } from 'drizzle-orm';
import sharp from 'sharp';
import type { Db } from '../../db/client';
import type { AppDeps, Ctx } from '../../http/context';
import { accounts } from '../accounts/schema';
import { cases } from '../cases/schema';
import { type SweepCounts, sweepDeadlines } from '../cases/sweep-deadlines';
import { CASE_WORKFLOWS } from '../cases/workflows';
import { departments as departmentTable } from '../departments/schema';
import { enterprises } from '../enterprises/schema';
import { uploadEvidence } from '../evidence/service';
import { reportHazard } from '../hazards/report-hazard';
import { transitionHazard } from '../hazards/transition-hazard';
import type { Actor } from '../scope/actor';
import { actorOf } from '../scope/resolve-scope';
import {
  type DemoHazard,
  type DemoHazardStep,
  type DemoMoment,
  departments as demoDepartments,
  demoHazards,
  type HazardActor,
} from './dataset';

const DAY_MS = 86_400_000;
/** The demo's daily deadline sweep runs at 08:00 local time, before the working day's first step (08:30). */
const SWEEP_MINUTE = 8 * 60;
/**
 * The history's sweeps cover the case types this plan makes (a hazard's suspension opens a resumption review): the
 * demo's accidents load beside the hazards (load-demo.ts) and may commit while these sweeps still run at past days,
 * which must not touch them; loadDemo sweeps every type once at the end.
 */
const HISTORY_WORKFLOWS = {
  hazard: CASE_WORKFLOWS.hazard!,
  resumption_review: CASE_WORKFLOWS.resumption_review!,
};

export type DemoHazardsLoaded = {
  hazards: number;
  /** Demo hazard key (`HZ-001`) → case id. */
  ids: Map<string, string>;
  transitions: number;
  photos: number;
  /** The history's daily sweeps and the final one at the load's `now`, summed. */
  sweeps: number;
  clockEvents: Pick<SweepCounts, 'reminders' | 'overdue' | 'escalations' | 'notifications'>;
};

/**
 * A small placeholder photo (no text): a diagonal gradient in a colour of its own, so that no two demo photos share
 * their bytes (a hash already on another case would be flagged as reused evidence).
 */
export async function demoPhoto(n: number, phase: 'before' | 'after'): Promise<Buffer> {
  const width = 96;
  const height = 72;
  const hue = (n * 47) % 360;
  const [r, g, b] = hsl(hue, phase === 'before' ? 0.55 : 0.35, phase === 'before' ? 0.45 : 0.6);
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const shade = 0.75 + (0.25 * (x + y)) / (width + height);
      const i = (y * width + x) * 3;
      pixels[i] = Math.round(r * shade);
      pixels[i + 1] = Math.round(g * shade);
      pixels[i + 2] = Math.round(b * shade);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 70 })
    .toBuffer();
}

function hsl(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [Math.round(255 * f(0)), Math.round(255 * f(8)), Math.round(255 * f(4))];
}

/** The instant of a demo moment for a load at `now`: `day` days before the local day of `now`, at `minute`. */
export function demoMomentAt(now: Date, moment: DemoMoment): Date {
  const today = startOfLocalDate(localDateOf(now)).getTime();
  return new Date(today - moment.day * DAY_MS + moment.minute * 60_000);
}

type Scheduled =
  | { at: Date; order: number; kind: 'report'; hazard: DemoHazard }
  | { at: Date; order: number; kind: 'step'; hazard: DemoHazard; step: DemoHazardStep }
  | { at: Date; order: number; kind: 'sweep' };

/**
 * Loads the demo's hazards (dataset/hazards.ts) through the real services, as the demo accounts, in the order they
 * happened: each report and transition runs with `ctx.now` at its moment of the last three months, so deadlines,
 * the acceptance and rectification clocks, timelines, audit entries and notifications are what the services make of
 * that history. A deadline sweep runs at 08:00 of every day of the history (reminders, overdue and escalation
 * steps on the day they fell due) and once more at `now`. Before- and after-photos are small generated JPEGs kept
 * through the evidence service. Expects the demo's regions, enterprises, departments and accounts loaded.
 */
export async function loadDemoHazards(
  db: Db,
  deps: AppDeps,
  now: Date,
  list: ReadonlyArray<DemoHazard> = demoHazards,
): Promise<DemoHazardsLoaded> {
  // One transaction for the whole history: all of it or none of it, and one commit instead of several hundred (each
  // service's own transaction becomes a savepoint inside it).
  return db.transaction((tx) => loadHistory(tx as unknown as Db, deps, now, list));
}

async function loadHistory(
  db: Db,
  deps: AppDeps,
  now: Date,
  list: ReadonlyArray<DemoHazard>,
): Promise<DemoHazardsLoaded> {
  const at = (m: DemoMoment) => demoMomentAt(now, m);

  const actors = await loadActors(db, list);
  const enterpriseIds = await loadEnterpriseIds(db, list);
  const departmentIds = await loadDepartmentIds(db, list);
  const ctxOf = (actor: HazardActor, when: Date): Ctx => ({
    db,
    deps,
    actor: actors.get(actor)!,
    requestId: 'demo-load',
    now: when,
    locale: 'zh-CN',
  });

  const schedule: Scheduled[] = [];
  let order = 0;
  for (const hazard of list) {
    schedule.push({ at: at(hazard.reported), order: order++, kind: 'report', hazard });
    for (const step of hazard.steps) schedule.push({ at: at(step), order: order++, kind: 'step', hazard, step });
  }
  const firstDay = Math.max(0, ...list.map((h) => h.reported.day));
  for (let day = firstDay; day >= 1; day--) {
    schedule.push({ at: at({ day, minute: SWEEP_MINUTE }), order: order++, kind: 'sweep' });
  }
  schedule.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);

  const ids = new Map<string, string>();
  const loaded: DemoHazardsLoaded = {
    hazards: 0,
    ids,
    transitions: 0,
    photos: 0,
    sweeps: 0,
    clockEvents: { reminders: 0, overdue: 0, escalations: 0, notifications: 0 },
  };
  // The photos are made up front, side by side (sharp works off the main thread), each in a colour of its own.
  const befores = list.filter((h) => h.beforePhoto).length;
  const afters = list.flatMap((h) => h.steps).filter((s) => s.afterPhoto).length;
  const queue = {
    before: await Promise.all(Array.from({ length: befores }, (_, n) => demoPhoto(n, 'before'))),
    after: await Promise.all(Array.from({ length: afters }, (_, n) => demoPhoto(befores + n, 'after'))),
  };
  const photo = async (actor: HazardActor, when: Date, phase: 'before' | 'after') => {
    const bytes = queue[phase].shift()!;
    loaded.photos++;
    const upload = {
      bytes,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
      mediaType: 'image/jpeg' as const,
      originalName: phase === 'before' ? '现场照片.jpg' : '整改后照片.jpg',
      fields: {},
    };
    return (await uploadEvidence(ctxOf(actor, new Date(when.getTime() - 60_000)), upload, phase)).id;
  };
  const sweep = async (when: Date) => {
    const result = await sweepDeadlines(db, when, { workflows: HISTORY_WORKFLOWS });
    loaded.sweeps++;
    if (result.skipped) return;
    for (const key of ['reminders', 'overdue', 'escalations', 'notifications'] as const) {
      loaded.clockEvents[key] += result[key];
    }
  };

  for (const item of schedule) {
    if (item.kind === 'sweep') {
      await sweep(item.at);
    } else if (item.kind === 'report') {
      const h = item.hazard;
      const evidenceIds = h.beforePhoto ? [await photo(h.reporter, item.at, 'before')] : [];
      const body = ZHazardReport.parse({
        title: h.title,
        description: h.description,
        enterpriseId: h.place.enterpriseUscc ? enterpriseIds.get(h.place.enterpriseUscc) : undefined,
        gridCode: h.place.gridCode,
        regionCode: h.place.regionCode,
        sectorCode: h.place.sectorCode,
        category: h.category,
        hazardType: h.hazardType,
        checkKind: h.checkKind,
        source: h.source,
        level: h.level,
        determinationBasis: h.determinationBasis,
        locationText: h.place.locationText,
        lng: h.place.lng,
        lat: h.place.lat,
        evidenceIds,
      });
      const reported = await reportHazard(ctxOf(h.reporter, item.at), body).catch((error: unknown) => {
        throw new Error(`demo hazard ${h.key}: report by ${h.reporter} failed: ${String(error)}`, { cause: error });
      });
      ids.set(h.key, reported.id);
      loaded.hazards++;
    } else {
      const { hazard: h, step } = item;
      const id = ids.get(h.key)!;
      const [row] = await db.select({ version: cases.version }).from(cases).where(eq(cases.id, id));
      const fields: Record<string, unknown> = { ...step.fields };
      if (step.transferToDepartment) fields.transferTo = `department:${departmentIds.get(step.transferToDepartment)}`;
      if (step.listedRegion) fields.listedUnit = step.listedRegion;
      if (step.mergeInto) fields.mergedInto = ids.get(step.mergeInto);
      const body = ZHazardTransition.parse({
        transition: step.transition,
        version: row!.version,
        comment: step.comment,
        fields,
        deadline: step.deadlineDays ? { days: step.deadlineDays, unit: 'calendar' } : undefined,
        evidenceIds: step.afterPhoto ? [await photo(step.actor, item.at, 'after')] : [],
      });
      try {
        await transitionHazard(ctxOf(step.actor, item.at), id, body);
      } catch (error) {
        throw new Error(`demo hazard ${h.key}: ${step.transition} by ${step.actor} failed: ${String(error)}`, {
          cause: error,
        });
      }
      loaded.transitions++;
    }
  }
  await sweep(now);
  return loaded;
}

/** The demo accounts the plan acts as, each resolved to its actor (scope, roles, the department it acts for). */
async function loadActors(db: Db, list: ReadonlyArray<DemoHazard>): Promise<Map<HazardActor, Actor>> {
  const names = [...new Set(list.flatMap((h) => [h.reporter, ...h.steps.map((s) => s.actor)]))];
  const rows = await db.select().from(accounts).where(inArray(accounts.username, names));
  const actors = new Map<HazardActor, Actor>();
  // 'session': the actor is the account itself (its timeline entries, audit rows and uploads name it), not the
  // system actor of jobs, which acts for no one.
  for (const row of rows) actors.set(row.username as HazardActor, await actorOf(db, row, 'session'));
  const missing = names.filter((name) => !actors.has(name));
  if (missing.length) throw new Error(`demo hazards need the demo accounts ${missing.join(', ')}`);
  return actors;
}

async function loadEnterpriseIds(db: Db, list: ReadonlyArray<DemoHazard>): Promise<Map<string, string>> {
  const usccs = [...new Set(list.flatMap((h) => (h.place.enterpriseUscc ? [h.place.enterpriseUscc] : [])))];
  if (!usccs.length) return new Map();
  const rows = await db
    .select({ id: enterprises.id, uscc: enterprises.uscc })
    .from(enterprises)
    .where(inArray(enterprises.uscc, usccs));
  return new Map(rows.map((r) => [r.uscc, r.id]));
}

/** Department ids by demo key, found by the department's region and name. */
async function loadDepartmentIds(db: Db, list: ReadonlyArray<DemoHazard>): Promise<Map<string, string>> {
  const keys = [...new Set(list.flatMap((h) => h.steps.flatMap((s) => s.transferToDepartment ?? [])))];
  const ids = new Map<string, string>();
  for (const key of keys) {
    const department = demoDepartments.find((d) => d.key === key);
    if (!department) throw new Error(`unknown demo department ${key}`);
    const [row] = await db
      .select({ id: departmentTable.id })
      .from(departmentTable)
      .where(and(eq(departmentTable.regionCode, department.regionCode), eq(departmentTable.name, department.name)));
    if (!row) throw new Error(`demo department ${key} is not loaded`);
    ids.set(key, row.id);
  }
  return ids;
}
