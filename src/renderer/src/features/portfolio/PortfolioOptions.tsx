import { useId } from 'react';
import type { PortfolioOptions as Options } from '@shared/export/portfolio-model';
import { call } from '../../api';
import { useAppState } from '../../app-state';
import { useSavingValue } from '../../components/use-saving-value';

const OPTIONS = [
  { key: 'includeInProgress', label: 'Include projects still in progress', hint: 'Otherwise only projects in a Done column are shown.' },
  { key: 'includeProgress', label: 'Include the roadmap progress section', hint: 'Off by default. What you have learned: weeks, goals and tasks done and the week you are on (never your pace against the plan).' },
  { key: 'includeNotes', label: 'Include my project notes', hint: 'Your notes stay private unless you tick this.' },
] as const;

/** The export options, saved with the plan so the preview and every export agree. */
export function PortfolioOptions() {
  const { plan, runPlanAction } = useAppState();
  // Shown in the click's own render while the change is saved; the saved plan takes over again afterwards.
  const [options, save] = useSavingValue<Options>(plan.settings.portfolio);
  const id = useId();
  const toggle = (key: keyof Options, value: boolean) => {
    const next = { ...options, [key]: value };
    return save(next, () => runPlanAction(() => call('settings:update', { patch: { portfolio: next } })));
  };
  return (
    <fieldset className="pf-panel pf-options">
      <legend>What to include</legend>
      {OPTIONS.map((o) => (
        <div key={o.key} className="pf-check">
          <input id={`${id}-${o.key}`} type="checkbox" checked={options[o.key]} onChange={(e) => void toggle(o.key, e.target.checked)} aria-describedby={`${id}-${o.key}-hint`} />
          <div>
            <label htmlFor={`${id}-${o.key}`}>{o.label}</label>
            <span id={`${id}-${o.key}-hint`} className="muted pf-hint">{o.hint}</span>
          </div>
        </div>
      ))}
    </fieldset>
  );
}
