import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/*
 * What the audit endpoints answer, for OpenAPI. The verification report is the AuditReport
 * of libs/audit as it is; these classes name its shape.
 */

const HEX = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const;

export class DivergenceView {
  @ApiProperty({
    example: 'store-hash-mismatch',
    description:
      'store-position-gap (an event deleted), store-hash-mismatch (changed after it was recorded), store-chain-break (removed, inserted, reordered or hashes rewritten), ' +
      'store-truncated (the tail a signed checkpoint covers is gone), kafka-differs, kafka-conflicting-duplicate (forged into the topic), kafka-missing, kafka-only, ' +
      'checkpoint-bad-signature (replaced or forged), checkpoint-root-mismatch, checkpoint-chain-mismatch, checkpoint-inconsistent, and a few more.',
  })
  kind: string;
  @ApiProperty({ enum: ['store', 'kafka', 'checkpoint'] }) source: string;
  @ApiPropertyOptional({ description: 'The global position where the history stops being the one recorded.', example: 57 })
  position?: number;
  @ApiPropertyOptional({ description: 'The event at that position (the store’s, or Kafka’s when the store lost it).' }) eventId?: string;
  @ApiProperty({ description: 'What differs, in words.' }) detail: string;
  @ApiPropertyOptional({ ...HEX, description: 'The value of record (a recorded hash, a signed root).' }) expected?: string;
  @ApiPropertyOptional({ ...HEX, description: 'The value recomputed or found instead.' }) found?: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: false,
    properties: { from: { type: 'integer' }, to: { type: 'integer' } },
    description: 'Positions it lies within, when it cannot be narrowed to one.',
  })
  range?: { from: number; to: number };
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'The checkpoint concerned: id, treeSize, timestamp.' })
  checkpoint?: object;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'The Kafka message concerned: offset, eventId.' })
  kafka?: object;
}

export class AuditReportView {
  @ApiProperty({ description: 'True when the store, Kafka and the checkpoints agree and every hash recomputes.' }) ok: boolean;
  @ApiProperty({ format: 'date-time' }) verifiedAt: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The store pass: events, headPosition, the recomputed rootHash and chainHash, divergences.',
    example: { events: 1234, headPosition: 1234, rootHash: '5dc9…', chainHash: 'e0d8…', divergences: 0 },
  })
  store: object;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'The Kafka pass (messages, events, redelivered, headPosition, awaitingPublication, roots at the checkpoint sizes), or { checked: false, reason } in the embedded default.',
  })
  kafka: object;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'count, validSignatures, publicKeyId, latest (its root, chain and Kafka matches), consistentWithLatest, coveredUpTo.',
  })
  checkpoints: object;
  @ApiPropertyOptional({ type: DivergenceView, description: 'The earliest divergence by position.' }) firstDivergence?: DivergenceView;
  @ApiProperty({ type: [DivergenceView], description: 'Every divergence kept (up to 1,000 per source), earliest first.' })
  divergences: DivergenceView[];
  @ApiProperty() divergenceCount: number;
  @ApiProperty({ type: [String], description: 'What could not be checked, and why.' }) notes: string[];
}

export class CheckpointView {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'Events covered: positions 1 to treeSize.' }) treeSize: number;
  @ApiProperty({ ...HEX, description: 'RFC 6962 Merkle root over those events.' }) rootHash: string;
  @ApiProperty({ ...HEX, description: 'Hash chain after event treeSize.' }) chainHash: string;
  @ApiProperty({ format: 'date-time' }) timestamp: string;
  @ApiProperty({ ...HEX, description: 'SHA-256 of the signing public key (DER SubjectPublicKeyInfo).' }) keyId: string;
  @ApiProperty({
    description: 'Ed25519 signature (base64) of the canonical JSON statement { chainHash, format, rootHash, timestamp, treeSize }.',
  })
  signature: string;
}

export class ProvenanceStepView {
  @ApiProperty({
    enum: [
      'registered',
      'contribution',
      'proposed',
      'revised',
      'ruled',
      'merged',
      'brackets-settled',
      'corrected',
      'adopted',
      'relettered',
      'reservation',
      'status',
      'silence-broken',
    ],
  })
  kind: string;
  @ApiProperty({
    description: 'Whether the event gave the provision words it has (registration, proposal, decision, adoption) rather than context.',
  })
  decisive: boolean;
  @ApiProperty({ description: 'Global position of the event.' }) position: number;
  @ApiProperty() eventId: string;
  @ApiProperty() type: string;
  @ApiProperty() streamId: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiPropertyOptional() actor?: string;
  @ApiProperty() summary: string;
  @ApiPropertyOptional() decisionId?: string;
  @ApiPropertyOptional({ type: [String] }) amendmentIds?: string[];
  @ApiPropertyOptional() meeting?: string;
  @ApiPropertyOptional() date?: string;
  @ApiPropertyOptional({ description: 'The provision’s words (and footnotes) before the event.' }) wordingBefore?: string;
  @ApiPropertyOptional({ description: 'The provision’s words (and footnotes) after the event.' }) wordingAfter?: string;
  @ApiPropertyOptional() labelBefore?: string;
  @ApiPropertyOptional() labelAfter?: string;
  @ApiPropertyOptional({ ...HEX, description: 'The event hash recomputed from the event.' }) hash?: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'RFC 6962 inclusion proof of the event under the latest signed checkpoint: treeSize, proof (hex, leaf to root), rootHash, valid. Absent when no checkpoint covers the event yet.',
  })
  inclusion?: object;
}

export class ProvisionWhyView {
  @ApiProperty() documentId: string;
  @ApiPropertyOptional() symbol?: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The moment asked (position or time) and the last event of the document by then (lastPosition).',
  })
  at: object;
  @ApiProperty() versionNumber: number;
  @ApiProperty() versionLabel: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'id, label, printedLabel, part, sectionHeading, reference ("operative 1/3"), text, footnotes.',
  })
  provision: object;
  @ApiProperty({ type: [ProvenanceStepView], description: 'The events that gave the provision its wording, earliest first.' })
  steps: ProvenanceStepView[];
}
