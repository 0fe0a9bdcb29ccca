import {
  hazardFieldShape,
  type Locale,
  type THazardImportResult,
  type THazardReport,
  type TImportRowError,
  translate,
  ZHazardReport,
} from '@redline/contracts';
import {
  endOfLocalDate,
  HAZARD_CLOCK_DEFAULTS,
  HAZARD_WORKFLOW,
  type LedgerRectificationMode,
  type LedgerState,
  ledgerDateProblems,
  ledgerProblems,
  localDateOf,
  parseLocalDate,
  startOfLocalDate,
} from '@redline/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '../../db/client';
import type { Ctx } from '../../http/context';
import { AppError, type FieldProblem } from '../../http/errors';
import { appendAudit } from '../audit/append-audit';
import { whoOf } from '../audit/who';
import { resolveDeadline } from '../cases/calendars';
import { caseEvents, cases } from '../cases/schema';
import { loadSectors } from '../enterprises/repo';
import { enterprises } from '../enterprises/schema';
import { announce } from '../hazards/announce';
import { reportHazard } from '../hazards/report-hazard';
import { type ImportFormat, readSheet } from '../imports/read-sheet';
import { parseRow } from '../imports/rows';
import {
  CATEGORY_WORDS,
  CHECK_KIND_WORDS,
  COLUMN_OF_FIELD,
  columnOf,
  LEDGER_COLUMNS,
  LEVEL_WORDS,
  MODE_WORDS,
  matchLedgerColumns,
  SOURCE_WORDS,
  STANDARD_WORDS,
  STATE_WORDS,
  TYPE_WORDS,
} from './ledger-columns';

/** At most this many data rows per file: the whole import is one transaction (and holds the audit chain meanwhile). */
export const LEDGER_MAX_ROWS = 1000;

/** Ledger fields beyond the report, checked with the hazard contract's own field rules. */
const ZLedgerFields = z.strictObject({
  measures: hazardFieldShape.measures,
  responsiblePerson: hazardFieldShape.responsiblePerson,
  funds: hazardFieldShape.funds,
  contingencyPlan: hazardFieldShape.contingencyPlan,
  fundsSpent: hazardFieldShape.fundsSpent,
  currentCondition: hazardFieldShape.currentCondition,
  causes: hazardFieldShape.causes,
  harmAndDifficultyAnalysis: hazardFieldShape.harmAndDifficultyAnalysis,
  objectives: hazardFieldShape.objectives,
  materials: hazardFieldShape.materials,
  responsibleOrganisation: hazardFieldShape.responsibleOrganisation,
  rectificationRequirements: hazardFieldShape.rectificationRequirements,
  safetyMeasures: hazardFieldShape.safetyMeasures,
});
const LEDGER_FIELD_KEYS = Object.keys(ZLedgerFields.shape);

/** What a row says beyond the report: its state and dates, and the fields of its rectification. */
type LedgerFacts = {
  state: LedgerState;
  mode: LedgerRectificationMode;
  foundOn: string;
  deadline: Date | null;
  completedOn: string | null;
  writtenOffOn: string | null;
  ledgerNumber: string | null;
  fields: Record<string, unknown>;
};

type Parsed = {
  row: number;
  record: Record<string, string>;
  problems: FieldProblem[];
  input?: THazardReport;
  facts?: LedgerFacts;
  duplicateKey?: string;
};

type Lookups = {
  sectorWords: Map<string, string>;
  enterpriseByUscc: Map<string, { id: string; regionCode: string }>;
  ownEnterpriseId: string | null;
  today: string;
};

/** A problem keeps the first cause per column. */
function add(problems: FieldProblem[], p: FieldProblem) {
  if (!problems.some((q) => q.path === p.path)) problems.push(p);
}

/** A list word → its code; an unknown word is a problem naming the words allowed. */
function word(problems: FieldProblem[], key: string, value: string, words: Map<string, string>, allowed: string[]) {
  if (!value) return undefined;
  const code = words.get(value.toLowerCase());
  if (!code)
    add(problems, { path: key, code: 'HAZARD.IMPORT_UNKNOWN_WORD', params: { value, allowed: allowed.join('、') } });
  return code;
}

const labelsOf = (words: Map<string, string>) => [
  ...new Set([...words.entries()].filter(([w, code]) => /\p{Script=Han}/u.test(w) && code).map(([w]) => w)),
];

