/**
 * A dashed link drawn as one SVG path per straight stretch and per corner instead of one path.
 *
 * Chromium's rasteriser dashes a path over its whole length every time it draws any part of it, and
 * it redraws every tile a moving card touches: on a big map at the opening zoom, ~500 links cross
 * those tiles and a drag ran at 3–5 frames a second (p95 216–400 ms between frames; the same map
 * with solid links: 33 ms). A path that is a single straight line is dashed only where it is drawn,
 * so the straight stretches go in paths of their own; each piece starts its pattern where the last
 * one ended (`offset`), so the dashes run on as they would along one path.
 */
export interface DashRun {
  /** An SVG path: one straight line, or one rounded corner. */
  d: string;
  /** The length of the link before this piece: how far into the pattern the piece starts (its `stroke-dashoffset`). */
  offset: number;
}

interface Point {
  x: number;
  y: number;
}

/** Steps a quadratic corner is measured in: corners are a few pixels long, so this is exact to a fraction of a pixel. */
const CORNER_STEPS = 8;

const COMMAND = /([MLQ])([\s,\d.eE+-]*)/g;
const NUMBER = /-?\d*\.?\d+(?:e[-+]?\d+)?/gi;

/**
 * The pieces of a path made of absolute `M`, `L` and `Q` commands (what React Flow's smooth-step
 * path is); null for anything else, which the caller draws as one path.
 */
export function dashRuns(path: string): DashRun[] | null {
  const runs: DashRun[] = [];
  let at: Point | null = null;
  let length = 0;
  let consumed = 0;
  for (const match of path.matchAll(COMMAND)) {
    consumed += match[0].length;
    const command = match[1];
    const values = (match[2] ?? '').match(NUMBER)?.map(Number) ?? [];
    if (command === 'M' && values.length === 2) {
      at = { x: values[0] as number, y: values[1] as number };
    } else if (command === 'L' && values.length === 2 && at) {
      const to = { x: values[0] as number, y: values[1] as number };
      runs.push({ d: `M${at.x} ${at.y}L${to.x} ${to.y}`, offset: length });
      length += Math.hypot(to.x - at.x, to.y - at.y);
      at = to;
    } else if (command === 'Q' && values.length === 4 && at) {
      const control = { x: values[0] as number, y: values[1] as number };
      const to = { x: values[2] as number, y: values[3] as number };
      runs.push({ d: `M${at.x} ${at.y}Q${control.x} ${control.y} ${to.x} ${to.y}`, offset: length });
      length += quadraticLength(at, control, to);
      at = to;
    } else {
      return null;
    }
  }
  // Anything between the commands (another command letter, stray text) means a path this does not read.
  return runs.length > 0 && consumed === path.trim().length ? runs : null;
}

function quadraticLength(from: Point, control: Point, to: Point): number {
  let length = 0;
  let previous = from;
  for (let step = 1; step <= CORNER_STEPS; step++) {
    const t = step / CORNER_STEPS;
    const u = 1 - t;
    const point = {
      x: u * u * from.x + 2 * u * t * control.x + t * t * to.x,
      y: u * u * from.y + 2 * u * t * control.y + t * t * to.y,
    };
    length += Math.hypot(point.x - previous.x, point.y - previous.y);
    previous = point;
  }
  return length;
}

/**
 * The share of a dash pattern that is drawn ("8 5": 8 of 13), for a solid line that looks as light as
 * the dashed one from afar; 1 for a pattern it does not read. An odd list repeats, as in SVG.
 */
export function dashCoverage(dash: string): number {
  const lengths = dash.match(NUMBER)?.map(Number) ?? [];
  if (lengths.length === 0 || lengths.some((n) => !Number.isFinite(n) || n < 0)) return 1;
  const pattern = lengths.length % 2 === 1 ? [...lengths, ...lengths] : lengths;
  const total = pattern.reduce((sum, n) => sum + n, 0);
  const drawn = pattern.reduce((sum, n, i) => (i % 2 === 0 ? sum + n : sum), 0);
  return total > 0 ? drawn / total : 1;
}
