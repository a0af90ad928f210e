/**
 * Builds the benchmark's stress plan: 200 projects and 2,000 step cards spread over the board's
 * columns, all 26 weeks done with every goal ticked, and enough notes to weigh about 1 MB on disk.
 *
 * The curriculum has ten projects; the other 190 are extra plan entries (`stress-project-NNN`)
 * that the app has no curriculum text for, which is what a plan with user-made projects would
 * look like. Everything else is what a six-month user's plan holds.
 *
 * Run directly to write a plan file:  node --import tsx scripts/generate-stress-plan.ts <out.json>
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { addDays, format } from 'date-fns';
import roadmap from '../curriculum/roadmap.json';
import { CurriculumSchema, type Curriculum } from '../src/shared/curriculum-schema';
import { builtinStepId, createDefaultPlan } from '../src/shared/default-plan';
import { PlanSchema, type Plan } from '../src/shared/plan-schema';

export interface StressPlanOptions {
  projects?: number;
  stepsPerProject?: number;
  /** Characters of notes per project and per week; tunes the file size (~1 MB by default). */
  notesChars?: number;
  today?: string;
}

const STEP_VERBS = ['Sketch', 'Model', 'Write tests for', 'Build', 'Refactor', 'Document', 'Profile', 'Review', 'Deploy', 'Polish'];
const NOTE_LINE = 'Tried the approach from the week notes; kept what worked, wrote down what did not, and listed the next three things to try. ';

const day = (start: Date, offset: number) => format(addDays(start, offset), 'yyyy-MM-dd');
const note = (chars: number, salt: string) => `${salt}: ${NOTE_LINE.repeat(Math.ceil(chars / NOTE_LINE.length))}`.slice(0, chars);
export const stressProjectId = (n: number) => `stress-project-${String(n).padStart(3, '0')}`;

export function loadCurriculumData(): Curriculum {
  return CurriculumSchema.parse(roadmap);
}

export function generateStressPlan(curriculum: Curriculum, opts: StressPlanOptions = {}): Plan {
  const { projects: projectCount = 200, stepsPerProject = 10, notesChars = 1_500, today = '2026-09-01' } = opts;
  const plan = createDefaultPlan(curriculum, '2026-03-01');
  const start = new Date(2026, 2, 2);
  // 40 cards in a column limited to 3 is no real user's board, and a refused drop measures nothing.
  for (const column of plan.board.columns) column.wipLimit = null;
  const columns = plan.board.columns;
  const emptyCells = () => Object.fromEntries(columns.map((c) => [c.id, [] as string[]]));

  plan.settings = {
    ...plan.settings,
    startDate: day(start, 0),
    onboarded: true,
    portfolio: { includeInProgress: true, includeProgress: true, includeNotes: true },
    profile: { name: 'Stress Tester', headline: 'Python developer, six months in', links: [{ label: 'GitHub', url: 'https://github.com/example' }] },
  };
  plan.weeks = curriculum.weeks.map((week, i) => ({
    status: 'done',
    goalsDone: week.goals.map((_, g) => day(start, i * 7 + g + 1)),
    tasksDone: week.tasks.map((_, t) => day(start, i * 7 + t + 1)),
    autoTicked: { goals: [], tasks: [] },
    studyLog: [],
    notes: note(notesChars, `Week ${i + 1}`),
    links: [{ label: `Week ${i + 1} write-up`, url: `https://example.com/notes/week-${i + 1}` }],
    lengthFactor: 1,
    startedOn: day(start, i * 7),
    completedOn: day(start, i * 7 + 6),
  }));

  const ids = curriculum.projects.map((p) => p.id);
  for (let n = ids.length + 1; ids.length < projectCount; n++) ids.push(stressProjectId(n));

  plan.projects = {};
  plan.steps = {};
  plan.board.projects = emptyCells();
  plan.board.steps = {};
  ids.forEach((projectId, p) => {
    const column = columns[p % columns.length]!;
    const began = column.role !== 'todo';
    const finished = column.role === 'done';
    plan.projects[projectId] = {
      notes: note(notesChars, `Project ${p + 1}`),
      repoUrl: `https://github.com/example/${projectId}`,
      stackChoices: {},
      text: {},
      custom: false,
      startedOn: began ? day(start, p % 150) : null,
      finishedOn: finished ? day(start, (p % 150) + 20) : null,
      folder: null,
    };
    plan.board.projects[column.id]!.push(projectId);

    const lane = emptyCells();
    const builtin = curriculum.projects.find((c) => c.id === projectId)?.steps ?? [];
    for (let s = 0; s < stepsPerProject; s++) {
      const isBuiltin = s < builtin.length;
      const id = isBuiltin ? builtinStepId(projectId, s) : `${projectId}--custom-${s + 1}`;
      const stepColumn = columns[s % columns.length]!;
      plan.steps[id] = {
        id,
        projectId,
        title: isBuiltin ? builtin[s]! : `${STEP_VERBS[s % STEP_VERBS.length]} part ${s + 1} of project ${p + 1}`,
        builtin: isBuiltin,
        state: 'active',
        completedOn: stepColumn.role === 'done' ? day(start, (p % 150) + s) : null,
      };
      lane[stepColumn.id]!.push(id);
    }
    plan.board.steps[projectId] = lane;
  });
  plan.createdOn = day(start, -1) < today ? day(start, -1) : today;
  // Parse rather than trust: a stress plan the app would refuse measures nothing.
  return PlanSchema.parse(plan);
}

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node --import tsx scripts/generate-stress-plan.ts <out.json>');
    process.exit(2);
  }
  const text = JSON.stringify(generateStressPlan(loadCurriculumData()), null, 2);
  await writeFile(resolve(out), text);
  console.log(`wrote ${resolve(out)} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
