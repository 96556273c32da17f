import { assertCan } from '@core/access';
import { businessDateOf } from '@core/calendar';
import { parseResidentId } from '@core/identity';
import {
  type CaseKind,
  ELIGIBILITY_REASONS,
  type EligibilityResult,
  type HardshipFacts,
} from '@core/legal-aid/eligibility';
import { z } from 'zod';
import type { Services, UseCaseCall } from '../../context';
import { findReceivingAgency } from './agency';
import { assessIntake, type StandardSnapshot } from './eligibility-policy';
import type { PreviewEligibilityInput } from './intake-schema';

export const previewReply = z.object({
  result: z.record(z.string(), z.unknown()),
  standard: z
    .object({
      monthlyPerCapitaYuan: z.number(),
      basis: z.string(),
      regionCode: z.string(),
      effectiveFrom: z.string(),
      isSample: z.boolean(),
    })
    .nullable(),
  messages: z.array(z.object({ code: z.string(), article: z.string(), message: z.string() })),
});
export type PreviewReply = z.infer<typeof previewReply>;

/**
 * The applicant's region for the hardship standard: the one given, else the address code of a valid
 * resident ID number (GB 11643 positions 1–6), else the agency's own division.
 */
export function regionOf(
  given: string | undefined,
  idNumber: string | undefined,
  today: string,
  agencyDivision: string | null,
): string {
  if (given && /^\d{6}$/.test(given)) return given;
  if (idNumber) {
    const parsed = parseResidentId(idNumber, { today });
    if (parsed.ok) return parsed.id.slice(0, 6);
  }
  return agencyDivision ?? '150200';
}

export function messagesOf(result: EligibilityResult) {
  return result.reasons.map((reason) => ({
    code: reason.code,
    article: reason.article,
    message: ELIGIBILITY_REASONS[reason.code].message,
  }));
}

function standardView(standard: StandardSnapshot | null): PreviewReply['standard'] {
  if (!standard) return null;
  const { monthlyPerCapitaYuan, basis, regionCode, effectiveFrom, isSample } = standard;
  return { monthlyPerCapitaYuan, basis, regionCode, effectiveFrom, isSample };
}

/**
 * The live eligibility panel (法律援助法 第二十四条至第三十四条、第四十一条、第四十二条): core's
 * `assessEligibility` on whatever has been typed, against the standard in force on the application
 * date (default today). Saves nothing; never fails on incomplete input (core lists what is missing).
 */
export async function previewEligibility(
  services: Services,
  { actor, input }: UseCaseCall<PreviewEligibilityInput>,
): Promise<PreviewReply> {
  assertCan(actor, 'legal-aid.intake');
  const today = businessDateOf(services.now());
  const applicationDate = input.applicationDate ?? today;
  const agency = await findReceivingAgency(services.db, actor.orgId);
  const region = regionOf(input.regionCode, input.applicant?.idNumber, today, agency.divisionCode);
  const { result, standard } = await assessIntake(
    services.db,
    {
      caseKind: input.caseKind as CaseKind | undefined,
      matter: input.matter,
      mandatory: input.mandatory,
      circumstances: input.circumstances,
      exemptions: input.exemptions,
      hardship: input.hardship ? (input.hardship as Partial<HardshipFacts>) : undefined,
    },
    applicationDate,
    region,
  );
  return {
    result: result as unknown as Record<string, unknown>,
    standard: standardView(standard),
    messages: messagesOf(result),
  };
}
