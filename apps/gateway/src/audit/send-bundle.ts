import { once } from 'node:events';
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
    if (!response.write(text)) await Promise.race([once(response, 'drain'), once(response, 'close')]);
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
