import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { daysBetween, shiftDate } from '@shared/domain/calendar-days';
import { showDate } from '../../dates';
import type { BurnUp, BurnUpPoint } from '@shared/domain/burn-up';

/** Drawing width before the box is measured (and in a box too narrow to measure). */
const DEFAULT_W = 860;
const PAD = { left: 38, right: 14, top: 16, bottom: 28 };

/**
 * The figure's width in CSS px, followed as the window resizes. The chart is drawn in a viewBox of
 * exactly that width, so its text is shown at its CSS size at every window width (a fixed 860-wide
 * viewBox shrank the 10.5 px axis labels to ~7.7 px at 1024 px; issue 14).
 */
function useBoxWidth(): [RefObject<HTMLElement | null>, number] {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(DEFAULT_W);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const observer = new ResizeObserver(() => {
      const w = Math.round(box.clientWidth);
      if (w >= 240) setWidth(w);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** Planned against actual roadmap weeks over time, with today and the forecast (hand-drawn SVG: no chart library). */
export function BurnUpChart({ data, summary }: { data: BurnUp; summary: string }) {
  const id = useId();
  const [box, W] = useBoxWidth();
  const H = Math.round(Math.min(300, Math.max(200, W * 0.27)));
  const span = Math.max(1, daysBetween(data.from, data.to));
  const x = (date: string) => PAD.left + (daysBetween(data.from, date) / span) * (W - PAD.left - PAD.right);
  const y = (units: number) => H - PAD.bottom - (units / Math.max(1, data.total)) * (H - PAD.top - PAD.bottom);
  const line = (points: BurnUpPoint[]) => points.map((p, i) => `${i ? 'L' : 'M'}${x(p.date).toFixed(1)},${y(p.units).toFixed(1)}`).join(' ');
  // The actual line is a staircase: progress holds until the next finished week.
  const steps = (points: BurnUpPoint[]) => points.flatMap((p, i) => (i && p.units !== points[i - 1]!.units ? [{ date: p.date, units: points[i - 1]!.units }, p] : [p]));
  const months = monthTicks(data.from, data.to, Math.max(2, Math.floor((W - PAD.left - PAD.right) / 48)));
  const todayX = x(data.today);
  return (
    <figure ref={box} className="chart burn-up">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>Burn-up chart: planned and actual roadmap weeks</title>
        <desc id={`${id}-d`}>{summary}</desc>
        {[0, 0.5, 1].map((f) => (
          <g key={f} className="grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(f * data.total)} y2={y(f * data.total)} />
            <text x={PAD.left - 6} y={y(f * data.total) + 4} textAnchor="end">
              {Math.round(f * data.total)}
            </text>
          </g>
        ))}
        {months.map((m) => (
          <text key={m} className="tick" x={x(m)} y={H - 8} textAnchor="middle">
            {showDate(m, 'month')}
          </text>
        ))}
        <path className="planned" d={line(data.planned)} />
        {data.forecast && <path className="forecast" d={line(data.forecast)} />}
        <path className="actual" d={line(steps(data.actual))} />
        <line className="today" x1={todayX} x2={todayX} y1={PAD.top - 6} y2={H - PAD.bottom} />
        <text className="today-label" x={todayX > W - 60 ? todayX - 4 : todayX + 4} y={PAD.top + 2} textAnchor={todayX > W - 60 ? 'end' : 'start'}>
          Today
        </text>
        <circle className="marker planned" cx={todayX} cy={y(data.plannedToday)} r={4} />
        <circle className="marker actual" cx={todayX} cy={y(data.actualToday)} r={4.5} />
      </svg>
      <figcaption className="legend">
        <span className="key planned">Planned</span>
        <span className="key actual">Done</span>
        {data.forecast && <span className="key forecast">Forecast</span>}
        <span className="key today">Today</span>
      </figcaption>
    </figure>
  );
}

/** First days of months inside the range, thinned to at most `most` labels (about 48 px each). */
function monthTicks(from: string, to: string, most: number): string[] {
  const ticks: string[] = [];
  for (let d = from, n = 0; d <= to && n < 4000; d = shiftDate(d, 1), n++) if (d.endsWith('-01')) ticks.push(d);
  const every = Math.ceil(ticks.length / Math.min(8, most));
  return ticks.filter((_, i) => i % every === 0);
}
