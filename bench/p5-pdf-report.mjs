// P5: the PDF report of the large journey (2,000 touchpoints, 3,000 links, 50,000 measurements,
// 1,000 annotations) through the whole export path — POST the job, the worker thread builds and
// draws it, poll until done, download — against the 3 s goal; and the API process's resident
// memory after 20 such reports in a row against before them (goal: ≤ 20 % growth).
//
// Both are absolute goals, so each row's "baseline" is the goal itself (3 s) or the process's own
// memory before the series. RSS is read from /proc/<pid>/status (Linux), worker threads included.
// The goal's row reads RSS right after the warm-up reports and right after the 20th, on one report thread,
// alive and holding whatever garbage its heap has not collected yet. A second row, for diagnosis,
// reads both at rest: once the pool has retired its idle thread (30 s after its last report), which is
// what the process keeps for good.
import { readFileSync } from 'node:fs';

const SERIES = 20;
/**
 * Reports before the "before" reading. After one, the report thread's heap had not reached its
 * working size: the first of two full runs on 2026-12-06 read 259 MB there against 368 MB in a
 * single run the same day, and 1.38× after the series against 1.08×. The question is whether 20
 * reports in a row keep growing the process, so the reading starts where the working set stands.
 */
const WARM_UP = 3;
const GOAL_MS = 3000;
/** The export pool retires a thread idle for 30 s; a little more, so it has. */
const REST_MS = 33_000;
const rest = () => new Promise((resolve) => setTimeout(resolve, REST_MS));

function residentBytes(pid) {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

async function exportPdf(base, api, journeyId) {
  const headers = { cookie: api.cookie, 'content-type': 'application/json', origin: base };
  const started = performance.now();
  const created = await fetch(`${base}/api/journeys/${journeyId}/exports`, { method: 'POST', headers, body: JSON.stringify({ format: 'pdf' }) });
  if (created.status !== 202) throw new Error(`export: ${created.status} ${await created.text()}`);
  const { id } = await created.json();
  for (;;) {
    const job = await (await fetch(`${base}/api/exports/${id}`, { headers })).json();
    if (job.status === 'failed') throw new Error(`export failed: ${job.error}`);
    if (job.status === 'done') break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const file = await fetch(`${base}/api/exports/${id}/file`, { headers });
  const bytes = Buffer.from(await file.arrayBuffer());
  if (file.status !== 200 || bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error(`download: ${file.status}`);
  return { ms: performance.now() - started, size: bytes.length };
}

let memory = null;

export const figure = {
  id: 'P5',
  notes:
    'P5 times one PDF of the large journey from the POST to the downloaded file (job row, data read, worker thread, progress writes, download). ' +
    `The memory row compares the API process's resident memory after ${SERIES} reports in a row with before them (after ${WARM_UP} warm-up reports, so that the report thread has reached its working size; the thread then runs the series; the row "from the first report" reads the same moment against the memory after the process's first report); it is measured once, in the first round. ` +
    'The "at rest" row (for diagnosis) compares the same two moments 33 s later, once the pool has retired its idle report thread: what the process keeps.',
  async measure({ server, api, journeyId }) {
    if (memory === null) {
      await exportPdf(server.base, api, journeyId);
      const afterFirst = residentBytes(server.pid);
      for (let i = 1; i < WARM_UP; i++) await exportPdf(server.base, api, journeyId);
      await rest();
      const beforeAtRest = residentBytes(server.pid);
      // The pool retired its thread while at rest: the warm-up again, so that the series runs on the
      // thread whose memory is read just before it, at its working size.
      for (let i = 0; i < WARM_UP; i++) await exportPdf(server.base, api, journeyId);
      const before = residentBytes(server.pid);
      for (let i = 0; i < SERIES; i++) await exportPdf(server.base, api, journeyId);
      const after = residentBytes(server.pid);
      await rest();
      memory = { afterFirst, before, after, beforeAtRest, afterAtRest: residentBytes(server.pid) };
      // The pool retired its thread while at rest: one report to start it again, so the timed one below runs warm like the others.
      await exportPdf(server.base, api, journeyId);
    }
    const { ms, size } = await exportPdf(server.base, api, journeyId);
    const mb = (bytes) => bytes / 1024 / 1024;
    return [
      {
        key: 'P5',
        what: `PDF report of the large journey (${(size / 1024).toFixed(0)} kB), POST to download`,
        baselineLabel: 'the goal',
        baseline: GOAL_MS,
        value: ms,
        unit: 'ms',
        ratio: ms / GOAL_MS,
        goal: { max: 1 },
      },
      {
        key: 'P5 memory',
        what: `API resident memory after ${SERIES} PDF reports in a row`,
        baselineLabel: 'before them',
        baseline: mb(memory.before),
        value: mb(memory.after),
        unit: 'MB',
        ratio: memory.after / memory.before,
        goal: { max: 1.2 },
      },
      {
        key: 'P5 memory from the first report',
        what: `API resident memory after ${SERIES} PDF reports in a row (${2 * WARM_UP + SERIES} since the start, a rest between), for diagnosis`,
        baselineLabel: "after the process's first report",
        baseline: mb(memory.afterFirst),
        value: mb(memory.after),
        unit: 'MB',
        ratio: memory.after / memory.afterFirst,
        goal: null,
      },
      {
        key: 'P5 memory at rest',
        what: `API resident memory at rest (report thread retired) after ${SERIES} PDF reports in a row`,
        baselineLabel: 'at rest before them',
        baseline: mb(memory.beforeAtRest),
        value: mb(memory.afterAtRest),
        unit: 'MB',
        ratio: memory.afterAtRest / memory.beforeAtRest,
        goal: null,
      },
    ];
  },
};
