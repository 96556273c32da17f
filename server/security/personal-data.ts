import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Encryption at rest for personal data (个人信息保护法 第五十一条; rules.md R37): AES-256-GCM with a
 * random 96-bit IV per value, and an HMAC-SHA256 lookup hash (a separate derived key) for exact search.
 * Ciphertext format: `v1:<iv b64url>:<tag b64url>:<ciphertext b64url>`.
 */
export interface PersonalDataCipher {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  lookupHash(plain: string): string;
}

export function createPersonalDataCipher(masterKey: Buffer): PersonalDataCipher {
  if (masterKey.length !== 32) throw new Error('personal-data key must be 32 bytes');
  const encKey = createHmac('sha256', masterKey).update('lawhall/encrypt').digest();
  const hashKey = createHmac('sha256', masterKey).update('lawhall/lookup').digest();
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [
        'v1',
        iv.toString('base64url'),
        cipher.getAuthTag().toString('base64url'),
        body.toString('base64url'),
      ].join(':');
    },
    decrypt(sealed) {
      const [version, iv, tag, body] = sealed.split(':');
      if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('unknown ciphertext format');
      const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
    lookupHash(plain) {
      return createHmac('sha256', hashKey).update(plain).digest('base64url');
    },
  };
}

/**
 * The master key: LAWHALL_SECRET_KEY (64 hex) when set, else `<dataDir>/secret.key`, generated on first
 * start with mode 0600. Losing this file makes stored personal data unreadable: back it up with the data.
 */
export function loadMasterKey(dataDir: string, secretKeyHex?: string): Buffer {
  if (secretKeyHex) return Buffer.from(secretKeyHex, 'hex');
  const file = path.join(dataDir, 'secret.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex'), { mode: 0o600, flag: 'wx' });
  return key;
}
