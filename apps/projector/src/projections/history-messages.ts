import type { AdoptionMethod, PositionExplainedV1, Ruling } from '#libs/contracts';
import type { TimelineMessage, TimelineValue } from '#libs/read-models';
import type { AmendmentOperation, ProvisionPosition, ResolutionDocument, SectionPosition } from '#libs/text';
import { citeProvision, sectionHeading } from './history-citation';
import { quote } from './history-summary';

/*
 * The rows of the timeline as messages of the `timeline.` catalogue, the twins of the English
 * summaries of history-summary.ts: the document's own words (names, titles, labels, headings,
 * quotations) travel as strings, everything else as keys the reader's language translates.
 * No id goes into a message: provisions are cited as printed, with their section.
 */

/** A message of the timeline catalogue; parameters left undefined are dropped (they read as nothing). */
export function msg(key: string, params: Readonly<Record<string, TimelineValue | undefined>> = {}): TimelineMessage {
  const defined = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined)) as Record<string, TimelineValue>;
  return Object.keys(defined).length > 0 ? { key: `timeline.${key}`, params: defined } : { key: `timeline.${key}` };
}

/** Values joined as the reader's language joins a list. */
export function list(values: readonly TimelineValue[]): TimelineValue {
  return { list: values };
}

/** A message only when `present`. */
export function optional(
  present: unknown,
  key: string,
  params: Readonly<Record<string, TimelineValue | undefined>> = {},
): TimelineMessage | undefined {
  return present ? msg(key, params) : undefined;
}

/** "3 amendments" in the reader's language, with its plural forms. */
export function count(noun: string, n: number): TimelineMessage {
  return msg(`count.${noun}`, { count: n });
}

/** How a timeline message names the document's things, by the words of its latest text. */
export interface MessageNames {
  stakeholder(id: string): TimelineValue;
  provision(id: string): TimelineValue;
  section(id: string): TimelineValue;
}

/** Names of stakeholders from the registry, and of provisions and sections as `text` prints them. */
export function messageNames(stakeholderName: (id: string) => string | undefined, text?: ResolutionDocument): MessageNames {
  return {
    stakeholder: (id) => stakeholderName(id) ?? msg('unknownStakeholder'),
    provision: (id) => {
      const cited = text ? citeProvision(text, id) : '';
      return cited !== '' ? cited : msg('provisionNotInText');
    },
    section: (id) => {
      const heading = text ? sectionHeading(text, id) : undefined;
      if (heading === undefined) return msg('sectionNotInText');
      return heading.trim() === '' ? msg('sectionUntitled') : quote(heading, 60);
    },
  };
}

/** What an amendment proposes, by the ITU's tags in the reader's language (MOD, ADD, SUP, MOVE). */
export function operationMessage(op: AmendmentOperation, names: MessageNames): TimelineMessage {
  switch (op.kind) {
    case 'add':
      return msg('op.add', { place: provisionPlace(op.position, names), text: quote(op.text, 60) });
    case 'modify':
      return msg('op.modify', { provision: names.provision(op.provisionId) });
    case 'replaceText':
      return msg('op.replaceText', { provision: names.provision(op.provisionId) });
    case 'suppress':
      return msg('op.suppress', { provision: names.provision(op.provisionId) });
    case 'move':
      return msg('oldText' in op || 'baseText' in op ? 'op.moveAndModify' : 'op.move', {
        provision: names.provision(op.provisionId),
        place: provisionPlace(op.position, names),
      });
    case 'addFootnote':
      return msg('op.addFootnote', { provision: names.provision(op.provisionId) });
    case 'changeFootnote':
      return msg('op.changeFootnote', { provision: names.provision(op.provisionId) });
    case 'suppressFootnote':
      return msg('op.suppressFootnote', { provision: names.provision(op.provisionId) });
    case 'changeTitle':
      return msg('op.changeTitle', { title: quote(op.title) });
    case 'suppressSection':
      return msg('op.suppressSection', { section: names.section(op.sectionId) });
    case 'offerAlternatives':
      return msg('op.offerAlternatives', {
        provision: names.provision(op.provisionId),
        alternatives: list(op.alternatives.map((alternative) => quote(alternative, 40))),
      });
    case 'settleBrackets':
      return msg('op.settleBrackets', { provision: names.provision(op.provisionId) });
    case 'changeHeading':
      return msg('op.changeHeading', { section: names.section(op.sectionId), heading: quote(op.heading) });
    case 'addSection':
      return msg('op.addSection', { heading: quote(op.heading), place: sectionPlace(op.position, names) });
  }
}

