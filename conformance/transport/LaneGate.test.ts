import { describe, expect, it } from 'vitest';
import { LaneGate } from './LaneGate.js';

/** Lets pending promise callbacks run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('LaneGate', () => {
  it('lets as many lanes send as it has slots, the others wait until one has nothing in flight', async () => {
    const gate = new LaneGate(2);
    const [a, b, c] = [gate.lane(), gate.lane(), gate.lane()];
    await a.enter();
    await b.enter();
    let cSent = false;
    void c.enter().then(() => (cSent = true));
    await settle();
    expect(cSent).toBe(false);
    a.leave();
    await settle();
    expect(cSent).toBe(true);
  });

  it("sends a lane's burst together on its one slot", async () => {
    const gate = new LaneGate(1);
    const [a, b] = [gate.lane(), gate.lane()];
    await a.enter();
    const burst = [b.enter(), b.enter(), b.enter()];
    let sent = 0;
    for (const p of burst) void p.then(() => sent++);
    await settle();
    expect(sent).toBe(0);
    a.leave();
    await settle();
    expect(sent).toBe(3);
    // While b holds the slot, a waits; b's slot is free once all three are done.
    let aAgain = false;
    void a.enter().then(() => (aAgain = true));
    b.leave();
    b.leave();
    await settle();
    expect(aAgain).toBe(false);
    b.leave();
    await settle();
    expect(aAgain).toBe(true);
  });

  it('gives a free slot to the waiting lane that has sent the most', async () => {
    const gate = new LaneGate(1);
    const [holder, short, long] = [gate.lane(), gate.lane(), gate.lane()];
    for (let i = 0; i < 5; i++) {
      await long.enter();
      long.leave();
    }
    await holder.enter();
    const order: string[] = [];
    void short.enter().then(() => order.push('short'));
    void long.enter().then(() => order.push('long'));
    holder.leave();
    await settle();
    expect(order).toEqual(['long']);
  });

  it('halves its slots at each 429, to one at least, and grows back by one after 4 × slots answers without one', () => {
    const gate = new LaneGate(8);
    gate.rateLimited();
    expect(gate.current).toBe(4);
    gate.rateLimited();
    gate.rateLimited();
    gate.rateLimited();
    expect([gate.current, gate.lowest]).toEqual([1, 1]);
    for (let i = 0; i < 3; i++) gate.answered();
    expect(gate.current).toBe(1);
    gate.answered();
    expect(gate.current).toBe(2);
    for (let i = 0; i < 200; i++) gate.answered();
    expect(gate.current).toBe(8);
  });
});
