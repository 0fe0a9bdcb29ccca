import { loadConfig } from '@redline/server/config';
import { serve } from '@redline/server/serve';
import type { Command } from '../command';

export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve',
  summary: 'Start the API and web app (PORT, default 8080) on the embedded PostgreSQL or DATABASE_URL',
  run: async () => {
    await serve(loadConfig());
    return await new Promise<number>(() => {}); // runs until a signal stops it
  },
};
