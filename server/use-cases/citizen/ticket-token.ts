import { timingSafeEqual } from 'node:crypto';
import type { Services } from '../../context';

/**
 * A ticket's bearer token for the phone page (status, rating): `<ticket id>.<HMAC>`. Only the holder of
 * the slip (its QR code) or of the remote ticket has it; ticket numbers shown on the display board are
 * not enough to rate someone else's service.
 */
export function ticketToken(services: Services, ticketId: string): string {
  return `${ticketId}.${services.cipher.lookupHash(`ticket-token:${ticketId}`).slice(0, 22)}`;
}

/** The ticket id a token names, or undefined when the token is malformed or forged. */
export function ticketOfToken(services: Services, token: string): string | undefined {
  const [id, sig] = token.split('.');
  if (!id || !sig || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
  const expected = Buffer.from(ticketToken(services, id));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : undefined;
}

/**
 * The 6-digit 评价码 printed on the slip: with the ticket number it opens the rating page from the display
 * board's QR code (the number alone is public). Derived from the ticket id with the server's HMAC key.
 */
export function evaluationCodeOf(services: Services, ticketId: string): string {
  const digest = Buffer.from(services.cipher.lookupHash(`ticket-eval-code:${ticketId}`), 'base64url');
  return String(digest.readUInt32BE(0) % 1_000_000).padStart(6, '0');
}

export function sameCode(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
