import { HAZARD_SOURCES } from '@redline/domain';
import type pg from 'pg';
import type { Scale } from '../scale';
import { type CopyTimer, copyRows } from './copy';
import type { Places } from './places';
import type { Prng } from './prng';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;
const SHANGHAI = 8 * HOUR;
/** 23:59:59.999 in Asia/Shanghai of the day `ms` falls on, as `addDays` sets a deadline. */
const endOfDay = (ms: number) => Math.floor((ms + SHANGHAI) / DAY) * DAY + DAY - 1 - SHANGHAI;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Shares of the states a province's three years of hazards end in: most written off (a small part of them reopened
 * and written off twice), some rejected or merged at triage, and the open ones at every step of the workflow.
 */
const STATE_SHARES: [string, number][] = [
  ['written_off', 0.78],
  ['rejected', 0.035],
  ['merged', 0.015],
  ['reported', 0.02],
  ['transferred', 0.005],
  ['accepted', 0.015],
  ['rectifying', 0.08],
  ['awaiting_verification', 0.05],
];
const REOPENED_SHARE = 0.025;
const LATE_SHARE = 0.15;
const MAJOR_SHARE = 0.012;
const IMMEDIATE_SHARE = 0.2;

const PLACES = ['配电室', '仓库', '生产车间', '锅炉房', '危化品库', '消防通道', '厨房', '楼梯间', '配料间', '脚手架'];
const PROBLEMS = [
  '灭火器过期',
  '安全出口堵塞',
  '电线私拉乱接',
  '防护栏缺失',
  '应急照明损坏',
  '未设置警示标志',
  '气瓶未固定',
  '消防栓无水',
  '作业人员未佩戴安全帽',
  '有限空间未检测',
];

export const CASE_COLUMNS = [
  'id',
  'type',
  'number',
  'title',
  'region_code',
  'region_path',
  'grid_code',
  'enterprise_id',
  'sector_code',
  'owner_unit',
  'supervisor_unit',
  'state',
  'version',
  'level',
  'source',
  'deadline',
  'cycle',
  'fields',
  'location_text',
  'lng',
  'lat',
  'listed_unit',
  'listed_at',
  'merged_into_id',
  'created_at',
  'updated_at',
];
export const EVENT_COLUMNS = [
  'case_id',
  'cycle',
  'at',
  'kind',
  'transition',
  'from_state',
  'to_state',
  'comment',
  'data',
  'event_key',
];

type Event = {
  cycle: number;
  at: number;
  kind: 'created' | 'transition' | 'overdue';
  transition?: string;
  from?: string;
  to: string;
  comment?: string;
  data: Record<string, unknown>;
  key?: string;
};

/** One hazard's history as the workflow writes it: its final row values and its timeline. */
type History = {
  state: string;
  cycle: number;
  created: number;
  deadline: number | null;
  events: Event[];
  fields: Record<string, unknown>;
  listedAt: number | null;
};

/** Case numbers handed out per (county, year), written to case_sequences so real reports continue after them. */
export type Sequences = Map<string, number>;

export function nextNumber(sequences: Sequences, prefix: string, county: string, createdMs: number): string {
  const year = new Date(createdMs + SHANGHAI).getUTCFullYear();
  const key = `${prefix}|${county}|${year}`;
  const n = (sequences.get(key) ?? 0) + 1;
  sequences.set(key, n);
  return `${prefix}-${county}-${year}-${String(n).padStart(6, '0')}`;
}

class HistoryBuilder {
  readonly events: Event[] = [];
  cycle = 1;
  state = 'reported';
  deadline: number | null;
  readonly fields: Record<string, unknown> = {};

  constructor(
    readonly created: number,
    number: string,
    level: string | null,
  ) {
    if (level) this.fields.level = level;
    this.deadline = endOfDay(created + 3 * DAY); // the acceptance clock
    this.events.push({ cycle: 1, at: created, kind: 'created', to: 'reported', data: { number } });
  }

  /** A transition as transitionCase writes it: previousDeadline is the deadline in force just before the move. */
  move(at: number, transition: string, to: string, deadline: number | null, extra: Record<string, unknown> = {}) {
    const reopen = this.state === 'written_off' || this.state === 'rejected';
    if (reopen) this.cycle += 1;
    this.events.push({
      cycle: this.cycle,
      at,
      kind: 'transition',
      transition,
      from: this.state,
      to,
      ...(extra.comment ? { comment: String(extra.comment) } : {}),
      data: {
        previousDeadline: this.deadline === null ? null : iso(this.deadline),
        ...(extra.fields ? { fields: extra.fields } : {}),
        ...(deadline !== null && deadline !== this.deadline ? { deadline: iso(deadline) } : {}),
      },
    });
    if (extra.fields) Object.assign(this.fields, extra.fields);
    this.state = to;
    this.deadline = deadline;
  }

