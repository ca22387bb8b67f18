import { RecordedEvent, SILENCE_BROKEN, SILENCE_CONCLUDED, SILENCE_EXTENDED, SILENCE_STARTED, SilenceStarted } from '#libs/contracts';
import type { HistoryStep, MakeEntry } from './history-entry';
import type { DocumentSubject } from './history-subjects';
import { Names, listed, quote } from './history-summary';
import { MessageNames, list, msg, reasonMessage } from './history-messages';

type SilenceEvent = Extract<
  RecordedEvent,
  { type: typeof SILENCE_STARTED | typeof SILENCE_EXTENDED | typeof SILENCE_BROKEN | typeof SILENCE_CONCLUDED }
>;

/** The deadline as announced: "2025-12-09T18:00:00-05:00 (America/New_York)". */
function deadlinePhrase(deadline: string, timeZone: string): string {
  return `${deadline} (${timeZone})`;
}

/** The rows of the silence procedure on a document's timeline; `docNames` cite provisions as printed in the text under silence. */
export function silenceStep(
  event: SilenceEvent,
  base: { readonly consultationId: string; readonly documentId: string },
  document: DocumentSubject,
  { names, docNames, says, docSays }: { names: Names; docNames: Names; says: MessageNames; docSays: MessageNames },
  entry: MakeEntry,
): HistoryStep {
  switch (event.type) {
    case SILENCE_STARTED: {
      const e: SilenceStarted['payload'] = event.payload;
      return {
        entry: entry({
          ...base,
          kind: 'silence-started',
          summary: `Version ${e.versionNumber} "${document.versionLabel}" of ${document.symbol} placed under silence until ${deadlinePhrase(e.deadline, e.timeZone)}; if it holds, adopted as "${e.adoption.label}"`,
          message: msg('entry.silenceStarted', {
            version: e.versionNumber,
            label: document.versionLabel,
            symbol: document.symbol,
            deadline: e.deadline,
            timeZone: e.timeZone,
            adoptedAs: e.adoption.label,
          }),
        }),
        remember: [],
      };
    }
    case SILENCE_EXTENDED: {
      const e = event.payload;
      return {
        entry: entry({
          ...base,
          kind: 'silence-extended',
          summary: `Silence on ${document.symbol} extended until ${deadlinePhrase(e.deadline, e.timeZone)}${e.reason ? ` (${quote(e.reason, 80)})` : ''}`,
          message: msg('entry.silenceExtended', {
            symbol: document.symbol,
            deadline: e.deadline,
            timeZone: e.timeZone,
            reason: reasonMessage(e.reason, 80),
          }),
        }),
        remember: [],
      };
    }
    case SILENCE_BROKEN: {
      const e = event.payload;
      return {
        entry: entry({
          ...base,
          kind: 'silence-broken',
          stakeholders: [e.stakeholderId],
          provisions: e.provisionIds,
          summary: `Silence broken by ${names.stakeholder(e.stakeholderId)} on ${listed(e.provisionIds.map(docNames.provision))}: "${quote(e.reasons)}"`,
          message: msg('entry.silenceBroken', {
            stakeholder: says.stakeholder(e.stakeholderId),
            provisions: list(e.provisionIds.map(docSays.provision)),
            reasons: quote(e.reasons),
          }),
        }),
        remember: [],
      };
    }
    case SILENCE_CONCLUDED: {
      const e = event.payload;
      const provisions = [...new Set(e.breaks.flatMap((b) => b.provisionIds))];
      const who = e.breaks.map((b) => `${names.stakeholder(b.stakeholderId)} on ${listed(b.provisionIds.map(docNames.provision))}`);
      return {
        entry: entry({
          ...base,
          kind: 'silence-concluded',
          stakeholders: e.breaks.map((b) => b.stakeholderId),
          provisions,
          message:
            e.outcome === 'held'
              ? msg('entry.silenceHeld', { symbol: document.symbol, deadline: e.deadline })
              : msg('entry.silenceConcludedBroken', {
                  symbol: document.symbol,
                  deadline: e.deadline,
                  breaks: list(
                    e.breaks.map((b) =>
                      msg('silenceBreak', {
                        stakeholder: says.stakeholder(b.stakeholderId),
                        provisions: list(b.provisionIds.map(docSays.provision)),
                      }),
                    ),
                  ),
                }),
          summary:
            e.outcome === 'held'
              ? `Silence on ${document.symbol} held at ${e.deadline}: no member state broke it`
              : `Silence on ${document.symbol} broken at ${e.deadline}: ${who.join('; ')}`,
        }),
        remember: [],
      };
    }
  }
}
