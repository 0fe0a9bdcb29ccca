import { ConfigError } from '@redline/server/config';
import { DataDirInUseError } from '@redline/server/db/data-lock';
import { AppError } from '@redline/server/http/errors';
import { type Command, fail, out, UsageError } from './command';
import { COMMANDS } from './commands';
import { renderAppError } from './render-error';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'redline — Redline 红线 command line',
    '',
    'Usage: redline <command> [options]   (redline <command> --help for details)',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Configuration comes from the environment (PORT, DATABASE_URL, REDLINE_DATA_DIR, ...): see README.md.',
    'Exit codes: 0 ok, 1 failure, 2 wrong usage.',
  ].join('\n');
}

/** Finds the longest command name that prefixes the arguments ("db migrate", "user add", "serve"). */
function findCommand(argv: string[]): { command: Command; rest: string[] } | undefined {
  for (const words of [2, 1]) {
    const name = argv.slice(0, words).join(' ');
    const command = COMMANDS.find((c) => c.name === name);
    if (command) return { command, rest: argv.slice(words) };
  }
  return undefined;
}

/** node:util parseArgs rejects an unknown or malformed option with a TypeError whose code says so: wrong usage. */
const isParseArgsError = (error: unknown): error is Error =>
  error instanceof Error && String((error as NodeJS.ErrnoException).code ?? '').startsWith('ERR_PARSE_ARGS_');

export async function main(argv: string[]): Promise<number> {
  if (!argv.length || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    out(help());
    return argv.length ? 0 : 2;
  }
  const found = findCommand(argv);
  if (!found) {
    // A group name alone ("redline user") lists that group's commands.
    const group = COMMANDS.filter((c) => c.name.startsWith(`${argv[0]} `));
    if (group.length) {
      const lines = group.map((c) => `  redline ${c.usage}\n      ${c.summary}`).join('\n');
      const asked = argv.includes('--help') || argv.includes('-h');
      (asked ? out : fail)(`${asked ? '' : `redline: "${argv.join(' ')}" needs a subcommand\n\n`}${lines}`);
      return asked ? 0 : 2;
    }
    fail(`redline: unknown command "${argv.join(' ')}"\n\n${help()}`);
    return 2;
  }
  const { command, rest } = found;
  if (rest.includes('--help') || rest.includes('-h')) {
    out(`Usage: redline ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      fail(`redline ${command.name}: ${error.message}\nUsage: redline ${command.usage}`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof DataDirInUseError) fail(error.message);
    else if (error instanceof AppError) fail(renderAppError(error));
    else fail(`redline ${command.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