/** A date cell: YYYY-MM-DD (also with / or . between), or the date Excel stored. */
function dateOf(problems: FieldProblem[], key: string, value: string): string | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value.trim());
  const date = m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : '';
  if (!m || parseLocalDate(date) === null) {
    add(problems, { path: key, code: 'VALIDATION.INVALID_FORMAT' });
    return undefined;
  }
  return date;
}

/** A deadline cell: a date (the end of that day) or a date and time HH:mm (Asia/Shanghai). */
function deadlineOf(problems: FieldProblem[], value: string): { at: Date; day: string } | undefined {
  if (!value) return undefined;
  const m = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(value.trim());
  const day = m ? dateOf(problems, 'deadline', m[1]!) : undefined;
  if (!m || !day) {
    add(problems, { path: 'deadline', code: 'VALIDATION.INVALID_FORMAT' });
    return undefined;
  }
  if (m[2] === undefined) return { at: endOfLocalDate(day), day };
  const [h, min] = [Number(m[2]), Number(m[3])];
  if (h > 23 || min > 59) {
    add(problems, { path: 'deadline', code: 'VALIDATION.INVALID_FORMAT' });
    return undefined;
  }
  return { at: new Date(startOfLocalDate(day).getTime() + (h * 60 + min) * 60_000), day };
}

/** A money cell: digits with optional thousands separators and a trailing 元. */
function moneyOf(problems: FieldProblem[], key: string, value: string): number | undefined {
  if (!value) return undefined;
  const n = Number(value.replace(/[,，\s]/g, '').replace(/元$/, ''));
  if (Number.isFinite(n)) return n;
  add(problems, { path: key, code: 'VALIDATION.INVALID_FORMAT' });
  return undefined;
}

/** The column a contract path's problem is reported on. */
function columnKeyOf(path: string): string {
  const [first, second] = path.split('.');
  if (first === 'determinationBasis') return second === 'article' ? 'basisArticle' : 'basisStandard';
  return COLUMN_OF_FIELD[first ?? ''] ?? first ?? '';
}

