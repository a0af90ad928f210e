import { useState } from 'react';
import { choiceQuestion, type StackItem } from '@shared/domain/project-stack';

interface Props {
  projectId: string;
  items: readonly StackItem[];
  choices: Readonly<Record<string, string>>;
  onChoose(choices: Record<string, string>): void;
}

/**
 * "Flask or Django?": one question per alternative in the roadmap's stack (issue 15). Asked in
 * the card details before scaffolding; chips, exports and the scaffolded folder follow the answer.
 */
export function StackChoices({ projectId, items, choices, onChoose }: Props) {
  // The click answers at once; main's reply (or its refusal, shown in the error bar) settles it.
  const [picked, setPicked] = useState<Record<string, string>>({});
  const alternatives = items.filter((i) => i.options.length > 1);
  if (!alternatives.length) return null;
  return (
    <section className="details-section stack-choices" aria-labelledby={`${projectId}-stack-choice`}>
      <h3 id={`${projectId}-stack-choice`}>Your stack</h3>
      {alternatives.map((item) => (
        <fieldset key={item.key} className="choice-group">
          <legend>{choiceQuestion(item)}</legend>
          {item.chosen === null && <p className="muted">The roadmap offers both; pick the one you will build with. Until then the scaffold uses {item.options[0]}.</p>}
          <div className="choice-options">
            {item.options.map((option) => (
              <label key={option}>
                <input
                  type="radio"
                  name={`${projectId}-${item.key}`}
                  checked={(picked[item.key] ?? item.chosen) === option}
                  onChange={() => {
                    setPicked({ ...picked, [item.key]: option });
                    onChoose({ ...choices, [item.key]: option });
                  }}
                />{' '}
                {option}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </section>
  );
}
