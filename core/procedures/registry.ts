/**
 * The nine window procedures, keyed by the queue's service code (core/queue/services.ts), with the
 * type word of their matter numbers (core/procedures/matter-number.ts, GB/T 9704-2012 发文字号 style:
 * '包调〔2026〕第0007号'). Legal aid ('legal-aid') keeps its own module, tables and numbers ('法援').
 *
 * The type words are hall conventions (no statute fixes them); each is 1–2 Chinese characters and
 * distinct from the others and from '法援', so `parseMatterNumber(text, typeWord)` tells them apart.
 */
import { AID_QUALIFICATION_LABELS, aidQualification } from './aid-qualification';
import { APPRAISAL_LABELS, appraisal } from './appraisal';
import { ARBITRATION_LABELS, arbitration } from './arbitration';
import { CONSULTATION_LABELS, consultation } from './consultation';
import type { ProcedureCalendar, ProcedureClock } from './definition';
import { registerEnglishNames } from './english-names';
import type { ProcedureLabels } from './labels';
import { LAWYER_SERVICE_LABELS, lawyerServices } from './lawyer-services';
import { MEDIATION_LABELS, mediation } from './mediation';
import { NOTARIZATION_LABELS, notarization } from './notarization';
import type { MatterState, WindowProcedure } from './procedure-kit';
import { PUBLICITY_LABELS, publicity } from './publicity';
import { RECONSIDERATION_LABELS, reconsideration } from './reconsideration';

/** The service codes of the windows run by the generic matters store (all but legal aid). */
export const MATTER_SERVICES = [
  'consultation',
  'mediation',
  'notarization',
  'lawyer',
  'arbitration',
  'appraisal',
  'reconsideration',
  'publicity',
  'aid-qualification',
] as const;
export type MatterService = (typeof MATTER_SERVICES)[number];

/** A procedure as the generic server sees it (state and action types widened to strings). */
export type AnyWindowProcedure = WindowProcedure<string, string, MatterState<string>>;

export interface ProcedureEntry {
  definition: AnyWindowProcedure;
  /** Type word of the matter number, e.g. '调' → '包调〔2026〕第0001号'. */
  typeWord: string;
  /** English names of statuses and actions, zh/en of every payload enum value (core/procedures/labels.ts). */
  labels: ProcedureLabels;
}

const entry = <TStatus extends string, TAction extends string, TState extends MatterState<TStatus>>(
  definition: WindowProcedure<TStatus, TAction, TState>,
  typeWord: string,
  labels: ProcedureLabels<TStatus, TAction>,
): ProcedureEntry => {
  registerEnglishNames(definition.service, labels);
  return {
    definition: definition as unknown as AnyWindowProcedure,
    typeWord,
    labels: labels as unknown as ProcedureLabels,
  };
};

/** Service code → definition and number type word. */
export const PROCEDURES: Record<MatterService, ProcedureEntry> = {
  consultation: entry(consultation, '咨', CONSULTATION_LABELS),
  mediation: entry(mediation, '调', MEDIATION_LABELS),
  notarization: entry(notarization, '证', NOTARIZATION_LABELS),
  lawyer: entry(lawyerServices, '律', LAWYER_SERVICE_LABELS),
  arbitration: entry(arbitration, '仲', ARBITRATION_LABELS),
  appraisal: entry(appraisal, '鉴', APPRAISAL_LABELS),
  reconsideration: entry(reconsideration, '复', RECONSIDERATION_LABELS),
  publicity: entry(publicity, '宣', PUBLICITY_LABELS),
  'aid-qualification': entry(aidQualification, '援资', AID_QUALIFICATION_LABELS),
};

/** True for a service code the matters store runs. */
export function isMatterService(code: unknown): code is MatterService {
  return typeof code === 'string' && (MATTER_SERVICES as readonly string[]).includes(code);
}

/** The entry of `service`; throws RangeError for an unknown code or legal aid. */
export function getProcedure(service: string): ProcedureEntry {
  if (!isMatterService(service)) throw new RangeError(`No window procedure for service ${service}`);
  return PROCEDURES[service];
}

/** The open clocks of a folded state as of business date `today` (none when closed or not opened). */
export function openClocksOf(
  service: MatterService,
  state: MatterState<string>,
  calendar: ProcedureCalendar,
  today: string,
): ProcedureClock[] {
  return PROCEDURES[service].definition.clocks(state, { calendar, today });
}
