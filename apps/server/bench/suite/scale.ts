/** The two sizes of the suite: the province of issue 7, and about a hundredth of it for CI (`--quick`). */
export type Scale = {
  name: 'full' | 'quick';
  seed: number;
  cities: number;
  counties: number;
  towns: number;
  villagesPerTown: number;
  grids: number;
  enterprises: number;
  hazards: number;
  accidents: number;
  /** Hazards per COPY statement (and per statement-level trigger run). */
  chunk: number;
  /** Seconds each load-generator run lasts. */
  loadSeconds: number;
  /** Sequential requests timed for a cockpit's single-request latency. */
  sequential: number;
  sweep: { open: number; crossing: number };
  importRows: number;
};

export const SCALES: Record<Scale['name'], Scale> = {
  full: {
    name: 'full',
    seed: 20_260_701,
    cities: 11,
    counties: 120,
    towns: 1_500,
    villagesPerTown: 10,
    grids: 30_000,
    enterprises: 200_000,
    hazards: 10_000_000,
    accidents: 50_000,
    chunk: 200_000,
    loadSeconds: 10,
    sequential: 30,
    sweep: { open: 1_000_000, crossing: 10_000 },
    importRows: 100_000,
  },
  quick: {
    name: 'quick',
    seed: 20_260_701,
    cities: 2,
    counties: 4,
    towns: 40,
    villagesPerTown: 10,
    grids: 400,
    enterprises: 5_000,
    hazards: 100_000,
    accidents: 1_000,
    chunk: 50_000,
    loadSeconds: 2,
    sequential: 15,
    sweep: { open: 100_000, crossing: 1_000 },
    importRows: 5_000,
  },
};

/** What a generated database holds, as recorded in its `bench_dataset` row: reuse needs the same key. */
export const scaleKey = (s: Scale) =>
  [s.seed, s.cities, s.counties, s.towns, s.villagesPerTown, s.grids, s.enterprises, s.hazards, s.accidents].join('/');
