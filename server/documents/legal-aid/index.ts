/**
 * Legal-aid documents (.docx): pure functions, data in → Promise<Buffer>. No I/O; the use case
 * that issues a document stores it after commit.
 */
export { type ApplicationFormData, renderApplicationForm } from './application-form';
export { type AssignmentNoticeData, renderAssignmentNotice } from './assignment-notice';
export { type CommitmentLetterData, renderCommitmentLetter } from './commitment-letter';
export { type GrantDecisionData, renderGrantDecision } from './grant-decision';
export { type RefusalDecisionData, renderRefusalDecision } from './refusal-decision';
export { renderTerminationDecision, type TerminationDecisionData } from './termination-decision';
export * from './types';
