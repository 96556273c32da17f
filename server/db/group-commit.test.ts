import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit';

/** A writer that records each batch and finishes when `release` is called. */
function gatedWriter() {
  const batches: number[][] = [];
  const gates: (() => void)[] = [];
  const write = async (items: readonly number[]) => {
    batches.push([...items]);
    await new Promise<void>((resolve) => gates.push(resolve));
    return items.map((item) => (item < 0 ? new Error(`refused ${item}`) : item * 10));
  };
  const releaseNext = async () => {
    while (gates.length === 0) await new Promise((resolve) => setImmediate(resolve));
    gates.shift()!();
  };
  return { batches, write, releaseNext };
}

describe('groupCommit', () => {
  it('writes an item alone when nothing is being written, and the items submitted meanwhile together', async () => {
    const { batches, write, releaseNext } = gatedWriter();
    const submit = groupCommit(write, 50);
    const first = submit(1);
    await new Promise((resolve) => setImmediate(resolve)); // the first batch is being written
    const later = [submit(2), submit(3), submit(4)];
    await releaseNext();
    expect(await first).toBe(10);
    await releaseNext();
    expect(await Promise.all(later)).toEqual([20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('puts the items of one tick in one batch, at most maxBatch each', async () => {
    const { batches, write, releaseNext } = gatedWriter();
    const submit = groupCommit(write, 3);
    const all = Promise.all([1, 2, 3, 4, 5, 6, 7].map(submit));
    for (let i = 0; i < 3; i++) await releaseNext();
    expect(await all).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(batches).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('never writes two batches at once', async () => {
    let writing = 0;
    let most = 0;
    const submit = groupCommit(async (items: readonly number[]) => {
      writing += 1;
      most = Math.max(most, writing);
      await new Promise((resolve) => setTimeout(resolve, 2));
      writing -= 1;
      return items;
    }, 4);
    const results = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        await new Promise((resolve) => setTimeout(resolve, i % 7));
        return submit(i);
      }),
    );
    expect(results).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(most).toBe(1);
  });

  it('rejects an item with its own error and the whole batch when the write throws, then goes on', async () => {
    const { write, releaseNext } = gatedWriter();
    const submit = groupCommit(write, 50);
    const mixed = [submit(1), submit(-2), submit(3)].map((p) =>
      p.then(
        (v) => v,
        (e: Error) => e.message,
      ),
    );
    await releaseNext();
    expect(await Promise.all(mixed)).toEqual([10, 'refused -2', 30]);

    let fail = true;
    const flaky = groupCommit(async (items: readonly number[]) => {
      if (fail) {
        fail = false;
        throw new Error('connection lost');
      }
      return items;
    }, 50);
    const lost = [flaky(1), flaky(2)].map((p) => p.catch((e: Error) => e.message));
    expect(await Promise.all(lost)).toEqual(['connection lost', 'connection lost']);
    expect(await flaky(3)).toBe(3);
  });
});
