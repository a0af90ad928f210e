import { useId } from 'react';
import type { Pace } from '@shared/plan-schema';

interface NumberFieldProps {
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  onChange(value: number): void;
}

/** A labelled number input; the browser enforces the limits the contract also checks. */
function NumberField({ label, min, max, step, value, onChange }: NumberFieldProps) {
  return (
    <label className="field">
      <span>{label}</span>
      <input type="number" min={min} max={max} step={step} required value={value} onChange={(e) => onChange(e.currentTarget.valueAsNumber)} />
    </label>
  );
}

/** Calendar weeks per roadmap week, or hours a week against an estimate per roadmap week. */
export function PaceFields({ pace, onChange }: { pace: Pace; onChange(pace: Pace): void }) {
  const id = useId();
  const calendar = pace.mode === 'calendar';
  return (
    // Both choices first, together; then the boxes of the chosen one (not a box between the radios).
    <fieldset className="pace-fields">
      <legend>Pace</legend>
      <div className="pace-modes">
        <label className="radio">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={calendar}
            onChange={() => onChange({ mode: 'calendar', weeksPerRoadmapWeek: 1 })}
          />
          Calendar weeks per roadmap week
        </label>
        <label className="radio">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={!calendar}
            onChange={() => onChange({ mode: 'hours', hoursPerWeek: 10, hoursPerRoadmapWeek: 10 })}
          />
          Hours I can spend each week
        </label>
      </div>
      {calendar ? (
        <NumberField
          label="Weeks per roadmap week"
          min={0.25}
          max={8}
          step={0.25}
          value={pace.weeksPerRoadmapWeek}
          onChange={(weeksPerRoadmapWeek) => onChange({ mode: 'calendar', weeksPerRoadmapWeek })}
        />
      ) : (
        <div className="field-row">
          <NumberField
            label="Hours per week"
            min={1}
            max={100}
            step={0.5}
            value={pace.hoursPerWeek}
            onChange={(hoursPerWeek) => onChange({ ...pace, hoursPerWeek })}
          />
          <NumberField
            label="Hours one roadmap week takes"
            min={1}
            max={200}
            step={0.5}
            value={pace.hoursPerRoadmapWeek}
            onChange={(hoursPerRoadmapWeek) => onChange({ ...pace, hoursPerRoadmapWeek })}
          />
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
