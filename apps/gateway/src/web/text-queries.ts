/** What the pages' links ask of a text, read from their query strings. */
import type { Request } from 'express';
import { MarkedTarget, TextMoment } from '../texts';

/** `?version=n` of a download link: a version, or the working text. */
export function momentOf(request: Request): TextMoment {
  const asked =
    typeof request.query.version === 'string' && /^\d{1,9}$/.test(request.query.version) ? Number(request.query.version) : undefined;
  return asked === undefined ? { kind: 'working' } : { kind: 'version', versionNumber: asked };
}

/** `?from=n&to=n|working|pending` of a marked-text link. */
export function markedRangeOf(request: Request): { from?: number; to?: MarkedTarget } {
  const from = typeof request.query.from === 'string' && /^\d{1,9}$/.test(request.query.from) ? Number(request.query.from) : undefined;
  const toParameter = typeof request.query.to === 'string' ? request.query.to : undefined;
  const to: MarkedTarget | undefined =
    toParameter === 'working' || toParameter === 'pending'
      ? { kind: toParameter }
      : toParameter && /^\d{1,9}$/.test(toParameter)
        ? { kind: 'version', versionNumber: Number(toParameter) }
        : undefined;
  return { ...(from !== undefined ? { from } : {}), ...(to ? { to } : {}) };
}
