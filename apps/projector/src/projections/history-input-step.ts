import {
  RecordedEvent,
  STAKEHOLDER_INPUT_SUBMITTED,
  STAKEHOLDER_INPUT_WITHDRAWN,
  StakeholderInputSubmitted,
  StakeholderInputWithdrawn,
} from '#libs/contracts';
import { HistoryStep, MakeEntry, messageNamesFor, namesFor } from './history-entry';
import { languageMessage, list, msg, optional, reasonMessage } from './history-messages';
import type { HistorySubjects } from './history-subjects';
import { Names, listed, quote } from './history-summary';

/**
 * The rows of a stakeholder's written input in the timeline: sent on a version, or on
 * provisions named by their printed labels; withdrawn by its submitter. Never ruled on.
 */
export function inputStep(
  event: RecordedEvent<StakeholderInputSubmitted | StakeholderInputWithdrawn>,
  subjects: HistorySubjects,
  names: Names,
  entry: MakeEntry,
): HistoryStep {
  switch (event.type) {
    case STAKEHOLDER_INPUT_SUBMITTED: {
      const e = event.payload;
      const document = subjects.documents.get(e.documentId);
      const docNames = namesFor(subjects, document?.text);
      const on = document ? `${document.symbol} (${document.versionLabel})` : e.documentId;
      const concerns = e.provisionIds.length > 0 ? ` on ${listed(e.provisionIds.map(docNames.provision))}` : ' on the text as a whole';
      return {
        entry: entry({
          consultationId: e.consultationId,
          documentId: e.documentId,
          kind: 'input-submitted',
          stakeholders: [e.stakeholderId],
          provisions: e.provisionIds,
          summary: `${names.stakeholder(e.stakeholderId)} sent the input "${quote(e.title)}" to ${on}${concerns} (in ${e.language})`,
          message: msg('entry.inputSubmitted', {
            stakeholder: messageNamesFor(subjects).stakeholder(e.stakeholderId),
            title: quote(e.title),
            symbol: document?.symbol ?? msg('unknownDocument'),
            label: optional(document, 'versionLabel', { label: document?.versionLabel }),
            concerns:
              e.provisionIds.length > 0
                ? msg('concerns.provisions', { provisions: list(e.provisionIds.map(messageNamesFor(subjects, document?.text).provision)) })
                : msg('concerns.whole'),
            language: languageMessage(e.language),
          }),
        }),
        remember: [],
      };
    }
    case STAKEHOLDER_INPUT_WITHDRAWN: {
      const e = event.payload;
      return {
        entry: entry({
          consultationId: e.consultationId,
          documentId: e.documentId,
          kind: 'input-withdrawn',
          stakeholders: [e.by],
          summary: `Input ${e.inputId} withdrawn by ${names.stakeholder(e.by)}${e.reason ? `: ${quote(e.reason)}` : ''}`,
          message: msg('entry.inputWithdrawn', { by: messageNamesFor(subjects).stakeholder(e.by), reason: reasonMessage(e.reason, 80) }),
        }),
        remember: [],
      };
    }
  }
}
