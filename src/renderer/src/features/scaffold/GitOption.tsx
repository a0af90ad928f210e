import { useId, useState } from 'react';
import { call } from '../../api';
import { useAppState } from '../../app-state';

/** The "first Git commit" setting, shown where a new folder is about to be created. */
export function GitOption({ disabled }: { disabled: boolean }) {
  const { plan, runPlanAction } = useAppState();
  const [pending, setPending] = useState<boolean | null>(null);
  const checked = pending ?? plan.settings.scaffoldGit;
  const id = useId();
  const toggle = async (value: boolean) => {
    setPending(value);
    await runPlanAction(() => call('settings:update', { patch: { scaffoldGit: value } }));
    setPending(null);
  };
  return (
    <div className="folder-git">
      <input id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(e) => void toggle(e.target.checked)} aria-describedby={`${id}-hint`} />
      <div>
        <label htmlFor={id}>Start a Git repository with a first commit</label>
        <span id={`${id}-hint`} className="muted folder-git-hint">
          Only for a new folder that is not inside another repository, and only when Git is installed.
        </span>
      </div>
    </div>
  );
}
