import { useOptimistic, useTransition, type ReactNode } from 'react';
import { InlineCode } from '../../components/InlineCode';

interface Props {
  week: number;
  index: number;
  text: string;
  done: boolean;
  onTick(week: number, index: number, done: boolean): Promise<unknown>;
  /** Shown after the label (a task's resource links), outside it so links stay their own targets. */
  children?: ReactNode;
}

/** A goal's or task's checkbox answers the click at once; main's reply (or its refusal) settles it. */
export function GoalItem({ week, index, text, done, onTick, children }: Props) {
  const [shown, setShown] = useOptimistic(done);
  const [, startTransition] = useTransition();
  const toggle = (next: boolean) =>
    startTransition(async () => {
      setShown(next);
      await onTick(week, index, next);
    });
  return (
    <li className={shown ? 'done' : ''}>
      <label>
        <input type="checkbox" checked={shown} onChange={(e) => toggle(e.currentTarget.checked)} />
        <span dir="auto">
          <InlineCode text={text} />
        </span>
      </label>
      {children}
    </li>
  );
}