/** Turns a row's cells into the report body (same contract as POST /hazards) and its ledger facts. */
function parseLedgerRow(row: number, record: Record<string, string>, lookups: Lookups): Parsed {
  const problems: FieldProblem[] = [];
  const cell = (key: string) => record[key] ?? '';
  const text = (key: string) => cell(key) || undefined;

  const source = word(problems, 'source', cell('source'), SOURCE_WORDS, labelsOf(SOURCE_WORDS));
  const category = word(problems, 'category', cell('category'), CATEGORY_WORDS, labelsOf(CATEGORY_WORDS));
  const hazardType = word(problems, 'hazardType', cell('hazardType'), TYPE_WORDS, labelsOf(TYPE_WORDS));
  const checkKind = word(problems, 'checkKind', cell('checkKind'), CHECK_KIND_WORDS, labelsOf(CHECK_KIND_WORDS));
  const level = word(problems, 'level', cell('level'), LEVEL_WORDS, ['一般隐患', '重大隐患']);
  const sectorCode = word(problems, 'sectorCode', cell('sectorCode'), lookups.sectorWords, ['见“填写说明”']);
  const standard = word(problems, 'basisStandard', cell('basisStandard'), STANDARD_WORDS, ['见“填写说明”']);
  const stated = word(problems, 'state', cell('state'), STATE_WORDS, ['待受理', '整改中', '待验收', '已销号']);
  const modeWord = cell('rectificationMode');
  const statedMode = modeWord ? MODE_WORDS.get(modeWord.toLowerCase()) : undefined;
  if (modeWord && !statedMode) {
    add(problems, {
      path: 'rectificationMode',
      code: 'HAZARD.IMPORT_UNKNOWN_WORD',
      params: { value: modeWord, allowed: '立即整改、限期整改' },
    });
  }

  let enterpriseId: string | undefined;
  const uscc = cell('enterpriseUscc').toUpperCase();
  if (uscc) {
    enterpriseId = lookups.enterpriseByUscc.get(uscc)?.id;
    if (!enterpriseId) add(problems, { path: 'enterpriseUscc', code: 'VALIDATION.UNKNOWN_REFERENCE' });
  } else if (lookups.ownEnterpriseId) enterpriseId = lookups.ownEnterpriseId;

  const candidate = {
    title: text('title'),
    description: text('description'),
    regionCode: text('regionCode'),
    gridCode: text('gridCode'),
    enterpriseId,
    sectorCode,
    category,
    hazardType,
    checkKind,
    source,
    level,
    determinationBasis:
      cell('basisStandard') || cell('basisArticle')
        ? { standard: standard ?? cell('basisStandard'), article: cell('basisArticle') }
        : undefined,
    locationText: text('locationText'),
  };
  const report = parseRow(ZHazardReport, candidate);
  for (const p of report.problems) add(problems, { ...p, path: columnKeyOf(p.path) });

  const fieldCandidate: Record<string, unknown> = {};
  for (const key of LEDGER_FIELD_KEYS) {
    fieldCandidate[key] = key === 'funds' || key === 'fundsSpent' ? moneyOf(problems, key, cell(key)) : text(key);
  }
  const ledgerFields = parseRow(ZLedgerFields, fieldCandidate);
  for (const p of ledgerFields.problems) add(problems, { ...p, path: columnKeyOf(p.path) });

  const foundOn = dateOf(problems, 'foundOn', cell('foundOn'));
  if (!cell('foundOn')) add(problems, { path: 'foundOn', code: 'VALIDATION.REQUIRED' });
  const completedOn = dateOf(problems, 'completedOn', cell('completedOn'));
  const writtenOffOn = dateOf(problems, 'writtenOffOn', cell('writtenOffOn'));
  const deadline = deadlineOf(problems, cell('deadline'));
  // No state given: the dates say it (销号日期 → written off, 整改完成日期 → awaiting verification), else 待受理.
  const state: LedgerState =
    (stated as LedgerState | undefined) ??
    (cell('state') ? 'reported' : writtenOffOn ? 'written_off' : completedOn ? 'awaiting_verification' : 'reported');
  const mode: LedgerRectificationMode = statedMode ?? (cell('deadline') ? 'by_deadline' : 'immediate');

  for (const d of ledgerDateProblems({
    today: lookups.today,
    foundOn,
    completedOn,
    writtenOffOn,
    deadlineOn: deadline?.day,
  })) {
    const after = d.after === 'today' ? undefined : columnOf(d.after);
    add(
      problems,
      after
        ? { path: d.field, code: 'HAZARD.IMPORT_DATE_ORDER', params: { after: `@column:${after.key}` } }
        : { path: d.field, code: 'HAZARD.IMPORT_FUTURE_DATE' },
    );
  }
  if ((state === 'awaiting_verification' || state === 'written_off') && !cell('completedOn')) {
    add(problems, { path: 'completedOn', code: 'VALIDATION.REQUIRED' });
  }
  if (state === 'written_off' && !cell('writtenOffOn'))
    add(problems, { path: 'writtenOffOn', code: 'VALIDATION.REQUIRED' });

  const fields = { ...(ledgerFields.data ?? {}) } as Record<string, unknown>;
  const workflowFields = { ...fields, level, determinationBasis: candidate.determinationBasis };
  for (const p of ledgerProblems(HAZARD_WORKFLOW, state, mode, workflowFields, cell('deadline') !== '')) {
    // The one value rule on the way: immediate rectification is for ordinary hazards only (a major one needs a plan).
    const params = p.code === 'CASE.FIELD_VALUE_NOT_ALLOWED' ? { allowed: '一般隐患（重大隐患须限期整改）' } : p.params;
    add(problems, { path: columnKeyOf(p.field), code: p.code, ...(params ? { params } : {}) });
  }

  const ledgerNumber = cell('ledgerNumber') || null;
  const duplicateKey = ledgerNumber
    ? `${enterpriseId ? `enterprise:${enterpriseId}` : `region:${candidate.regionCode ?? ''}`}|${ledgerNumber}`
    : undefined;
  if (problems.length || !report.data || !foundOn) return { row, record, problems, duplicateKey };
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined));
  return {
    row,
    record,
    problems,
    input: report.data,
    duplicateKey,
    facts: {
      state,
      mode,
      foundOn,
      deadline: deadline?.at ?? null,
      completedOn: completedOn ?? null,
      writtenOffOn: writtenOffOn ?? null,
      ledgerNumber,
      fields: present,
    },
  };
}

