// P4: the canvas in Chromium (production builds). Two pages show the benchmark journey with the
// whole map fitted in view:
// - the app's canvas (`/w/:workspaceId/journeys/:id`); it opens big maps at a readable zoom and marks its
//   wrapper `data-opening-view` once that view is set, so the script presses its "Fit view" button then
//   (never racing the opening view) and counts from 300 ms later (the fit animates for 250 ms; React Flow
//   mounts every node once to measure it, so the count is met before the fit too), all included in the app's time;
// - a bare React Flow page (bench/canvas-baseline, built into tmp/ with Vite) with the same
//   touchpoints as default nodes and the same links as default edges, opened with `fitView`.
// "All nodes measured": 2,000 `.react-flow__node` elements in the page, each made visible by
// React Flow (it hides a node until it has measured its size). The time is performance.now() at
// that moment, from the start of the navigation, polled once per animation frame on both pages.
// Then a node near the middle is dragged (at least 40 mouse moves and 1.5 s) and the interval
// between animation frames is recorded: p95 of those intervals, in whole 60 Hz frame periods, is the
// drag frame time.
// The drag is measured again where users drag: the app at its opening zoom (only the cards in view mounted)
// and the bare page at that zoom (`?zoom=`, `onlyRenderVisibleElements` as the app).
// A page load that fails (a timeout) is logged and left out of the medians; the round fails only when
// neither page completed once.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { median, percentile } from './support.mjs';

const NODES = 2000;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BASELINE_DIR = join(ROOT, 'tmp/canvas-baseline');
// Tall enough for the app to fit the whole map above its smallest zoom (0.1); at 1280×800 "Fit view"
// stops at 0.1 with a quarter of the cards out of view.
const VIEWPORT = { width: 1280, height: 1400 };
/** After pressing "Fit view": its animation (250 ms) must be over before the count means "the fitted map". */
const FIT_SETTLE_MS = 300;
const BROWSER_ARGS = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * Runs in the page from its first script: records when every node is measured and, on the app, presses
 * "Fit view" once the canvas has set its opening view (it marks its wrapper `data-opening-view`), so the
 * fit is never undone by the opening view.
 */
