import { useState, type FormEvent } from 'react';
import { useDraft } from '../../drafts';
import { useFieldDraft } from '../../field-draft';
import { safeHttpUrl } from '@shared/export/escape';
import type { UserLink } from '@shared/plan-schema';
import type { WeekPatch } from './use-roadmap';

interface Props {
  week: number;
  notes: string;
  links: readonly UserLink[];
  /** Resolves to something truthy once saved (null when main refused: the draft then stays). */
  onUpdate(week: number, patch: WeekPatch, base?: { notes: string }): unknown;
  onOpenLink(url: string): void;
}

/** The user's own notes and links for one week, kept beside the curriculum's. */
export function WeekNotes({ week, notes, links, onUpdate, onOpenLink }: Props) {
  // Drafts outlive the panel closing or the view changing; saved notes clear theirs.
  // A newer text saved in another tab shows here while the field is not being edited (field-draft.ts).
  const notesField = useFieldDraft(`week-notes:${week}`, notes);
  const draft = notesField.value;
  const [label, setLabel, clearLabel] = useDraft(`week-link-label:${week}`, '');
  const [url, setUrl, clearUrl] = useDraft(`week-link-url:${week}`, '');
  const [problem, setProblem] = useState<string | null>(null);
  const addLink = (event: FormEvent) => {
    event.preventDefault();
    const href = safeHttpUrl(url);
    if (!href || href.length > 2000) {
      setProblem('Enter a web address starting with http:// or https://.');
      return;
    }
    setProblem(null);
    onUpdate(week, { links: [...links, { label: (label.trim() || url.trim()).slice(0, 120), url: href }] });
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
          maxLength={20_000}
          value={draft}
          onChange={(e) => notesField.set(e.currentTarget.value)}
          dir="auto"
          onBlur={() => {
            if (draft === notes) return;
            // Saved with the text it started from: notes saved in another tab since are not written over.
            void Promise.resolve(onUpdate(week, { notes: draft }, { notes: notesField.base })).then((saved) => {
              if (!saved) return; // refused (main's message is shown): the typed text stays in the field
              notesField.rebase(draft);
              notesField.clear();
            });
          }}
        />
      </label>
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
              <button type="button" className="button ghost small" aria-label={`Remove link ${link.label}`} onClick={() => onUpdate(week, { links: links.filter((_, j) => j !== i) })}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="link-form" onSubmit={addLink} aria-label={`Add a link to week ${week}`}>
        <input aria-label="Link title" placeholder="Title" dir="auto" value={label} maxLength={120} onChange={(e) => setLabel(e.currentTarget.value)} />
        <input aria-label="Link address" placeholder="https://…" value={url} onChange={(e) => setUrl(e.currentTarget.value)} />
        <button type="submit" className="button small">
          Add link
        </button>
        {problem && (
          <p className="form-problem" role="alert">
            {problem}
          </p>
        )}
      </form>
    </details>
  );
}
