import { useEffect, useRef, useState, type RefObject } from 'react';
import { useLiveProblem } from './live-problems';

/*
 * A form's messages sit each under its own field (audit s6 fault 9): the field is marked
 * aria-invalid and names its message in aria-describedby, and a submit with problems moves focus
 * to the first field marked invalid, so the user lands where the fix is and hears why.
 */

/** The id of the message that belongs to the field with id `fieldId`. */
export const problemIdFor = (fieldId: string): string => `${fieldId}-problem`;

/** aria-invalid and aria-describedby for a field (its other descriptions first, then its message). */
export function problemProps(fieldId: string, problem: string | null | undefined, describedBy?: string) {
  const ids = [describedBy, problem ? problemIdFor(fieldId) : null].filter(Boolean).join(' ');
  return { 'aria-invalid': problem ? (true as const) : undefined, 'aria-describedby': ids || undefined };
}

/** The message under a field; announced when it appears or changes meaning, not as its figures update (live-problems.ts). */
export function FieldProblem({ fieldId, problem }: { fieldId: string; problem: string | null | undefined }) {
  const live = useLiveProblem(problem);
  if (!problem) return null;
  return (
    <p id={problemIdFor(fieldId)} className="field-error" role="alert" aria-live={live}>
      {problem}
    </p>
  );
}

/**
 * Call the returned function after a refused submit: once the messages are drawn, focus moves to
 * the first field inside `scope` marked aria-invalid.
 */
export function useFocusFirstInvalid(scope: RefObject<HTMLElement | null>): () => void {
  const [asked, setAsked] = useState(0);
  const seen = useRef(0);
  useEffect(() => {
    if (asked === seen.current) return;
    seen.current = asked;
    scope.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [asked, scope]);
  return () => setAsked((n) => n + 1);
}
