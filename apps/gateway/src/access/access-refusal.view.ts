import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One refused request, as the auditors' list shows it. */
export class AccessRefusalView {
  @ApiProperty({ example: '42' }) id: string;
  @ApiProperty({ example: '2026-11-24T09:00:00.000Z' }) recordedAt: string;
  @ApiPropertyOptional({ example: 'apc', description: 'The actor the token named; absent when the token itself was refused.' })
  actorId?: string;
  @ApiPropertyOptional({ type: [String], example: ['stakeholder'] }) roles?: string[];
  @ApiProperty({ example: '203.0.113.7' }) address: string;
  @ApiProperty({ example: 'POST' }) method: string;
  @ApiProperty({ example: '/api/v1/amendments/…/decision' }) path: string;
  @ApiProperty({ example: 403 }) status: number;
  @ApiProperty({
    example: 'forbidden',
    description:
      'forbidden (role), not-allowed (a rule of the object), restricted (a restricted consultation), or why a token was refused (bad-signature, expired, wrong-audience, algorithm-not-allowed ...).',
  })
  reason: string;
  @ApiProperty() detail: string;
}

/** A page of refused requests, newest first. */
export class AccessRefusalPage {
  @ApiProperty({ type: [AccessRefusalView] }) items: AccessRefusalView[];
  @ApiPropertyOptional({ description: 'The cursor of the next (older) page.' }) next?: string;
}
