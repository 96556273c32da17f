/**
 * Fees of the windows that charge (公证, 司法鉴定) and their relief for people entitled to legal aid:
 * 公证法 第三十四条第二款 (公证机构应当按照规定减免 for parties meeting the legal-aid conditions) and
 * 法律援助法 第五十三条第二款 (公证机构、司法鉴定机构应当对受援人减收或者免收公证费、鉴定费). Both say
 * "shall": relief is not optional for an entitled person, and nobody else gets it. Money is integer fen.
 */
import type { ProcedureError } from './definition';
import { fail } from './procedure-kit';

export const FEE_RELIEFS = { none: '不减免', reduced: '减收', waived: '免收' } as const;
export type FeeRelief = keyof typeof FEE_RELIEFS;
/** English names of the reliefs (for English messages). */
export const FEE_RELIEFS_EN: Record<FeeRelief, string> = {
  none: 'No relief',
  reduced: 'Reduced',
  waived: 'Waived',
};
export const FEE_RELIEF_CODES = Object.keys(FEE_RELIEFS) as [FeeRelief, ...FeeRelief[]];

/** A fee as assessed and paid so far. */
export interface FeeAssessment {
  standardFen: number;
  relief: FeeRelief;
  payableFen: number;
  paidFen: number;
}

/**
 * Checks a fee assessment against the relief rule `rule` (cited in messages) and returns it, or the
 * refusal: `${P}.FEE_RELIEF_REQUIRED` (entitled person charged in full), `${P}.FEE_RELIEF_NOT_ELIGIBLE`
 * (relief for someone not entitled), `${P}.FEE_REDUCTION_INVALID` (a reduced fee not strictly between 0
 * and the standard fee), `${P}.FEE_AMOUNT_INVALID` (a payable amount that contradicts the relief).
 */
export function assessFee(
  P: string,
  input: { standardFen: number; relief: FeeRelief; payableFen?: number | undefined },
  entitled: boolean,
  rule: string,
): { ok: true; fee: FeeAssessment } | { ok: false; error: ProcedureError } {
  const { standardFen, relief, payableFen } = input;
  if (entitled && relief === 'none' && standardFen > 0)
    return fail(
      `${P}.FEE_RELIEF_REQUIRED`,
      {
        zh: `当事人符合法律援助条件，应当减收或者免收费用（${rule}）`,
        en: 'The party qualifies for legal aid: the fee must be reduced or waived',
      },
      'relief',
    );
  if (!entitled && relief !== 'none')
    return fail(
      `${P}.FEE_RELIEF_NOT_ELIGIBLE`,
      {
        zh: `仅对符合法律援助条件的当事人减免费用（${rule}）`,
        en: 'Fees are reduced or waived only for parties who qualify for legal aid',
      },
      'relief',
    );
  let payable: number;
  switch (relief) {
    case 'none':
      payable = standardFen;
      break;
    case 'waived':
      payable = 0;
      break;
    case 'reduced':
      if (payableFen === undefined || payableFen <= 0 || payableFen >= standardFen)
        return fail(
          `${P}.FEE_REDUCTION_INVALID`,
          {
            zh: '减收后的金额应当大于0且低于收费标准',
            en: 'The reduced amount must be more than 0 and less than the standard fee',
          },
          'payableFen',
        );
      payable = payableFen;
      break;
    default: {
      const unreachable: never = relief;
      return unreachable;
    }
  }
  if (payableFen !== undefined && payableFen !== payable)
    return fail(
      `${P}.FEE_AMOUNT_INVALID`,
      {
        zh: `应收金额应为 ${payable} 分（${FEE_RELIEFS[relief]}）`,
        en: `The amount payable should be ${payable} fen (${FEE_RELIEFS_EN[relief]})`,
      },
      'payableFen',
    );
  return { ok: true, fee: { standardFen, relief, payableFen: payable, paidFen: 0 } };
}

/** Fen still to pay. */
export function feeOutstanding(fee: FeeAssessment | null): number {
  return fee === null ? 0 : Math.max(0, fee.payableFen - fee.paidFen);
}
