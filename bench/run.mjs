#!/usr/bin/env node
// `npm run bench`: seeds the large journey on a scratch database, measures each figure as a ratio
// against a baseline taken in the same run, and writes docs/benchmarks.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { measureBulkMove, measureGraphRead } from './api-figures.mjs';
import { largeJourneyBatches } from './large-journey.mjs';
import { createScratchDatabase, machine, signUp, startServer } from './support.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3800);

async function seed(api) {
  const journey = await api.call('POST', `/workspaces/${api.workspaceId}/journeys`, { name: 'Benchmark: 2,000 touchpoints', template: 'blank' });
  const graph = await api.call('GET', `/journeys/${journey.id}`);
  for (const ops of largeJourneyBatches({ firstStageId: graph.stages[0].id })) {
    await api.call('POST', `/journeys/${journey.id}/changes`, { ops });
  }
  const seeded = await api.call('GET', `/journeys/${journey.id}`);
  return { journeyId: journey.id, counts: `${seeded.stages.length} stages, ${seeded.touchpoints.length} touchpoints, ${seeded.links.length} links` };
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;

async function main() {
  const database = await createScratchDatabase();
  const server = await startServer(database.url, PORT);
  const rows = [];
  let counts = '';
  try {
    const api = await signUp(server.base);
    const seeded = await seed(api);
    counts = seeded.counts;
    console.log(`seeded ${counts}`);
    const context = { databaseUrl: database.url, api, journeyId: seeded.journeyId };

    const p1 = await measureGraphRead(context);
    rows.push(['P1', '`GET /api/journeys/:id`, p50', 'raw `pg` fetch + assemble', p1.baseline, p1.full, 2]);
    console.log(`P1 ${fmt(p1.full)} vs ${fmt(p1.baseline)}`);

    const p2 = await measureBulkMove(context);
    rows.push(['P2', '`/changes` moving 2,000 touchpoints, median', 'one `UPDATE … FROM unnest` in a transaction', p2.baseline, p2.full, 2]);
    console.log(`P2 ${fmt(p2.full)} vs ${fmt(p2.baseline)}`);
  } finally {
    await server.stop();
    await database.drop();
  }

  const table = rows.map(([id, what, baseline, b, f, goal]) => {
    const ratio = f / b;
    return `| ${id} | ${what} | ${baseline}: ${fmt(b)} | ${fmt(f)} | **${ratio.toFixed(2)}×** | ≤ ${goal}× | ${ratio <= goal ? 'met' : 'missed'} |`;
  });
  const report = `# Benchmarks

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Each figure is a ratio against a baseline
measured in the same run on the same machine, so it compares designs rather than machines.

Machine: ${machine(database.version)}.
Data: one journey with ${counts} (bench/large-journey.mjs, deterministic).

| figure | what | baseline | CXMap | ratio | goal | |
|---|---|---|---|---|---|---|
${table.join('\n')}

Not yet measured here: P3 (read throughput at 32 connections), P4 (canvas in Chromium), P5 (PDF report).

${readFileSync(new URL('./findings.md', import.meta.url), 'utf8')}`;
  writeFileSync(new URL('../docs/benchmarks.md', import.meta.url), report);
  console.log(`\n${report}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
