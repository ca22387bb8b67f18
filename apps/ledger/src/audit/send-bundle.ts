import type { Writable } from 'node:stream';
import type { Response } from 'express';
import { AUDIT_BUNDLE_MEDIA_TYPE } from '#libs/audit';
import { ProblemException, problem } from '#libs/runtime';
import { AuditUnavailableError } from './ledger-audit.service';

/**
 * Streams an audit bundle as the answer of the internal API, waiting on the socket's
 * backpressure. A failure before the first byte is an ordinary problem answer (409 when the
 * ledger cannot export); after it the connection is cut, so that the gateway never passes on
 * a bundle cut short as a whole one.
 */
export async function streamBundle(response: Response, produce: (write: (text: string) => Promise<void>) => Promise<unknown>): Promise<void> {
  let started = false;
  const write = async (text: string) => {
    if (!started) {
      started = true;
      response.status(200);
      response.setHeader('content-type', `${AUDIT_BUNDLE_MEDIA_TYPE}; charset=utf-8`);
    }
    if (response.destroyed) throw new Error('the gateway went away');
    if (!response.write(text)) await drainedOrClosed(response);
  };
  try {
    await produce(write);
  } catch (error) {
    if (started) {
      response.destroy(error as Error);
      return;
    }
    if (error instanceof AuditUnavailableError) throw new ProblemException(problem(409, 'audit-unavailable', 'Audit bundle unavailable', error.message));
    throw error;
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
