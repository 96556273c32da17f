import DataLoader from 'dataloader';

/**
 * Group commit: `submit(item)` runs `write` on a batch of items and resolves with that item's own result, or
 * rejects with its own error (an `Error` in its place of the result array; a `write` that throws rejects the
 * whole batch). One batch is written at a time: an item submitted while nothing is being written starts a
 * batch at the next tick (items of the same tick join it), and the items submitted while a batch is being
 * written wait for it and then go together, at most `maxBatch` to a batch. At low load every batch is one
 * item and nothing waits; when requests queue up (a burst, a stall of the machine), they share one round
 * trip and one commit per statement instead of paying each (insert-issued-ticket.ts).
 *
 * Batching and per-item settling are DataLoader's (no cache: every item is written); the gate between
 * batches is its documented `batchScheduleFn`, which may call the batch's dispatch any time later. Per
 * process: several server instances each batch their own requests, and the statements stay correct between
 * them (the database's locks).
 */
export function groupCommit<I, O>(
  write: (items: readonly I[]) => Promise<readonly (O | Error)[]>,
  maxBatch: number,
): (item: I) => Promise<O> {
  let writing = false;
  const ready: (() => void)[] = [];
  const next = () => {
    if (writing) return;
    const dispatch = ready.shift();
    if (!dispatch) return;
    writing = true;
    dispatch();
  };
  const loader = new DataLoader<I, O>(
    async (items) => {
      try {
        return await write(items);
      } finally {
        writing = false;
        next();
      }
    },
    {
      cache: false,
      maxBatchSize: maxBatch,
      // DataLoader adds the item to a new batch after scheduling it: dispatch no earlier than the next tick.
      batchScheduleFn: (dispatch) => {
        ready.push(dispatch);
        process.nextTick(next);
      },
    },
  );
  return (item) => loader.load(item);
}
