import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { applyJsonPolicy } from '#libs/security';
import { ProblemException, problem } from '../problem-details';

/**
 * The input policy at the edge: every string of a body, a query or a path parameter is
 * checked by the kind of field it stands in (libs/security) and normalised to NFC, before
 * the DTOs are validated. A refusal names each field, the character and its offset.
 */
@Injectable()
export class InputPolicyPipe implements PipeTransform {
  constructor(private readonly maxDepth: number) {}

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' && metadata.type !== 'query' && metadata.type !== 'param') return value;
    const checked = applyJsonPolicy(value, { root: metadata.data, maxDepth: this.maxDepth });
    if (checked.violations.length === 0) return checked.value;
    const errors = checked.violations.map(({ field, message, codePoint, offset }) => ({
      field,
      message,
      ...(codePoint ? { codePoint, offset } : {}),
    }));
    throw new ProblemException(
      problem(400, 'validation', 'Invalid request', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors }),
    );
  }
}
