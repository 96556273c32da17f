/**
 * Procedures: one file per service with its statuses, actions, allowed actions per status and
 * deadlines (ARCHITECTURE: core/procedures/). Pure, no I/O.
 */
export * from './definition';
export * from './legal-aid';
export * from './matter-number';
