export * from './evaluation';
export * from './ranking';
