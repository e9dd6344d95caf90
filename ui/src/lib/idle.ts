// Locks the app after a period without user activity, and tells the core
// about activity often enough that its own idle lock agrees.

export interface IdleOptions {
  idleMs: number;
  /** Called once when the idle time has passed. */
  onIdle: () => void;
  /** Called at most every `heartbeatMs` while the user is active. */
  onActive: () => void;
  heartbeatMs?: number;
  now?: () => number;
}

export class IdleTracker {
  private lastActivity: number;
  private lastHeartbeat = Number.NEGATIVE_INFINITY;
  private fired = false;
  private readonly now: () => number;

  constructor(private readonly options: IdleOptions) {
    this.now = options.now ?? (() => Date.now());
    this.lastActivity = this.now();
  }

  private paused = false;

  /** Stops counting while the app is locked: activity on the lock screen is not use of the app. */
  pause(): void {
    this.paused = true;
  }

  /** Starts counting afresh after an unlock. */
  resume(): void {
    this.paused = false;
    this.fired = false;
    this.lastActivity = this.now();
    this.lastHeartbeat = Number.NEGATIVE_INFINITY;
  }

  /** Records user activity. */
  activity(): void {
    if (this.fired || this.paused) return;
    const now = this.now();
    this.lastActivity = now;
    if (now - this.lastHeartbeat >= (this.options.heartbeatMs ?? 30_000)) {
      this.lastHeartbeat = now;
      this.options.onActive();
    }
  }

  /** Checks the clock; call it from a timer. */
  tick(): void {
    if (!this.fired && !this.paused && this.now() - this.lastActivity >= this.options.idleMs) {
      this.fired = true;
      this.options.onIdle();
    }
  }
}
