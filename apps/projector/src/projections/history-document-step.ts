import {
  AMENDMENTS_MERGED,
  AMENDMENT_CO_SPONSORED,
  AMENDMENT_PROPOSED,
  AMENDMENT_REVISED,
  AMENDMENT_RULED,
  AMENDMENT_WITHDRAWN,
  BRACKETS_SETTLED,
  DECISION_CORRECTED,
  DocumentEvent,
  POSITION_EXPLAINED,
  PROVISION_STATUSES_RECORDED,
  RESERVATION_RECORDED,
  REVISION_ISSUED,
  RecordedEvent,
  SILENCE_BROKEN,
  SILENCE_CONCLUDED,
  SILENCE_EXTENDED,
  SILENCE_STARTED,
  VERSION_ADOPTED,
} from '#libs/contracts';
import { AmendmentOperation } from '#libs/text';
import { provisionsChangedBetween } from './adopted-changes';
import { statusesSummary } from './history-meetings';
import { footprintOf, touchedIds } from './compilation-footprint';
import { HistoryStep, MakeEntry, namesFor, unique } from './history-entry';
import type { AmendmentSubject, HistorySubjects } from './history-subjects';
import { silenceStep } from './history-silence-step';
import {
  Names,
  adoptionPhrase,
  counted,
  describeOperation,
  explanationPhrase,
  listed,
  methodPhrase,
  quote,
  rulingWord,
  sittingPhrase,
  sponsorsPhrase,
} from './history-summary';

