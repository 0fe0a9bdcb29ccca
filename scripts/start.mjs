// `npm start`: build the web app if needed, then run `redline serve` in this process (signals reach it directly).
import { register } from 'tsx/esm/api';
import { buildWeb } from './web-build.mjs';

const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  console.error(`Redline needs Node.js 20 or later; this is ${process.versions.node}.`);
  process.exit(1);
}
if (!buildWeb()) {
  console.error('The web app did not build; see the errors above.');
  process.exit(1);
}
// What apps/cli/bin/redline.mjs does, with one step first: the embedded PostgreSQL starts (initdb on a fresh data
// folder) while Node loads the server's modules, a second or two either way. A bad setting is left to `serve` to
// report.
register();
const { loadConfig } = await import('../apps/server/src/config.ts');
const { prestartEmbeddedPostgres } = await import('../apps/server/src/db/embedded.ts');
try {
  const config = loadConfig();
  if (!config.DATABASE_URL) prestartEmbeddedPostgres(config.dataDir);
} catch {
  /* serve reports it */
}
process.argv = [process.argv[0], 'redline', 'serve'];
const { main } = await import('../apps/cli/src/main.ts');
process.exitCode = await main(['serve']);
