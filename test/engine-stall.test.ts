/**
 * Issue 19, item 2, the page's side: a run whose worker goes silent (out of memory, or lost in a scenario
 * too large) ends with a message after `stallMs` instead of leaving the progress bar stuck. The worker is
 * a stand-in that takes every message and answers none, as a dead worker does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { EngineClient, RunCancelled, RunStalled } from '../src/worker/engine-client.ts';

class SilentWorker {
  static made: SilentWorker[] = [];
  terminated = false;
  constructor() {
    SilentWorker.made.push(this);
  }
  addEventListener(): void {}
  removeEventListener(): void {}
  postMessage(): void {}
  start(): void {}
  terminate(): void {
    this.terminated = true;
  }
}

const realWorker = (globalThis as { Worker?: unknown }).Worker;
afterEach(() => {
  (globalThis as { Worker?: unknown }).Worker = realWorker;
  SilentWorker.made = [];
});

describe('the engine client', () => {
  it('stops a run that sends no progress, with a message, and ends its worker', async () => {
    (globalThis as { Worker?: unknown }).Worker = SilentWorker;
    const client = new EngineClient(50);
    const outcome = client.run({}, undefined).then(
      () => 'resolved',
      (err: unknown) => err,
    );
    const err = await outcome;
    expect(err).toBeInstanceOf(RunStalled);
    expect((err as Error).message).toMatch(/^The run made no progress for 0.05 s and was stopped: the scenario may be too large for this page/);
    expect(client.busy).toBe(false);
    expect(SilentWorker.made).toHaveLength(1);
    expect(SilentWorker.made[0].terminated).toBe(true);
  });

  it('does not report a stall for a run that was cancelled', async () => {
    (globalThis as { Worker?: unknown }).Worker = SilentWorker;
    const client = new EngineClient(50);
    const outcome = client.run({}, undefined).catch((err: unknown) => err);
    client.cancel();
    expect(await outcome).toBeInstanceOf(RunCancelled);
    // The stall timer was cleared with the run: nothing fires on a later tick.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(client.busy).toBe(false);
  });
});
