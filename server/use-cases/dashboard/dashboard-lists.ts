/**
 * The lists behind the dashboard's charts (one module each under ./lists: tickets, legal-aid matters,
 * ratings, lectures), with their filters, page queries and items.
 */
export * from './lists/evaluation-list';
export * from './lists/lecture-list';
export * from './lists/matter-list';
export * from './lists/ticket-list';
