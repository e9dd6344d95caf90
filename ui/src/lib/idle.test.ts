import { describe, expect, it } from "vitest";
import { IdleTracker } from "./idle";

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("IdleTracker", () => {
  it("fires once after the idle time and not before", () => {
    const c = clock();
    let idle = 0;
    const tracker = new IdleTracker({ idleMs: 60_000, onIdle: () => idle++, onActive: () => {}, now: c.now });
    c.advance(59_000);
    tracker.tick();
    expect(idle).toBe(0);
    tracker.activity();
    c.advance(59_000);
    tracker.tick();
    expect(idle).toBe(0);
    c.advance(1_000);
    tracker.tick();
    tracker.tick();
    expect(idle).toBe(1);
  });

  it("sends heartbeats at most once per interval while active", () => {
    const c = clock();
    let beats = 0;
    const tracker = new IdleTracker({
      idleMs: 600_000,
      heartbeatMs: 30_000,
      onIdle: () => {},
      onActive: () => beats++,
      now: c.now,
    });
    for (let i = 0; i < 10; i++) {
      tracker.activity();
      c.advance(10_000);
    }
    // Activity at 0..90 s: heartbeats at 0, 30, 60 and 90 s.
    expect(beats).toBe(4);
  });

  it("ignores activity after it fired", () => {
    const c = clock();
    let beats = 0;
    const tracker = new IdleTracker({ idleMs: 1_000, onIdle: () => {}, onActive: () => beats++, now: c.now });
    c.advance(2_000);
    tracker.tick();
    tracker.activity();
    expect(beats).toBe(0);
  });

  it("ignores activity and time while paused, and counts afresh on resume", () => {
    const c = clock();
    let idle = 0;
    let beats = 0;
    const tracker = new IdleTracker({ idleMs: 60_000, onIdle: () => idle++, onActive: () => beats++, now: c.now });
    tracker.tick();
    c.advance(60_000);
    tracker.tick();
    expect(idle).toBe(1);
    tracker.pause();
    tracker.activity();
    expect(beats).toBe(0);
    tracker.resume();
    tracker.activity();
    expect(beats).toBe(1);
    c.advance(59_000);
    tracker.tick();
    expect(idle).toBe(1);
    tracker.pause();
    c.advance(120_000);
    tracker.tick();
    expect(idle).toBe(1);
  });
});
