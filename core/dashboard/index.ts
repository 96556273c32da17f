/** The leadership dashboard's rules: periods, rates and the roll-up of organisations. Pure, no I/O. */

export * from './histogram';
export * from './list-labels';
export * from './period';
export * from './rollup';
