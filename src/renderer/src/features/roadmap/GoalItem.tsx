import { useOptimistic, useTransition } from 'react';
import { InlineCode } from '../../components/InlineCode';

interface Props {
  week: number;
  index: number;
  text: string;
  done: boolean;
  onGoal(week: number, goal: number, done: boolean): Promise<unknown>;
}

/** A goal's checkbox answers the click at once; main's reply (or its refusal) settles it. */
export function GoalItem({ week, index, text, done, onGoal }: Props) {
  const [shown, setShown] = useOptimistic(done);
  const [, startTransition] = useTransition();
  const toggle = (next: boolean) =>
    startTransition(async () => {
      setShown(next);
      await onGoal(week, index, next);
    });
  return (
    <li className={shown ? 'done' : ''}>
      <label>
        <input type="checkbox" checked={shown} onChange={(e) => toggle(e.currentTarget.checked)} />
        <span>
          <InlineCode text={text} />
        </span>
      </label>
    </li>
  );
}
