export * from './permissions';
export * from './policy';
export * from './roles';
