import {
  type TRiskEventInput,
  type TRiskMeasureInput,
  type TRiskUnitInput,
  ZRiskEventInput,
  ZRiskMeasureInput,
  ZRiskUnitInput,
} from '@redline/contracts';
import type { Assessment, RiskSettings } from '@redline/domain';
import type { FieldProblem } from '../../http/errors';
import { gradeBoth } from '../risks/assessments';
import {
  accidentOf,
  classifyOf,
  kindOf,
  methodOf,
  parseScheduleText,
  splitLines,
  splitList,
} from '../risks/register-text';
import { assertSchedule } from '../risks/write';
import { addProblems, type ImportRecord, parseRow } from './rows';

/** A register row as the API's create bodies: its unit, its event (if named) and its measure (if any). */
export type RegisterLine = {
  row: number;
  unit: TRiskUnitInput;
  event: TRiskEventInput | null;
  measure: TRiskMeasureInput | null;
};
export type ParsedRegisterRow = ImportRecord & { line?: RegisterLine; problems: FieldProblem[] };

/** A problem on a column, labelled with the column's header (the contract's own labels name API fields). */
export const cellProblem = (key: string, code: string, params: FieldProblem['params'] = {}): FieldProblem => ({
  path: key,
  code,
  params: { field: `@riskRegister.column.${key}`, ...params },
});

/** The columns the API's paths come from (`inherent.l` → L, `accidentTypes.2` → the accident types column). */
const COLUMN_OF: Record<string, string> = {
  name: 'unitName',
  'event.name': 'eventName',
  'inherent.method': 'method',
  'inherent.l': 'l',
  'inherent.likelihood': 'l',
  'inherent.e': 'e',
  'inherent.c': 'c',
  'inherent.severity': 's',
  'residual.method': 'residualMethod',
  'residual.l': 'residualL',
  'residual.likelihood': 'residualL',
  'residual.e': 'residualE',
  'residual.c': 'residualC',
  'residual.severity': 'residualS',
  description: 'measure',
  schedule: 'cycle',
};
const onColumns = (problems: FieldProblem[], prefix = '') =>
  problems.map((p) => {
    const path = p.path
      .split('.')
      .filter((s) => !/^\d+$/.test(s))
      .join('.');
    const first = path.split('.')[0]!;
    const key = COLUMN_OF[`${prefix}${path}`] ?? COLUMN_OF[path] ?? COLUMN_OF[first] ?? first;
    const { field: _f, ...params } = p.params ?? {};
    return cellProblem(key, p.code, params);
  });

/** A factor cell as a number (undefined when empty); text that is not a number is a problem on its column. */
function factorOf(cells: Record<string, string>, key: string, problems: FieldProblem[]) {
  if (!cells[key]) {
    problems.push(cellProblem(key, 'VALIDATION.REQUIRED'));
    return undefined;
  }
  const n = Number(cells[key]);
  if (Number.isFinite(n)) return n;
  problems.push(cellProblem(key, 'VALIDATION.INVALID_FORMAT'));
  return undefined;
}

type FactorKeys = { method: string; l: string; e: string; c: string; s: string };
const INHERENT: FactorKeys = { method: 'method', l: 'l', e: 'e', c: 'c', s: 's' };
const RESIDUAL: FactorKeys = {
  method: 'residualMethod',
  l: 'residualL',
  e: 'residualE',
  c: 'residualC',
  s: 'residualS',
};

/** An assessment from its method and factor cells; null when the method cell is empty (and so are the factors). */
function assessmentOf(cells: Record<string, string>, k: FactorKeys, problems: FieldProblem[]) {
  if (!cells[k.method]) {
    const stray = [k.l, k.e, k.c, k.s].find((key) => cells[key]);
    if (stray) problems.push(cellProblem(k.method, 'VALIDATION.REQUIRED'));
    return null;
  }
  const method = methodOf(cells[k.method]!);
  if (!method) {
    problems.push(cellProblem(k.method, 'IMPORT.NOT_ONE_OF', { allowed: 'LEC、LS' }));
    return undefined;
  }
  const at = problems.length;
  const assessment: Assessment =
    method === 'lec'
      ? {
          method,
          l: factorOf(cells, k.l, problems)!,
          e: factorOf(cells, k.e, problems)!,
          c: factorOf(cells, k.c, problems)!,
        }
      : { method, likelihood: factorOf(cells, k.l, problems)!, severity: factorOf(cells, k.s, problems)! };
  return problems.length > at ? undefined : assessment;
}

const UNIT_KEYS = ['kind', 'department', 'responsiblePerson', 'locationText', 'hazardFactors', 'accidentTypes'];
const EVENT_KEYS = ['method', 'l', 'e', 'c', 's', 'residualMethod', 'residualL', 'residualE', 'residualC', 'residualS'];
const MEASURE_KEYS = ['classify', 'checkContent', 'cycle', 'post'];
/** The cells that describe the unit, the event: rows of one unit (one event) must agree on them. */
export const GROUP_KEYS = { unit: UNIT_KEYS, event: EVENT_KEYS } as const;

