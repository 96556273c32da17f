import { crc32, deflateSync } from 'node:zlib';

/** PNG chunks are checksummed with CRC-32 (node:zlib's, the one PNG specifies). */
let signature: Buffer | undefined;

/** A small greyscale PNG with a pen stroke: the invented signature on the demo's commitment letters. */
export function signaturePng(): Buffer {
  if (signature) return signature;
  const width = 160;
  const height = 48;
  const raw = Buffer.alloc((width + 1) * height, 0xff);
  for (let y = 0; y < height; y++) raw[y * (width + 1)] = 0; // filter byte: none
  for (let x = 10; x < width - 10; x++) {
    const y = Math.round(24 + 12 * Math.sin(x / 9) * Math.cos(x / 31));
    for (let dy = -1; dy <= 1; dy++) raw[(y + dy) * (width + 1) + 1 + x] = 0x20;
  }
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(body.length);
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), body]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([head, typed, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  signature = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return signature;
}
