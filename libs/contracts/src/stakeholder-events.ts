import { Typed } from './recorded-event';

/** The stakeholder categories of the WSIS process. */
export const STAKEHOLDER_CATEGORIES = [
  'member-state',
  'sector-member',
  'academia',
  'civil-society',
  'private-sector',
  'technical-community',
  'international-organization',
  'un-agency',
] as const;
export type StakeholderCategory = (typeof STAKEHOLDER_CATEGORIES)[number];

/** ITU's administrative regions, and the regional groups that submit together. */
export const REGIONS = ['africa', 'americas', 'arab-states', 'asia-pacific', 'cis', 'europe', 'global'] as const;
export type Region = (typeof REGIONS)[number];

export const STAKEHOLDER_REGISTERED = 'StakeholderRegistered';

export interface StakeholderRegisteredV1 {
  readonly stakeholderId: string;
  readonly name: string;
  readonly category: StakeholderCategory;
  readonly region: Region;
  /** A group ("the African region", "RCC member states") lists the stakeholders it speaks for. */
  readonly memberIds: readonly string[];
}

/** The events of a stakeholder's stream. */
export type StakeholderEvent = Typed<typeof STAKEHOLDER_REGISTERED, StakeholderRegisteredV1>;

export function stakeholderRegistered(payload: StakeholderRegisteredV1): StakeholderEvent {
  return { type: STAKEHOLDER_REGISTERED, schemaVersion: 1, payload };
}

export function stakeholderStreamId(stakeholderId: string): string {
  return `stakeholder-${stakeholderId}`;
}
