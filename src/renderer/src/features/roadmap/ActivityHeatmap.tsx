import { useId } from 'react';
import { shiftDate } from '@shared/domain/calendar-days';
import { showDate } from '../../dates';
import type { HeatmapDay } from '@shared/domain/activity';
import { formatMinutes } from '@shared/domain/study-hours';

const CELL = 12;
const GAP = 3;
const TOP = 16;
const LEFT = 34;
/** Room after the last column for a month label that starts there ("May" was cut to "Ma"). */
const RIGHT = 24;
/** Columns a month label needs ("Sept", "März" at 11.5 px): a closer label would overlap it. */
const LABEL_COLUMNS = 3;
/** Monday, Wednesday and Friday named as the locale names weekdays (2024-01-01 was a Monday). */
const rowLabels = () => [0, 2, 4].reduce<string[]>((labels, row) => ((labels[row] = showDate(shiftDate('2024-01-01', row), 'weekday-name')), labels), ['', '', '', '', '', '', '']);

export type HeatmapUnit = 'ticks' | 'hours';

const amount = (count: number, unit: HeatmapUnit) =>
  unit === 'hours' ? `${formatMinutes(count)} studied` : `${count} ${count === 1 ? 'thing' : 'things'} done`;

/**
 * One square per day, Monday first, darker on busier days: when progress happened at a glance.
 * `unit` says what a day's count is: things ticked or done, or minutes of study logged.
 */
export function ActivityHeatmap({ weeks, unit = 'ticks' }: { weeks: HeatmapDay[][]; unit?: HeatmapUnit }) {
  const id = useId();
  const days = weeks.flat().filter((d) => !d.future);
  const active = days.filter((d) => d.count > 0);
  const busiest = active.reduce<HeatmapDay | null>((best, d) => (!best || d.count > best.count ? d : best), null);
  const what = unit === 'hours' ? 'Study' : 'Progress';
  const summary = active.length
    ? `${what} on ${active.length} of the last ${days.length} days; busiest day ${showDate(busiest!.date)} with ${amount(busiest!.count, unit)}.`
    : `No ${what.toLowerCase()} recorded in the last ${days.length} days yet.`;
  const width = LEFT + weeks.length * (CELL + GAP) + RIGHT;
  // A label where a month starts, and one on the first column unless the next month starts too close.
  const starts = weeks.map((week, col) => ({ col, first: week.find((d) => d.date.endsWith('-01')) })).filter((m) => m.first);
  const labelled = new Map(starts.map((m) => [m.col, m.first!.date]));
  if (weeks.length && !labelled.has(0) && (starts[0]?.col ?? Infinity) >= LABEL_COLUMNS) labelled.set(0, weeks[0]![0]!.date);
  const height = TOP + 7 * (CELL + GAP);
  return (
    <figure className="chart heatmap">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{unit === 'hours' ? 'Days with study time' : 'Days with progress'}</title>
        <desc id={`${id}-d`}>{summary}</desc>
        {rowLabels().map((label, row) => (
          <text key={row} className="tick" x={LEFT - 6} y={TOP + row * (CELL + GAP) + CELL - 2} textAnchor="end">
            {label}
          </text>
        ))}
        {weeks.map((week, col) => {
          const month = labelled.get(col);
          return (
            <g key={week[0]!.date} transform={`translate(${LEFT + col * (CELL + GAP)},0)`}>
              {month && (
                <text className="tick" x={0} y={10}>
                  {showDate(month, 'month')}
                </text>
              )}
              {week.map((day, row) => (
                <rect key={day.date} className={`day level-${day.future ? 'future' : day.level}`} y={TOP + row * (CELL + GAP)} width={CELL} height={CELL} rx={2}>
                  <title>{`${showDate(day.date)}: ${amount(day.count, unit)}`}</title>
                </rect>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">{summary}</figcaption>
    </figure>
  );
}
