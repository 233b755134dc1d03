/**
 * Keeps each exchange under Excel on the web's 5 MB request limit. Writers report an estimate of what
 * they queued; the budget syncs early only when the next piece would pass it. A plan that fits is written
 * in one sync; a larger one in a number of syncs proportional to its size.
 */

/** About 85 % of the 5 MB limit (5 242 880 bytes): room for what the estimate misses, one sync for any report that fits. */
export const DEFAULT_WRITE_BUDGET = 4_500_000;
/** Excel's request also names the object and the method of each command. */
export const COMMAND_OVERHEAD_BYTES = 250;

export class PayloadBudget {
  private queued = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly limit: number = DEFAULT_WRITE_BUDGET,
  ) {}

  /** Call before queueing a piece of `bytes`: syncs what is queued first when the piece would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.limit) {
      await this.context.sync();
      this.queued = 0;
    }
    this.queued += bytes;
  }
}

export function estimateBytes(payload: unknown, commands = 1): number {
  return JSON.stringify(payload).length + commands * COMMAND_OVERHEAD_BYTES;
}
