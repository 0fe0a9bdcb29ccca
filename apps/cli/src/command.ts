/** A CLI command: usage text for --help, and a run function returning the exit code (0 ok, 1 failure). */
export type Command = {
  name: string;
  usage: string;
  summary: string;
  run: (args: string[]) => Promise<number>;
};

/** Wrong usage: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}

export const out = (line = '') => process.stdout.write(`${line}\n`);
export const fail = (line: string) => process.stderr.write(`${line}\n`);
