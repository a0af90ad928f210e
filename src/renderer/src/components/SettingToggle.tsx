import { useId, useState, type ReactNode } from 'react';
import { call } from '../api';
import { useAppState } from '../app-state';

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
 * A checkbox bound to one boolean setting. It shows the new value at once while the change is
 * saved (the saved plan takes over again afterwards, so a refused change springs back).
 */
export function SettingToggle({ setting, label, hint, disabled = false, className }: Props) {
  const { plan, runPlanAction } = useAppState();
  const [pending, setPending] = useState<boolean | null>(null);
  const checked = pending ?? plan.settings[setting];
  const id = useId();
  const toggle = async (value: boolean) => {
    setPending(value);
    await runPlanAction(() => call('settings:update', { patch: { [setting]: value } }));
    setPending(null);
  };
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
