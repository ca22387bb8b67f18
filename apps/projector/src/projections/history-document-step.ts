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
import { statusesMessage, statusesSummary } from './history-meetings';
import { footprintOf, touchedIds } from './compilation-footprint';
import { HistoryStep, MakeEntry, messageNamesFor, namesFor, unique } from './history-entry';
import {
  adoptionMessages,
  count,
  explanationMessage,
  list,
  methodMessage,
  msg,
  operationMessage,
  optional,
  reasonMessage,
  rulingMessage,
  sittingMessage,
  sponsorsMessage,
} from './history-messages';
import type { AmendmentSubject, HistorySubjects } from './history-subjects';
import { silenceStep } from './history-silence-step';
import { isLanguageEvent, languageStep } from './history-language-step';
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
  const says = messageNamesFor(subjects);
  const docSays = messageNamesFor(subjects, document.text);
  const base = { consultationId: document.consultationId, documentId };
  const amendmentOf = (id: string): AmendmentSubject => {
    const amendment = subjects.amendments.get(id);
    if (!amendment) throw new Error(`${event.type} at position ${event.position} names amendment ${id}, which was never proposed`);
    return amendment;
  };
  const sponsorsOf = (a: AmendmentSubject) => [...a.proposers, ...a.coSponsors, ...(a.onBehalfOf ? [a.onBehalfOf] : [])];
  const ofWhom = (a: AmendmentSubject) =>
    `${a.description}, proposed by ${sponsorsPhrase(a, names)}${a.contributionSymbol ? ` (${a.contributionSymbol})` : ''}`;
  const amendmentMessage = (a: AmendmentSubject) =>
    msg('amendment', {
      what: a.what,
      who: sponsorsMessage(a, says),
      contribution: optional(a.contributionSymbol, 'inContribution', { contribution: a.contributionSymbol }),
    });
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
        what: operationMessage(e.operation, docSays),
        provisions: touched(e.operation),
      };
      return {
        entry: entry({
          ...base,
          kind: 'amendment-proposed',
          stakeholders: sponsorsOf(amendment),
          provisions: amendment.provisions,
          summary: `${sponsorsPhrase(amendment, names)} proposed ${amendment.description} in ${document.symbol}${contribution ? ` (${contribution.symbol})` : ''}`,
          message: msg('entry.amendmentProposed', {
            who: sponsorsMessage(amendment, says),
            what: amendment.what,
            symbol: document.symbol,
            contribution: optional(contribution, 'inContribution', { contribution: contribution?.symbol }),
          }),
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
          message: msg('entry.amendmentCoSponsored', {
            stakeholder: says.stakeholder(e.stakeholderId),
            amendment: amendmentMessage(amendment),
          }),
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
        what: operationMessage(e.operation, docSays),
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
          message: msg('entry.amendmentRevised', {
            revision: e.revision,
            amendment: amendmentMessage(revised),
            reason: reasonMessage(e.explanation),
          }),
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
          message: msg('entry.amendmentWithdrawn', {
            by: says.stakeholder(e.by),
            amendment: amendmentMessage(amendment),
            reason: reasonMessage(e.reason),
          }),
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
          message: msg('entry.amendmentRuled', {
            ruling: rulingMessage(e.ruling),
            sitting: sittingMessage(e),
            amendment: amendmentMessage(amendment),
            compromise: optional(e.compromise, 'compromise', { what: e.compromise ? operationMessage(e.compromise, docSays) : undefined }),
            reason: reasonMessage(e.reason),
          }),
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
          message: msg('entry.amendmentsMerged', {
            sitting: sittingMessage(e),
            merged: list(amendments.map((a) => msg('merged', { what: a.what, who: sponsorsMessage(a, says) }))),
            into: operationMessage(e.operation, docSays),
          }),
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
          message: msg('entry.bracketsSettled', {
            provision: docSays.provision(e.provisionId),
            sitting: sittingMessage(e),
            group: e.bracketIndex + 1,
            kept: e.choice === 'none' ? msg('keptNone') : msg('kept', { alternative: e.choice + 1 }),
          }),
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
          message: msg('entry.versionAdopted', {
            version: e.versionNumber,
            label: e.label,
            symbol: document.symbol,
            adoption: adoptionMessages(e).where,
            adoptedAs: adoptionMessages(e).number,
            method: methodMessage(e.method),
            changed: list([count('provision', changed.length - headings), ...(headings > 0 ? [count('heading', headings)] : [])]),
            since: document.versionNumber,
            leftOpen: optional(e.leftOpen.amendmentIds.length + e.leftOpen.brackets > 0, 'leftOpen', {
              amendments: count('amendment', e.leftOpen.amendmentIds.length),
              brackets: count('bracketGroup', e.leftOpen.brackets),
            }),
          }),
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
        const subject = {
          ...amendment,
          operation,
          description: describeOperation(operation, docNames),
          what: operationMessage(operation, docSays),
          provisions: touched(operation),
        };
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
          message: msg('entry.revisionIssued', {
            label: e.label,
            symbol: document.symbol,
            revisionSymbol: optional(e.symbol, 'revisionSymbol', { symbol: e.symbol }),
            sitting: sittingMessage(e),
            changes: count('change', e.changes.length),
            provisions: count('provision', provisions.length),
            reflecting: optional(reflected.length + inputs > 0, 'reflecting', {
              what: list([
                ...(reflected.length > 0
                  ? [msg('reflectingAmendments', { who: list(reflected.map((a) => sponsorsMessage(a, says))) })]
                  : []),
                ...(inputs > 0 ? [count('input', inputs)] : []),
              ]),
            }),
            carried: optional(carried.length > 0, 'carried', {
              what: list([
                ...(e.rebased.length > 0 ? [msg('rebased', { amendments: count('pendingAmendment', e.rebased.length) })] : []),
                ...(e.overtaken.length > 0 ? [msg('overtaken', { amendments: count('amendment', e.overtaken.length) })] : []),
              ]),
            }),
          }),
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
          message: msg('entry.reservationRecorded', {
            stakeholder: says.stakeholder(e.stakeholderId),
            provision: docSays.provision(e.provisionId),
            sitting: sittingMessage(e),
            text: quote(e.text),
          }),
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
          message: msg('entry.decisionCorrected', {
            sitting: sittingMessage(e),
            from: corrected?.ruling ? rulingMessage(corrected.ruling) : msg('ruling.unknown'),
            to: rulingMessage(e.ruling),
            amendment: amendmentMessage(amendment),
            reason: reasonMessage(e.reason, 80),
          }),
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
          message: msg('entry.positionExplained', {
            stakeholder: says.stakeholder(e.stakeholderId),
            explanation: explanationMessage(e),
            version: e.versionNumber,
            symbol: document.symbol,
            sitting: sittingMessage(e),
            text: quote(e.text),
          }),
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
          message: statusesMessage(e, document.symbol, docSays),
        }),
        remember: [],
      };
    }
    case SILENCE_STARTED:
    case SILENCE_EXTENDED:
    case SILENCE_BROKEN:
    case SILENCE_CONCLUDED:
      return silenceStep(event, base, document, { names, docNames, says, docSays }, entry);
    default:
      return isLanguageEvent(event) ? languageStep(event, base, document, docSays, entry) : { remember: [] };
  }
}