  /** Every event later by whole days, keeping deadlines at the end of a day (used to end a history before now). */
  shiftBack(days: number) {
    const ms = days * DAY;
    for (const e of this.events) {
      e.at -= ms;
      const data = e.data as { previousDeadline?: string | null; deadline?: string };
      if (data.previousDeadline) data.previousDeadline = iso(Date.parse(data.previousDeadline) - ms);
      if (data.deadline) data.deadline = iso(Date.parse(data.deadline) - ms);
    }
    if (this.deadline !== null) this.deadline -= ms;
  }

  get last() {
    return this.events.at(-1)!.at;
  }
}

/** Accept, rectify (at once or by a deadline with the five assurances), complete (some late), and optionally verify. */
function rectify(h: HistoryBuilder, rng: Prng, start: number, level: string, verify: boolean, now: number) {
  const accepted = start + rng.between(0.5 * HOUR, 48 * HOUR);
  h.move(accepted, 'accept', 'accepted', h.deadline, { fields: { level } });
  const started = accepted + rng.between(0, 24 * HOUR);
  const immediate = level === 'ordinary' && rng.chance(IMMEDIATE_SHARE);
  let deadline: number | null = null;
  if (immediate) h.move(started, 'rectify_immediately', 'rectifying', null);
  else {
    deadline = endOfDay(started + rng.int(7, 60) * DAY);
    const funds = Math.round(rng.between(500, 200_000) * 100) / 100;
    h.move(started, 'rectify_by_deadline', 'rectifying', deadline, {
      fields: { measures: '按方案整改', responsiblePerson: '张三', funds, contingencyPlan: '已制定应急预案' },
    });
  }
  const late = deadline !== null && rng.chance(LATE_SHARE);
  const completed = immediate
    ? started + rng.between(HOUR, 3 * DAY)
    : late
      ? deadline! + rng.between(HOUR, 20 * DAY)
      : started + rng.between(0.1, 1) * (Math.min(deadline!, verify ? deadline! : now) - started);
  const spent = typeof h.fields.funds === 'number' ? Math.round(h.fields.funds * rng.between(80, 110)) / 100 : null;
  h.move(completed, 'complete', 'awaiting_verification', endOfDay(completed + 5 * DAY), {
    comment: '已按要求整改完毕',
    ...(spent !== null ? { fields: { fundsSpent: spent } } : {}),
  });
  if (verify) h.move(completed + rng.between(HOUR, 5 * DAY), 'verify', 'written_off', null);
}

function history(rng: Prng, now: number, number: (created: number) => string, mergeInto: string | null): History {
  const roll = rng.next();
  let target = 'written_off';
  let acc = 0;
  for (const [state, share] of STATE_SHARES) {
    acc += share;
    if (roll < acc) {
      target = state;
      break;
    }
  }
  const major = rng.chance(MAJOR_SHARE);
  const level = major ? 'major' : 'ordinary';
  const triageOnly = ['reported', 'transferred', 'rejected', 'merged'].includes(target);
  const reported = triageOnly && rng.chance(0.4) ? null : level;
  const recent = (maxDays: number) => now - 2 * DAY - rng.next() ** 2 * maxDays * DAY;
  const created =
    target === 'reported'
      ? now - rng.between(0, 6 * DAY)
      : target === 'transferred' || target === 'accepted'
        ? now - rng.between(HOUR, 10 * DAY)
        : target === 'rectifying'
          ? recent(200)
          : target === 'awaiting_verification'
            ? recent(150)
            : now - rng.between(DAY, 3 * YEAR);
  const h = new HistoryBuilder(created, number(created), reported);
  switch (target) {
    case 'written_off':
      rectify(h, rng, created, level, true, now);
      if (rng.chance(REOPENED_SHARE)) {
        h.move(h.last + rng.between(DAY, 30 * DAY), 'reopen', 'reported', null, { comment: '复查发现问题反弹' });
        h.deadline = endOfDay(h.last + 3 * DAY);
        rectify(h, rng, h.last, level, true, now);
      }
      break;
    case 'rejected':
      h.move(created + rng.between(HOUR, 3 * DAY), 'reject', 'rejected', null, { comment: '经核查不属于隐患' });
      break;
    case 'merged':
      h.move(created + rng.between(HOUR, 3 * DAY), 'merge', 'merged', null, { fields: { mergedInto: mergeInto } });
      break;
    case 'transferred':
      h.move(Math.min(created + rng.between(HOUR, 2 * DAY), now - HOUR), 'transfer', 'transferred', null, {
        comment: '移交行业主管部门',
      });
      h.deadline = endOfDay(h.last + 5 * DAY);
      (h.events.at(-1)!.data as Record<string, unknown>).deadline = iso(h.deadline);
      break;
    case 'accepted':
      h.move(Math.min(created + rng.between(HOUR, 2 * DAY), now - HOUR), 'accept', 'accepted', h.deadline, {
        fields: { level },
      });
      break;
    case 'rectifying':
    case 'awaiting_verification': {
      rectify(h, rng, created, level, false, now);
      if (target === 'rectifying') {
        // Undo the completion: this one is still being rectified.
        h.events.pop();
        const rectifying = h.events.at(-1)!;
        h.state = 'rectifying';
        h.deadline = (rectifying.data as { deadline?: string }).deadline
          ? Date.parse((rectifying.data as { deadline: string }).deadline)
          : null;
        delete h.fields.fundsSpent;
      }
      break;
    }
    default:
      break;
  }
  // A history must end before now: move it back by whole days (deadlines stay at a day's end).
  const overshoot = h.last - (now - 60_000);
  if (overshoot > 0) h.shiftBack(Math.ceil(overshoot / DAY));
  // Open and overdue: the sweep has recorded the overdue event of the deadline in force.
  const open = !['written_off', 'rejected', 'merged'].includes(h.state);
  if (open && h.deadline !== null && h.deadline < now - 60_000) {
    h.events.push({
      cycle: h.cycle,
      at: h.deadline + 30_000,
      kind: 'overdue',
      from: h.state,
      to: h.state,
      data: { key: 'overdue' },
      key: `overdue@${iso(h.deadline)}`,
    });
  }
  const listed = open && major && h.state !== 'reported' && h.state !== 'transferred' && rng.chance(0.5);
  return {
    state: h.state,
    cycle: h.cycle,
    created: h.events[0]!.at,
    deadline: h.deadline,
    events: h.events,
    fields: h.fields,
    listedAt: listed ? Math.min(h.events[1]!.at + DAY, now - HOUR) : null,
  };
}

