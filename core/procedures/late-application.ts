/**
 * Warnings that an application registered at a window was made after a statutory limit had passed.
 * They warn, never block: the law lets the organ record the application and then refuse it, or accept
 * it with the reason written down (劳动争议调解仲裁法 第二十七条; 行政复议法 第二十条、第二十一条、第三十条).
 * Computed from the state the opening action folds to, so the registration form (through the server's
 * opening check) and the matter say the same thing.
 */
import { arbitrationLateWarnings } from './arbitration-apply';
import type { ArbitrationState } from './arbitration-clocks';
import type { ReconsiderationState } from './reconsideration-clocks';
import { lateReconsiderationWarnings } from './reconsideration-rules';

/** Which limit was passed. */
export type LateLimit =
  /** 劳动争议调解仲裁法 第二十七条: a claim's one-year arbitration limitation (第四款 for wages). */
  | 'labour-limitation'
  /** 行政复议法 第二十条第一款: 60 days (or a longer statutory period) from knowing of the act. */
  | 'application-period'
  /** 行政复议法 第二十条第三款: at most one year from knowing of the act when not told of the right. */
  | 'one-year-cap'
  /** 行政复议法 第二十一条: 5 years (immovables 20) from the act. */
  | 'long-stop';

export interface LateApplicationWarning {
  /** Stable code, e.g. 'ARBITRATION.LIMITATION_EXPIRED'. */
  code: string;
  limit: LateLimit;
  /** The last day the application could have been made. */
  lastDay: string;
  /** Law and article, e.g. '劳动争议调解仲裁法 第二十七条'. */
  source: string;
  /** The claim (仲裁请求) concerned, by its position in the application (0-based). */
  claimIndex?: number;
  claimKind?: string;
  /** The warning in Chinese (the web words it again in English from the fields above). */
  message: string;
}

/**
 * The late-application warnings of a matter of `service` in `state` (the state its opening action
 * folded to): per claim for labour arbitration (劳动争议调解仲裁法 第二十七条), the application window
 * for administrative reconsideration (行政复议法 第二十条、第二十一条); none for other windows.
 */
export function lateApplicationWarnings(service: string, state: unknown): LateApplicationWarning[] {
  switch (service) {
    case 'arbitration':
      return arbitrationLateWarnings(state as ArbitrationState);
    case 'reconsideration': {
      const { receivedOn, window } = state as ReconsiderationState;
      return receivedOn && window ? lateReconsiderationWarnings(receivedOn, window) : [];
    }
    default:
      return [];
  }
}
