import { useState, type FormEvent } from 'react';
import { useDraft } from '../../drafts';
import { useAutosavedText } from '../../autosave/use-autosaved-text';
import { ChangedElsewhere, SetAside } from '../../components/ChangedElsewhere';
import { safeHttpUrl } from '@shared/export/safe-url';
import { TEXT_LIMITS, tooLongMessage } from '@shared/plan-limits';
import { recheckOne, useLiveProblem } from '../../components/live-problems';
import type { UserLink } from '@shared/plan-schema';
import type { WeekPatch } from './use-roadmap';

const BAD_ADDRESS = 'Enter a web address starting with http:// or https://.';

interface Props {
  week: number;
  notes: string;
  links: readonly UserLink[];
  /**
   * Resolves to something truthy once saved (null when main refused: the draft then stays). `base`:
   * the notes the edit started from; `onChangedElsewhere` gets main's refusal when another tab saved
   * them since, and returns true when the field shows it itself.
   */
  onUpdate(week: number, patch: WeekPatch, base?: { notes: string }, onChangedElsewhere?: (message: string) => boolean): Promise<unknown>;
  onOpenLink(url: string): void;
}

/** The user's own notes and links for one week, kept beside the curriculum's. */
export function WeekNotes({ week, notes, links, onUpdate, onOpenLink }: Props) {
  // Saved while typing and when the page goes away, with the text main last confirmed (compare-and-set:
  // notes saved in another tab since are not written over); the draft outlives the panel closing.
  const notesField = useAutosavedText({
    draftKey: `week-notes:${week}`,
    saved: notes,
    limit: TEXT_LIMITS.weekNotes,
    what: 'These notes',
    save: async (text, base, _typing, onChangedElsewhere) => (await onUpdate(week, { notes: text }, { notes: base }, onChangedElsewhere)) != null,
  });
  const [label, setLabel, clearLabel] = useDraft(`week-link-label:${week}`, '');
  const [url, setUrl, clearUrl] = useDraft(`week-link-url:${week}`, '');
  const [problem, setProblem] = useState<string | null>(null);
  const notesLive = useLiveProblem(notesField.problem);
  const linkLive = useLiveProblem(problem);
  // The title's length message updates or goes as the user types (live-problems.ts); the address message stays until the next try.
  const onLabel = (text: string) => {
    setLabel(text);
    setProblem((shown) => (shown === BAD_ADDRESS ? shown : recheckOne(shown, tooLongMessage('The title', text.trim().length, TEXT_LIMITS.linkLabel))));
  };
  const addLink = (event: FormEvent) => {
    event.preventDefault();
    const href = safeHttpUrl(url);
    if (!href || href.length > 2000) {
      setProblem(BAD_ADDRESS);
      return;
    }
    const labelProblem = tooLongMessage('The title', label.trim().length, TEXT_LIMITS.linkLabel);
    if (labelProblem) {
      setProblem(labelProblem);
      return;
    }
    setProblem(null);
    // Without a title the address stands in for one; a long address is shortened for the title
    // only (the link keeps all of it).
    const address = url.trim();
    const shown = address.length > TEXT_LIMITS.linkLabel ? `${address.slice(0, TEXT_LIMITS.linkLabel - 1)}…` : address;
    void onUpdate(week, { links: [...links, { label: label.trim() || shown, url: href }] });
    setLabel('');
    setUrl('');
    clearLabel();
    clearUrl();
  };
  const count = links.length + (notes.trim() ? 1 : 0);
  return (
    <details className="week-notes">
      <summary>Your notes and links{count ? ` (${count})` : ''}</summary>
      <label className="field">
        <span>Notes for week {week}</span>
        <textarea
          rows={3}
          value={notesField.value}
          onChange={(e) => notesField.onChange(e.currentTarget.value)}
          dir="auto"
          aria-invalid={notesField.problem ? true : undefined}
          aria-describedby={[notesField.problem && `week-notes-problem-${week}`, notesField.conflict && `week-notes-conflict-${week}`].filter(Boolean).join(' ') || undefined}
          onFocus={notesField.onFocus}
          onBlur={notesField.onBlur}
        />
      </label>
      {notesField.problem && (
        <p id={`week-notes-problem-${week}`} className="field-error" role="alert" aria-live={notesLive}>
          {notesField.problem}
        </p>
      )}
      {notesField.conflict && (
        <ChangedElsewhere id={`week-notes-conflict-${week}`} field="Week notes" message={notesField.conflict} theirs={notes} onKeepMine={notesField.keepMine} onKeepTheirs={notesField.keepTheirs} />
      )}
      {notesField.setAside !== null && <SetAside id={`week-notes-set-aside-${week}`} field="Week notes" text={notesField.setAside} onDismiss={notesField.dismissSetAside} />}
      {links.length > 0 && (
        <ul className="user-links" aria-label={`Week ${week} links`}>
          {links.map((link, i) => (
            <li key={`${link.url}-${i}`}>
              <a
                href={link.url}
                onClick={(e) => {
                  e.preventDefault();
                  onOpenLink(link.url);
                }}
              >
                {link.label}
              </a>
              <button type="button" className="button ghost small" aria-label={`Remove link ${link.label}`} onClick={() => void onUpdate(week, { links: links.filter((_, j) => j !== i) })}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="link-form" onSubmit={addLink} aria-label={`Add a link to week ${week}`}>
        <input aria-label="Link title" placeholder="Title" dir="auto" value={label} onChange={(e) => onLabel(e.currentTarget.value)} />
        <input aria-label="Link address" placeholder="https://…" value={url} onChange={(e) => setUrl(e.currentTarget.value)} />
        <button type="submit" className="button small">
          Add link
        </button>
        {problem && (
          <p className="form-problem" role="alert" aria-live={linkLive}>
            {problem}
          </p>
        )}
      </form>
    </details>
  );
}
