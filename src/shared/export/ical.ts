import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Curriculum } from '../curriculum-schema';
import { shiftDate } from '../domain/calendar-days';
import { buildSchedule } from '../domain/schedule';
import type { CalendarDate, Plan } from '../plan-schema';

export interface ICalInput {
  curriculum: Pick<Curriculum, 'title' | 'weeks'>;
  plan: Pick<Plan, 'weeks' | 'settings' | 'createdOn'>;
  today: CalendarDate;
  /** The moment of export (DTSTAMP, LAST-MODIFIED, SEQUENCE). */
  now: Date;
  /** Which roadmap the events belong to; part of every UID, so two roadmaps never collide. */
  roadmapId: string;
  /**
   * The calendar's name (X-WR-CALNAME): the roadmap's name as the picker lists it, "… (2)" for an
   * imported copy sharing its document's title (check 3 s7, fault E: two imported calendars got one
   * name). The document's title when not given.
   */
  name?: string;
}

/**
 * UID of a roadmap week's event. It depends only on the roadmap and the week number, never on the
 * dates, so a calendar that re-imports the file after a re-plan moves the event instead of adding
 * a second one (RFC 5545 §3.8.4.7).
 */
export const weekEventUid = (roadmapId: string, week: number): string => `week-${week}.${roadmapId}@prep-planner`;

/** A calendar day as an instant at 00:00 UTC: ical-generator writes an all-day date from the UTC fields, so no zone can move it. */
const utcDay = (day: CalendarDate): Date => new Date(`${day}T00:00:00Z`);

/** "Goals:\n- …\n\nTasks:\n- … (https://…)": plain text, which every calendar shows as written. */
function describeWeek(week: Curriculum['weeks'][number]): string {
  const tasks = week.tasks.map((t) => `- ${t.text}${t.links.length ? ` (${t.links.map((l) => l.url).join(', ')})` : ''}`);
  return ['Goals:', ...week.goals.map((g) => `- ${g}`), '', 'Tasks:', ...tasks].join('\n');
}

/**
 * The plan as an iCalendar file (RFC 5545): one all-day event per roadmap week over its planned
 * dates from domain/schedule.ts (so a pace change or re-plan moves them), summary "Week N — focus",
 * description the goals and tasks. Skipped weeks have no dates and no event. DTEND is the day after
 * the last planned day (all-day ends are exclusive, §3.6.1). SEQUENCE is whole minutes since the
 * plan was created, so a later export always supersedes an earlier one in a calendar that keeps it.
 */
export function renderICalendar({ curriculum, plan, today, now, roadmapId, name }: ICalInput): string {
  const weeks = plan.weeks.slice(0, curriculum.weeks.length);
  const schedule = buildSchedule({ weeks, settings: plan.settings, today });
  const calendar = ical({
    name: name ?? curriculum.title,
    prodId: { company: 'Prep Planner', product: 'Prep Planner', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  const sequence = Math.max(0, Math.floor((now.getTime() - utcDay(plan.createdOn).getTime()) / 60_000));
  for (const scheduled of schedule.weeks) {
    if (scheduled.status === 'skipped') continue;
    const week = curriculum.weeks[scheduled.number - 1]!;
    calendar.createEvent({
      id: weekEventUid(roadmapId, scheduled.number),
      sequence,
      stamp: now,
      lastModified: now,
      allDay: true,
      start: utcDay(scheduled.plannedStart),
      end: utcDay(shiftDate(scheduled.plannedEnd, 1)),
      summary: `Week ${scheduled.number} — ${week.focus}`,
      description: describeWeek(week),
    });
  }
  return calendar.toString();
}

