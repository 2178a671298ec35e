/**
 * Latency figures for benchmarks: percentiles, maximum and throughput of a repeated call.
 */

/** Latency figures of one benchmark, in milliseconds and calls per second. */
export interface Figures {
  warmup: number;
  runs: number;
  'p50 ms': number;
  'p99 ms': number;
  'max ms': number;
  'per s': number;
}

function percentile(sorted: Float64Array, share: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Calls `run` `iterations` times after a tenth as many warm-up calls, timing each. */
export function measure(iterations: number, run: (index: number) => void): Figures {
  const warmup = Math.max(10, Math.floor(iterations / 10));
  for (let index = 0; index < warmup; index += 1) run(index + iterations);
  const durations = new Float64Array(iterations);
  const started = performance.now();
  for (let index = 0; index < iterations; index += 1) {
    const before = performance.now();
    run(index);
    durations[index] = performance.now() - before;
  }
  const total = performance.now() - started;
  durations.sort();
  return {
    warmup,
    runs: iterations,
    'p50 ms': round(percentile(durations, 0.5)),
    'p99 ms': round(percentile(durations, 0.99)),
    'max ms': round(durations[durations.length - 1] ?? Number.NaN),
    'per s': Math.round((iterations / total) * 1000),
  };
}

/** Rows of figures as an aligned text table. */
export function formatTable(rows: readonly Record<string, string | number>[]): string {
  const columns = Object.keys(rows[0] ?? {});
  const widths = columns.map((column) =>
    Math.max(column.length, ...rows.map((row) => String(row[column]).length)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, index) => cell.padStart(widths[index] ?? 0)).join('  ');
  return [
    line(columns),
    ...rows.map((row) => line(columns.map((column) => String(row[column])))),
  ].join('\n');
}

/** The command-line arguments of a benchmark, without the `--` that `pnpm run` passes on. */
export function benchArgs(): string[] {
  return process.argv.slice(2).filter((arg) => arg !== '--');
}
