import { useLayoutEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { formatWholeEuro, type PeriodLike } from '../format';
import { labelEvery, labelledIndexes, niceTicks, slotCentres, yOf } from './scale';
import styles from './SalaryChart.module.css';

export interface SalaryPointLike extends PeriodLike {
  grossCents: number;
  netCents: number;
}

const HEIGHT = 220;
const FONT = 12;
/** Room for a period label (month, and the year under it): "sep" / "2026" at 12 px, plus a gap. */
const LABEL_WIDTH = 36;
const MARGIN = { top: 12, right: 10, bottom: 40 };
/** Width to draw at before the container was measured (and in tests, where nothing has a size). */
const FALLBACK_WIDTH = 340;

/**
 * Gross and net per period as two lines, drawn by hand as SVG at the width of its container, so the
 * text keeps its real size on a phone and nothing scrolls sideways. Screen readers get `label` (a
 * summary); the page puts the exact figures in a table next to it.
 */
export function SalaryChart({ points, label }: { points: readonly SalaryPointLike[]; label: string }) {
  const intl = useIntl();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.clientWidth));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const w = width > 0 ? width : FALLBACK_WIDTH;
  const maxEuros = Math.max(0, ...points.flatMap((p) => [p.grossCents, p.netCents])) / 100;
  const ticks = niceTicks(maxEuros, 4);
  const top = ticks.at(-1) ?? 1;
  const tickLabels = ticks.map((t) => formatWholeEuro(intl, t));
  // Roughly 7 px per character at 12 px, plus room before the plot.
  const left = Math.max(...tickLabels.map((t) => t.length)) * 7 + 10;
  const plotWidth = Math.max(40, w - left - MARGIN.right);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const xs = slotCentres(points.length, plotWidth);
  const every = labelEvery(points.length, plotWidth, LABEL_WIDTH);
  const labelled = labelledIndexes(points.length, every);

  const y = (cents: number) => yOf(cents / 100, top, plotHeight);
  const path = (pick: (p: SalaryPointLike) => number) =>
    points.map((p, i) => `${i === 0 ? 'M' : 'L'}${xs[i]!.toFixed(1)},${y(pick(p)).toFixed(1)}`).join(' ');

  return (
    <div ref={box} className={styles.box}>
      <svg
        role="img"
        aria-label={label}
        width={w}
        height={HEIGHT}
        viewBox={`0 0 ${w} ${HEIGHT}`}
        className={styles.svg}
        fontSize={FONT}
      >
        <g transform={`translate(${left},${MARGIN.top})`}>
          {ticks.map((t, i) => (
            <g key={t} transform={`translate(0,${yOf(t, top, plotHeight).toFixed(1)})`}>
              <line x1={0} x2={plotWidth} className={t === 0 ? styles.axis : styles.grid} />
              <text x={-8} dy="0.32em" textAnchor="end" className={styles.tick}>
                {tickLabels[i]}
              </text>
            </g>
          ))}
          {points.length > 1 && (
            <>
              <path d={path((p) => p.grossCents)} className={styles.gross} />
              <path d={path((p) => p.netCents)} className={styles.net} />
            </>
          )}
          {points.map((p, i) => (
            <g key={`${p.year}-${p.period}`}>
              <circle cx={xs[i]} cy={y(p.grossCents)} r={3.5} className={styles.grossDot} />
              <rect x={xs[i]! - 3.5} y={y(p.netCents) - 3.5} width={7} height={7} className={styles.netDot} />
            </g>
          ))}
          {labelled.map((i, n) => {
            const p = points[i]!;
            // The year goes under the first label and under every label where it changes.
            const showYear = n === 0 || points[labelled[n - 1]!]!.year !== p.year;
            return (
              <text key={i} x={xs[i]} y={plotHeight + 16} textAnchor="middle" className={styles.tick}>
                {shortPeriod(intl, p)}
                {showYear && (
                  <tspan x={xs[i]} dy="1.25em">
                    {p.year}
                  </tspan>
                )}
              </text>
            );
          })}
        </g>
      </svg>
    </div>
  );
}

/** jan, feb, …; P10 for a four-week period. */
export function shortPeriod(intl: ReturnType<typeof useIntl>, p: PeriodLike): string {
  if (p.periodType === 'MONTH' && p.period >= 1 && p.period <= 12) {
    return intl.formatDate(Date.UTC(p.year, p.period - 1, 1), { month: 'short', timeZone: 'UTC' }).replace('.', '');
  }
  return `P${p.period}`;
}
