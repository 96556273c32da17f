/**
 * The history of a legal-aid matter in the console's language. The server writes each line in Chinese
 * (matter-view.ts historyLabel/summaryOf) and sends its parts as `facts`; in English the line is worded
 * here from those parts with the vocabulary's English tables. Free text (opinions, reasons, names,
 * material lists) stays as typed; an entry without facts keeps the server's line.
 */

import { type Locale, pairText } from '../../app/i18n';
import { ACTION } from './messages';
import type { MatterActionEntry } from './types';
import {
  ADVANCE_AID_GROUND_EN,
  OBJECTION_OUTCOME_EN,
  REFUSAL_REASON_EN,
  TERMINATION_GROUND_EN,
} from './vocabulary';

type Entry = Pick<MatterActionEntry, 'type' | 'label' | 'summary' | 'facts'>;

const lookup = (
  table: Record<string | number, string>,
  key: string | number | undefined,
): string | undefined => (key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined);

/** The history label: the action's name, a commitment attachment by what it is (the server's label). */
export function historyLabel(entry: Entry, locale: Locale): string {
  const kind = entry.facts?.kind;
  if (entry.type === 'attach' && kind?.startsWith('commitment-')) {
    if (locale === 'zh-CN') return entry.label;
    return kind === 'commitment-scan' ? 'Commitment letter uploaded' : 'Commitment letter signed';
  }
  const pair = Object.hasOwn(ACTION, entry.type) ? ACTION[entry.type] : undefined;
  return pair ? pairText(locale, pair) : entry.label;
}

/** One line about the action: the server's Chinese in zh-CN, worded from its facts in English. */
export function historySummary(entry: Entry, locale: Locale): string {
  const f = entry.facts;
  if (locale === 'zh-CN' || !f) return entry.summary;
  const text = f.text ?? '';
  const then = (head: string) => (text ? `${head}. ${text}` : head);
  switch (entry.type) {
    case 'request-materials':
      return f.items && f.dueDate ? `To supply: ${f.items.join('; ')}; by ${f.dueDate}` : entry.summary;
    case 'review':
      if (!f.recommendation) return entry.summary;
      return `Review opinion: ${f.recommendation === 'grant' ? 'grant' : 'refuse'} legal aid${f.opinion ? ` (${f.opinion})` : ''}`;
    case 'refuse':
      return then((f.reasonCodes ?? []).map((code) => lookup(REFUSAL_REASON_EN, code) ?? code).join('; '));
    case 'start-advance-aid':
      return `${lookup(ADVANCE_AID_GROUND_EN, f.ground) ?? ''}: ${text}`;
    case 'assign':
      return f.providerName
        ? `Assigned to ${f.providerName}${f.firmName ? ` (${f.firmName})` : ''}`
        : entry.summary;
    case 'terminate':
      return then(
        `Art. 48 para. 1 item ${f.ground ?? '?'}: ${lookup(TERMINATION_GROUND_EN, f.ground) ?? ''}`,
      );
    case 'decide-objection':
      return `${lookup(OBJECTION_OUTCOME_EN, f.outcome) ?? f.outcome ?? ''}: ${text}`;
    case 'close-case':
      return f.endedOn ? `Closed on ${f.endedOn}: ${text}` : entry.summary;
    default:
      return entry.summary;
  }
}
