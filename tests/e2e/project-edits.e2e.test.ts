import { mkdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const LIBRARY_ID = 'library-management-system';
const LIBRARY = 'Library Management System';
const POLL = { timeout: 15_000 };
const SHOTS = process.env.I15_SHOTS ?? '/tmp/i15-shots';

describe('the projects are the learner\'s own (issue 15)', () => {
  it('edits a project\'s name, description and stack, shows them on the board and in the portfolio, refuses an empty name, resets to the roadmap\'s text', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const page = app.page;
    await page.getByRole('button', { name: `Details of ${LIBRARY}` }).click();
    let panel = page.getByRole('dialog', { name: LIBRARY });
    const words = panel.getByRole('region', { name: 'Your words for this project' });
    await words.waitFor();
    expect(await words.getByRole('button', { name: "Reset to the roadmap's text" }).isDisabled()).toBe(true);

    // An empty name is refused in plain words; nothing is sent or lost.
    await words.getByRole('textbox', { name: 'Project name' }).fill('   ');
    await words.getByRole('button', { name: 'Save name, description and stack' }).click();
    await expect.poll(() => words.getByRole('alert').textContent(), POLL).toBe('Give the project a name.');
    expect(app.services.store.plan.projects[LIBRARY_ID]!.text).toEqual({});

    const description = 'Lend `books` to my street | with <care> 📚';
    await words.getByRole('textbox', { name: 'Project name' }).fill('Street Library');
    await words.getByRole('textbox', { name: 'Description' }).fill(description);
    await words.getByRole('textbox', { name: 'Stack' }).fill('Python, FastAPI, PostgreSQL');
    await words.getByRole('button', { name: 'Save name, description and stack' }).click();
    panel = page.getByRole('dialog', { name: 'Street Library' });
    await expect.poll(() => panel.getByRole('list', { name: 'Stack' }).getByRole('listitem').allTextContents(), POLL).toEqual(['Python', 'FastAPI', 'PostgreSQL']);
    expect(app.services.store.plan.projects[LIBRARY_ID]!.text).toEqual({ name: 'Street Library', description, stack: 'Python, FastAPI, PostgreSQL' });
    await mkdir(SHOTS, { recursive: true });
    await panel.getByRole('region', { name: 'Your words for this project' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/board-edited-project-details-light.png` });

    // Finished: the portfolio shows the learner's words, exactly as typed.
    await panel.getByRole('combobox', { name: 'Column' }).selectOption({ label: 'Done' });
    await expect.poll(() => app!.services.store.plan.board.projects['done'], POLL).toContain(LIBRARY_ID);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Details of Street Library' }).waitFor();
    await page.getByRole('tab', { name: 'Portfolio' }).click();
    const preview = page.getByRole('region', { name: 'Portfolio preview' });
    const article = preview.getByRole('article', { name: 'Street Library' });
    await article.waitFor(POLL);
    expect(await article.textContent()).toContain(description);
    expect(await article.getByRole('list', { name: 'Stack' }).getByRole('listitem').allTextContents()).toEqual(['Python', 'FastAPI', 'PostgreSQL']);
    await article.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/portfolio-edited-project-light.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/portfolio-edited-project-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });

    // Reset: back to the roadmap's text everywhere.
    await page.getByRole('tab', { name: 'Board' }).click();
    await page.getByRole('button', { name: 'Details of Street Library' }).click();
    await page.getByRole('dialog', { name: 'Street Library' }).getByRole('button', { name: "Reset to the roadmap's text" }).click();
    await page.getByRole('dialog', { name: LIBRARY }).waitFor(POLL);
    expect(app.services.store.plan.projects[LIBRARY_ID]!.text).toEqual({});
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: `Details of ${LIBRARY}` }).waitFor(POLL);
  }, 300_000);

  it('adds a project of the learner\'s own with its steps, then removes it again', async () => {
    app = await launchApp({ now: '2026-03-02' });
    const page = app.page;
    await page.getByRole('button', { name: 'Add project', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a project of your own' });
    await dialog.getByRole('button', { name: 'Add project' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent(), POLL).toBe('Give the project a name.');
    await dialog.getByRole('textbox', { name: 'Project name' }).fill('Garden log');
    await dialog.getByRole('textbox', { name: 'Description' }).fill('What grows, and when');
    await dialog.getByRole('textbox', { name: 'Stack' }).fill('Python, Flask/Django, SQLite');
    await dialog.getByRole('textbox', { name: 'Steps (one per line)' }).fill('Sketch the data\nBuild the forms');
    await dialog.getByRole('button', { name: 'Add project' }).click();

    const card = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Details of Garden log' }) });
    await card.first().waitFor(POLL);
    expect(await card.getByRole('list', { name: 'Stack' }).getByRole('listitem').allTextContents()).toEqual(['Python', 'Flask / Django', 'SQLite']);
    const plan = app.services.store.plan;
    expect(Object.keys(plan.projects)).toHaveLength(11);
    const id = Object.keys(plan.projects).find((p) => plan.projects[p]!.custom)!;
    expect(Object.values(plan.steps).filter((s) => s.projectId === id).map((s) => s.title)).toEqual(['Sketch the data', 'Build the forms']);

    // Its details ask its own stack question and offer removal, never a roadmap reset.
    await page.getByRole('button', { name: 'Details of Garden log' }).click();
    const panel = page.getByRole('dialog', { name: 'Garden log' });
    await panel.getByRole('group', { name: 'Flask or Django?' }).waitFor(POLL);
    expect(await panel.getByRole('button', { name: "Reset to the roadmap's text" }).count()).toBe(0);
    // Its weeks follow its own stack by the one rule (review 15 s2, F1): SQLite 8, Flask 9/16/17, Django 10/16/17.
    expect(await panel.getByRole('button', { name: /^Open roadmap week / }).allTextContents()).toEqual(['8', '9', '10', '16', '17']);
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Roadmap' }).click();
    const week10 = page.getByRole('list', { name: 'Week 10 projects' });
    await expect.poll(() => week10.getByRole('button').allTextContents(), POLL).toContain('Open project card: Garden log');
    expect(await page.getByRole('list', { name: 'Week 1 projects' }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Board' }).click();
    await page.getByRole('button', { name: 'Details of Garden log' }).click();
    await panel.getByRole('button', { name: 'Remove this project' }).click();
    await panel.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Details of Garden log' }).count(), POLL).toBe(0);
    expect(Object.keys(app.services.store.plan.projects)).toHaveLength(10);
    expect(Object.values(app.services.store.plan.steps).some((s) => s.projectId === id)).toBe(false);
  }, 300_000);
});
