const HEX_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) HEX_VALUE['0123456789abcdef'.charCodeAt(i)] = i;
const DASHES = [8, 13, 18, 23];

/** Writes a lowercase UUID's 16 bytes at an offset; false (nothing written) when it is not one. */
function writeUuid(id: string, bytes: Buffer, offset: number): boolean {
  if (typeof id !== 'string' || id.length !== 36) return false;
  for (const dash of DASHES) if (id.charCodeAt(dash) !== 45) return false;
  let byte = offset;
  for (let i = 0; i < 36; i += 2) {
    if (i === 8 || i === 13 || i === 18 || i === 23) i++;
    const high = HEX_VALUE[id.charCodeAt(i)] ?? -1;
    const low = HEX_VALUE[id.charCodeAt(i + 1)] ?? -1;
    if (high < 0 || low < 0) return false;
    bytes[byte++] = (high << 4) | low;
  }
  return true;
}

/** Event ids by index, 16 bytes each for UUIDs (the store's ids), anything else kept as given. */
export class EventIdList {
  private bytes = Buffer.allocUnsafe(16 * 4096);
  private count = 0;
  private readonly others = new Map<number, string>();

  get length(): number {
    return this.count;
  }

  push(eventId: string): void {
    if ((this.count + 1) * 16 > this.bytes.length) {
      const grown = Buffer.allocUnsafe(this.bytes.length * 2);
      this.bytes.copy(grown, 0, 0, this.count * 16);
      this.bytes = grown;
    }
    if (!writeUuid(eventId, this.bytes, this.count * 16)) {
      this.bytes.fill(0, this.count * 16, (this.count + 1) * 16);
      this.others.set(this.count, String(eventId));
    }
    this.count++;
  }

  get(index: number): string | undefined {
    if (index < 0 || index >= this.count) return undefined;
    const other = this.others.get(index);
    if (other !== undefined) return other;
    const hex = this.bytes.toString('hex', index * 16, (index + 1) * 16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}
