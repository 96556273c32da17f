/**
 * The SMS gateway seam. A deployment plugs in its provider (a 短信平台 of the province, a cloud SMS
 * service) with `setSmsProvider`; the default `LogSmsProvider` only writes the message to the log, so a
 * demo or a development machine shows the code there (and the outbox table holds it, encrypted).
 */
export interface SmsMessage {
  /** Digits only (core/identity normalizePhone). */
  to: string;
  text: string;
  /** What the message is, e.g. `sms-code.track`. */
  template: string;
}

export interface SmsProvider {
  readonly name: string;
  /** Sends one message; throws when the gateway refuses (the outbox row is then marked failed). */
  send(message: SmsMessage): Promise<{ messageId?: string }>;
}

export interface SmsLog {
  warn(obj: unknown, msg?: string): void;
}

/**
 * The default provider: one log line per message, nothing leaves the machine. Logged as a warning (no
 * gateway is configured), so that the default log level shows it and a demo can read its codes.
 */
export class LogSmsProvider implements SmsProvider {
  readonly name = 'log';
  constructor(private readonly log: SmsLog | undefined = undefined) {}
  async send(message: SmsMessage): Promise<{ messageId?: string }> {
    this.log?.warn(
      { sms: { to: message.to, template: message.template } },
      `短信（未接入短信平台）：${message.text}`,
    );
    return {};
  }
}

let provider: SmsProvider | undefined;

/** Replaces the provider for this process (a deployment's gateway; tests). */
export function setSmsProvider(next: SmsProvider | undefined): void {
  provider = next;
}

/** The configured provider, else a LogSmsProvider on `log`. */
export function smsProvider(log?: SmsLog): SmsProvider {
  return provider ?? new LogSmsProvider(log);
}