/** The events of a document's stream: amendments and the chair's decisions. */
export function documentStep(event: RecordedEvent<DocumentEvent>, subjects: HistorySubjects, names: Names, entry: MakeEntry): HistoryStep {
  const documentId = event.payload.documentId;
  const document = subjects.documents.get(documentId);
  if (!documentId || !document) return { remember: [] };
  const docNames = namesFor(subjects, document.text);
  const base = { consultationId: document.consultationId, documentId };
  const amendmentOf = (id: string): AmendmentSubject => {
    const amendment = subjects.amendments.get(id);
    if (!amendment) throw new Error(`${event.type} at position ${event.position} names amendment ${id}, which was never proposed`);
    return amendment;
  };
  const sponsorsOf = (a: AmendmentSubject) => [...a.proposers, ...a.coSponsors, ...(a.onBehalfOf ? [a.onBehalfOf] : [])];
  const ofWhom = (a: AmendmentSubject) =>
    `${a.description}, proposed by ${sponsorsPhrase(a, names)}${a.contributionSymbol ? ` (${a.contributionSymbol})` : ''}`;
  const touched = (op: AmendmentOperation | undefined) => (op ? touchedIds(footprintOf(op, document.text)) : []);
  const extendContribution = (a: { contributionId?: string }, provisions: readonly string[]): HistoryStep['extend'] => {
    const contribution = a.contributionId === undefined ? undefined : subjects.contributions.get(a.contributionId);
    return contribution && contribution.correlationId === event.metadata.correlationId && provisions.length > 0
      ? { position: contribution.position, provisions }
      : undefined;
  };

  switch (event.type) {
    case AMENDMENT_PROPOSED: {
      const e = event.payload;
      const contribution = e.contributionId === undefined ? undefined : subjects.contributions.get(e.contributionId);
      const amendment: AmendmentSubject = {
        ...base,
        operation: e.operation,
        proposers: [...e.proposers],
        coSponsors: [],
        ...(e.onBehalfOf ? { onBehalfOf: e.onBehalfOf } : {}),
        ...(e.contributionId ? { contributionId: e.contributionId } : {}),
        ...(contribution ? { contributionSymbol: contribution.symbol } : {}),
        description: describeOperation(e.operation, docNames),
        provisions: touched(e.operation),
      };
      return {
        entry: entry({
          ...base,
          kind: 'amendment-proposed',
          stakeholders: sponsorsOf(amendment),
          provisions: amendment.provisions,
          summary: `${sponsorsPhrase(amendment, names)} proposed ${amendment.description} in ${document.symbol}${contribution ? ` (${contribution.symbol})` : ''}`,
        }),
        remember: [{ kind: 'amendments', id: e.amendmentId, subject: amendment }],
        extend: extendContribution(amendment, amendment.provisions),
      };
    }
    case AMENDMENT_CO_SPONSORED: {
      const e = event.payload;
      const amendment = amendmentOf(e.amendmentId);
      const after = { ...amendment, coSponsors: unique([...amendment.coSponsors, e.stakeholderId]) };
      return {
        entry: entry({
          ...base,
          kind: 'amendment-co-sponsored',
          stakeholders: [e.stakeholderId, ...sponsorsOf(amendment)],
          provisions: amendment.provisions,
          summary: `${names.stakeholder(e.stakeholderId)} co-sponsored ${ofWhom(amendment)}`,
        }),
        remember: [{ kind: 'amendments', id: e.amendmentId, subject: after }],
      };
    }
    case AMENDMENT_REVISED: {
      const e = event.payload;
      const amendment = amendmentOf(e.amendmentId);
      const contribution = amendment.contributionId === undefined ? undefined : subjects.contributions.get(amendment.contributionId);
      const revised: AmendmentSubject = {
        ...amendment,
        operation: e.operation,
        description: describeOperation(e.operation, docNames),
        provisions: touched(e.operation),
        ...(contribution ? { contributionSymbol: contribution.symbol } : {}),
      };
      const provisions = unique([...amendment.provisions, ...revised.provisions]);
      return {
        entry: entry({
          ...base,
          kind: 'amendment-revised',
          stakeholders: sponsorsOf(amendment),
          provisions,
          summary: `Revised (Rev.${e.revision}): ${ofWhom(revised)}${e.explanation ? ` (${quote(e.explanation, 60)})` : ''}`,
        }),
        remember: [{ kind: 'amendments', id: e.amendmentId, subject: revised }],
        extend: extendContribution(amendment, provisions),
      };
    }
    case AMENDMENT_WITHDRAWN: {
      const e = event.payload;
      const amendment = amendmentOf(e.amendmentId);
      return {
        entry: entry({
          ...base,
          kind: 'amendment-withdrawn',
          stakeholders: sponsorsOf(amendment),
          provisions: amendment.provisions,
          summary: `Withdrawn by ${names.stakeholder(e.by)}: ${ofWhom(amendment)}${e.reason ? ` (${quote(e.reason, 60)})` : ''}`,
        }),
        remember: [],
        extend: extendContribution(amendment, amendment.provisions),
      };
    }
    case AMENDMENT_RULED: {
      const e = event.payload;
      const amendment = amendmentOf(e.amendmentId);
      const applied = touched(e.applied);
      const compromise = e.compromise ? `; compromise: ${describeOperation(e.compromise, docNames)}` : '';
      return {
        entry: entry({
          ...base,
          kind: 'amendment-ruled',
          stakeholders: sponsorsOf(amendment),
          provisions: [...amendment.provisions, ...applied, ...touched(e.compromise)],
          summary: `${rulingWord(e.ruling)}${sittingPhrase(e)}: ${ofWhom(amendment)}${compromise}${e.reason ? ` (${quote(e.reason, 60)})` : ''}`,
        }),
        remember: [
          {
            kind: 'decisions',
            id: e.decisionId,
            subject: { ...base, amendmentIds: [e.amendmentId], ruling: e.ruling, provisions: applied },
          },
        ],
      };
    }
    case AMENDMENTS_MERGED: {
      const e = event.payload;
      const amendments = e.amendmentIds.map(amendmentOf);
      const applied = touched(e.applied);
      const merged = amendments.map((a) => `${a.description} (${sponsorsPhrase(a, names)})`);
      return {
        entry: entry({
          ...base,
          kind: 'amendments-merged',
          stakeholders: amendments.flatMap(sponsorsOf),
          provisions: [...amendments.flatMap((a) => a.provisions), ...applied],
          summary: `Merged${sittingPhrase(e)}: ${listed(merged)}, into ${describeOperation(e.operation, docNames)}`,
        }),
        remember: [
          {
            kind: 'decisions',
            id: e.decisionId,
            subject: { ...base, amendmentIds: [...e.amendmentIds], ruling: 'merged', provisions: applied },
          },
        ],
      };
    }
    case BRACKETS_SETTLED: {
      const e = event.payload;
      const kept = e.choice === 'none' ? 'no alternative kept' : `alternative ${e.choice + 1} kept`;
      return {
        entry: entry({
          ...base,
          kind: 'brackets-settled',
          provisions: [e.provisionId],
          summary: `Brackets settled in ${docNames.provision(e.provisionId)}${sittingPhrase(e)}: bracket group ${e.bracketIndex + 1}, ${kept}`,
        }),
        remember: [{ kind: 'decisions', id: e.decisionId, subject: { ...base, amendmentIds: [], provisions: [e.provisionId] } }],
      };
    }
    case VERSION_ADOPTED: {
      const e = event.payload;
      const changed = provisionsChangedBetween(document.text, e.text);
      const sectionIds = new Set(
        [...document.text.preamble, ...document.text.operative, ...e.text.preamble, ...e.text.operative].map((section) => section.id),
      );
      const headings = changed.filter((id) => sectionIds.has(id)).length;
      const what = `${counted(changed.length - headings, 'provision')}${headings > 0 ? ` and ${counted(headings, 'heading')}` : ''}`;
      const leftOpen =
        e.leftOpen.amendmentIds.length + e.leftOpen.brackets > 0
          ? `; left open: ${counted(e.leftOpen.amendmentIds.length, 'amendment')}, ${counted(e.leftOpen.brackets, 'bracket group')}`
          : '';
      const { text: _text, ...rest } = e;
      return {
        entry: entry({
          ...base,
          kind: 'version-adopted',
          provisions: changed,
          summary: `Version ${e.versionNumber} "${e.label}" of ${document.symbol} adopted${adoptionPhrase(e)}${methodPhrase(e.method)}: ${what} changed since version ${document.versionNumber}${leftOpen}`,
          payload: rest,
        }),
        remember: [
          {
            kind: 'documents',
            id: documentId,
            subject: { ...document, versionNumber: e.versionNumber, versionLabel: e.label, text: e.text },
          },
        ],
      };
    }
    case REVISION_ISSUED: {
      const e = event.payload;
      const provisions = unique(e.changes.flatMap((change) => touched(change)));
      const reflected = unique(e.reflects.flatMap((r) => r.amendmentIds)).map(amendmentOf);
      const inputs = unique(e.reflects.flatMap((r) => r.inputIds)).length;
      const reflecting = [
        ...(reflected.length > 0 ? [`amendments of ${listed(unique(reflected.map((a) => sponsorsPhrase(a, names))))}`] : []),
        ...(inputs > 0 ? [counted(inputs, 'stakeholder input')] : []),
      ];
      const carried = [
        ...(e.rebased.length > 0 ? [`${counted(e.rebased.length, 'pending amendment')} rebased onto it`] : []),
        ...(e.overtaken.length > 0 ? [`${counted(e.overtaken.length, 'amendment')} overtaken`] : []),
      ];
      const rebased = e.rebased.map(({ amendmentId, operation }) => {
        const amendment = amendmentOf(amendmentId);
        const subject = { ...amendment, operation, description: describeOperation(operation, docNames), provisions: touched(operation) };
        return { kind: 'amendments' as const, id: amendmentId, subject };
      });
      const { text: _text, ...rest } = e;
      return {
        entry: entry({
          ...base,
          kind: 'revision-issued',
          stakeholders: reflected.flatMap(sponsorsOf),
          provisions,
          summary: `${e.label} of ${document.symbol}${e.symbol ? ` (${e.symbol})` : ''} issued${sittingPhrase(e)}: ${counted(e.changes.length, 'change')} to ${counted(provisions.length, 'provision')}${reflecting.length > 0 ? `, reflecting ${listed(reflecting)}` : ''}${carried.length > 0 ? `; ${listed(carried)}` : ''}`,
          payload: rest,
        }),
        remember: [
          ...rebased,
          {
            kind: 'documents',
            id: documentId,
            subject: { ...document, versionNumber: e.versionNumber, versionLabel: e.label, text: e.text },
          },
        ],
      };
    }
    case RESERVATION_RECORDED: {
      const e = event.payload;
      return {
        entry: entry({
          ...base,
          kind: 'reservation-recorded',
          stakeholders: [e.stakeholderId],
          provisions: [e.provisionId],
          summary: `${names.stakeholder(e.stakeholderId)} recorded a reservation on ${docNames.provision(e.provisionId)}${sittingPhrase(e)}: "${quote(e.text)}"`,
        }),
        remember: [],
      };
    }
    case DECISION_CORRECTED: {
      const e = event.payload;
      const amendment = amendmentOf(e.amendmentId);
      const corrected = subjects.decisions.get(e.corrects);
      const applied = touched(e.applied);
      const from = corrected?.ruling ? `${corrected.ruling} → ` : '';
      return {
        entry: entry({
          ...base,
          kind: 'decision-corrected',
          stakeholders: sponsorsOf(amendment),
          provisions: [...amendment.provisions, ...(corrected?.provisions ?? []), ...applied, ...touched(e.compromise)],
          summary: `Decision ${e.corrects} corrected${sittingPhrase(e)}: ${from}${e.ruling} on ${ofWhom(amendment)} (${quote(e.reason, 80)})`,
        }),
        remember: [
          {
            kind: 'decisions',
            id: e.decisionId,
            subject: { ...base, amendmentIds: [e.amendmentId], ruling: e.ruling, provisions: applied },
          },
        ],
      };
    }
    case POSITION_EXPLAINED: {
      const e = event.payload;
      return {
        entry: entry({
          ...base,
          kind: 'position-explained',
          stakeholders: [e.stakeholderId],
          summary: `${names.stakeholder(e.stakeholderId)}: ${explanationPhrase(e)} of version ${e.versionNumber} of ${document.symbol}${sittingPhrase(e)}: "${quote(e.text)}"`,
        }),
        remember: [],
      };
    }
    case PROVISION_STATUSES_RECORDED: {
      const e = event.payload;
      return {
        entry: entry({
          ...base,
          kind: 'provision-statuses-recorded',
          provisions: e.statuses.map((s) => s.provisionId),
          summary: statusesSummary(e, document.symbol, docNames),
        }),
        remember: [],
      };
    }
    case SILENCE_STARTED:
    case SILENCE_EXTENDED:
    case SILENCE_BROKEN:
    case SILENCE_CONCLUDED:
      return silenceStep(event, base, document, names, docNames, entry);
    default:
      return { remember: [] };
  }
}
