import readline from 'node:readline/promises';

/** Reads a secret from standard input (not echoed on a terminal); piped input works for scripts. */
export async function readSecret(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) =>
      write.call(rl, s.startsWith(question) ? s : '');
  }
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
    if (process.stdin.isTTY) process.stdout.write('\n');
  }
}
