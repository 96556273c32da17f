/**
 * 告知承诺制: the applicant's financial hardship evidenced by a signed personal integrity commitment
 * (经济困难状况告知承诺书) instead of income papers.
 *
 * 法律援助法 第四十一条: the agency checks the applicant's finances by an information-sharing query or by
 * the applicant's personal integrity commitment. When the commitment is the chosen way, the signed letter
 * IS the evidence: a decision to grant that relies on the financial condition must not be made before it is
 * on file (signed on the pad or uploaded as a scan). Refusing, advance aid (第四十四条) and the other steps do
 * not wait for it.
 */
export interface CommitmentFacts {
  /** How hardship is evidenced (core/legal-aid/eligibility HARDSHIP_METHODS), null when not stated. */
  hardshipMethod: string | null;
  /** Whether the application states household size and income, i.e. the financial condition is assessed. */
  financesStated: boolean;
  /** Whether a signed commitment (signature or scan) is on file. */
  commitmentSigned: boolean;
}

/**
 * True when a grant must wait for the signed commitment: hardship is evidenced by commitment, the finances
 * are assessed, and no signed letter is on file. Pure; see the module comment for the rule and its source.
 */
export function commitmentOutstanding(facts: CommitmentFacts): boolean {
  return facts.hardshipMethod === 'commitment' && facts.financesStated && !facts.commitmentSigned;
}
