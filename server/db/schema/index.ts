export * from './audit';
export * from './lawyers';
export * from './legal-aid';
export * from './organisations';
export * from './persons';
export * from './queue';
export * from './reference-data';
export * from './staff';
