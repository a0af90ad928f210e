import type { Dialog, Page } from 'playwright-core';

/**
 * Closes the tab as a user does (beforeunload runs) and answers the "Leave site?" question with
 * `answer` if it comes. Resolves with the dialogs' types seen, once the page has closed or, when it
 * stays (dismissed), once the question has been answered.
 */
export async function closeTab(page: Page, answer: 'accept' | 'dismiss'): Promise<string[]> {
  const seen: string[] = [];
  let asked!: () => void;
  const answered = new Promise<void>((resolve) => (asked = resolve));
  const onDialog = (dialog: Dialog) => {
    seen.push(dialog.type());
    void (answer === 'accept' ? dialog.accept() : dialog.dismiss()).then(asked);
  };
  page.on('dialog', onDialog);
  const closed = page.waitForEvent('close', { timeout: 0 });
  await page.close({ runBeforeUnload: true });
  await Promise.race([closed, answered]);
  if (answer === 'accept') await closed;
  page.off('dialog', onDialog);
  return seen;
}
