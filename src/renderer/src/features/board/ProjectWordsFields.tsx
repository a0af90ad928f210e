import { projectTextProblem, PROJECT_TEXT_FIELDS, type ProjectTextField } from '@shared/domain/project-text';
import { FieldProblem, problemProps } from '../../components/field-problem';

export type ProjectWords = Record<ProjectTextField, string>;
export type WordsProblems = Partial<Record<ProjectTextField, string>>;

/** Each typed field's problem in plain words (the rule main applies too); {} when all can be saved. */
export function wordsProblems(words: ProjectWords): WordsProblems {
  const out: WordsProblems = {};
  for (const field of PROJECT_TEXT_FIELDS) {
    const problem = projectTextProblem(field, words[field]);
    if (problem) out[field] = problem;
  }
  return out;
}

interface Props {
  idPrefix: string;
  words: ProjectWords;
  onChange(words: ProjectWords): void;
  /** Each field's message, shown under that field and tied to it (audit s6 fault 9). */
  problems: WordsProblems;
}

/** Name, description and stack of a project, as the learner writes them (issue 15). */
export function ProjectWordsFields({ idPrefix, words, onChange, problems }: Props) {
  const set = (field: ProjectTextField, value: string) => onChange({ ...words, [field]: value });
  const id = (field: ProjectTextField) => `${idPrefix}-${field}`;
  return (
    <>
      <label>
        Project name
        <input id={id('name')} className="input" dir="auto" value={words.name} {...problemProps(id('name'), problems.name)} onChange={(e) => set('name', e.target.value)} />
      </label>
      <FieldProblem fieldId={id('name')} problem={problems.name} />
      <label>
        Description
        <textarea id={id('description')} className="input" dir="auto" rows={3} value={words.description} {...problemProps(id('description'), problems.description)} onChange={(e) => set('description', e.target.value)} />
      </label>
      <FieldProblem fieldId={id('description')} problem={problems.description} />
      <label>
        Stack
        <input id={id('stack')} className="input" dir="auto" value={words.stack} placeholder="Python, Flask/Django, SQLite" {...problemProps(id('stack'), problems.stack, `${idPrefix}-stack-hint`)} onChange={(e) => set('stack', e.target.value)} />
      </label>
      <p id={`${idPrefix}-stack-hint`} className="muted">Separate technologies with commas; write a choice as Flask/Django.</p>
      <FieldProblem fieldId={id('stack')} problem={problems.stack} />
    </>
  );
}
