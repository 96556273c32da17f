import {
  assessEligibility,
  type CaseKind,
  type EligibilityInput,
  type EligibilityPolicy,
  type EligibilityResult,
  type HardshipFacts,
} from '@core/legal-aid/eligibility';
import type { Executor } from '../../context';
import { findStandardInForce } from '../hardship-standards/find-standard-in-force';
import type { StandardItem } from '../hardship-standards/standard-item';

export interface StandardSnapshot {
  id: string;
  monthlyPerCapitaYuan: number;
  basis: string;
  regionCode: string;
  effectiveFrom: string;
  isSample: boolean;
  source: string;
}

export interface IntakeFacts {
  caseKind?: CaseKind | undefined;
  matter?: string | null | undefined;
  mandatory?: string | null | undefined;
  circumstances?: string[] | undefined;
  exemptions?: string[] | undefined;
  hardship?: Partial<HardshipFacts> | null | undefined;
}

function snapshotOf(item: StandardItem): StandardSnapshot {
  return {
    id: item.id,
    // numeric(10,2) as a string; two decimals convert to a number exactly enough for core's fen rounding.
    monthlyPerCapitaYuan: Number(item.monthlyPerCapitaYuan),
    basis: item.basis,
    regionCode: item.regionCode,
    effectiveFrom: item.effectiveFrom,
    isSample: item.isSample,
    source: item.source,
  };
}

/**
 * Assesses intake facts with core's `assessEligibility` against the hardship standard in force on the
 * application date for the applicant's region (法律援助法 第三十四条; rules.md §2: "the version in force
 * on the application date"). With no standard in force, the hardship test reports INVALID_STANDARD
 * (verdict incomplete) rather than guessing.
 */
export async function assessIntake(
  executor: Executor,
  facts: IntakeFacts,
  applicationDate: string,
  regionCode: string,
): Promise<{ result: EligibilityResult; standard: StandardSnapshot | null }> {
  const found = await findStandardInForce(executor, regionCode, applicationDate);
  const standard = found ? snapshotOf(found) : null;
  const input = {
    applicationDate,
    caseKind: facts.caseKind,
    mandatory: facts.mandatory ?? undefined,
    matter: facts.matter ?? undefined,
    circumstances: facts.circumstances,
    exemptions: facts.exemptions,
    hardship: facts.hardship ?? undefined,
  } as EligibilityInput;
  // assessEligibility never throws and treats a missing standard as INVALID_STANDARD (it checks at runtime).
  const policy = (standard ? { standard } : {}) as EligibilityPolicy;
  // An unknown or missing case kind gives MISSING_CASE_KIND (verdict incomplete).
  const result = assessEligibility(input, policy);
  return { result, standard };
}

/** The snapshot kept on the matter: the result without the per-capita income (sensitive), and the standard. */
export function eligibilitySnapshot(
  result: EligibilityResult,
  standard: StandardSnapshot | null,
  applicationDate: string,
): Record<string, unknown> {
  const { perCapitaIncomeYuan: _hidden, ...rest } = result;
  return { ...rest, applicationDate, standard };
}