function provisionPlace(position: ProvisionPosition, names: MessageNames): TimelineMessage {
  if ('before' in position) return msg('place.before', { provision: names.provision(position.before) });
  if ('after' in position) return msg('place.after', { provision: names.provision(position.after) });
  if ('asChildOf' in position) return msg('place.asChildOf', { provision: names.provision(position.asChildOf) });
  return msg('place.atEndOf', { section: names.section(position.atEndOf) });
}

function sectionPlace(position: SectionPosition, names: MessageNames): TimelineMessage {
  if ('beforeSection' in position) return msg('place.beforeSection', { section: names.section(position.beforeSection) });
  if ('afterSection' in position) return msg('place.afterSection', { section: names.section(position.afterSection) });
  return msg(`place.atEndOfPart.${position.atEndOfPart}`);
}

/** Who stands behind a proposal: its proposers, the group they speak for, its co-sponsors. */
export function sponsorsMessage(
  sponsors: { readonly proposers: readonly string[]; readonly coSponsors?: readonly string[]; readonly onBehalfOf?: string | null },
  names: MessageNames,
): TimelineValue {
  const proposers = list(sponsors.proposers.map(names.stakeholder));
  const group = sponsors.onBehalfOf ? names.stakeholder(sponsors.onBehalfOf) : undefined;
  const coSponsors = sponsors.coSponsors?.length ? list(sponsors.coSponsors.map(names.stakeholder)) : undefined;
  if (group !== undefined && coSponsors !== undefined) return msg('sponsors.behalfCo', { proposers, group, coSponsors });
  if (group !== undefined) return msg('sponsors.behalf', { proposers, group });
  if (coSponsors !== undefined) return msg('sponsors.co', { proposers, coSponsors });
  return proposers;
}

/** Where and when a decision was taken: " at CWG-WSIS&SDG-44 on 2026-04-10"; undefined when neither is recorded. */
export function sittingMessage(sitting: { readonly meeting?: string; readonly date?: string }): TimelineMessage | undefined {
  if (sitting.meeting && sitting.date) return msg('sitting.meetingDate', { meeting: sitting.meeting, date: sitting.date });
  if (sitting.meeting) return msg('sitting.meeting', { meeting: sitting.meeting });
  return optional(sitting.date, 'sitting.date', { date: sitting.date });
}

/** Where and when a version was adopted (" at sixth Plenary Meeting (Geneva, 2023-07-20)"), and as what (" as Resolution 1334"). */
export function adoptionMessages(adoption: {
  readonly meeting?: string;
  readonly date?: string;
  readonly place?: string;
  readonly number?: string;
}): { where?: TimelineMessage; number?: TimelineMessage } {
  const where = adoption.place
    ? msg(adoption.date ? 'adoption.placeDate' : 'adoption.place', {
        meeting: adoption.meeting ?? '',
        place: adoption.place,
        date: adoption.date,
      })
    : sittingMessage(adoption);
  return { where, number: optional(adoption.number, 'adoption.number', { number: adoption.number }) };
}

/** How a version was adopted; undefined when not recorded. */
export function methodMessage(method: AdoptionMethod | undefined): TimelineMessage | undefined {
  if (!method) return undefined;
  if (method.kind === 'consensus') return msg('method.consensus');
  const { yes, no, abstain } = method.tally;
  return msg('method.recorded', { yes, no, abstain });
}

/** "explanation of vote before the adoption". */
export function explanationMessage(explanation: Pick<PositionExplainedV1, 'kind' | 'timing'>): TimelineMessage {
  return msg(`explanation.${explanation.kind}.${explanation.timing}`);
}

const LANGUAGES = new Set(['ar', 'en', 'fr', 'es', 'ru', 'zh']);

/** A language by its name in the reader's language: the six official languages by key, any other by its code. */
export function languageMessage(code: string): TimelineValue {
  const base = code.toLowerCase().split('-')[0];
  return LANGUAGES.has(base) ? msg(`language.${base}`) : code;
}

/** A ruling as the chair announces it. */
export function rulingMessage(ruling: Ruling | string): TimelineMessage {
  return msg(`ruling.${ruling}`);
}

/** A quoted reason, explanation or statement, shortened to one line; undefined when there is none. */
export function reasonMessage(reason: string | undefined, maxLength = 60): TimelineMessage | undefined {
  return optional(reason, 'reason', { reason: reason === undefined ? undefined : quote(reason, maxLength) });
}
