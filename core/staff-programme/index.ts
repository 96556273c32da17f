export * from './attendance';
export * from './bulletin';
export * from './check-in-token';
export * from './knowledge-test';
export * from './question-import';
export * from './recurrence';
export * from './spot-check';
export * from './vocabulary';
