import path from 'node:path';
import { z } from 'zod';

/**
 * The server's whole configuration, read once from the environment.
 * - PORT: HTTP port (default 3000).
 * - LAWHALL_DATA_DIR: where the embedded PostgreSQL (./data/pg), the secret key and uploads live (default ./data).
 * - DATABASE_URL: an external PostgreSQL 15+ server; unset = the embedded server.
 * - LAWHALL_DEMO: load demo data into an empty database (default on; '0'/'false'/'off' turns it off).
 * - LAWHALL_PG_PORT: TCP port of the embedded server on 127.0.0.1 (default 54329).
 * - LOG_LEVEL: pino level (default warn; `info` adds one JSON line per request with its request id).
 * - LAWHALL_SECRET_KEY: 64 hex chars for personal-data encryption; unset = generated once into the data dir.
 * - LAWHALL_LAWS_IMPORT: import the law library on start when it is missing or changed (default on).
 * - LAWHALL_PUBLIC_URL: the address citizens' phones reach the hall's server at (QR codes); server/public-url.ts.
 */
export const configSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().default('0.0.0.0'),
  dataDir: z.string().default('./data'),
  databaseUrl: z.string().url().optional(),
  demo: z.boolean().default(true),
  embeddedPgPort: z.coerce.number().int().min(1024).max(65535).default(54329),
  secretKeyHex: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, 'LAWHALL_SECRET_KEY must be 64 hex characters')
    .optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  /** Secure cookies need HTTPS; on by default only when NODE_ENV=production. */
  secureCookies: z.boolean().default(false),
  /** Failed logins before an account is locked, and for how long (minutes). */
  loginMaxFailures: z.coerce.number().int().min(1).default(5),
  loginLockMinutes: z.coerce.number().int().min(1).default(15),
  sessionHours: z.coerce.number().int().min(1).default(12),
  /** Import the shipped law corpus in the background after start (server/laws/library-status.ts). */
  lawsImport: z.boolean().default(true),
  /** Base URL for citizens' phones (QR codes on slips and the board); unset = derived (server/public-url.ts). */
  publicUrl: z.string().url('LAWHALL_PUBLIC_URL must be a URL such as https://gf.example.cn').optional(),
});
export type AppConfig = z.infer<typeof configSchema>;

function flag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  return !['0', 'false', 'off', 'no'].includes(value.toLowerCase());
}

/** Reads the configuration from `env` (default: process.env). Throws a ZodError naming the bad variable. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<AppConfig> = {},
): AppConfig {
  const parsed = configSchema.parse({
    port: env.PORT,
    host: env.HOST,
    dataDir: env.LAWHALL_DATA_DIR,
    databaseUrl: env.DATABASE_URL || undefined,
    demo: flag(env.LAWHALL_DEMO),
    embeddedPgPort: env.LAWHALL_PG_PORT,
    secretKeyHex: env.LAWHALL_SECRET_KEY || undefined,
    logLevel: env.LOG_LEVEL,
    secureCookies: flag(env.LAWHALL_SECURE_COOKIES) ?? env.NODE_ENV === 'production',
    loginMaxFailures: env.LAWHALL_LOGIN_MAX_FAILURES,
    loginLockMinutes: env.LAWHALL_LOGIN_LOCK_MINUTES,
    sessionHours: env.LAWHALL_SESSION_HOURS,
    lawsImport: flag(env.LAWHALL_LAWS_IMPORT),
    publicUrl: env.LAWHALL_PUBLIC_URL || undefined,
  });
  const config = { ...parsed, ...overrides };
  return { ...config, dataDir: path.resolve(config.dataDir) };
}