/** Ledger numbers already imported, by the same key as in the file (enterprise, else region, and the number). */
async function importedKeys(db: Db | Tx, numbers: string[]): Promise<Set<string>> {
  if (!numbers.length) return new Set();
  const rows = await db
    .select({
      enterpriseId: cases.enterpriseId,
      regionCode: cases.regionCode,
      number: sql<string>`${cases.fields}->'imported'->>'ledgerNumber'`,
    })
    .from(cases)
    .where(
      and(
        eq(cases.type, 'hazard'),
        sql`${cases.fields}->'imported'->>'ledgerNumber' = any(${sql.param(numbers)}::text[])`,
      ),
    );
  return new Set(
    rows.map((r) => `${r.enterpriseId ? `enterprise:${r.enterpriseId}` : `region:${r.regionCode}`}|${r.number}`),
  );
}

/** Renders a row's problems as { row, column, value, code, message } with the column's name in the message. */
function toRowErrors(locale: Locale, parsed: Pick<Parsed, 'row' | 'record' | 'problems'>): TImportRowError[] {
  return parsed.problems.map((p) => {
    const column = columnOf(p.path);
    const name = (c: NonNullable<ReturnType<typeof columnOf>>) => (locale === 'zh-CN' ? c.header : c.en);
    const params: Record<string, string | number | undefined> = { ...p.params, field: column ? name(column) : p.path };
    if (typeof params.after === 'string' && params.after.startsWith('@column:')) {
      const other = columnOf(params.after.slice('@column:'.length));
      params.after = other ? name(other) : params.after;
    }
    return {
      row: parsed.row,
      column: column?.header ?? p.path,
      value: column ? (parsed.record[column.key] ?? '') : '',
      code: p.code,
      message: translate(locale, p.code, params),
    };
  });
}

/** A failure of reportHazard on a row, as problems on its columns. */
function problemsOf(error: AppError): FieldProblem[] {
  if (error.problems.length) return error.problems.map((p) => ({ ...p, path: columnKeyOf(p.path) }));
  const column = error.code === 'HAZARD.PLACE_REQUIRED' || error.code === 'SCOPE.OUT_OF_SCOPE' ? 'regionCode' : '';
  return [{ path: column, code: error.code, params: error.params }];
}

const snapshot = (row: typeof cases.$inferSelect) => ({
  state: row.state,
  version: row.version,
  level: row.level,
  deadline: row.deadline?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  fields: row.fields,
});

/**
 * Records what the ledger says happened to a hazard just reported from it, honestly marked as imported:
 * - the hazard's report time becomes the day it was found (statistics count it there), with its `created` event;
 * - `fields.imported` = { at (server time), by, row, ledgerNumber, state } on the hazard;
 * - for 整改中: an `import` move reported → rectifying now, under the ledger's deadline (overdue at once if passed);
 * - for 待验收: an `import` move reported → awaiting_verification at the completion day, with the ledger's deadline
 *   as the deadline then in force (so on-time statistics work), then the verification clock from now;
 * - for 已销号: the same move at the completion day, then awaiting_verification → written_off at the write-off day.
 * Every such event carries `data.imported` with the server time it was recorded; the audit entry has server time.
 */
