import { useAppState } from '../../app-state';
import { InlineCode } from '../../components/InlineCode';

export function RoadmapView() {
  const { curriculum, plan } = useAppState();
  return (
    <div className="roadmap">
      <header className="view-header">
        <h1>{curriculum.title}</h1>
        <p className="muted">{curriculum.subtitle}</p>
      </header>
      <ol className="week-list" aria-label="Roadmap weeks">
        {curriculum.weeks.map((week, i) => (
          <li key={week.number} className="week" aria-labelledby={`week-${week.number}`}>
            <h2 id={`week-${week.number}`} className="week-title">
              <span className="week-number">Week {week.number}</span> {week.focus}
            </h2>
            <ul className="goal-list" aria-label={`Week ${week.number} goals`}>
              {week.goals.map((goal, g) => (
                <li key={g} className={plan.weeks[i]?.goalsDone[g] ? 'done' : ''}><InlineCode text={goal} /></li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
