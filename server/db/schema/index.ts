export * from './audit';
export * from './citizen';
export * from './dashboard-facts';
export * from './evaluations';
export * from './laws';
export * from './lawyers';
export * from './legal-aid';
// matters of the nine windows (issue #5)
export * from './matters';
export * from './organisations';
export * from './persons';
// dashboard and legal publicity (issue 7)
export * from './publicity';
export * from './queue';
export * from './reference-data';
export * from './staff';
export * from './staff-feedback';
export * from './staff-programme';
export * from './staff-tests';