function watchNodes({ total, fit, settleMs }) {
  // React Flow mounts every node once to measure it, in view or not, so the count alone is met before
  // the fit: the app's count only counts once the fit has settled.
  let clicked = !fit;
  let countFrom = 0;
  const tick = () => {
    const nodes = document.getElementsByClassName('react-flow__node');
    if (window.__firstNodeAt === undefined && nodes.length > 0 && nodes[0].style.visibility === 'visible') window.__firstNodeAt = performance.now();
    if (!clicked && document.querySelector('[data-opening-view]')) {
      const button = document.querySelector('button[aria-label="Fit view"]');
      if (button) {
        window.__openingViewAt = performance.now();
        button.click();
        clicked = true;
        countFrom = performance.now() + settleMs;
      }
    }
    if (clicked && performance.now() >= countFrom && nodes.length === total) {
      let visible = 0;
      for (const node of nodes) if (node.style.visibility === 'visible' && node.offsetWidth > 0) visible++;
      if (visible === total) {
        window.__allMeasuredAt = performance.now();
        return;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** One frame at 60 Hz, and how far the timestamps of one frame period stray from it. */
const FRAME_MS = 1000 / 60;
const JITTER_MS = 0.5;

function startFrameRecorder() {
  window.__frames = [];
  window.__recording = true;
  const tick = (t) => {
    if (!window.__recording) return;
    window.__frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function dragMiddleNode(page) {
  const box = await page.evaluate(() => {
    const cx = innerWidth / 2;
    const cy = innerHeight / 2;
    let best = null;
    for (const node of document.getElementsByClassName('react-flow__node')) {
      const r = node.getBoundingClientRect();
      const d = Math.hypot(r.x + r.width / 2 - cx, r.y + r.height / 2 - cy);
      if (r.width > 4 && (!best || d < best.d)) best = { d, x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return best;
  });
  if (!box) throw new Error('no node to drag');
  // Main-thread busy time (CDP Performance.TaskDuration) over the drag, per frame: what a frame costs
  // the page, which a busy machine stretches much less than the intervals.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  await page.mouse.move(box.x, box.y);
  await page.mouse.down();
  await page.mouse.move(box.x + 5, box.y + 5, { steps: 2 });
  await page.evaluate(startFrameRecorder);
  const busyBefore = await busy();
  const started = Date.now();
  let moves = 0;
  // At least 40 moves and 1.5 s: on a busy machine each move takes longer to be delivered.
  while (moves < 40 || Date.now() - started < 1500) {
    moves++;
    await page.mouse.move(box.x + 5 + (moves % 200), box.y + 5 + ((moves * 0.5) % 100));
  }
  const busyAfter = await busy();
  const frames = await page.evaluate(() => {
    window.__recording = false;
    return window.__frames;
  });
  await page.mouse.up();
  await cdp.detach();
  const intervals = frames.slice(1).map((t, i) => t - frames[i]);
  // Chromium shows frames on a 60 Hz clock, so each interval is a whole number of frame periods; its
  // timestamps jitter around that by a tenth of a millisecond (16.5–16.8 ms for one period), which
  // read 16.8 ms against the goal of 16.7 though no frame was dropped. The p95 is taken in periods,
  // an interval counting as one more period once it is 0.5 ms longer than a whole number of them.
  const periods = intervals.map((interval) => Math.max(1, Math.ceil((interval - JITTER_MS) / FRAME_MS)));
  return {
    p95: percentile(periods, 95) * FRAME_MS,
    rawP95: percentile(intervals, 95),
    frames: intervals.length,
    moves,
    busyPerFrame: (busyAfter - busyBefore) / Math.max(1, intervals.length),
  };
}

async function measurePage(browser, { url, cookies, fit }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  if (cookies) await context.addCookies(cookies);
  await context.addInitScript(watchNodes, { total: NODES, fit, settleMs: FIT_SETTLE_MS });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__allMeasuredAt !== undefined, null, { timeout: 120_000, polling: 100 });
    const { measuredAt, firstNodeAt, openingViewAt, requests } = await page.evaluate(() => ({
      measuredAt: window.__allMeasuredAt,
      firstNodeAt: window.__firstNodeAt,
      openingViewAt: window.__openingViewAt,
      // When the answers the page waited for arrived: where the time before the first card went.
      requests: performance
        .getEntriesByType('resource')
        .filter((e) => e.initiatorType === 'fetch')
        .map((e) => `${new URL(e.name).pathname.replace(/[0-9a-f-]{36}/g, ':id')} ${Math.round(e.responseEnd)}`),
    }));
    await page.waitForTimeout(300);
    const drag = await dragMiddleNode(page);
    return { measuredAt, firstNodeAt, openingViewAt, requests, drag };
  } finally {
    await context.close();
  }
}

/**
 * The drag where users drag: the app at its opening (readable) zoom, where `onlyRenderVisibleElements` mounts
 * only the cards in view, or the bare page at that zoom (`?zoom=`: same top-left view, `onlyRenderVisibleElements` too).
 */
async function measureOpeningDrag(browser, { url, cookies }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  if (cookies) await context.addCookies(cookies);
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(
      () => {
        const opened = !document.querySelector('.react-flow[aria-label="Journey map"]') || document.querySelector('[data-opening-view]');
        const node = document.querySelector('.react-flow__node');
        return opened && node && node.style.visibility === 'visible';
      },
      null,
      { timeout: 120_000, polling: 100 },
    );
    await page.waitForTimeout(1000);
    const view = await page.evaluate(() => ({
      zoom: new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a,
      mounted: document.getElementsByClassName('react-flow__node').length,
    }));
    const drag = await dragMiddleNode(page);
    return { ...view, drag };
  } finally {
    await context.close();
  }
}

/** Runs `fn`; a failure (a timeout) is logged and counted as a failed run instead of ending the bench. */
async function attempt(label, fn) {
  try {
    return await fn();
  } catch (error) {
    console.error(`P4 ${label} failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    return null;
  }
}

function serveBaseline(port, graphJson) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/graph.json') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(graphJson);
      return;
    }
    const name = path === '/' ? 'index.html' : path.slice(1);
    try {
      const file = readFileSync(join(BASELINE_DIR, name));
      response.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream' }).end(file);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

let state = null;

export const figure = {
  id: 'P4',
  notes:
    'both pages at 1280×1400 (tall enough for the app to fit the whole map above its smallest zoom) with the whole map fitted (the app after its ' +
    '"Fit view" button, pressed by the script once the canvas has set its opening view — it marks its wrapper `data-opening-view` — and counted from 300 ms later when the fit animation is over); ' +
    '"measured" = 2,000 `.react-flow__node` elements, each made visible by React Flow (with `onlyRenderVisibleElements`, only cards in view stay mounted; below zoom 0.45 the app draws light cards, title and colour cues only, and below 0.25 without their handles); the baseline is a bare ' +
    'React Flow page with the same touchpoints as default nodes and links as default edges (bench/canvas-baseline). Drag: p95 of the intervals ' +
    'between animation frames, counted in whole 60 Hz frame periods (Chromium shows frames on that clock; one period is timed 16.5–16.8 ms; an interval counts as one more period from 0.5 ms over), while the script drags the node nearest the middle (≥ 40 moves, ≥ 1.5 s), once with all 2,000 nodes mounted (fitted map), once at the app\'s opening zoom ' +
    '(0.6 on this window: only the cards in view mounted) against the bare page at the same zoom and top-left view (`?zoom=`, `onlyRenderVisibleElements` too); ' +
    'the busy time per frame (CDP TaskDuration) is shown for diagnosis, as it depends less on the machine\'s load. A page load that times out is logged and left out of the medians ' +
    '(the row\'s text says how many failed); a round fails, without stopping the bench, only when no page load of a page completed.',
  async prepare({ server, api, journeyId }) {
    const graph = await api.call('GET', `/journeys/${journeyId}`);
    execFileSync('npx', ['vite', 'build', '--config', 'bench/canvas-baseline/vite.config.mjs'], { cwd: ROOT, stdio: 'inherit' });
    const port = Number(new URL(server.base).port) + 1;
    const baselineServer = await serveBaseline(port, JSON.stringify(graph));
    const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: BROWSER_ARGS });
    const [name, value] = api.cookie.split(';')[0].split('=');
    state = {
      browser,
      baselineServer,
      baselineUrl: `http://127.0.0.1:${port}/`,
      appUrl: `${server.base}/w/${api.workspaceId}/journeys/${journeyId}`,
      cookies: [{ name, value, url: server.base }],
    };
  },
  async measure() {
    const runs = Number(process.env.BENCH_P4_RUNS ?? 2);
    const baseline = [];
    const app = [];
    const appOpening = [];
    const bareOpening = [];
    let failed = 0;
    for (let i = 0; i < runs; i++) {
      const b = await attempt(`bare page, run ${i + 1}`, () => measurePage(state.browser, { url: state.baselineUrl, fit: false }));
      const a = await attempt(`app, run ${i + 1}`, () => measurePage(state.browser, { url: state.appUrl, cookies: state.cookies, fit: true }));
      const ao = await attempt(`app at its opening zoom, run ${i + 1}`, () => measureOpeningDrag(state.browser, { url: state.appUrl, cookies: state.cookies }));
      const bo = ao && (await attempt(`bare page at the app's opening zoom, run ${i + 1}`, () => measureOpeningDrag(state.browser, { url: `${state.baselineUrl}?zoom=${ao.zoom}` })));
      for (const [list, result] of [[baseline, b], [app, a], [appOpening, ao], [bareOpening, bo]]) {
        if (result) list.push(result);
        else failed++;
      }
    }
    if (baseline.length === 0 || app.length === 0) throw new Error(`P4: no complete run of ${runs} (${failed} page loads failed)`);
    const failedNote = failed > 0 ? ` (${failed} of ${runs * 4} page loads failed)` : '';
    const b = median(baseline.map((r) => r.measuredAt));
    const a = median(app.map((r) => r.measuredAt));
    console.log(`P4 load detail (ms from navigation): app ${JSON.stringify(app.map(({ measuredAt, firstNodeAt, openingViewAt, requests }) => ({ measuredAt, firstNodeAt, openingViewAt, requests })))}, bare ${JSON.stringify(baseline.map(({ measuredAt, firstNodeAt, requests }) => ({ measuredAt, firstNodeAt, requests })))}`);
    console.log(`P4 drag detail: app ${JSON.stringify(app.map((r) => r.drag))}, bare ${JSON.stringify(baseline.map((r) => r.drag))}`);
    console.log(`P4 opening-zoom drag detail: app ${JSON.stringify(appOpening)}, bare ${JSON.stringify(bareOpening)}`);
    const rows = [
      { key: 'P4', what: `canvas: all 2,000 nodes measured, from navigation${failedNote}`, baselineLabel: 'bare React Flow page', baseline: b, value: a, unit: 'ms', ratio: a / b, goal: { max: 1.5 } },
      ...dragRows({ key: 'P4 drag', where: 'all 2,000 cards mounted', bareLabel: "bare page's p95", app: app.map((r) => r.drag), bare: baseline.map((r) => r.drag) }),
    ];
    if (appOpening.length > 0 && bareOpening.length > 0) {
      const zoom = median(appOpening.map((r) => r.zoom));
      const mounted = median(appOpening.map((r) => r.mounted));
      rows.push(
        ...dragRows({
          key: 'P4 drag, opening zoom',
          where: `at its opening zoom (${zoom.toFixed(2)}, ${mounted} cards in view mounted)`,
          bareLabel: 'bare page at that zoom',
          app: appOpening.map((r) => r.drag),
          bare: bareOpening.map((r) => r.drag),
        }),
      );
    }
    return rows;
  },
  async cleanUp() {
    if (!state) return;
    await state.browser.close();
    await new Promise((resolve) => state.baselineServer.close(resolve));
    state = null;
  },
};

/** A drag's two rows: the frame interval p95 against one 60 Hz frame, and the main thread's busy time per frame against the bare page's (for diagnosis). */
function dragRows({ key, where, bareLabel, app, bare }) {
  const frame = FRAME_MS;
  const p95 = median(app.map((d) => d.p95));
  const rawP95 = median(app.map((d) => d.rawP95));
  const busy = median(app.map((d) => d.busyPerFrame));
  const bareBusy = median(bare.map((d) => d.busyPerFrame));
  return [
    {
      key,
      what: `canvas, ${where}: drag frame interval p95, in whole 60 Hz frames (goal ≤ 16.7 ms: shown as a ratio to 16.7 ms; as timed: ${rawP95.toFixed(1)} ms)`,
      baselineLabel: `one 60 Hz frame (${bareLabel}: ${median(bare.map((d) => d.p95)).toFixed(1)} ms)`,
      baseline: frame,
      value: p95,
      unit: 'ms',
      ratio: p95 / frame,
      goal: { max: 1 },
    },
    {
      key: `${key.replace('P4 drag', 'P4 drag work')}`,
      what: `canvas, ${where}: main-thread busy time per frame while dragging (CDP TaskDuration / frames), for diagnosis`,
      baselineLabel: `bare React Flow page${key.includes('opening') ? ' at that zoom' : ''}`,
      baseline: bareBusy,
      value: busy,
      unit: 'ms',
      ratio: busy / bareBusy,
      goal: null,
    },
  ];
}
