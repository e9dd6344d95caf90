// The state of a multi-step wizard, apart from how it is drawn.
import type { Problem } from "./validation";

export interface WizardStep {
  id: string;
  /** Fluent id of the step's title. */
  title: string;
  /** A Fluent id (and arguments) of what is wrong, or null when the step is complete. */
  validate?: () => Problem | null;
  /**
   * Fluent ids of what still holds the step. While there are any, Next is
   * disabled and they are listed beside it, so a disabled button says why.
   */
  missing?: () => string[];
  /** True while the core is still checking the step's choices; Next waits. */
  waiting?: () => boolean;
  /** Awaited when Next is pressed, before the step is checked (a check the core makes). */
  check?: () => Promise<void>;
}

export class WizardModel {
  index = 0;
  problem: Problem | null = null;

  constructor(readonly steps: readonly WizardStep[]) {
    if (steps.length === 0) throw new Error("a wizard needs at least one step");
  }

  get current(): WizardStep {
    return this.steps[this.index]!;
  }

  get isFirst(): boolean {
    return this.index === 0;
  }

  get isLast(): boolean {
    return this.index === this.steps.length - 1;
  }

  /** Whether the current step is held by something listed beside its Next button, or still being checked. */
  get held(): boolean {
    return (this.current.missing?.().length ?? 0) > 0 || this.current.waiting?.() === true;
  }

  /** Moves on when the current step validates; returns whether it moved. */
  next(): boolean {
    this.problem = this.current.validate?.() ?? null;
    if (this.problem || this.held || this.isLast) return false;
    this.index += 1;
    return true;
  }

  back(): void {
    this.problem = null;
    if (!this.isFirst) this.index -= 1;
  }

  /** Whether every step validates, checked before the final commit. */
  allValid(): boolean {
    for (const [i, step] of this.steps.entries()) {
      const problem = step.validate?.() ?? null;
      if (problem || (step.missing?.().length ?? 0) > 0 || step.waiting?.() === true) {
        this.index = i;
        this.problem = problem;
        return false;
      }
    }
    return true;
  }
}
