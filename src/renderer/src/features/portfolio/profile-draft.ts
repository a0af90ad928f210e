import { safeHttpUrl } from '@shared/export/safe-url';
import { TEXT_LIMITS, tooLongMessage } from '@shared/plan-limits';
import type { Settings } from '@shared/plan-schema';

export type Profile = Settings['profile'];
export interface LinkDraft {
  label: string;
  url: string;
}

/** Per-link problems, keyed by row index, in words a person can act on. */
export function linkErrors(links: LinkDraft[]): Map<number, string> {
  const errors = new Map<number, string>();
  links.forEach((link, i) => {
    if (!link.label.trim() && !link.url.trim()) return; // an empty row is simply dropped
    const long = tooLongMessage('The label', link.label.trim().length, TEXT_LIMITS.linkLabel) ?? tooLongMessage('The address', link.url.trim().length, TEXT_LIMITS.url);
    if (long) errors.set(i, long);
    else if (!link.label.trim()) errors.set(i, 'Give this link a label, e.g. GitHub.');
    else if (!safeHttpUrl(link.url)) errors.set(i, 'Enter a full web address starting with https:// (no passwords in it).');
  });
  return errors;
}

/** What is too long in the name or headline (the fields keep all of it), or null. */
export function profileTextProblem(name: string, headline: string): string | null {
  return tooLongMessage('The name', name.trim().length, TEXT_LIMITS.profileName) ?? tooLongMessage('The headline', headline.trim().length, TEXT_LIMITS.profileHeadline);
}

/** The profile to save: trimmed, empty rows dropped, URLs in their normal form. */
export function cleanProfile(name: string, headline: string, links: LinkDraft[]): Profile {
  return {
    name: name.trim(),
    headline: headline.trim(),
    links: links.filter((l) => l.label.trim() || l.url.trim()).map((l) => ({ label: l.label.trim(), url: new URL(l.url.trim()).href })),
  };
}
