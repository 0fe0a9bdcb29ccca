// Browser tests drive Debian's Chromium. Installs it (with Chinese fonts) when missing and we are root.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return { ok: true };
  if (os.userInfo().uid !== 0) {
    return {
      ok: false,
      message:
        `Browser tests need Chromium at ${CHROMIUM}. Install it with:\n` +
        '  sudo apt-get install -y chromium fonts-wqy-zenhei\n(or set CHROMIUM_PATH to a Chromium binary)',
    };
  }
  process.stdout.write('Installing chromium and fonts-wqy-zenhei with apt-get ...\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  const install =
    update.status === 0 &&
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-wqy-zenhei'], {
      stdio: 'inherit',
      env,
    });
  if (install?.status !== 0 || !fs.existsSync(CHROMIUM)) {
    return { ok: false, message: 'Installing Chromium with apt-get failed; see above.' };
  }
  return { ok: true };
}
