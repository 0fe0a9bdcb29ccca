import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { ZHazardListQuery } from '@redline/contracts';
import { localDateOf } from '@redline/domain';
import {
  csvStream,
  describeFilters,
  planExport,
  XLSX_SHEET_MAX,
  xlsxStream,
} from '@redline/server/features/hazard-reports/export';
import { type Command, out, UsageError } from '../command';
import { cliCtx, withRuntime } from '../runtime';

const USAGE =
  'hazards export [--format xlsx|csv] [--region CODE] [--state STATE[,STATE…]] [--level ordinary|major] ' +
  '[--source SOURCE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--overdue] [--listed] [--out FILE]';

/**
 * Exports hazards as GET /hazards/export.xlsx|csv does (same columns, filters and order; docs/HAZARDS-EXPORT.md), as
 * the system actor (every region). The file is written beside its final name and renamed when complete, so a failed
 * export never leaves a half file under that name. CSV has no row limit here; .xlsx stops at the sheet's 1,048,575.
 */
export const hazardsExport: Command = {
  name: 'hazards export',
  usage: USAGE,
  summary: 'Export hazards (filtered like GET /hazards) to .xlsx or .csv (UTF-8 with BOM) with the documented columns',
  run: async (args) => {
    const { values, positionals } = parseArgs({
      args,
      options: {
        format: { type: 'string' },
        region: { type: 'string' },
        state: { type: 'string' },
        level: { type: 'string' },
        source: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        overdue: { type: 'boolean' },
        listed: { type: 'boolean' },
        out: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`);
    const fromName = values.out ? path.extname(values.out).slice(1).toLowerCase() : '';
    const format = values.format ?? (fromName === 'csv' || fromName === 'xlsx' ? fromName : 'xlsx');
    if (format !== 'xlsx' && format !== 'csv') throw new UsageError('--format must be xlsx or csv');
    const parsed = ZHazardListQuery.safeParse({
      regionCode: values.region,
      state: values.state,
      level: values.level,
      source: values.source,
      from: values.from,
      to: values.to,
      overdue: values.overdue ? 'true' : undefined,
      listed: values.listed ? 'true' : undefined,
    });
    if (!parsed.success) {
      const names: Record<string, string> = { regionCode: 'region' };
      const wrong = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')))].map(
        (p) => `--${names[p] ?? p}`,
      );
      throw new UsageError(`invalid ${wrong.join(', ')}`);
    }
    const query = parsed.data;
    return withRuntime(async (rt) => {
      const ctx = cliCtx(rt);
      const file = path.resolve(values.out ?? `hazards-${localDateOf(ctx.now).replaceAll('-', '')}.${format}`);
      const plan = await planExport(
        ctx.db,
        ctx.actor,
        query,
        ctx.now,
        format === 'xlsx' ? XLSX_SHEET_MAX : Number.MAX_SAFE_INTEGER,
      );
      const partial = `${file}.partial`;
      const stream =
        format === 'xlsx'
          ? xlsxStream(ctx.db, plan, ctx.now, describeFilters(query))
          : csvStream(ctx.db, plan, ctx.now);
      try {
        await pipeline(stream, fs.createWriteStream(partial));
        fs.renameSync(partial, file);
      } catch (error) {
        fs.rmSync(partial, { force: true });
        throw error;
      }
      const zh = ctx.locale === 'zh-CN';
      out(zh ? `已导出 ${plan.total} 条隐患：${file}` : `Exported ${plan.total} hazards to ${file}`);
      return 0;
    });
  },
};
