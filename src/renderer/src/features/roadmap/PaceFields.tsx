import { useId } from 'react';
import type { Pace } from '@shared/plan-schema';

/** Calendar weeks per roadmap week, or hours a week against an estimate per roadmap week. */
export function PaceFields({ pace, onChange }: { pace: Pace; onChange(pace: Pace): void }) {
  const id = useId();
  const calendar = pace.mode === 'calendar';
  return (
    <fieldset className="pace-fields">
      <legend>Pace</legend>
      <label className="radio">
        <input
          type="radio"
          name={`${id}-mode`}
          checked={calendar}
          onChange={() => onChange({ mode: 'calendar', weeksPerRoadmapWeek: 1 })}
        />
        Calendar weeks per roadmap week
      </label>
      {calendar && (
        <label className="field">
          <span>Weeks per roadmap week</span>
          <input
            type="number"
            min={0.25}
            max={8}
            step={0.25}
            required
            value={pace.weeksPerRoadmapWeek}
            onChange={(e) => onChange({ mode: 'calendar', weeksPerRoadmapWeek: e.currentTarget.valueAsNumber })}
          />
        </label>
      )}
      <label className="radio">
        <input
          type="radio"
          name={`${id}-mode`}
          checked={!calendar}
          onChange={() => onChange({ mode: 'hours', hoursPerWeek: 10, hoursPerRoadmapWeek: 10 })}
        />
        Hours I can spend each week
      </label>
      {!calendar && (
        <div className="field-row">
          <label className="field">
            <span>Hours per week</span>
            <input
              type="number"
              min={1}
              max={100}
              step={0.5}
              required
              value={pace.hoursPerWeek}
              onChange={(e) => onChange({ ...pace, hoursPerWeek: e.currentTarget.valueAsNumber })}
            />
          </label>
          <label className="field">
            <span>Hours one roadmap week takes</span>
            <input
              type="number"
              min={1}
              max={200}
              step={0.5}
              required
              value={pace.hoursPerRoadmapWeek}
              onChange={(e) => onChange({ ...pace, hoursPerRoadmapWeek: e.currentTarget.valueAsNumber })}
            />
          </label>
        </div>
      )}
    </fieldset>
  );
}

/** A readable problem with the pace, or null; the inputs' own limits, said in words. */
export function paceProblem(pace: Pace): string | null {
  if (pace.mode === 'calendar') {
    const w = pace.weeksPerRoadmapWeek;
    return Number.isFinite(w) && w >= 0.25 && w <= 8 ? null : 'Weeks per roadmap week must be between 0.25 and 8.';
  }
  if (!(Number.isFinite(pace.hoursPerWeek) && pace.hoursPerWeek >= 1 && pace.hoursPerWeek <= 100)) return 'Hours per week must be between 1 and 100.';
  if (!(Number.isFinite(pace.hoursPerRoadmapWeek) && pace.hoursPerRoadmapWeek >= 1 && pace.hoursPerRoadmapWeek <= 200)) {
    return 'Hours per roadmap week must be between 1 and 200.';
  }
  return null;
}
