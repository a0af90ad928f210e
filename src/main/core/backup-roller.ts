import type { Notice } from '@shared/ipc/channels/app';
import type { Plan } from '@shared/plan-schema';
import type { Backups } from './backups';
import { today, type Clock } from './clock';
import { describeFsError, isErrno } from './fs-port';

/**
 * Keeps today's backup in step with the saved plan. The first save of a day (and the first of a
 * session) starts a new daily copy and prunes old ones; later saves refresh it, coalesced so a
 * burst of saves costs one copy. A backup that fails never fails the save it follows, but it is
 * never silent either: `onFailure` gets a notice with the reason, `onSuccess` clears it.
 */
export class BackupRoller {
  /** The day of the newest daily backup this run made, so a week-long session still rolls them. */
  #day: string | null = null;
  #pending: Promise<void> = Promise.resolve();
  /** The newest plan waiting to be copied to today's backup. */
  #next: { plan: Plan; day: string } | null = null;

  constructor(
    private readonly backups: Backups,
    private readonly clock: Clock,
    private readonly onFailure: (notice: Notice) => void,
    private readonly onSuccess: () => void,
  ) {}

  settled(): Promise<void> {
    return this.#pending;
  }

  roll(plan: Plan, _atOpen: boolean): void {
    const day = today(this.clock);
    const newDay = day !== this.#day;
    this.#day = day;
    let job: Promise<void>;
    if (newDay) {
      job = this.backups.saveDaily(plan).then(this.onSuccess, (error: unknown) => {
        if (this.#day === day) this.#day = null; // start (and prune) again on the next save
        this.#fail(error);
      });
    } else {
      // A burst of saves resolves in one go: copy only the newest plan, once, after it settles.
      const scheduled = this.#next !== null;
      this.#next = { plan, day };
      if (scheduled) return;
      job = new Promise<void>((settledNow) => setImmediate(settledNow))
        .then(() => {
          const newest = this.#next!;
          this.#next = null;
          return this.backups.refreshDaily(newest.plan, newest.day);
        })
        .then(this.onSuccess, (error: unknown) => this.#fail(error));
    }
    this.#pending = Promise.all([this.#pending, job]).then(() => undefined);
  }

  #fail(error: unknown): void {
    const inTheWay = isErrno(error, 'ENOTDIR') || isErrno(error, 'EEXIST');
    const what = inTheWay ? `a file named “backups” is in the way of the backups folder. Rename or move that file, and backups start again with your next change` : `${describeFsError(error)}. ${isErrno(error, 'ENOSPC') ? 'Free some disk space; ' : ''}Prep Planner tries again with your next change`;
    this.onFailure({
      id: 'backup-failed',
      level: 'warning',
      title: 'Backups are not being made',
      message: `Your plan is saved in planner.json, but its backup copy could not be written: ${what}.`,
      path: this.backups.dir,
    });
  }
}
