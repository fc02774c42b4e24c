#!/usr/bin/env node
// `npm run bench`: seeds the large journey on a scratch database, measures each figure as a ratio
// against a baseline taken in the same run, several rounds, and writes docs/benchmarks.md with the
// median ratio of the rounds, their range and the load average of the machine meanwhile.
//
// One module per figure (bench/p1-graph-read.mjs …), each exporting `figure = { id, measure(context) }`
// where measure returns rows `{ key, what, baselineLabel, baseline, value, unit, ratio, goal: { max } | { min } | null }`
// (null: a figure shown for diagnosis, without a goal); optional: `prepare(context)` once before the rounds,
// `cleanUp()` at the end, `notes` (how it is measured) printed under the table. A new figure (P5, the PDF
// report: bench/p5-pdf-report.mjs) is one more such module in FIGURES.
// BENCH_ONLY=P2,P3 measures only those (and leaves docs/benchmarks.md alone); BENCH_ROUNDS sets the rounds
// (default 3); BENCH_PORT the app's port (the P4 bare page uses the next one); BENCH_P3_SECONDS the length of
// each P3 load (default 8); BENCH_P4_RUNS the page loads per P4 round (default 2); CHROME_PATH the browser.
import { readFileSync, writeFileSync } from 'node:fs';
import { figure as p1 } from './p1-graph-read.mjs';
import { figure as p2 } from './p2-bulk-move.mjs';
import { figure as p3 } from './p3-read-throughput.mjs';
import { figure as p4 } from './p4-canvas.mjs';
import { figure as p5 } from './p5-pdf-report.mjs';
import { seedLargeJourney } from './seed.mjs';
import { createScratchDatabase, loadAverage, machine, median, signUp, startServer, vacuum } from './support.mjs';

const FIGURES = [p1, p2, p3, p4, p5];
const PORT = Number(process.env.BENCH_PORT ?? 3800);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : null;

const fmt = (value, unit) => (unit === 'req/s' ? `${Math.round(value)} req/s` : `${value.toFixed(1)} ${unit}`);
const met = (ratio, goal) => (goal === null ? 'for diagnosis' : ('max' in goal ? ratio <= goal.max : ratio >= goal.min) ? 'met' : 'missed');
const goalText = (goal) => (goal === null ? '—' : 'max' in goal ? `≤ ${goal.max}×` : `≥ ${goal.min}×`);
const loadText = (l) => l.map((v) => v.toFixed(1)).join(' / ');

async function main() {
  const figures = FIGURES.filter((f) => !ONLY || ONLY.has(f.id));
  const database = await createScratchDatabase();
  let server = null;
  const measured = new Map();
  const failures = [];
  let counts = '';
  const started = Date.now();
  try {
    server = await startServer(database.url, PORT);
    const api = await signUp(server.base);
    const seeded = await seedLargeJourney(api);
    counts = seeded.counts;
    console.log(`seeded ${counts} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    const context = { databaseUrl: database.url, server, api, journeyId: seeded.journeyId, threadAnnotationId: seeded.threadAnnotationId };
    for (const f of figures) await f.prepare?.(context);
    for (let round = 1; round <= ROUNDS; round++) {
      await vacuum(database.url);
      for (const f of figures) {
        const before = loadAverage();
        let rows;
        try {
          rows = await f.measure(context);
        } catch (error) {
          // A failed round (e.g. a page that timed out) is reported; the other figures and rounds still run.
          const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
          failures.push(`${f.id}, round ${round}: ${reason}`);
          console.error(`round ${round} ${f.id} failed: ${reason}`);
          continue;
        }
        for (const row of rows) {
          const entry = measured.get(row.key) ?? { ...row, rounds: [] };
          entry.rounds.push({ ...row, load: before });
          measured.set(row.key, entry);
          console.log(`round ${round} ${row.key}: ${fmt(row.value, row.unit)} vs ${fmt(row.baseline, row.unit)} = ${row.ratio.toFixed(2)}× (load ${loadText(before)})`);
        }
      }
    }
  } finally {
    for (const f of FIGURES) await f.cleanUp?.();
    await server?.stop();
    await database.drop();
  }

  const table = [...measured.values()].map((entry) => {
    const ratios = entry.rounds.map((r) => r.ratio);
    const ratio = median(ratios);
    const baseline = median(entry.rounds.map((r) => r.baseline));
    const value = median(entry.rounds.map((r) => r.value));
    const range = `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
    const load = loadText(entry.rounds.map((r) => r.load).reduce((a, l) => a.map((v, i) => Math.max(v, l[i])), [0, 0, 0]));
    return `| ${entry.key} | ${entry.what} | ${entry.baselineLabel}: ${fmt(baseline, entry.unit)} | ${fmt(value, entry.unit)} | **${ratio.toFixed(2)}×** (${range}) | ${goalText(entry.goal)} | ${met(ratio, entry.goal)} | ${load} |`;
  });
  const report = `# Benchmarks

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} in ${((Date.now() - started) / 60000).toFixed(1)} min. Each figure is a ratio against a
baseline measured in the same run on the same machine, so it compares designs rather than machines: the median of
${ROUNDS} rounds, with the range of the rounds in brackets, and the highest load average (1 / 5 / 15 min) seen at the start
of a round. A busy machine widens the ranges; re-run on an idle one before comparing runs.

Machine: ${machine(database.version)}.
Data: one journey with ${counts} (bench/large-journey.mjs, deterministic).

| figure | what | baseline (median) | CXMap (median) | ratio, median (range) | goal | | load |
|---|---|---|---|---|---|---|---|
${table.join('\n')}

${FIGURES.filter((f) => f.notes).map((f) => `- ${f.id}: ${f.notes}`).join('\n')}
${failures.length > 0 ? `\nFailed rounds (not in the table): ${failures.join('; ')}.\n` : ''}
${readFileSync(new URL('./findings.md', import.meta.url), 'utf8')}`;
  if (ONLY) {
    console.log(`\n${report}\n(BENCH_ONLY set: docs/benchmarks.md left as it was)`);
    return;
  }
  writeFileSync(new URL('../docs/benchmarks.md', import.meta.url), report);
  console.log(`\n${report}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
