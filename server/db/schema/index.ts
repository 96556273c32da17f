export * from './audit';
export * from './lawyers';
export * from './organisations';
export * from './persons';
export * from './reference-data';
export * from './staff';
