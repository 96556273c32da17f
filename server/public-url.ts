import os from 'node:os';

/**
 * The address citizens' phones use for the links the hall prints or shows as QR codes (ticket slip →
 * `/m/t/<token>`, the display board's 扫码评价 → `/m/rate`).
 *
 * - `LAWHALL_PUBLIC_URL` when set (e.g. `https://gf.baotou.example`; a trailing slash is dropped);
 * - else, when the kiosk or board was opened on a loopback address (`localhost`, `127.0.0.1`, `[::1]`), which a
 *   phone cannot reach, the same port on this machine's first LAN IPv4 address;
 * - else null: the page's own origin is already reachable and is used as it is.
 */
export function citizenBaseUrl(options: {
  configured: string | undefined;
  /** The request's Host header (`127.0.0.1:3000`). */
  requestHost: string | undefined;
  protocol: string;
  /** IPv4 addresses of this machine that are not internal, in interface order. */
  lanAddresses: readonly string[];
}): string | null {
  if (options.configured) return options.configured.replace(/\/+$/, '');
  const host = options.requestHost ?? '';
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host);
  if (!match) return null;
  const name = match[1]!.toLowerCase();
  const loopback = name === 'localhost' || name === '[::1]' || /^127\./.test(name);
  const lan = options.lanAddresses[0];
  if (!loopback || !lan) return null;
  return `${options.protocol}://${lan}${match[2] ? `:${match[2]}` : ''}`;
}

/** This machine's non-internal IPv4 addresses (os.networkInterfaces), in interface order. */
export function lanIpv4Addresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((a): a is os.NetworkInterfaceInfo => !!a && a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}
