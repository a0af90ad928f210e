import { useId } from 'react';
import type { Pace } from '@shared/plan-schema';
import { FieldProblem, problemProps } from '../../components/field-problem';

/** The pace's number fields, by the setting each one holds. */
export type PaceField = 'weeksPerRoadmapWeek' | 'hoursPerWeek' | 'hoursPerRoadmapWeek';
export type PaceProblems = Partial<Record<PaceField, string>>;

interface NumberFieldProps {
  id: string;
  label: string;
  problem: string | undefined;
  min: number;
  max: number;
  step: number;
  value: number;
  onChange(value: number): void;
}

/** A labelled number input; the browser enforces the limits the contract also checks. */
function NumberField({ id, label, problem, min, max, step, value, onChange }: NumberFieldProps) {
  // An empty or half-typed box reads as NaN: the box then shows nothing rather than "NaN".
  return (
    <div className="field">
      <label className="field" htmlFor={id}>
        <span>{label}</span>
      </label>
      <input id={id} type="number" min={min} max={max} step={step} required value={Number.isNaN(value) ? '' : value} {...problemProps(id, problem)} onChange={(e) => onChange(e.currentTarget.valueAsNumber)} />
      <FieldProblem fieldId={id} problem={problem} />
    </div>
  );
}

/** Calendar weeks per roadmap week, or hours a week against an estimate per roadmap week. */
export function PaceFields({ pace, onChange, problems = {} }: { pace: Pace; onChange(pace: Pace): void; problems?: PaceProblems }) {
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
          id={`${id}-weeksPerRoadmapWeek`}
          problem={problems.weeksPerRoadmapWeek}
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
            id={`${id}-hoursPerWeek`}
            problem={problems.hoursPerWeek}
            value={pace.hoursPerWeek}
            onChange={(hoursPerWeek) => onChange({ ...pace, hoursPerWeek })}
          />
          <NumberField
            label="Hours one roadmap week takes"
            min={1}
            max={200}
            step={0.5}
            id={`${id}-hoursPerRoadmapWeek`}
            problem={problems.hoursPerRoadmapWeek}
            value={pace.hoursPerRoadmapWeek}
            onChange={(hoursPerRoadmapWeek) => onChange({ ...pace, hoursPerRoadmapWeek })}
          />
        </div>
      )}
    </fieldset>
  );
}

/** Each pace field's problem, or {}; the inputs' own limits, said in words. */
export function paceProblems(pace: Pace): PaceProblems {
  const within = (n: number, min: number, max: number) => Number.isFinite(n) && n >= min && n <= max;
  if (pace.mode === 'calendar') {
    return within(pace.weeksPerRoadmapWeek, 0.25, 8) ? {} : { weeksPerRoadmapWeek: 'Weeks per roadmap week must be between 0.25 and 8.' };
  }
  const out: PaceProblems = {};
  if (!within(pace.hoursPerWeek, 1, 100)) out.hoursPerWeek = 'Hours per week must be between 1 and 100.';
  if (!within(pace.hoursPerRoadmapWeek, 1, 200)) out.hoursPerRoadmapWeek = 'Hours per roadmap week must be between 1 and 200.';
  return out;
}
