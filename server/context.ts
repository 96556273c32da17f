import type { Actor } from '@core/access';
import type { AppConfig } from './config';
import type { Database, Executor } from './db/client';
import type { PersonalDataCipher } from './security/personal-data';

/** The acting staff member: the policy's Actor plus what the audit log records. */
export interface StaffActor extends Actor {
  displayName: string;
  username: string;
}

/** Where a request came from, for the audit log. */
export interface RequestMeta {
  ip?: string | undefined;
  userAgent?: string | undefined;
  requestId?: string | undefined;
}

/** Long-lived services shared by routes and use cases (built once in buildApp). */
export interface Services {
  db: Database;
  config: AppConfig;
  cipher: PersonalDataCipher;
  /** Wall clock, injectable for tests that drive time. */
  now(): Date;
}

/** The one argument of every use case (ARCHITECTURE.md: `{ actor, input, requestMeta }`). */
export interface UseCaseCall<I> {
  actor: StaffActor;
  input: I;
  meta: RequestMeta;
}

export type { Database, Executor };