/**
 * The hazards of three years ending `now`, written in chunks (one COPY of cases and one of their timelines per
 * chunk). Places: 70% at an enterprise (its town, grid and sector), the rest in a grid's village (a patrol's find).
 */
export async function generateHazards(
  pool: pg.Pool,
  timer: CopyTimer,
  scale: Scale,
  rng: Prng,
  places: Places,
  sectorCodes: string[],
  sequences: Sequences,
  now: number,
  progress: (done: number) => void,
): Promise<void> {
  let previousId: string | null = null;
  for (let done = 0; done < scale.hazards; ) {
    const n = Math.min(scale.chunk, scale.hazards - done);
    const caseRows: unknown[][] = [];
    const eventRows: unknown[][] = [];
    for (let i = 0; i < n; i++) {
      const id = rng.uuid();
      const atEnterprise = rng.chance(0.7);
      const enterprise = atEnterprise ? rng.pick(places.enterprises) : null;
      const townIndex = enterprise ? enterprise.townIndex : rng.int(0, places.towns.length - 1);
      const town = places.towns[townIndex]!;
      const grid = enterprise ? null : rng.pick(places.townGrids[townIndex]!);
      const regionCode = grid ? grid.villageCode : town.code;
      const regionPath = grid ? grid.path : town.path;
      const h = history(rng, now, (created) => nextNumber(sequences, 'YH', town.countyCode, created), previousId);
      const source = enterprise ? rng.pick(HAZARD_SOURCES) : rng.chance(0.6) ? 'grid_patrol' : rng.pick(HAZARD_SOURCES);
      const level = (h.fields.level as string | undefined) ?? null;
      const supervisor = `region:${town.code}`;
      caseRows.push([
        id,
        'hazard',
        (h.events[0]!.data as { number: string }).number,
        `${rng.pick(PLACES)}${rng.pick(PROBLEMS)}`,
        regionCode,
        regionPath,
        enterprise?.gridCode ?? grid?.code ?? null,
        enterprise?.id ?? null,
        enterprise?.sectorCode ?? (rng.chance(0.6) ? rng.pick(sectorCodes) : null),
        enterprise ? `enterprise:${enterprise.id}` : grid ? `grid:${grid.code}` : supervisor,
        supervisor,
        h.state,
        h.events.filter((e) => e.kind === 'transition').length + 1,
        level,
        source,
        h.deadline === null ? null : iso(h.deadline),
        h.cycle,
        h.fields,
        null,
        110.5 + rng.next() * 3,
        34.6 + rng.next() * 5.5,
        h.listedAt === null ? null : `region:${town.countyCode}`,
        h.listedAt === null ? null : iso(h.listedAt),
        h.state === 'merged' ? previousId : null,
        iso(h.created),
        iso(h.events.at(-1)!.at),
      ]);
      for (const e of h.events) {
        eventRows.push([
          id,
          e.cycle,
          iso(e.at),
          e.kind,
          e.transition ?? null,
          e.from ?? null,
          e.to,
          e.comment ?? null,
          e.data,
          e.key ?? null,
        ]);
      }
      previousId = id;
    }
    await copyRows(pool, timer, 'cases', CASE_COLUMNS, caseRows);
    await copyRows(pool, timer, 'case_events', EVENT_COLUMNS, eventRows);
    done += n;
    progress(done);
  }
}
