// The state of a multi-step wizard, apart from how it is drawn.
import type { Problem } from "./validation";

export interface WizardStep {
  id: string;
  /** Fluent id of the step's title. */
  title: string;
  /** A Fluent id (and arguments) of what is wrong, or null when the step is complete. */
  validate?: () => Problem | null;
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

  /** Moves on when the current step validates; returns whether it moved. */
  next(): boolean {
    this.problem = this.current.validate?.() ?? null;
    if (this.problem || this.isLast) return false;
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
      if (problem) {
        this.index = i;
        this.problem = problem;
        return false;
      }
    }
    return true;
  }
}
