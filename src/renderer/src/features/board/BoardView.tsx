import { useAppState } from '../../app-state';

/** Placeholder board (read-only); issue 3 makes it draggable. */
export function BoardView() {
  const { plan, curriculum } = useAppState();
  const projects = new Map(curriculum.projects.map((p) => [p.id, p]));
  return (
    <div className="board">
      {plan.board.columns.map((column) => {
        const ids = plan.board.projects[column.id] ?? [];
        return (
          <section key={column.id} className="column" aria-labelledby={`col-${column.id}`}>
            <header className="column-header">
              <h2 id={`col-${column.id}`}>{column.title}</h2>
              <span className="count">{ids.length}</span>
            </header>
            <ul className="card-list" aria-labelledby={`col-${column.id}`}>
              {ids.map((id) => {
                const project = projects.get(id);
                return (
                  <li key={id}>
                    <article className="card" aria-label={project?.name ?? id}>
                      <h3 className="card-title">{project?.name ?? id}</h3>
                      <ul className="tags" aria-label="Stack">
                        {project?.stack.map((tag) => <li key={tag} className="tag">{tag}</li>)}
                      </ul>
                    </article>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