async function recordLedgerHistory(tx: Tx, ctx: Ctx, id: string, facts: LedgerFacts, fileRow: number) {
  const [row] = await tx.select().from(cases).where(eq(cases.id, id)).for('update');
  if (!row) throw new Error(`hazard ${id} vanished during its import`);
  const who = whoOf(ctx);
  const imported = {
    at: ctx.now.toISOString(),
    by: who.actorId,
    row: fileRow,
    state: facts.state,
    ...(facts.ledgerNumber ? { ledgerNumber: facts.ledgerNumber } : {}),
  };
  const foundAt = startOfLocalDate(facts.foundOn);
  const completedAt = facts.completedOn ? startOfLocalDate(facts.completedOn) : null;
  const rectificationDeadline =
    facts.deadline ??
    (facts.state === 'rectifying' ? await resolveDeadline(tx, ctx.now, HAZARD_CLOCK_DEFAULTS.immediate!) : null);
  const fields: Record<string, unknown> = { ...row.fields, ...facts.fields, imported };
  if (facts.state !== 'reported') {
    fields.rectificationMode = facts.mode;
    if (rectificationDeadline) fields.rectificationDeadline = rectificationDeadline.toISOString();
  }
  const moves: Array<{ from: string; to: string; at: Date; previousDeadline: string | null }> = [];
  let deadline = row.deadline;
  if (facts.state === 'rectifying') {
    moves.push({
      from: 'reported',
      to: 'rectifying',
      at: ctx.now,
      previousDeadline: row.deadline?.toISOString() ?? null,
    });
    deadline = rectificationDeadline;
  } else if (facts.state === 'awaiting_verification' || facts.state === 'written_off') {
    const previousDeadline = rectificationDeadline?.toISOString() ?? null;
    moves.push({ from: 'reported', to: 'awaiting_verification', at: completedAt!, previousDeadline });
    deadline = await resolveDeadline(tx, ctx.now, HAZARD_CLOCK_DEFAULTS.verification!);
    if (facts.state === 'written_off') {
      moves.push({
        from: 'awaiting_verification',
        to: 'written_off',
        at: startOfLocalDate(facts.writtenOffOn!),
        previousDeadline: null,
      });
      deadline = null;
    }
  }
  const [updated] = await tx
    .update(cases)
    .set({
      state: moves.at(-1)?.to ?? row.state,
      version: moves.length ? row.version + 1 : row.version,
      deadline,
      fields,
      createdAt: foundAt,
      updatedAt: ctx.now,
    })
    .where(eq(cases.id, id))
    .returning();
  await tx
    .update(caseEvents)
    .set({
      at: foundAt,
      data: sql`${caseEvents.data} || ${JSON.stringify({ imported: { recordedAt: ctx.now.toISOString(), row: fileRow } })}::jsonb`,
    })
    .where(and(eq(caseEvents.caseId, id), eq(caseEvents.kind, 'created')));
  let eventId: bigint | undefined;
  for (const move of moves) {
    const [event] = await tx
      .insert(caseEvents)
      .values({
        caseId: id,
        cycle: row.cycle,
        at: move.at,
        actorId: who.actorId,
        kind: 'transition',
        transition: 'import',
        fromState: move.from,
        toState: move.to,
        comment: `台账导入（第 ${fileRow} 行）`,
        data: {
          previousDeadline: move.previousDeadline,
          imported: { recordedAt: ctx.now.toISOString(), row: fileRow },
        },
      })
      .returning({ id: caseEvents.id });
    eventId = event!.id;
  }
  await appendAudit(tx, who, {
    action: 'hazard.import',
    entity: 'case',
    entityId: id,
    before: snapshot(row),
    after: snapshot(updated!),
    note: { row: fileRow, ledgerState: facts.state },
  });
  if (eventId !== undefined) {
    // Webhook subscribers learn the state the ledger gave (nobody is notified in-app of history).
    await announce(tx, {
      row: updated!,
      eventId,
      type: 'hazard.transition',
      transition: 'import',
      messageKey: 'NOTIFY.CASE_TRANSITION',
      units: [],
      actorId: who.actorId,
      now: ctx.now,
    });
  }
  return updated!;
}

/** Thrown inside the transaction to undo an all-or-nothing import that found invalid rows. */
class RolledBack extends Error {
  constructor(readonly result: THazardImportResult) {
    super('rolled back');
  }
}

/**
 * Imports a hazard ledger (隐患台账): each row is reported with reportHazard (the same contract, references, scope,
 * numbering, watcher and notice as POST /hazards), inside a savepoint of its own, then its ledger state is recorded
 * (recordLedgerHistory). One transaction for the file: without `partial` any invalid row writes nothing (every
 * row's errors come back); with `partial` the valid rows are kept. A file that cannot be read, lacks a required
 * column or has more than LEDGER_MAX_ROWS rows is refused whole.
 */
