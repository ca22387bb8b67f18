/**
 * An amendment as an Akoma Ntoso `amendment` document: its proposers as the work's
 * authors, its proposal and the chair's ruling in the lifecycle and workflow, an
 * `activeRef` to the text it amends, and in `amendmentBody` the `mod` (what it does) and
 * the `amendmentJustification` (the proposers' explanation).
 */
import type { AmendmentOperation, ResolutionDocument } from '#libs/text';
import { amendmentMod, ituMark } from './amendment-content';
import { AknContext, AknDecision, AknParty, workNumber } from './context';
import { referenceId } from './identifiers';
import { frbrUris, metaElement } from './meta';
import { AKN_NAMESPACE, LEDGER_NAMESPACE, LEDGER_PREFIX } from './namespaces';
import { XmlElement, element, inline, serialize } from './xml-tree';

export interface AknAmendment {
  readonly id: string;
  readonly operation: AmendmentOperation;
  /** The first is the stakeholder that submitted it; co-sponsors follow. */
  readonly proposers: readonly AknParty[];
  /** pending, accepted, rejected, accepted-as-modified, deferred, merged, withdrawn. */
  readonly status: string;
  readonly explanation?: string;
  /** ISO 8601. */
  readonly proposedAt: string;
  /** The chair's last decision on it, if any. */
  readonly decision?: AknDecision;
}

/**
 * The Akoma Ntoso file of an amendment, drafted against `target` (the version it names);
 * `documentContext` describes that version, and the amendment's `ref`s point into it.
 */
export function exportAmendmentAkomaNtoso(amendment: AknAmendment, target: ResolutionDocument, documentContext: AknContext): string {
  return serialize(amendmentElement(amendment, target, documentContext));
}

function amendmentElement(amendment: AknAmendment, target: ResolutionDocument, documentContext: AknContext): XmlElement {
  const amended = frbrUris(
    {
      documentType: 'statement/resolution',
      number: workNumber(target.metadata.symbol, documentContext),
      language: target.language,
      name: target.title,
    },
    documentContext,
  );
  const [submitter, ...coSponsors] = amendment.proposers;
  const author = submitter ?? documentContext.author;
  const context: AknContext = {
    documentId: amendment.id,
    author,
    version: { number: 1, label: amendment.status, date: amendment.proposedAt },
    events: [{ id: 'proposal', kind: 'proposal', date: amendment.proposedAt, versionNumber: 1 }],
    decisions: amendment.decision ? [amendment.decision] : [],
    parties: [...coSponsors, documentContext.author, ...documentContext.parties],
    generatedAt: documentContext.generatedAt,
  };
  const mark = ituMark(amendment.operation);
  const title = `${mark} — ${target.title}`;
  const names = { documentType: 'amendment', number: amendment.id, language: target.language, name: title };
  const eId = 'mod_1';
  return element('akomaNtoso', { xmlns: AKN_NAMESPACE, [`xmlns:${LEDGER_PREFIX}`]: LEDGER_NAMESPACE }, [
    element('amendment', { name: 'amendment' }, [
      metaElement(
        names,
        context,
        [element(`${LEDGER_PREFIX}:amendment`, { status: amendment.status, mark })],
        [element('activeRef', { eId: 'amended', href: amended.expression, showAs: target.title })],
      ),
      element('preface', { 'xml:lang': target.language }, [
        inline('p', { class: 'title' }, [inline('docTitle', {}, [title])]),
        inline(
          'p',
          { class: 'proposers' },
          amendment.proposers.flatMap((party, i) => [
            ...(i > 0 ? ['; '] : []),
            inline('docProponent', { refersTo: `#${referenceId(party.id)}` }, [party.name]),
          ]),
        ),
      ]),
      element('amendmentBody', { 'xml:lang': target.language }, [
        element('amendmentContent', {}, [inline('p', {}, [amendmentMod(amendment.operation, target, amended.expression, eId)])]),
        amendment.explanation &&
          element(
            'amendmentJustification',
            {},
            amendment.explanation.split('\n').map((line) => inline('p', {}, [line])),
          ),
      ]),
    ]),
  ]);
}
