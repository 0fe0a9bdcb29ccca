import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localDateOf } from '@redline/domain';
import { exportLedger, XLSX_SHEET_ROWS } from '@redline/server/features/accidents/export';
import { type Command, out, UsageError } from '../command';
import { withRuntime } from '../runtime';
import { AS_OPTION, AS_USAGE, actorCtx, FILTER_OPTIONS, listQuery, say } from './accident-cli';

const USAGE =
  'accidents export [--out FILE.xlsx] [--region CODE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--grade GRADE] ' +
  `[--sector SECTOR] [--category 01…20] [--state open|closed] [--q TEXT] [--sort …] ${AS_USAGE}`;

/**
 * Writes the accident ledger (事故台账) as GET /accidents/export.xlsx does (same columns, filters and order;
 * docs/ACCIDENTS-EXPORT.md), as the system actor unless --as. Written beside its final name and renamed when
 * complete, so a failed export never leaves a half file under that name. No row limit but the sheet's.
 */
export const accidentsExport: Command = {
  name: 'accidents export',
  usage: USAGE,
  summary: 'Export the accident ledger (事故台账, filtered like GET /accidents) to .xlsx with the documented columns',
  run: async (args) => {
    const { values, positionals } = parseArgs({
      args,
      options: { ...FILTER_OPTIONS, out: { type: 'string' }, ...AS_OPTION },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`);
    if (values.out && path.extname(values.out).toLowerCase() !== '.xlsx')
      throw new UsageError('--out must end in .xlsx');
    const query = listQuery(values);
    return withRuntime(async (rt) => {
      const ctx = await actorCtx(rt, values.as);
      const file = path.resolve(values.out ?? `accidents-${localDateOf(ctx.now).replaceAll('-', '')}.xlsx`);
      const { file: bytes, total } = await exportLedger(ctx.db, ctx.actor, query, ctx.now, XLSX_SHEET_ROWS);
      const partial = `${file}.partial`;
      try {
        fs.writeFileSync(partial, bytes);
        fs.renameSync(partial, file);
      } catch (error) {
        fs.rmSync(partial, { force: true });
        throw error;
      }
      out(say(ctx.locale, `已导出 ${total} 起事故：${file}`, `Exported ${total} accidents to ${file}`));
      return 0;
    });
  },
};
