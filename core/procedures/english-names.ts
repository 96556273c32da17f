/**
 * English names of the procedures' statuses and actions for the shared refusals of the procedure kit
 * ('“Accept” is not possible while the matter is “Closed”'). The names live in each procedure's labels
 * (core/procedures/labels.ts); the registry hands them in here when it pairs the labels with their
 * definition (core/procedures/registry.ts), since the kit is built before the labels. A procedure used
 * without the registry falls back to its codes made readable ('under-review' → 'Under review').
 */
import { humanizeKey } from '@core/i18n/zod-issue-en';

interface EnglishNames {
  statusesEn: Readonly<Record<string, string>>;
  actionsEn: Readonly<Record<string, string>>;
}

const names = new Map<string, EnglishNames>();

/** Records the English names of `service`'s statuses and actions. */
export function registerEnglishNames(service: string, labels: EnglishNames): void {
  names.set(service, labels);
}

/** The English name of `action` of `service`. */
export function englishActionName(service: string, action: string): string {
  return names.get(service)?.actionsEn[action] ?? humanizeKey(action);
}

/** The English name of `status` of `service`. */
export function englishStatusName(service: string, status: string): string {
  return names.get(service)?.statusesEn[status] ?? humanizeKey(status);
}
