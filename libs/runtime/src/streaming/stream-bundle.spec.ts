import { Writable } from 'node:stream';
import type { Response } from 'express';
import { streamBundle } from './stream-bundle';

/** An answer whose socket takes a chunk at a time, slower than the bundle is produced: every write meets backpressure. */
class SlowAnswer extends Writable {
  received = 0;
  statusCode = 0;
  readonly headers: Record<string, string> = {};
  maxCloseListeners = 0;
  maxDrainListeners = 0;

  constructor() {
    super({ highWaterMark: 64, decodeStrings: false });
  }

  status(code: number): this {
    this.statusCode = code;
    return this;
  }

  setHeader(name: string, value: string): this {
    this.headers[name] = value;
    return this;
  }

  override _write(chunk: string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.maxCloseListeners = Math.max(this.maxCloseListeners, this.listenerCount('close'));
    this.maxDrainListeners = Math.max(this.maxDrainListeners, this.listenerCount('drain'));
    this.received += chunk.length;
    setImmediate(callback);
  }
}

describe('streamBundle', () => {
  it('waits on backpressure thousands of times without piling up listeners (no MaxListenersExceededWarning)', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const answer = new SlowAnswer();
      const line = `${JSON.stringify({ event: { position: 1, payload: 'x'.repeat(200) } })}\n`;
      await streamBundle(answer as unknown as Response, async (write) => {
        for (let i = 0; i < 2000; i++) await write(line);
      });
      await new Promise((resolve) => answer.once('finish', resolve));
      await new Promise((resolve) => setImmediate(resolve));
      expect(answer.received).toBe(2000 * line.length);
      expect(answer.statusCode).toBe(200);
      expect(answer.maxCloseListeners).toBeLessThanOrEqual(2);
      expect(answer.maxDrainListeners).toBeLessThanOrEqual(2);
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('stops waiting when the reader goes away, and cuts the bundle rather than end it', async () => {
    const answer = new SlowAnswer();
    let written = 0;
    await streamBundle(answer as unknown as Response, async (write) => {
      for (let i = 0; i < 100; i++) {
        if (i === 10) answer.destroy();
        await write('y'.repeat(100));
        written++;
      }
    });
    expect(written).toBeLessThan(100);
    expect(answer.writableFinished).toBe(false);
  });
});
