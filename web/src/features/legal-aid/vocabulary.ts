/**
 * English names of core's legal-aid vocabulary (core/legal-aid/eligibility-reasons.ts,
 * core/procedures/legal-aid-vocabulary.ts). The Chinese stays core's (the statute's words, what the
 * server also sends); each table is typed by core's codes, so a code without English is a type error.
 */

import type { EligibilityReasonCode } from '@core/legal-aid/eligibility';
import type {
  AdvanceAidGround,
  AssignmentBasis,
  FileGrade,
  FileReviewResult,
  ObjectionOutcome,
  RefusalReasonCode,
  TerminationGround,
} from '@core/procedures/legal-aid-vocabulary';

/** The reasons of the eligibility check (法律援助法), as the live panel lists them. */
export const ELIGIBILITY_REASON_EN: Record<EligibilityReasonCode, string> = {
  INVALID_APPLICATION_DATE: 'The application date is invalid; it should be a date in YYYY-MM-DD form',
  LAW_NOT_IN_FORCE:
    'The application predates the Legal Aid Law (in force 1 January 2022) and cannot be assessed under it',
  MISSING_CASE_KIND: 'Choose the case kind (criminal defence, crime victim, civil, administrative)',
  MANDATORY_DEFENCE:
    'A case where the agency must be notified to assign a defence lawyer: no application needed, no means test',
  UNKNOWN_MANDATORY_GROUND: 'The mandatory-defence ground is not recognised; choose it again',
  SENIOR_LAWYER_REQUIRED:
    'A lawyer with at least three years of relevant practice must be assigned as defender',
  DEFENCE_APPLICATION:
    'A suspect or defendant without a defender, or a close relative, may apply for legal aid',
  VICTIM_APPLICATION:
    'A victim, private prosecutor or civil claimant without an agent for lack of means may apply for legal aid',
  MATTER_IN_SCOPE: 'The matter is within the scope of legal aid',
  LOCAL_MATTER_IN_SCOPE: 'The matter is one added by laws, regulations or rules (a local matter)',
  CIRCUMSTANCE_IN_SCOPE: 'The matter is free of the means test and within the scope of legal aid',
  MISSING_MATTER: 'Enter the matter applied for',
  MATTER_NOT_IN_SCOPE: 'The matter is not within the scope of legal aid',
  HARDSHIP_WAIVED: 'Not subject to the means test',
  HARDSHIP_EXEMPT: 'The applicant proves membership of an exempt group; no means test',
  EXEMPTION_MATTER_MISMATCH:
    'Migrant workers are exempt from the means test only when claiming wages or work-injury compensation',
  MISSING_HARDSHIP: 'Enter the household size, household monthly income and how hardship is checked',
  INVALID_HOUSEHOLD_SIZE: 'The household size must be a positive whole number',
  INVALID_INCOME: 'The household monthly income must be an amount of at least zero (yuan)',
  INVALID_HARDSHIP_METHOD:
    'Choose how hardship is checked: personal commitment, data-sharing check or documents',
  INVALID_STANDARD: 'The hardship standard is misconfigured (amount or start date); ask the administrator',
  STANDARD_NOT_IN_FORCE:
    'The hardship standard used was not in force on the application date; use the one in force then',
  HARDSHIP_MET: 'Household income per person is not above the hardship standard: the means test is met',
  HARDSHIP_NOT_MET: 'Household income per person is above the hardship standard: the means test is not met',
};

/** 不予法律援助的理由 (refusal grounds). */
export const REFUSAL_REASON_EN: Record<RefusalReasonCode, string> = {
  'not-in-scope': 'The matter is not within the scope of legal aid',
  'hardship-not-met': 'The economic situation does not meet the standard',
  'has-agent': 'The applicant has already engaged a defender or agent',
  'wrong-agency':
    'Not for this agency: apply to the agency where the case organ or dispute body sits or the matter arose',
  untruthful: 'The applicant did not state the economic situation truthfully',
  other: 'Other grounds for refusing legal aid under the law',
};

/** 法律援助法 第四十八条第一款 (termination grounds). */
export const TERMINATION_GROUND_EN: Record<TerminationGround, string> = {
  1: 'The aided person obtained legal aid by deception or other improper means',
  2: 'The aided person deliberately hid important facts of the case or gave false evidence',
  3: 'The aided person uses legal aid for illegal activities',
  4: "The aided person's economic situation changed and no longer meets the conditions",
  5: 'The proceedings were terminated or the case was withdrawn',
  6: 'The aided person engaged a lawyer or other agent',
  7: 'The aided person asks to end legal aid for good reason',
  8: 'Other circumstances provided by laws and regulations',
};

/** 法律援助法 第四十四条第一款 (advance aid grounds). */
export const ADVANCE_AID_GROUND_EN: Record<AdvanceAidGround, string> = {
  1: 'Fewer than seven days before a limitation period or deadline expires; suit, arbitration or reconsideration must be filed in time',
  2: 'Property preservation, evidence preservation or advance execution must be applied for at once',
  3: 'Other circumstances provided by laws, regulations or rules',
};

/** Why a provider was chosen (指派依据). */
export const ASSIGNMENT_BASIS_EN: Record<AssignmentBasis, string> = {
  rotation: 'Rotation',
  expertise: 'Matching expertise',
  'applicant-preference': "The aided person's preference",
  'senior-lawyer': 'Three or more years of relevant practice (art. 26)',
  'duty-lawyer': 'Duty lawyer',
  'agency-staff': 'Agency staff qualified as lawyers or legal professionals',
  other: 'Other',
};

/** 法律援助法 第四十九条第二款 (the outcomes of an objection). */
export const OBJECTION_OUTCOME_EN: Record<ObjectionOutcome, string> = {
  upheld: "Uphold the agency's decision",
  corrected: 'Order the agency to correct it',
};

export const FILE_REVIEW_RESULT_EN: Record<FileReviewResult, string> = {
  accepted: 'Accepted',
  returned: 'Returned for correction',
};

export const FILE_GRADE_EN: Record<FileGrade, string> = {
  excellent: 'Excellent',
  good: 'Good',
  pass: 'Pass',
  fail: 'Fail',
};
