import { choiceQuestion, type StackItem } from '@shared/domain/project-stack';
import { useSavingValue } from '../../components/use-saving-value';

interface Props {
  projectId: string;
  items: readonly StackItem[];
  choices: Readonly<Record<string, string>>;
  /** Saves the answers; a refusal is reported by the caller (the error bar) and the promise resolves. */
  onChoose(choices: Record<string, string>): Promise<unknown>;
}

/**
 * "Flask or Django?": one question per alternative in the roadmap's stack (issue 15). Asked in
 * the card details before scaffolding; chips, exports and the scaffolded folder follow the answer.
 */
export function StackChoices({ projectId, items, choices, onChoose }: Props) {
  const alternatives = items.filter((i) => i.options.length > 1);
  if (!alternatives.length) return null;
  return (
    <section className="details-section stack-choices" aria-labelledby={`${projectId}-stack-choice`}>
      <h3 id={`${projectId}-stack-choice`}>Your stack</h3>
      {alternatives.map((item) => (
        <ChoiceGroup key={item.key} projectId={projectId} item={item} onPick={(option) => onChoose({ ...choices, [item.key]: option })} />
      ))}
    </section>
  );
}

/** One question's radios: the click's own render shows the pick; main's reply (or refusal) settles it. */
function ChoiceGroup({ projectId, item, onPick }: { projectId: string; item: StackItem; onPick(option: string): Promise<unknown> }) {
  const [picked, save] = useSavingValue(item.chosen);
  return (
    <fieldset className="choice-group">
      <legend>{choiceQuestion(item)}</legend>
      {item.chosen === null && <p className="muted">The roadmap offers both; pick the one you will build with. Until then the scaffold uses {item.options[0]}.</p>}
      <div className="choice-options">
        {item.options.map((option) => (
          <label key={option}>
            <input type="radio" name={`${projectId}-${item.key}`} checked={picked === option} onChange={() => void save(option, () => onPick(option))} />{' '}
            {option}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
