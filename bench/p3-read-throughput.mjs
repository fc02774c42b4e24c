// P3: read throughput at 32 connections (autocannon) on a small authenticated read vs an
// authenticated ping of the same app, and the small read's tail latency.
//
// The small read is the replies of one annotation (`GET /api/journeys/:id/annotations/:aid/replies`,
// what the touchpoint panel opens): session guard, journey access check, the annotation looked up
// in its journey, its replies read — the work of any single-entity read. The API has no
// single-touchpoint read; the graph read is P1's.
// The ping is `GET /api/auth/me`: the same session guard, plus one query (the user's workspaces).
// There is no route that is only the guard; /auth/me is the cheapest authenticated one, so the
// ratio is a little kinder than against a guard-only route would be.
import autocannon from 'autocannon';

const CONNECTIONS = 32;
const DURATION_S = Number(process.env.BENCH_P3_SECONDS ?? 8);

function load(url, cookie, duration) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration, headers: { cookie } }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function measureRoute(url, cookie) {
  await load(url, cookie, 2); // warm-up: JIT, pool connections
  const result = await load(url, cookie, DURATION_S);
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

export const figure = {
  id: 'P3',
  async measure({ server, api, journeyId, threadAnnotationId }) {
    const ping = await measureRoute(`${server.base}/api/auth/me`, api.cookie);
    const read = await measureRoute(`${server.base}/api/journeys/${journeyId}/annotations/${threadAnnotationId}/replies`, api.cookie);
    return [
      {
        key: 'P3',
        what: `small read (one annotation's replies), req/s at ${CONNECTIONS} connections`,
        baselineLabel: 'authenticated ping `GET /api/auth/me`',
        baseline: ping.rps,
        value: read.rps,
        unit: 'req/s',
        ratio: read.rps / ping.rps,
        goal: { min: 0.5 },
      },
      {
        key: 'P3 tail',
        what: 'the same small read, p99 latency',
        baselineLabel: 'its p50',
        baseline: read.p50,
        value: read.p99,
        unit: 'ms',
        ratio: read.p99 / Math.max(read.p50, 1),
        goal: { max: 5 },
      },
    ];
  },
};
