import { HttpClient } from './http';
import { tokenFor } from './tokens';

/**
 * Who takes part in the WSIS+20 revision of Council Resolution 1334: stakeholders of
 * different categories and regions, as the secretariat registers them.
 */
export const STAKEHOLDERS = {
  egypt: { id: 'egypt', name: 'Arab Republic of Egypt', category: 'member-state', region: 'arab-states' },
  kenya: { id: 'kenya', name: 'Republic of Kenya', category: 'member-state', region: 'africa' },
  africanGroup: {
    id: 'african-group',
    name: 'African Telecommunications Union member states',
    category: 'member-state',
    region: 'africa',
    memberIds: ['kenya'],
  },
  apc: { id: 'apc', name: 'Association for Progressive Communications', category: 'civil-society', region: 'global' },
  ericsson: { id: 'ericsson', name: 'Telefonaktiebolaget LM Ericsson', category: 'private-sector', region: 'europe' },
} as const;

/** The gateway as each actor of the negotiation, with the token its identity provider issues. */
export async function negotiationActors(gateway: HttpClient) {
  const as = async (sub: string, ...roles: Parameters<typeof tokenFor>[1][]) => gateway.as(await tokenFor(sub, ...roles));
  return {
    secretariat: await as('itu-secretariat', 'secretariat'),
    /** The chair of CWG-WSIS&SDG, who presides over this consultation, and a vice-chair. */
    chair: await as('chair-cwg-wsis', 'chair'),
    viceChair: await as('vice-chair-cwg-wsis', 'chair'),
    /** The chair of another consultation (WTDC Resolution 30), who has no say on this one. */
    otherChair: await as('chair-wtdc-res30', 'chair'),
    egypt: await as('egypt', 'stakeholder'),
    kenya: await as('kenya', 'stakeholder'),
    apc: await as('apc', 'stakeholder'),
    ericsson: await as('ericsson', 'stakeholder'),
  };
}

/** The cover page of a contribution to the Council, as the submitter prints it. */
export function contributionCover(symbol: string, title: string, extra: Record<string, unknown> = {}) {
  return {
    symbol,
    date: '2026-02-20',
    agendaItem: 'PL 2',
    originalLanguage: 'ar',
    title,
    purpose: 'Updating Resolution 1334 for the outcome of the WSIS+20 review by the UN General Assembly.',
    actionRequested: 'The Council is invited to consider the proposed modifications and to adopt them.',
    references: ['Council Resolution 1334 (Modified 2023)', 'UNGA Resolution 70/125'],
    ...extra,
  };
}

/** The substance of a contribution that proposes amendments to one version of a document. */
export function amendmentsTo(documentId: string, versionNumber: number, ...amendments: { operation: unknown; explanation?: string }[]) {
  return { kind: 'amendments', documentId, versionNumber, amendments };
}
