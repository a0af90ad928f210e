import { useState } from 'react';
import { dateProblem } from '@shared/date-limits';
import { showDate } from '../../dates';
import { ProjectDateField } from './ProjectDateField';

type DateField = 'startedOn' | 'finishedOn';

const LABELS: Record<DateField, string> = { startedOn: 'Started', finishedOn: 'Finished' };
const NAMES = { startedOn: 'started', finishedOn: 'finished' } as const;

interface Props {
  /** The card's project id: each typed, unsaved date is held as a draft under it (typed-draft.ts). */
  projectId: string;
  startedOn: string | null;
  finishedOn: string | null;
  /** Sends the change; resolves false when refused, main's words going to `onRefused` (not the page's bar). */
  save(field: DateField, value: string | null, onRefused: (message: string) => void): Promise<boolean>;
}

/** The sentence shown under the fields when a typed date was not saved: why, and what the field holds now. */
export function refusedDateMessage(field: DateField, reason: string, saved: string | null): string {
  return `Not saved. ${reason} ${LABELS[field]} ${saved ? `stays ${showDate(saved)}` : 'stays empty'}.`;
}

/**
 * A card's Started and Finished dates in its details panel (audit s6 fault 5). A date main refuses
 * (a finish on a card outside Done, a finish before the start, an emptied start on a Done card) or
 * one out of range never stays in the field as if it were saved: the field shows the saved date
 * again, is marked invalid, and the reason sits right under the fields, inside the panel (the
 * page's bar is behind the modal), tied to the field and announced.
 */
export function CardDateFields({ projectId, startedOn, finishedOn, save }: Props) {
  const saved: Record<DateField, string | null> = { startedOn, finishedOn };
  const [refused, setRefused] = useState<{ field: DateField; message: string } | null>(null);
  const problemId = refused ? `card-${NAMES[refused.field]}-problem` : null;

  const commit = async (field: DateField, value: string): Promise<boolean> => {
    const refuse = (reason: string) => setRefused({ field, message: refusedDateMessage(field, reason, saved[field]) });
    const issue = dateProblem(value, { required: false });
    if (issue) {
      refuse(issue);
      return false;
    }
    const ok = await save(field, value || null, refuse);
    // A date saved: an older message (this field's or the other's) no longer says how things stand.
    if (ok) setRefused(null);
    return ok;
  };

  return (
    <>
      {(['startedOn', 'finishedOn'] as const).map((field) => (
        <ProjectDateField
          key={field}
          name={NAMES[field]}
          draftKey={`card-${NAMES[field]}:${projectId}`}
          label={LABELS[field]}
          saved={saved[field]}
          problemId={refused?.field === field ? problemId : null}
          invalid={refused?.field === field}
          onType={() => setRefused((r) => (r?.field === field ? null : r))}
          onSave={(value) => commit(field, value)}
        />
      ))}
      {refused && (
        <p id={problemId!} className="field-error field-grid-wide" role="alert">
          {refused.message}
        </p>
      )}
    </>
  );
}
