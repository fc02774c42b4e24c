#!/usr/bin/env node
// Measures the CXMap document of the benchmark journey: seeds it on a scratch database, exports it
// (GET /api/journeys/:id/document), prints its size and counts, then imports it back, dry run and real,
// timing each and reading the server's peak memory (VmHWM). Needs the production build (npm run build api).
// DOC_PORT sets the app's port (default 3810).
import { readFileSync } from 'node:fs';
import { seedLargeJourney } from './seed.mjs';
import { createScratchDatabase, signUp, startServer } from './support.mjs';

const PORT = Number(process.env.DOC_PORT ?? 3810);

const peakMemory = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? 0);
  return `RSS ${(kb('VmRSS') / 1024).toFixed(0)} MB, peak ${(kb('VmHWM') / 1024).toFixed(0)} MB`;
};

async function timed(label, run) {
  const started = performance.now();
  const result = await run();
  console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}

async function main() {
  const database = await createScratchDatabase();
  let server = null;
  try {
    server = await startServer(database.url, PORT);
    const api = await signUp(server.base);
    const seeded = await timed('seed', () => seedLargeJourney(api));
    console.log(`seeded ${seeded.counts}; server ${peakMemory(server.pid)}`);
    const exported = await timed('export', async () => {
      const response = await fetch(`${server.base}/api/journeys/${seeded.journeyId}/document`, { headers: { cookie: api.cookie } });
      return { status: response.status, text: await response.text() };
    });
    console.log(`export status ${exported.status}`);
    if (exported.status !== 200) {
      console.log(exported.text.slice(0, 1000));
      return;
    }
    const doc = JSON.parse(exported.text);
    const measurements = doc.metrics.reduce((sum, metric) => sum + metric.measurements.length, 0);
    const replies = doc.annotations.reduce((sum, annotation) => sum + annotation.replies.length, 0);
    const body = JSON.stringify({ format: 'cxmap', content: exported.text });
    console.log(
      `document: ${exported.text.length.toLocaleString('en')} characters (${Buffer.byteLength(exported.text).toLocaleString('en')} bytes); ` +
        `as an import body ${Buffer.byteLength(body).toLocaleString('en')} bytes; ` +
        `${doc.stages.length} stages, ${doc.touchpoints.length} touchpoints, ${doc.links.length} links, ${doc.metrics.length} metrics, ` +
        `${measurements} measurements, ${doc.annotations.length} annotations, ${replies} replies; server ${peakMemory(server.pid)}`,
    );
    for (const dryRun of [true, false]) {
      const answer = await timed(dryRun ? 'import (dry run)' : 'import', async () => {
        const response = await fetch(`${server.base}/api/workspaces/${api.workspaceId}/journeys/import${dryRun ? '?dryRun=true' : ''}`, {
          method: 'POST',
          headers: { cookie: api.cookie, 'content-type': 'application/json' },
          body,
        });
        return { status: response.status, text: await response.text() };
      });
      const parsed = JSON.parse(answer.text);
      const summary = dryRun ? `ok ${parsed.ok}, ${parsed.errors?.length ?? 0} errors ${JSON.stringify(parsed.errors?.slice(0, 3) ?? parsed.detail ?? '')}` : (parsed.id ?? JSON.stringify(parsed).slice(0, 600));
      console.log(`  status ${answer.status}: ${summary}; server ${peakMemory(server.pid)}`);
    }
  } finally {
    await server?.stop();
    await database.drop();
  }
}

await main();
