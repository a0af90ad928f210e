import type { ReactNode } from 'react';
import { InlineCode } from '../../components/InlineCode';
import { useSavingValue } from '../../components/use-saving-value';

interface Props {
  week: number;
  index: number;
  text: string;
  done: boolean;
  /** Saves the tick; reports a refusal itself (the app's error bar) and resolves either way. */
  onTick(week: number, index: number, done: boolean): Promise<unknown>;
  /** Shown after the label (a task's resource links), outside it so links stay their own targets. */
  children?: ReactNode;
}

/**
 * A goal's or task's checkbox. The click's own render shows the new state (not a transition's later
 * one: in between, React puts the controlled box back as it was, a visible flicker and a click that
 * reads as not taken); main's reply settles it, and a refused tick shows the saved state again.
 */
export function GoalItem({ week, index, text, done, onTick, children }: Props) {
  const [shown, save] = useSavingValue(done);
  const tick = (next: boolean) => void save(next, () => onTick(week, index, next));
  return (
    <li className={shown ? 'done' : ''}>
      <label>
        <input type="checkbox" checked={shown} onChange={(e) => tick(e.currentTarget.checked)} />
        <span dir="auto">
          <InlineCode text={text} />
        </span>
      </label>
      {children}
    </li>
  );
}
