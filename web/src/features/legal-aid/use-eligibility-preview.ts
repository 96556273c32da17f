/**
 * The live eligibility panel's data: POST /api/legal-aid/eligibility/preview, debounced, with the
 * standard in force. When the server cannot answer (not deployed yet, offline), the same rules run in
 * the browser (core assessEligibility) without a hardship standard, and the panel says so.
 */
import {
  assessEligibility,
  ELIGIBILITY_REASONS,
  type EligibilityResult,
  type HardshipStandard,
} from '@core/legal-aid/eligibility';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { todayIso } from '../../lib/dates';
import { useDebounced } from '../../lib/use-debounced';
import { type IntakeValues, toEligibilityInput, toPreviewBody } from './intake-values';
import { BASE, LEGAL_AID_KEY } from './queries';
import type { EligibilityPreview } from './types';

export interface PanelData {
  preview: EligibilityPreview;
  /** True when the rules ran in the browser because the server did not answer. */
  offline: boolean;
}

/** Core's verdict with no standard: the hardship test cannot run, so it is reported as missing. */
export function offlinePreview(values: IntakeValues): EligibilityPreview {
  const input = toEligibilityInput(values, todayIso());
  const result: EligibilityResult = input.caseKind
    ? assessEligibility(input, { standard: undefined as unknown as HardshipStandard })
    : {
        verdict: 'incomplete',
        hardship: 'unknown',
        requiresSeniorLawyer: false,
        reasons: [{ code: 'MISSING_CASE_KIND', article: ELIGIBILITY_REASONS.MISSING_CASE_KIND.article }],
      };
  const reasons = result.reasons.filter((r) => r.code !== 'INVALID_STANDARD');
  return {
    result: { ...result, reasons },
    standard: null,
    messages: reasons.map((r) => ({
      code: r.code,
      article: r.article,
      message: ELIGIBILITY_REASONS[r.code].message,
    })),
  };
}

export function useEligibilityPreview(values: IntakeValues) {
  const body = toPreviewBody(values);
  const key = useDebounced(JSON.stringify(body), 350);
  const query = useQuery({
    queryKey: [...LEGAL_AID_KEY, 'preview', key],
    queryFn: async (): Promise<PanelData> => {
      const parsed = JSON.parse(key) as ReturnType<typeof toPreviewBody>;
      if (!parsed.caseKind) return { preview: offlinePreview(values), offline: false };
      // A second try before falling back: a busy server's one slow or failed reply must not leave the
      // clerk with the browser's verdict (no hardship standard) for this form's values.
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          const preview = await api.post<EligibilityPreview>(`${BASE}/eligibility/preview`, parsed);
          return { preview, offline: false };
        } catch {
          if (attempt === 0) await new Promise((resolve) => setTimeout(resolve, 300));
        }
      }
      return { preview: offlinePreview(values), offline: true };
    },
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });
  return { data: query.data, fetching: query.isFetching || key !== JSON.stringify(body) };
}
