import type { Writable } from 'node:stream';
import type { Response } from 'express';
import { AUDIT_BUNDLE_MEDIA_TYPE } from '#libs/audit';

/** Writes one piece of a bundle, resolving when the answer can take more. */
export type BundleWriter = (text: string) => Promise<void>;

/**
 * Streams an audit bundle as the answer, waiting on the socket's backpressure. A failure
 * before the first byte propagates (the caller answers it as a problem); after it the
 * connection is cut, so that a reader never takes a bundle cut short for a whole one.
 */
export async function streamBundle(
  response: Response,
  produce: (write: BundleWriter) => Promise<unknown>,
  headers: Readonly<Record<string, string>> = {},
): Promise<void> {
  let started = false;
  const write: BundleWriter = async (text) => {
    if (!started) {
      started = true;
      response.status(200);
      response.setHeader('content-type', `${AUDIT_BUNDLE_MEDIA_TYPE}; charset=utf-8`);
      for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    }
    if (response.destroyed) throw new Error('the reader of the bundle went away');
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
