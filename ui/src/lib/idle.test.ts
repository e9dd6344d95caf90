import { describe, expect, it } from "vitest";
import { IdleTracker } from "./idle";

/** A tracker on a clock the test moves by hand, counting how often it went idle and beat. */
function tracked(idleMs: number, heartbeatMs?: number) {
  let now = 1_000_000;
  const counts = { idle: 0, beats: 0 };
  const tracker = new IdleTracker({
    idleMs,
    heartbeatMs,
    onIdle: () => counts.idle++,
    onActive: () => counts.beats++,
    now: () => now,
  });
  return { tracker, counts, advance: (ms: number) => (now += ms) };
}

describe("IdleTracker", () => {
  it("fires once after the idle time and not before", () => {
    const { tracker, counts, advance } = tracked(60_000);
    advance(59_000);
    tracker.tick();
    expect(counts.idle).toBe(0);
    tracker.activity();
    advance(59_000);
    tracker.tick();
    expect(counts.idle).toBe(0);
    advance(1_000);
    tracker.tick();
    tracker.tick();
    expect(counts.idle).toBe(1);
  });

  it("sends heartbeats at most once per interval while active", () => {
    const { tracker, counts, advance } = tracked(600_000, 30_000);
    for (let i = 0; i < 10; i++) {
      tracker.activity();
      advance(10_000);
    }
    // Activity at 0..90 s: heartbeats at 0, 30, 60 and 90 s.
    expect(counts.beats).toBe(4);
  });

  it("ignores activity after it fired", () => {
    const { tracker, counts, advance } = tracked(1_000);
    advance(2_000);
    tracker.tick();
    tracker.activity();
    expect(counts.beats).toBe(0);
  });

  it("ignores activity and time while paused, and counts afresh on resume", () => {
    const { tracker, counts, advance } = tracked(60_000);
    tracker.tick();
    advance(60_000);
    tracker.tick();
    expect(counts.idle).toBe(1);
    tracker.pause();
    tracker.activity();
    expect(counts.beats).toBe(0);
    tracker.resume();
    tracker.activity();
    expect(counts.beats).toBe(1);
    advance(59_000);
    tracker.tick();
    expect(counts.idle).toBe(1);
    tracker.pause();
    advance(120_000);
    tracker.tick();
    expect(counts.idle).toBe(1);
  });
});
