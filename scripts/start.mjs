// `npm start`: build the web app if needed, then run `redline serve` in this process (signals reach it directly).
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
process.argv = [process.argv[0], 'redline', 'serve'];
await import('../apps/cli/bin/redline.mjs');
