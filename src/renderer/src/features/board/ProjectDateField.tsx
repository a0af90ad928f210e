import { EARLIEST_DATE, LATEST_DATE } from '@shared/date-limits';
import { DateReading } from '../../components/DateReading';
import { useTypedDraft } from '../../typed-draft';

interface Props {
  /** 'started' or 'finished': names the ids (`card-started-label`, `card-started-reading`). */
  name: 'started' | 'finished';
  /** Where a typed date not yet saved is held (drafts.ts), e.g. `card-started:<project id>`. */
  draftKey: string;
  label: string;
  /** The saved date ('YYYY-MM-DD'), or null when none is set. */
  saved: string | null;
  /** Id of the message describing a problem with the dates, when one is shown. */
  problemId: string | null;
  /** This field's last date was refused: marked aria-invalid until it is typed in again. */
  invalid?: boolean;
  /** Called as the user types in the field (the refusal mark goes). */
  onType?(): void;
  /** Checks and saves a changed date ('' clears it); resolves true once main has it. */
  onSave(value: string): Promise<boolean>;
}

/**
 * A project's start or finish date in the card details. The field holds what the user typed until it
 * is saved: a reply, a sync or another change to the saved date never replaces the field or its text
 * under the user (the field is not keyed by the saved value), and the reading below always says what
 * the field holds. Leaving the field saves a changed date. A refused one never stays as if it were
 * saved (audit s6 fault 5): the field shows the saved date again, marked invalid, and the message
 * says why and what was typed; a correction typed while the save was pending stays.
 */
export function ProjectDateField({ name, draftKey, label, saved, problemId, invalid = false, onType, onSave }: Props) {
  // Held as a draft, so closing the tab before the field is left asks first (check 3 s7, fault C).
  const [typed, setTyped] = useTypedDraft(draftKey, (text) => text === (saved ?? ''));
  const value = typed ?? saved ?? '';
  const labelId = `card-${name}-label`;
  const readingId = `card-${name}-reading`;
  const commit = async (text: string) => {
    if (text === (saved ?? '')) {
      setTyped(null);
      return;
    }
    await onSave(text);
    // Saved: the plan holds it now; refused: the saved date comes back. Anything typed since the
    // save began stays in the field either way.
    setTyped((current) => (current === text ? null : current));
  };
  return (
    <label>
      <span id={labelId}>{label}</span>
      <input
        type="date"
        aria-labelledby={labelId}
        className="input"
        min={EARLIEST_DATE}
        max={LATEST_DATE}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={problemId ? `${readingId} ${problemId}` : readingId}
        value={value}
        // The value is read here, in the event; a state updater runs later, when the event is gone.
        onChange={(e) => {
          setTyped(e.currentTarget.value);
          onType?.();
        }}
        onBlur={(e) => void commit(e.currentTarget.value)}
      />
      <DateReading id={readingId} value={value} />
    </label>
  );
}
