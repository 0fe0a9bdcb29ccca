import autocannon from 'autocannon';

/** What one load run measured: throughput and exact latency percentiles over every answered request. */
export type LoadResult = {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
};

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const percentile = (values: number[], p: number) => {
  // No answer within the run: as slow as can be (shown as null in the JSON), never a NaN that medians cannot order.
  if (!values.length) return Number.POSITIVE_INFINITY;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/** The median of each figure over runs. */
export const medianOf = (runs: LoadResult[]): LoadResult => ({
  requests: median(runs.map((r) => r.requests)),
  rps: median(runs.map((r) => r.rps)),
  p50: median(runs.map((r) => r.p50)),
  p95: median(runs.map((r) => r.p95)),
  p99: median(runs.map((r) => r.p99)),
  errors: runs.reduce((a, r) => a + r.errors, 0),
  non2xx: runs.reduce((a, r) => a + r.non2xx, 0),
});

export type LoadSpec = {
  url: string;
  connections: number;
  seconds: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** A new body per request (reports that differ, as real ones do). */
  body?: () => string;
};

/**
 * One autocannon run over loopback. Latencies are kept per response (autocannon's own summary has no p95), so the
 * percentiles are exact over the run; a run with errors or non-2xx answers is reported, never hidden.
 */
export async function load(spec: LoadSpec): Promise<LoadResult> {
  const latencies: number[] = [];
  let done: (r: autocannon.Result) => void = () => {};
  let failed: (e: unknown) => void = () => {};
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    done = resolve;
    failed = reject;
  });
  const instance = autocannon(
    {
      url: spec.url,
      connections: spec.connections,
      duration: spec.seconds,
      method: spec.method ?? 'GET',
      headers: { ...(spec.body ? { 'content-type': 'application/json' } : {}), ...spec.headers },
      requests: spec.body
        ? [{ setupRequest: (req: autocannon.Request) => ({ ...req, body: spec.body!() }) }]
        : undefined,
    },
    (error, r) => (error ? failed(error) : done(r)),
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    latencies.push(responseTime);
  });
  const result = await finished;
  return {
    requests: latencies.length,
    rps: latencies.length / spec.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
