// What a screen's commands show: one sentence for the last command (the
// core's answer put in words, or its refusal) and whether one is still
// running, so that every list screen reports and blocks the same way.
import type { Result } from "./components/ResultMessage.svelte";
import { failureText } from "./failure";

/** The state a screen's commands share: the last one's result and whether one runs. */
export class ScreenCommands {
  /** A command is running; the screen's buttons wait for it. */
  busy = $state(false);
  /** What came of the last command, shown above the screen's content. */
  message = $state<Result | null>(null);

  /** `onlocked` takes the user to the unlock screen when the session has closed. */
  constructor(private readonly onlocked: () => void) {}

  /** Shows why a command failed. */
  fail(error: unknown): void {
    this.message = { ok: false, text: failureText(error, this.onlocked) };
  }

  /**
   * Runs a command that changes something: the screen is busy while it
   * runs; the sentence `work` returns is shown and the screen's data read
   * again with `reload`, or the failure is shown and nothing is read.
   */
  async run(work: () => Promise<string>, reload: () => Promise<void>): Promise<void> {
    this.busy = true;
    try {
      this.message = { ok: true, text: await work() };
      await reload();
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }
}
