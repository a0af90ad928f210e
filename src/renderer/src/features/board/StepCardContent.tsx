import { memo } from 'react';

interface Props {
  title: string;
  builtin: boolean;
  completedOn: string | null;
}

export const StepCardContent = memo(function StepCardContent({ title, builtin, completedOn }: Props) {
  return (
    <>
      <p className="step-title">{title}</p>
      {(completedOn || !builtin) && (
        <p className="card-dates muted">
          {!builtin && <span className="step-own">Your step</span>}
          {completedOn && <span>Done {completedOn}</span>}
        </p>
      )}
    </>
  );
});
