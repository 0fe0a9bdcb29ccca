import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from './data-lock';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-lock-'));
  dirs.push(dir);
  return dir;
};
const lockFile = (dir: string) => path.join(dir, 'redline.lock');

/** The pid of a process that has exited: nothing answers to it (until the system reuses it, far later). */
function deadPid(): number {
  const child = spawnSync('true');
  expect(child.status).toBe(0);
  expect(child.pid).toBeGreaterThan(0);
  expect(() => process.kill(child.pid!, 0)).toThrow();
  return child.pid!;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('lockDataDir', () => {
  it('takes the folder (creating it) with this process id, and release removes the lock file', () => {
    const dir = path.join(tempDir(), 'data');
    const release = lockDataDir(dir);
    expect(fs.readFileSync(lockFile(dir), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockFile(dir))).toBe(false);
    // Released, the folder can be taken again.
    lockDataDir(dir)();
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  });

  it('refuses a folder held by a live process with one line naming the folder and the pid, and leaves its lock', () => {
    const dir = tempDir();
    const holder = process.ppid; // alive for as long as this test runs
    fs.writeFileSync(lockFile(dir), String(holder));
    let caught: unknown;
    try {
      lockDataDir(dir);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DataDirInUseError);
    const message = (caught as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toContain(dir);
    expect(message).toContain(`pid ${holder}`);
    expect(fs.readFileSync(lockFile(dir), 'utf8')).toBe(String(holder));
  });

  it('refuses a second lock while this process holds the folder', () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    // A second process would find a live pid that is not its own: this process plays it by writing a live other pid.
    fs.writeFileSync(lockFile(dir), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    // release() leaves a lock that is not its own.
    release();
    expect(fs.readFileSync(lockFile(dir), 'utf8')).toBe(String(process.ppid));
  });

  it('takes over a stale lock left by a process that died, and an empty lock file', () => {
    const dir = tempDir();
    fs.writeFileSync(lockFile(dir), String(deadPid()));
    const release = lockDataDir(dir);
    expect(fs.readFileSync(lockFile(dir), 'utf8')).toBe(String(process.pid));
    release();

    fs.writeFileSync(lockFile(dir), '');
    const again = lockDataDir(dir);
    expect(fs.readFileSync(lockFile(dir), 'utf8')).toBe(String(process.pid));
    again();
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  });
});
