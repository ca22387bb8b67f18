import {
  CONSULTATION_PHASE_CHANGED,
  CONSULTATION_REGISTERED,
  CONTRIBUTION_REVISED,
  CONTRIBUTION_SUBMITTED,
  CONTRIBUTION_WITHDRAWN,
  ContributionSubstance,
  DOCUMENT_REGISTERED,
  MEETING_REGISTERED,
  PARTICIPANT_ADMITTED,
  PROVISIONS_READ,
  PHASES,
  RecordedEvent,
  STAKEHOLDER_REGISTERED,
  isDocumentEvent,
  isInputEvent,
} from '#libs/contracts';
import { allProvisions } from '#libs/text';
import { documentStep } from './history-document-step';
import { inputStep } from './history-input-step';
import { HistoryEntry, HistoryStep, messageNamesFor, namesFor, unique } from './history-entry';
import { count, languageMessage, msg, optional, reasonMessage, sponsorsMessage } from './history-messages';
import { HistorySubjects } from './history-subjects';
import { meetingEntry } from './history-meetings';
import { counted, listed, quote, sponsorsPhrase } from './history-summary';

/*
 * The consultation history as a pure step: given an event and what the history remembers
 * of the subjects it names, the row of the timeline it makes (who was involved, which
 * provisions it touched, a one-line summary) and what to remember for the events after it.
 */

export * from './history-subjects';
export type { HistoryEntry, HistoryStep } from './history-entry';
export { provisionsChangedBetween } from './adopted-changes';

