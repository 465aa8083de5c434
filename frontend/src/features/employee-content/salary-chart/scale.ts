/*
 * The arithmetic of the salary chart, kept apart from drawing so it can be tested: the y axis in round
 * euro steps from 0, where each period sits, and which period labels fit without overlapping.
 */

/** The smallest "nice" step (1, 2, 2.5 or 5 times a power of ten) of at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const factor of [1, 2, 2.5, 5, 10]) {
    const step = factor * power;
    if (step >= raw - power * 1e-9) return step;
  }
  return 10 * power;
}

/**
 * Ticks for an axis from 0 to at least `max` in at most `maxIntervals` nice steps: 0, 1000, 2000, …
 * The last tick is the axis' top.
 */
export function niceTicks(max: number, maxIntervals = 5): number[] {
  const top = Math.max(max, 0);
  if (top === 0) return [0, 1];
  const step = niceStep(top / maxIntervals);
  const count = Math.ceil(top / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => round(i * step));
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** The centre of each of `count` equal slots across `width`. */
export function slotCentres(count: number, width: number): number[] {
  if (count <= 0) return [];
  const slot = width / count;
  return Array.from({ length: count }, (_, i) => slot * (i + 0.5));
}

/** y of `value` on an axis from 0 (bottom, at `height`) to `top` (at 0). */
export function yOf(value: number, top: number, height: number): number {
  if (top <= 0) return height;
  return height - (Math.max(0, value) / top) * height;
}

/**
 * Every how-many-th period gets a label so that labels of `labelWidth` px never overlap on a plot of
 * `plotWidth` px: 1 when they all fit.
 */
export function labelEvery(count: number, plotWidth: number, labelWidth: number): number {
  if (count <= 0 || plotWidth <= 0) return 1;
  return Math.max(1, Math.ceil((count * labelWidth) / plotWidth));
}

/**
 * Which periods are labelled: every `every`-th counted from the newest, so the latest period always
 * has its label.
 */
export function labelledIndexes(count: number, every: number): number[] {
  const out: number[] = [];
  for (let i = count - 1; i >= 0; i -= every) out.unshift(i);
  return out;
}

/** The smallest and largest of some amounts, or null for none. */
export function range(values: readonly number[]): { min: number; max: number } | null {
  if (values.length === 0) return null;
  return { min: Math.min(...values), max: Math.max(...values) };
}