function parseUnit(cells: Record<string, string>, problems: FieldProblem[]) {
  const kind = cells.kind ? kindOf(cells.kind) : undefined;
  if (cells.kind && !kind) problems.push(cellProblem('kind', 'IMPORT.NOT_ONE_OF', { allowed: '设备设施、作业活动' }));
  const accidentTypes: string[] = [];
  for (const word of splitList(cells.accidentTypes ?? '')) {
    const code = accidentOf(word);
    if (code) accidentTypes.push(code);
    else if (!problems.some((p) => p.path === 'accidentTypes'))
      problems.push(cellProblem('accidentTypes', 'RISK.UNKNOWN_ACCIDENT_TYPE', { value: word }));
  }
  const parsed = parseRow(ZRiskUnitInput, {
    objectName: cells.objectName || undefined,
    name: cells.unitName || undefined,
    kind,
    department: cells.department || undefined,
    responsiblePerson: cells.responsiblePerson || undefined,
    locationText: cells.locationText || undefined,
    hazardFactors: splitLines(cells.hazardFactors ?? ''),
    accidentTypes: [...new Set(accidentTypes)],
  });
  addProblems(problems, onColumns(parsed.problems));
  return parsed.data;
}

function parseEvent(cells: Record<string, string>, problems: FieldProblem[], settings: RiskSettings) {
  const inherent = assessmentOf(cells, INHERENT, problems);
  if (inherent === null) addProblems(problems, [cellProblem('method', 'VALIDATION.REQUIRED')]);
  const residual = assessmentOf(cells, RESIDUAL, problems);
  if (!inherent || residual === undefined) return undefined;
  const parsed = parseRow(ZRiskEventInput, { name: cells.eventName, inherent, residual });
  addProblems(problems, onColumns(parsed.problems, 'event.'));
  if (!parsed.data) return undefined;
  try {
    gradeBoth(inherent, residual, settings); // the factors against the §4.2 / §4.3 tables, as POST /risk-units/:id/events
  } catch (error) {
    addProblems(problems, onColumns((error as { problems?: FieldProblem[] }).problems ?? []));
    return undefined;
  }
  return parsed.data;
}

function parseMeasure(cells: Record<string, string>, problems: FieldProblem[], now: Date) {
  const classify = cells.classify ? classifyOf(cells.classify) : undefined;
  if (cells.classify && !classify) {
    problems.push(
      cellProblem('classify', 'IMPORT.NOT_ONE_OF', { allowed: '工程技术、管理、培训教育、个体防护、应急处置' }),
    );
  }
  const schedule = parseScheduleText(cells.cycle ?? '');
  if (schedule === undefined) problems.push(cellProblem('cycle', 'RISK.UNKNOWN_CYCLE', { value: cells.cycle }));
  const parsed = parseRow(ZRiskMeasureInput, {
    description: cells.measure,
    classify,
    checkContent: cells.checkContent || undefined,
    schedule: schedule ?? undefined,
    post: cells.post || undefined,
  });
  addProblems(problems, onColumns(parsed.problems));
  if (parsed.data?.schedule) {
    // The schedule's own rules (working hours, shift length), as POST /risk-events/:id/measures checks them.
    try {
      assertSchedule(parsed.data.schedule, now);
    } catch (error) {
      const [p] = (error as { problems?: FieldProblem[] }).problems ?? [];
      const sub = p?.path.split('.')[1] ?? 'every';
      addProblems(problems, [
        cellProblem('cycle', p?.code ?? 'RISK.SCHEDULE_INVALID', { field: `@riskRegister.schedule.${sub}` }),
      ]);
    }
  }
  return parsed.data;
}

/** A formula-like text the export wrote with a leading apostrophe (see accidents/export.ts `defuse`) reads back. */
const undefuse = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/** Turns a row's cells into the unit, event and measure bodies of the API, every problem on its column. */
export function parseRegisterRow(r: ImportRecord, now: Date, settings: RiskSettings): ParsedRegisterRow {
  const cells = Object.fromEntries(Object.entries(r.record).map(([k, v]) => [k, undefuse(v.trim())]));
  const problems: FieldProblem[] = [];
  const unit = parseUnit(cells, problems);
  const below = [...EVENT_KEYS, 'measure', ...MEASURE_KEYS].find((key) => cells[key]);
  if (!cells.eventName && below) problems.push(cellProblem('eventName', 'VALIDATION.REQUIRED'));
  const event = cells.eventName ? parseEvent(cells, problems, settings) : null;
  const detail = MEASURE_KEYS.find((key) => cells[key]);
  if (!cells.measure && detail) problems.push(cellProblem('measure', 'VALIDATION.REQUIRED'));
  const measure = cells.measure ? parseMeasure(cells, problems, now) : null;
  if (problems.length || !unit || event === undefined || measure === undefined) return { ...r, problems };
  return { ...r, line: { row: r.row, unit, event, measure }, problems };
}