/** The row an event adds to its consultation's timeline, and what the history remembers for the events after it. */
export function historyStep(event: RecordedEvent, subjects: HistorySubjects): HistoryStep {
  const actorAsStakeholder = event.metadata.actor.role === 'stakeholder' ? [event.metadata.actor.id] : [];
  const names = namesFor(subjects);
  const says = messageNamesFor(subjects);
  const details = (payload: unknown = event.payload) => ({
    event: {
      type: event.type,
      eventId: event.eventId,
      streamId: event.streamId,
      streamVersion: event.streamVersion,
      correlationId: event.metadata.correlationId,
      occurredAt: event.metadata.occurredAt,
    },
    payload,
  });
  const entry = (
    fields: Omit<HistoryEntry, 'details' | 'stakeholders' | 'provisions'> & {
      stakeholders?: readonly string[];
      provisions?: readonly string[];
      payload?: unknown;
    },
  ): HistoryEntry => {
    const { payload, stakeholders = [], provisions = [], ...rest } = fields;
    return {
      ...rest,
      stakeholders: unique([...actorAsStakeholder, ...stakeholders]),
      provisions: unique(provisions),
      details: details(payload === undefined ? event.payload : payload),
    };
  };

  switch (event.type) {
    case STAKEHOLDER_REGISTERED: {
      const e = event.payload;
      return { remember: [{ kind: 'stakeholders', id: e.stakeholderId, subject: { name: e.name } }] };
    }
    case CONSULTATION_REGISTERED: {
      const e = event.payload;
      const chairs = e.chairs.length > 0 ? `; chairs ${listed([...e.chairs])}` : '';
      return {
        entry: entry({
          consultationId: e.consultationId,
          kind: 'consultation-registered',
          summary: `Consultation "${quote(e.title)}" registered: ${e.body}, ${quote(e.subject, 60)} (original language ${e.originalLanguage})${chairs}`,
          message: msg('entry.consultationRegistered', {
            title: quote(e.title),
            body: e.body,
            subject: quote(e.subject, 60),
            language: languageMessage(e.originalLanguage),
          }),
        }),
        remember: [],
      };
    }
    case CONSULTATION_PHASE_CHANGED: {
      const e = event.payload;
      const back = PHASES.indexOf(e.to) < PHASES.indexOf(e.from);
      const summary = back
        ? `Reopened ${e.to} (from ${e.from})${e.reason ? `: ${quote(e.reason)}` : ''}`
        : `Moved from ${e.from} to ${e.to}${e.reason ? `: ${quote(e.reason)}` : ''}`;
      const message = msg(back ? 'entry.phaseReopened' : 'entry.phaseMoved', {
        from: msg(`phase.${e.from}`),
        to: msg(`phase.${e.to}`),
        reason: reasonMessage(e.reason, 80),
      });
      return { entry: entry({ consultationId: e.consultationId, kind: 'phase-changed', summary, message }), remember: [] };
    }
    case PARTICIPANT_ADMITTED: {
      const e = event.payload;
      return {
        entry: entry({
          consultationId: e.consultationId,
          kind: 'participant-admitted',
          stakeholders: [e.stakeholderId],
          summary: `${names.stakeholder(e.stakeholderId)} admitted as a participant`,
          message: msg('entry.participantAdmitted', { stakeholder: says.stakeholder(e.stakeholderId) }),
        }),
        remember: [],
      };
    }
    case DOCUMENT_REGISTERED: {
      const e = event.payload;
      const ids = [...allProvisions(e.text)].map((provision) => provision.id);
      const contribution = e.source.kind === 'contribution' ? subjects.contributions.get(e.source.contributionId) : undefined;
      const origin =
        e.source.kind === 'import'
          ? `imported base text${e.source.warnings > 0 ? ` (${counted(e.source.warnings, 'import warning')})` : ''}`
          : `the draft new resolution of ${contribution?.symbol ?? e.source.contributionId}`;
      const { text: _text, ...rest } = e;
      return {
        entry: entry({
          consultationId: e.consultationId,
          kind: 'document-registered',
          documentId: e.documentId,
          stakeholders: contribution?.stakeholders ?? [],
          provisions: ids,
          summary: `${e.symbol} (${e.versionLabel}) registered as version 1: ${origin}, ${counted(ids.length, 'provision')}`,
          message: msg('entry.documentRegistered', {
            symbol: e.symbol,
            label: e.versionLabel,
            origin:
              e.source.kind === 'import'
                ? msg('origin.import', {
                    warnings: optional(e.source.warnings > 0, 'origin.warnings', { count: count('importWarning', e.source.warnings) }),
                  })
                : msg('origin.draft', { contribution: contribution?.symbol ?? msg('unknownContribution') }),
            provisions: count('provision', ids.length),
          }),
          payload: { ...rest, text: { title: e.text.title, language: e.text.language, style: e.text.style, provisions: ids.length } },
        }),
        remember: [
          {
            kind: 'documents',
            id: e.documentId,
            subject: { consultationId: e.consultationId, symbol: e.symbol, versionNumber: 1, versionLabel: e.versionLabel, text: e.text },
          },
        ],
      };
    }
    case CONTRIBUTION_SUBMITTED:
    case CONTRIBUTION_REVISED: {
      const e = event.payload;
      const revision = 'revision' in e ? e.revision : 0;
      const stakeholders = unique([...e.submitters, ...e.coSponsors, ...(e.onBehalfOf ? [e.onBehalfOf] : [])]);
      const previous = subjects.contributions.get(e.contributionId);
      const who = sponsorsPhrase({ proposers: e.submitters, coSponsors: e.coSponsors, onBehalfOf: e.onBehalfOf }, names);
      const substance = substancePhrase(e.substance, subjects);
      const summary =
        revision === 0
          ? `${who} submitted ${e.symbol} "${quote(e.title)}": ${substance}`
          : `${who} issued ${e.symbol}, Rev.${revision} of ${previous?.symbol ?? e.contributionId} "${quote(e.title)}": ${substance}`;
      const message = msg(revision === 0 ? 'entry.contributionSubmitted' : 'entry.contributionRevised', {
        who: sponsorsMessage({ proposers: e.submitters, coSponsors: e.coSponsors, onBehalfOf: e.onBehalfOf }, says),
        symbol: e.symbol,
        revision,
        previous: previous?.symbol ?? msg('unknownContribution'),
        title: quote(e.title),
        substance: substanceMessage(e.substance, subjects),
      });
      return {
        entry: entry({
          consultationId: e.consultationId,
          kind: revision === 0 ? 'contribution-submitted' : 'contribution-revised',
          stakeholders,
          summary,
          message,
        }),
        remember: [
          {
            kind: 'contributions',
            id: e.contributionId,
            subject: {
              consultationId: e.consultationId,
              symbol: e.symbol,
              title: e.title,
              stakeholders,
              submitters: [...e.submitters],
              position: event.position,
              correlationId: event.metadata.correlationId,
            },
          },
        ],
      };
    }
    case CONTRIBUTION_WITHDRAWN: {
      const e = event.payload;
      const contribution = subjects.contributions.get(e.contributionId);
      const summary = `${contribution?.symbol ?? e.contributionId}${contribution ? ` "${quote(contribution.title)}"` : ''} withdrawn by ${names.stakeholder(e.by)}${e.reason ? `: ${quote(e.reason)}` : ''}`;
      return {
        entry: entry({
          consultationId: e.consultationId,
          kind: 'contribution-withdrawn',
          stakeholders: [...(contribution?.stakeholders ?? []), e.by],
          summary,
          message: msg('entry.contributionWithdrawn', {
            symbol: contribution?.symbol ?? msg('unknownContribution'),
            title: optional(contribution, 'titled', { title: contribution ? quote(contribution.title) : undefined }),
            by: says.stakeholder(e.by),
            reason: reasonMessage(e.reason, 80),
          }),
        }),
        remember: contribution
          ? [
              {
                kind: 'contributions',
                id: e.contributionId,
                subject: { ...contribution, position: event.position, correlationId: event.metadata.correlationId },
              },
            ]
          : [],
      };
    }
    case MEETING_REGISTERED:
    case PROVISIONS_READ:
      return { entry: entry(meetingEntry(event, subjects)), remember: [] };
    default:
      if (isInputEvent(event)) return inputStep(event, subjects, names, entry);
      return isDocumentEvent(event) ? documentStep(event, subjects, names, entry) : { remember: [] };
  }
}

function substancePhrase(substance: ContributionSubstance, subjects: HistorySubjects): string {
  switch (substance.kind) {
    case 'amendments':
      return `${counted(substance.amendmentIds.length, 'amendment')} to ${subjects.documents.get(substance.documentId)?.symbol ?? substance.documentId}`;
    case 'draft':
      return 'a draft new resolution';
    case 'report':
      return 'an information report';
  }
}

function substanceMessage(substance: ContributionSubstance, subjects: HistorySubjects) {
  switch (substance.kind) {
    case 'amendments':
      return msg('substance.amendments', {
        amendments: count('amendment', substance.amendmentIds.length),
        symbol: subjects.documents.get(substance.documentId)?.symbol ?? msg('unknownDocument'),
      });
    case 'draft':
      return msg('substance.draft');
    case 'report':
      return msg('substance.report');
  }
}
