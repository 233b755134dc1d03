/**
 * The add-in's own writes. Excel raises onChanged for them as for the user's typing, with source Local
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events), and delivers the event after the
 * sync: a write counts as in progress until a grace period after it ends, and Local changes seen
 * meanwhile are the add-in's own. Used below ExcelApi 1.14 and for the sheet events; from 1.14 onChanged
 * says whose a change is itself (triggerSource: change-tracker.ts, ownEvent).
 */
import type { Clock } from "./clock";

export class OwnWrites {
  private active = 0;

  constructor(
    private readonly clock: Clock,
    private readonly graceMs: number,
  ) {}

  get inProgress(): boolean {
    return this.active > 0;
  }

  async during<T>(write: () => Promise<T>): Promise<T> {
    this.active++;
    try {
      return await write();
    } finally {
      this.clock.setTimeout(() => {
        this.active--;
      }, this.graceMs);
    }
  }
}
