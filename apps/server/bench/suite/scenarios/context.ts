import type { Scale } from '../scale';
import type { ServerUnderTest, Session } from '../server';

/** What every HTTP scenario gets: the server on the data set, its signed-in accounts, and how long to load it. */
export type ScenarioContext = {
  scale: Scale;
  runs: number;
  dataUrl: string;
  countyCode: string;
  server: ServerUnderTest;
  sessions: { province: Session; county: Session; officer: Session };
  log: (line: string) => void;
};

export const sessionHeaders = (s: Session, write = false): Record<string, string> => ({
  cookie: s.cookie,
  ...(write ? { 'x-csrf-token': s.csrf } : {}),
});
