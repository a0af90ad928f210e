import { useId, useState, type FormEvent } from 'react';
import { call } from '../../api';
import { useDraft } from '../../drafts';
import { whileSending } from '../../autosave/unsaved-text';
import { useAppState } from '../../app-state';
import { cleanProfile, linkErrors, profileTextProblem, type LinkDraft } from './profile-draft';

const MAX_LINKS = 20;

/** Name, headline and profile links, set once and used by every export. */
export function ProfileForm() {
  const { plan, runPlanAction } = useAppState();
  const saved = plan.settings.profile;
  // Unsaved edits outlive a switch to another view (and back): one draft for the whole form.
  const fromSaved = { name: saved.name, headline: saved.headline, links: (saved.links.length ? saved.links : [{ label: '', url: '' }]) as LinkDraft[] };
  const [form, setForm, clearForm] = useDraft('profile', fromSaved);
  const { name, headline, links } = form;
  const setName = (value: string) => setForm({ ...form, name: value });
  const setHeadline = (value: string) => setForm({ ...form, headline: value });
  const setLinks = (change: (list: LinkDraft[]) => LinkDraft[]) => setForm({ ...form, links: change(form.links) });
  const [status, setStatus] = useState('');
  // When the saved profile changes under the form (a restore, or our own save's cleaned values),
  // the fields follow it; compared by value so unrelated plan changes keep unsaved edits.
  const savedKey = JSON.stringify(saved);
  const [baseKey, setBaseKey] = useState(savedKey);
  if (baseKey !== savedKey) {
    setBaseKey(savedKey);
    setForm(fromSaved);
  }
  const [showErrors, setShowErrors] = useState(false);
  const id = useId();
  const errors = linkErrors(links);

  const setLink = (i: number, patch: Partial<LinkDraft>) => {
    setLinks((list) => list.map((l, j) => (j === i ? { ...l, ...patch } : l)));
    setStatus('');
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (errors.size) {
      setShowErrors(true);
      setStatus('Fix the highlighted links, then save again.');
      return;
    }
    const tooLong = profileTextProblem(name, headline);
    if (tooLong) {
      setStatus(tooLong);
      return;
    }
    const next = await whileSending(['profile'], runPlanAction(() => call('settings:update', { patch: { profile: cleanProfile(name, headline, links) } })));
    if (next) {
      clearForm();
      setShowErrors(false);
      setStatus('Profile saved.');
    }
  };

  return (
    <form className="pf-panel" aria-labelledby={`${id}-title`} onSubmit={onSubmit} noValidate>
      <h2 id={`${id}-title`} className="pf-panel-title">Profile</h2>
      <label className="pf-field">
        <span>Name</span>
        <input value={name} dir="auto" onChange={(e) => (setName(e.target.value), setStatus(''))} autoComplete="name" />
      </label>
      <label className="pf-field">
        <span>Headline</span>
        <input value={headline} dir="auto" placeholder="Python developer, data and web" onChange={(e) => (setHeadline(e.target.value), setStatus(''))} />
      </label>
      <fieldset className="pf-links-edit">
        <legend>Profile links</legend>
        {links.map((link, i) => {
          const error = showErrors ? errors.get(i) : undefined;
          return (
            <div key={i} className="pf-link-row">
              <input aria-label={`Link ${i + 1} label`} placeholder="GitHub" value={link.label} onChange={(e) => setLink(i, { label: e.target.value })} aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-err-${i}` : undefined} />
              <input aria-label={`Link ${i + 1} address`} placeholder="https://github.com/you" type="url" value={link.url} onChange={(e) => setLink(i, { url: e.target.value })} aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-err-${i}` : undefined} />
              <button type="button" className="button ghost" aria-label={`Remove link ${i + 1}`} onClick={() => setLinks((list) => list.filter((_l, j) => j !== i))}>
                ✕
              </button>
              {error && <p id={`${id}-err-${i}`} className="pf-error">{error}</p>}
            </div>
          );
        })}
        <button type="button" className="button" disabled={links.length >= MAX_LINKS} onClick={() => setLinks((list) => [...list, { label: '', url: '' }])}>
          Add link
        </button>
      </fieldset>
      <div className="pf-actions">
        <button type="submit" className="button primary">Save profile</button>
        <span role="status" className="muted">{status}</span>
      </div>
    </form>
  );
}
