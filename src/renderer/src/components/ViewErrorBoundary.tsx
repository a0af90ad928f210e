import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the user calls the part that failed ("Roadmap", "Prep Planner"). */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped by "Reload view": children mount afresh instead of reusing the state that threw. */
  attempt: number;
}

/**
 * A render error in one view shows a small panel in its place, never a blank window: what failed,
 * that the data is untouched (a render error cannot write; every change goes through main, which
 * validates it), and a "Reload view" button that mounts the view again. React only catches
 * render-time errors in a class component (there is no hook for it).
 */
export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console (and Electron's log) for a bug report; the user sees the panel.
    console.error(`[${this.props.name}] render error`, error, info.componentStack);
  }

  private reload = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));

  override render() {
    const { error, attempt } = this.state;
    if (!error) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return (
      <section className="view-error" role="alert" aria-labelledby="view-error-title">
        <h2 id="view-error-title">{this.props.name} could not be shown</h2>
        <p>Something went wrong while drawing this part of the app. Your plan is safe: nothing was changed or lost.</p>
        <p className="muted">
          What failed: <span dir="auto">{error.message || error.name}</span>
        </p>
        <button type="button" className="button primary" onClick={this.reload}>
          Reload view
        </button>
      </section>
    );
  }
}
