/**
 * The intake form's values and their mapping to the API body. Field names follow the API's paths
 * (`applicant.idNumber`, `hardship.method`, ...) so the server's field errors land on the right field.
 */
import type {
  Art32Circumstance,
  Art42Exemption,
  CaseKind,
  EligibilityInput,
  HardshipMethod,
  MandatoryGround,
} from '@core/legal-aid/eligibility';
import type { Dayjs } from '../../lib/dates';
import { toIsoDate } from '../../lib/dates';
import { OTHER_MATTER } from './labels';
import type { IntakeBody } from './types';

export interface IntakeValues {
  applicant?: {
    /** The person picked from the shared records (applicant-picker.tsx); the application is linked to them. */
    personId?: string;
    /** That person's ID number as lists show it (display only; the full number stays on the server). */
    idNumberMasked?: string;
    /** That person's phone as lists show it (display only). */
    phoneMasked?: string;
    name?: string;
    idNumber?: string;
    phone?: string;
    address?: string;
  };
  hasAgent?: boolean;
  agent?: {
    name?: string;
    idNumber?: string;
    relation?: 'legal-representative' | 'close-relative';
    phone?: string;
  };
  opposingParty?: { name?: string; kind?: 'person' | 'organisation'; idNumber?: string };
  caseKind?: CaseKind;
  matter?: string;
  matterOther?: string;
  mandatory?: MandatoryGround;
  circumstances?: Art32Circumstance[];
  exemptions?: Art42Exemption[];
  priorityGroups?: string[];
  facts?: string;
  hardship?: {
    householdSize?: number | null;
    householdMonthlyIncomeYuan?: number | null;
    method?: HardshipMethod;
  };
  simpleCase?: boolean;
  limitationDueOn?: Dayjs | null;
}

const text = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

const list = <T>(values: T[] | undefined): T[] | undefined =>
  values && values.length > 0 ? values : undefined;

export function matterOf(values: IntakeValues): string | undefined {
  if (values.matter === OTHER_MATTER) return text(values.matterOther);
  return text(values.matter);
}

function hardshipOf(values: IntakeValues): IntakeBody['hardship'] {
  const h = values.hardship;
  if (!h) return undefined;
  const size = h.householdSize;
  const income = h.householdMonthlyIncomeYuan;
  if (size === undefined || size === null || income === undefined || income === null || !h.method)
    return undefined;
  return { householdSize: size, householdMonthlyIncomeYuan: income, method: h.method };
}

/** The body of POST /applications (and, partial, of the preview). */
export function toIntakeBody(values: IntakeValues, extra: { ticketId?: string } = {}): IntakeBody {
  const caseKind = values.caseKind as CaseKind;
  const agent =
    values.hasAgent && text(values.agent?.name)
      ? {
          name: text(values.agent?.name) ?? '',
          idNumber: text(values.agent?.idNumber)?.toUpperCase(),
          relation: values.agent?.relation ?? 'close-relative',
          phone: text(values.agent?.phone),
        }
      : undefined;
  const opposingName = text(values.opposingParty?.name);
  return {
    ticketId: extra.ticketId,
    channel: 'window',
    applicant: {
      personId: values.applicant?.personId,
      name: text(values.applicant?.name) ?? '',
      // Left out when empty: the picked person's number on record is used, else the server asks for one.
      idNumber: text(values.applicant?.idNumber)?.toUpperCase(),
      phone: text(values.applicant?.phone),
      address: text(values.applicant?.address),
    },
    agent,
    opposingParty: opposingName
      ? {
          name: opposingName,
          kind: values.opposingParty?.kind ?? 'person',
          idNumber: text(values.opposingParty?.idNumber),
        }
      : undefined,
    facts: text(values.facts) ?? '',
    caseKind,
    matter: caseKind === 'civil' || caseKind === 'administrative' ? matterOf(values) : undefined,
    mandatory: caseKind === 'criminal-defence' ? values.mandatory : undefined,
    circumstances: list(values.circumstances),
    exemptions: list(values.exemptions),
    priorityGroups: list(values.priorityGroups),
    hardship: hardshipOf(values),
    regionCode: '150200',
    simpleCase: values.simpleCase ?? false,
    limitationDueOn: toIsoDate(values.limitationDueOn),
  };
}

/** A person of the shared records as POST /api/persons/search lists them (masked values only). */
export interface PickedPerson {
  id: string;
  name: string;
  idNumberMasked: string | null;
  phoneMasked: string | null;
  address: string | null;
}

/**
 * The applicant fields a picked person fills: linked by id, name and address as on record, the masked ID
 * number and phone shown in place of inputs (the full ID number is never fetched: the server uses the one
 * on record). A person with no ID number on record leaves the ID input empty to type (the server then
 * completes the record). Typed phone and ID number of an earlier applicant are cleared.
 */
export function applicantFromPerson(person: PickedPerson): NonNullable<IntakeValues['applicant']> {
  return {
    personId: person.id,
    idNumberMasked: person.idNumberMasked ?? undefined,
    phoneMasked: person.phoneMasked ?? undefined,
    name: person.name,
    idNumber: undefined,
    phone: undefined,
    address: person.address ?? undefined,
  };
}

/** The facts core `assessEligibility` reads, for the offline fallback of the live panel. */
export function toEligibilityInput(values: IntakeValues, applicationDate: string): EligibilityInput {
  const body = toIntakeBody(values);
  return {
    applicationDate,
    caseKind: body.caseKind,
    mandatory: body.mandatory,
    matter: body.matter,
    circumstances: body.circumstances,
    exemptions: body.exemptions,
    hardship: body.hardship,
  };
}

/** The preview body: only what the rules read, with empty parts left out. */
export function toPreviewBody(values: IntakeValues): Partial<IntakeBody> {
  const body = toIntakeBody(values);
  const out: Partial<IntakeBody> = { channel: body.channel, regionCode: body.regionCode };
  if (body.caseKind) out.caseKind = body.caseKind;
  if (body.matter) out.matter = body.matter;
  if (body.mandatory) out.mandatory = body.mandatory;
  if (body.circumstances) out.circumstances = body.circumstances;
  if (body.exemptions) out.exemptions = body.exemptions;
  if (body.hardship) out.hardship = body.hardship;
  if (body.priorityGroups) out.priorityGroups = body.priorityGroups;
  return out;
}
