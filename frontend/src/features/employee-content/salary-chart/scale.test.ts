import { describe, expect, it } from 'vitest';
import { labelEvery, labelledIndexes, niceStep, niceTicks, range, slotCentres, yOf } from './scale';

describe('salary chart scale', () => {
  it('takes nice steps', () => {
    expect(niceStep(869)).toBe(1000);
    expect(niceStep(1000)).toBe(1000);
    expect(niceStep(1086)).toBe(2000);
    expect(niceStep(2100)).toBe(2500);
    expect(niceStep(3)).toBe(5);
    expect(niceStep(0)).toBe(1);
  });

  it('makes ticks from 0 to at least the largest amount', () => {
    expect(niceTicks(4345)).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
    expect(niceTicks(4000)).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(niceTicks(6500)).toEqual([0, 2000, 4000, 6000, 8000]);
    expect(niceTicks(12_000, 4)).toEqual([0, 5000, 10_000, 15_000]);
    expect(niceTicks(0)).toEqual([0, 1]);
    for (const max of [1, 37, 999, 2300, 8765, 123_456]) {
      const ticks = niceTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
      expect(ticks.length - 1).toBeLessThanOrEqual(5);
    }
  });

  it('places periods in the middle of their slots, amounts from the bottom', () => {
    expect(slotCentres(4, 200)).toEqual([25, 75, 125, 175]);
    expect(slotCentres(0, 200)).toEqual([]);
    expect(yOf(0, 5000, 200)).toBe(200);
    expect(yOf(5000, 5000, 200)).toBe(0);
    expect(yOf(2500, 5000, 200)).toBe(100);
    expect(yOf(-10, 5000, 200)).toBe(200);
  });

  it('labels only as many periods as fit on a phone, the newest always', () => {
    // 24 months on a 390 px phone: about 274 px of plot, labels of 34 px → every third.
    expect(labelEvery(24, 274, 34)).toBe(3);
    expect(labelEvery(12, 274, 34)).toBe(2);
    expect(labelEvery(12, 700, 34)).toBe(1);
    expect(labelledIndexes(24, 3)).toEqual([2, 5, 8, 11, 14, 17, 20, 23]);
    expect(labelledIndexes(5, 1)).toEqual([0, 1, 2, 3, 4]);
    expect(labelledIndexes(5, 2)).toEqual([0, 2, 4]);
    // Labels never overlap: the distance between two labelled centres is at least the label width.
    for (const [count, width] of [
      [24, 274],
      [14, 274],
      [24, 180],
      [12, 900],
    ] as const) {
      const every = labelEvery(count, width, 34);
      expect((width / count) * every).toBeGreaterThanOrEqual(34);
    }
  });

  it('knows the range', () => {
    expect(range([3, 1, 2])).toEqual({ min: 1, max: 3 });
    expect(range([])).toBeNull();
  });
});
