import { PROJECT_TEXT_LIMITS } from '@shared/plan-limits';
import { projectTextProblem, PROJECT_TEXT_FIELDS, type ProjectTextField } from '@shared/domain/project-text';

export type ProjectWords = Record<ProjectTextField, string>;

/** The first problem with typed words, in plain words (the rule main applies too), or null. */
export const wordsProblem = (words: ProjectWords): string | null =>
  PROJECT_TEXT_FIELDS.map((f) => projectTextProblem(f, words[f])).find((p) => p !== null) ?? null;

interface Props {
  idPrefix: string;
  words: ProjectWords;
  onChange(words: ProjectWords): void;
  problem: string | null;
}

/** Name, description and stack of a project, as the learner writes them (issue 15). */
export function ProjectWordsFields({ idPrefix, words, onChange, problem }: Props) {
  const describedBy = problem ? `${idPrefix}-problem` : undefined;
  const set = (field: ProjectTextField, value: string) => onChange({ ...words, [field]: value });
  return (
    <>
      <label>
        Project name
        <input className="input" dir="auto" value={words.name} maxLength={PROJECT_TEXT_LIMITS.name + 20} aria-invalid={problem && !words.name.trim() ? true : undefined} aria-describedby={describedBy} onChange={(e) => set('name', e.target.value)} />
      </label>
      <label>
        Description
        <textarea className="input" dir="auto" rows={3} value={words.description} maxLength={PROJECT_TEXT_LIMITS.description + 20} aria-describedby={describedBy} onChange={(e) => set('description', e.target.value)} />
      </label>
      <label>
        Stack
        <input className="input" dir="auto" value={words.stack} placeholder="Python, Flask/Django, SQLite" maxLength={PROJECT_TEXT_LIMITS.stack + 20} aria-describedby={`${idPrefix}-stack-hint${describedBy ? ` ${describedBy}` : ''}`} onChange={(e) => set('stack', e.target.value)} />
      </label>
      <p id={`${idPrefix}-stack-hint`} className="muted">Separate technologies with commas; write a choice as Flask/Django.</p>
      {problem && <p id={`${idPrefix}-problem`} className="field-error" role="alert">{problem}</p>}
    </>
  );
}