export async function importLedger(
  ctx: Ctx,
  file: Buffer,
  format: ImportFormat,
  options: { partial: boolean },
): Promise<THazardImportResult> {
  const sheet = await readSheet(file, format, ctx.locale);
  const { index, missing } = matchLedgerColumns(sheet.header);
  if (missing.length) {
    const reason = translate(ctx.locale, 'IMPORT.MISSING_COLUMNS', {
      columns: missing.map((c) => c.header).join('、'),
    });
    throw new AppError('IMPORT.UNREADABLE_FILE', { reason });
  }
  if (sheet.rows.length > LEDGER_MAX_ROWS) {
    throw new AppError('HAZARD.IMPORT_TOO_MANY_ROWS', { count: sheet.rows.length, max: LEDGER_MAX_ROWS });
  }
  const records = sheet.rows.map((r) => ({
    row: r.row,
    record: Object.fromEntries(
      LEDGER_COLUMNS.map((c) => [c.key, index.has(c.key) ? (r.cells[index.get(c.key)!] ?? '') : '']),
    ),
  }));

  const sectorWords = new Map<string, string>();
  for (const s of await loadSectors(ctx.db))
    for (const w of [s.code, s.nameZh, s.nameEn]) sectorWords.set(w.toLowerCase(), s.code);
  const usccs = [...new Set(records.map((r) => r.record.enterpriseUscc!.toUpperCase()).filter(Boolean))];
  const enterpriseRows = usccs.length
    ? await ctx.db
        .select({ id: enterprises.id, uscc: enterprises.uscc, regionCode: enterprises.regionCode })
        .from(enterprises)
        .where(inArray(enterprises.uscc, usccs))
    : [];
  const lookups: Lookups = {
    sectorWords,
    enterpriseByUscc: new Map(enterpriseRows.map((e) => [e.uscc, e])),
    ownEnterpriseId: ctx.actor.scope.kind === 'enterprise' ? ctx.actor.scope.enterpriseId : null,
    today: localDateOf(ctx.now),
  };
  const parsed = records.map((r) => parseLedgerRow(r.row, r.record, lookups));

  // The same ledger number twice in the file, or already imported: the first row keeps it.
  const already = await importedKeys(ctx.db, [...new Set(records.map((r) => r.record.ledgerNumber!).filter(Boolean))]);
  const firstRow = new Map<string, number>();
  for (const p of parsed) {
    if (!p.duplicateKey) continue;
    const first = firstRow.get(p.duplicateKey);
    if (first !== undefined)
      add(p.problems, { path: 'ledgerNumber', code: 'IMPORT.DUPLICATE_IN_FILE', params: { row: first } });
    else if (already.has(p.duplicateKey)) add(p.problems, { path: 'ledgerNumber', code: 'CONFLICT.DUPLICATE' });
    else firstRow.set(p.duplicateKey, p.row);
  }

  const total = parsed.length;
  try {
    return await ctx.db.transaction(async (tx) => {
      const errors: TImportRowError[] = [];
      const hazards: THazardImportResult['hazards'] = [];
      for (const p of parsed) {
        if (p.problems.length || !p.input || !p.facts) {
          errors.push(...toRowErrors(ctx.locale, p));
          continue;
        }
        const { input, facts } = p;
        try {
          const created = await tx.transaction(async (sp) => {
            const reported = await reportHazard({ ...ctx, db: sp as unknown as Db }, input);
            return recordLedgerHistory(sp, ctx, reported.id, facts, p.row);
          });
          hazards.push({ row: p.row, id: created.id, number: created.number, state: created.state });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          errors.push(...toRowErrors(ctx.locale, { ...p, problems: problemsOf(error) }));
        }
      }
      const invalidRows = new Set(errors.map((e) => e.row)).size;
      if (errors.length && !options.partial) {
        throw new RolledBack({ kind: 'hazards', total, imported: 0, skipped: total, errors, hazards: [] });
      }
      if (hazards.length) {
        await appendAudit(tx, whoOf(ctx), {
          action: 'hazards.import',
          entity: 'case',
          entityId: null,
          note: { total, imported: hazards.length, skipped: invalidRows, partial: options.partial },
        });
      }
      return { kind: 'hazards', total, imported: hazards.length, skipped: total - hazards.length, errors, hazards };
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.result;
    throw error;
  }
}

/** The answer of an all-or-nothing import with invalid rows: 400 IMPORT.INVALID_ROWS, the row errors as details. */
export function invalidLedgerRows(result: THazardImportResult): AppError {
  const rows = new Set(result.errors.map((e) => e.row)).size;
  return new AppError('IMPORT.INVALID_ROWS', { count: rows }, [], result.errors as unknown as Record<string, unknown>);
}
