/** The query key every lawyer list and detail sits under, so one invalidation after a change refreshes them all. */
export const LAWYERS_KEY = ['lawyers'] as const;
