// Prints how long the sample-data generator takes and how much it holds, for data sets of the
// sizes the demo, tests and server benchmarks use. Run after building the package:
//   pnpm --filter @peer-groups/sample-data build && node packages/sample-data/bench/generate.mjs
// Wall time depends on what else the machine runs; CPU time (user + system, all threads,
// garbage collection included) is the steadier figure. Each size runs three times; the median
// is printed.
import { generateGroups, iterateGroups } from '../dist/index.js';

const SIZES = [100, 1_000, 10_000, 100_000];
const RUNS = 3;

function median(values) {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(work) {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = work();
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { result, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function row(label, count, runs) {
  const wallMs = median(runs.map((run) => run.wallMs));
  const cpuMs = median(runs.map((run) => run.cpuMs));
  const perGroup = (wallMs * 1000) / count;
  console.log(
    `${label.padEnd(22)} ${String(count).padStart(7)}  wall ${wallMs.toFixed(0).padStart(6)} ms` +
      `  cpu ${cpuMs.toFixed(0).padStart(6)} ms  ${perGroup.toFixed(1).padStart(6)} µs/group`,
  );
}

// One untimed pass so the timed runs measure optimized code, not the first compilation.
generateGroups({ count: 2_000 });

for (const count of SIZES) {
  const runs = [];
  for (let run = 0; run < RUNS; run += 1)
    runs.push(measure(() => generateGroups({ count }).length));
  row('generateGroups', count, runs);
}

const streamed = [];
for (let run = 0; run < RUNS; run += 1) {
  streamed.push(
    measure(() => {
      let names = 0;
      for (const group of iterateGroups({ count: 100_000 })) names += group.name.length;
      return names;
    }),
  );
}
row('iterateGroups (stream)', 100_000, streamed);

const { result: groups } = measure(() => generateGroups({ count: 100_000 }));
const heapMb = process.memoryUsage().heapUsed / 1e6;
const jsonMb = JSON.stringify(groups).length / 1e6;
console.log(
  `100,000 groups held: heap ${heapMb.toFixed(0)} MB, JSON ${jsonMb.toFixed(1)} MB ` +
    `(${((jsonMb * 1e6) / groups.length).toFixed(0)} bytes/group)`,
);
