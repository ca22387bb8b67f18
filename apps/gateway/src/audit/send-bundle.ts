import type { Writable } from 'node:stream';
import type { Response } from 'express';
import { AUDIT_BUNDLE_MEDIA_TYPE } from '#libs/audit';
import { BundleSink } from './audit-gateway';

/**
 * Streams the audit bundle as the answer, waiting on the socket's backpressure. A failure
 * before the first byte propagates (an ordinary problem answer); after it the connection is
 * cut, so that a client never takes a bundle cut short for a whole one.
 */
export async function sendBundle(response: Response, produce: (write: BundleSink) => Promise<unknown>): Promise<void> {
  let started = false;
  const write: BundleSink = async (text) => {
    if (!started) {
      started = true;
      response.status(200);
      response.setHeader('content-type', `${AUDIT_BUNDLE_MEDIA_TYPE}; charset=utf-8`);
      response.setHeader('content-disposition', `attachment; filename="audit-bundle-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl"`);
      response.setHeader('cache-control', 'no-store');
    }
    if (response.destroyed) throw new Error('the client went away');
    if (!response.write(text)) await drainedOrClosed(response);
  };
  try {
    await produce(write);
  } catch (error) {
    if (!started) throw error;
    response.destroy(error as Error);
    return;
  }
  response.end();
}

/**
 * Resolves when the answer drains or closes, and takes both listeners off again: waiting with
 * `once` on each would leave the 'close' listener of every wait behind, and a bundle waits
 * thousands of times (MaxListenersExceededWarning, and a leak for the length of the answer).
 */
export function drainedOrClosed(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    // Closed already, or drained meanwhile: no event would come.
    if (stream.destroyed || !stream.writableNeedDrain) return resolve();
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}
