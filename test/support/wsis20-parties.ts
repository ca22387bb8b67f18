/**
 * Who takes part in a WSIS+20-shaped review in the General Assembly, and where they meet:
 * member states and a negotiating group, and the non-state stakeholders of the WSIS process
 * (civil society, the private sector, academia, the technical community).
 */
import { Answer } from './negotiation-steps';

export const STAKEHOLDERS = {
  kenya: { id: 'kenya', name: 'Republic of Kenya', category: 'member-state', region: 'africa' },
  brazil: { id: 'brazil', name: 'Federative Republic of Brazil', category: 'member-state', region: 'americas' },
  india: { id: 'india', name: 'Republic of India', category: 'member-state', region: 'asia-pacific' },
  group77: {
    id: 'group-77-china',
    name: 'Group of 77 and China',
    category: 'member-state',
    region: 'global',
    memberIds: ['kenya', 'brazil', 'india'],
  },
  russia: { id: 'russian-federation', name: 'Russian Federation', category: 'member-state', region: 'cis' },
  unitedStates: { id: 'united-states', name: 'United States of America', category: 'member-state', region: 'americas' },
  apc: { id: 'apc', name: 'Association for Progressive Communications', category: 'civil-society', region: 'global' },
  icc: { id: 'icc-basis', name: 'ICC Business Action to Support the Information Society', category: 'private-sector', region: 'global' },
  giganet: { id: 'giganet', name: 'Global Internet Governance Academic Network', category: 'academia', region: 'global' },
  isoc: { id: 'isoc', name: 'Internet Society', category: 'technical-community', region: 'global' },
} as const;

export const WSIS20_CONSULTATION = {
  title: 'Overall review of the implementation of the outcomes of the World Summit on the Information Society',
  body: 'United Nations General Assembly',
  subject: 'WSIS+20 review: outcome document of the high-level meeting of the General Assembly',
  originalLanguage: 'en',
  chairs: ['co-facilitator-1', 'co-facilitator-2'],
};

/** The written inputs of non-state stakeholders on the zero draft, each on the paragraphs of the keys it names (none: on the whole text). */
export const INPUTS_ON_THE_ZERO_DRAFT = [
  {
    name: 'apc',
    by: 'apc',
    on: ['stakeholders'],
    title: 'Multistakeholder roles',
    text: 'Recognize the roles and responsibilities of all stakeholders.',
  },
  {
    name: 'icc',
    by: 'icc-basis',
    on: ['igf'],
    title: 'A permanent IGF',
    text: 'Business supports a permanent mandate for the Internet Governance Forum.',
  },
  {
    name: 'giganet',
    by: 'giganet',
    on: [],
    title: 'Research on the digital divides',
    text: 'Measure the divides with disaggregated data.',
  },
  { name: 'isoc', by: 'isoc', on: ['internet'], title: 'One Internet', text: 'Speak of a single, open, interoperable Internet.' },
];

/** The zone the co-facilitators announce silence deadlines in. */
export const NEW_YORK = 'America/New_York';

/** The adoption the co-facilitators announce with a silence: what the system records if it holds. */
export const ADOPTION = {
  label: 'adopted',
  meeting: 'high-level meeting of the General Assembly on the overall review of the WSIS outcomes',
  place: 'New York',
};

const HEADQUARTERS = 'United Nations Headquarters, New York';
const SESSION = 'eightieth session';

/** The informal consultations on the drafts, then the high-level meeting's plenary. */
export const MEETINGS = [
  { meetingId: 'ic-1', kind: 'informal-consultation', number: 1, name: 'First informal consultation', date: '2025-09-10' },
  { meetingId: 'ic-2', kind: 'informal-consultation', number: 2, name: 'Second informal consultation', date: '2025-11-12' },
  { meetingId: 'ic-3', kind: 'informal-consultation', number: 3, name: 'Third informal consultation', date: '2025-11-19' },
  { meetingId: 'ic-4', kind: 'informal-consultation', number: 4, name: 'Fourth informal consultation', date: '2025-12-05' },
  {
    meetingId: 'plenary',
    kind: 'plenary',
    number: 1,
    name: 'High-level meeting on the overall review of the WSIS outcomes, plenary',
    date: '2025-12-16',
  },
].map((meeting) => ({ ...meeting, place: HEADQUARTERS, session: SESSION }));

/** An instant as announced in a time zone: ISO 8601 with that zone's offset at the instant, to the second after it. */
export function instantIn(instantMs: number, timeZone: string): string {
  const whole = Math.ceil(instantMs / 1000) * 1000;
  const zoneName = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(whole))
    .find((part) => part.type === 'timeZoneName')!.value;
  const [, sign = '+', hours = '00', minutes = '00'] = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(zoneName)!;
  const offsetMinutes = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  const local = new Date(whole + offsetMinutes * 60_000).toISOString().slice(0, 19);
  return `${local}${sign}${hours}:${minutes}`;
}

/** A request the rules refuse, as problem details: a role or party that may not (403), something named that is not there (404), a rule of the negotiation (409, 422). */
export function refused(step: string, answer: Answer): void {
  if (![403, 404, 409, 422].includes(answer.status)) throw new Error(`${step}: expected a refusal, got ${answer.status}: ${answer.text}`);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
}
