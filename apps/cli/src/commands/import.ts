import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importRecords } from '@redline/server/features/imports/service';
import { type Command, fail, out, UsageError } from '../command';
import { cliCtx, withRuntime } from '../runtime';

function progressBar(done: number, total: number) {
  if (!process.stderr.isTTY && done !== total) return;
  const width = 30;
  const share = total ? done / total : 1;
  const filled = Math.round(share * width);
  process.stderr.write(
    `\r  [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${Math.round(share * 100)}% ${done}/${total}`,
  );
  if (done === total) process.stderr.write('\n');
}

const importCommand = (kind: 'enterprises' | 'people'): Command => ({
  name: `import ${kind}`,
  usage: `import ${kind} FILE [--partial]`,
  summary: `Import ${kind} from .xlsx or .csv: every row is checked; nothing is imported when a row is invalid, unless --partial`,
  run: async (args) => {
    const { values, positionals } = parseArgs({
      args,
      options: { partial: { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) throw new UsageError('expects exactly one FILE');
    const file = path.resolve(positionals[0]!);
    const ext = path.extname(file).toLowerCase();
    if (ext !== '.xlsx' && ext !== '.csv') throw new UsageError('FILE must end in .xlsx or .csv');
    if (!fs.existsSync(file)) {
      fail(`No such file: ${file}`);
      return 1;
    }
    const buffer = fs.readFileSync(file);
    return withRuntime(async (rt) => {
      const ctx = cliCtx(rt);
      const started = Date.now();
      const result = await importRecords(
        ctx.db,
        { actorId: null, requestId: ctx.requestId, now: ctx.now },
        kind,
        buffer,
        ext === '.xlsx' ? 'xlsx' : 'csv',
        {
          partial: values.partial ?? false,
          actor: null,
          locale: ctx.locale,
          onProgress: progressBar,
        },
      );
      for (const e of result.errors.slice(0, 50)) fail(`  row ${e.row}, ${e.column} "${e.value}": ${e.message}`);
      if (result.errors.length > 50) fail(`  … and ${result.errors.length - 50} more`);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (result.errors.length && !values.partial) {
        fail(
          `${result.errors.length} invalid row(s) of ${result.total}: nothing was imported. Fix them or use --partial.`,
        );
        return 1;
      }
      out(`Imported ${result.imported} of ${result.total} ${kind} in ${seconds} s; ${result.skipped} skipped.`);
      return 0;
    });
  },
});

export const importEnterprises = importCommand('enterprises');
export const importPeople = importCommand('people');
