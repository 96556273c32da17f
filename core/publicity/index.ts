/** 普法讲师团: lecture tours (venue types, statuses, checks). Pure, no I/O. */
export * from './lecture-tours';
