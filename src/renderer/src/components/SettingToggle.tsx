import { useId, type ReactNode } from 'react';
import { call } from '../api';
import { useAppState } from '../app-state';
import { useSavingValue } from './use-saving-value';

/** The on/off settings a checkbox can change (each a boolean in `plan.settings`). */
export type ToggleSetting = 'nudges' | 'scaffoldGit';

interface Props {
  setting: ToggleSetting;
  label: string;
  /** A sentence under the label, read out with the checkbox (aria-describedby). */
  hint: ReactNode;
  disabled?: boolean;
  className?: string;
}

/**
 * A checkbox bound to one boolean setting. It shows the new value in the click's own render while
 * the change is saved (the saved plan takes over again afterwards, so a refused change springs back).
 */
export function SettingToggle({ setting, label, hint, disabled = false, className }: Props) {
  const { plan, runPlanAction } = useAppState();
  const [checked, save] = useSavingValue(plan.settings[setting]);
  const id = useId();
  const toggle = (value: boolean) => save(value, () => runPlanAction(() => call('settings:update', { patch: { [setting]: value } })));
  return (
    <div className={`setting-toggle ${className ?? ''}`}>
      <input id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(e) => void toggle(e.target.checked)} aria-describedby={`${id}-hint`} />
      <div>
        <label htmlFor={id}>{label}</label>
        <span id={`${id}-hint`} className="muted setting-toggle-hint">
          {hint}
        </span>
      </div>
    </div>
  );
}
