#!/usr/bin/env node
// The `redline` command. Internal packages are TypeScript source, loaded through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
