/**
 * Akoma Ntoso files of every kind the exporter writes, for the schema test: the three
 * seeds with a full negotiation context, generated documents, and one amendment of each
 * operation against Resolution 1334.
 */
import fc from 'fast-check';
import { AmendmentOperation, ResolutionDocument, locateProvision, tokenTexts } from '#libs/text';
import { anyDocument } from '../../../../text/src/testing/arbitrary-document';
import { AknContext, bareContext } from '../context';
import { exportAkomaNtoso } from '../export-document';
import { exportAmendmentAkomaNtoso } from '../export-amendment';
import { negotiatedDocument } from './arbitrary-negotiated';
import { SEED_NAMES, importedSeed } from './seeds';

export interface SampleFile {
  readonly name: string;
  readonly xml: string;
}

/** A document's context as the gateway fills it: registered, amended by rulings, adopted at a meeting. */
export const negotiationContext: AknContext = {
  documentId: '7a0c4a52-2f0e-4a55-9a55-0d1c3f7e1e01',
  author: { id: 'itu-council', name: 'ITU Council', kind: 'organization' },
  version: { number: 2, label: 'Modified 2026', date: '2026-06-12T15:00:00Z' },
  events: [
    { id: 'registration-1', kind: 'registration', date: '2026-03-02T09:00:00Z', versionNumber: 1 },
    { id: 'adoption-2', kind: 'adoption', date: '2026-06-12T15:00:00Z', versionNumber: 2, meeting: 'sixth Plenary Meeting' },
  ],
  decisions: [
    {
      id: 'decision-1',
      kind: 'ruling',
      date: '2026-05-20T10:00:00Z',
      decidedBy: 'chair-1',
      outcome: 'accepted',
      amendmentIds: ['amendment-1'],
    },
    {
      id: 'decision-2',
      kind: 'ruling',
      date: '2026-05-20T10:05:00Z',
      decidedBy: 'chair-1',
      outcome: 'rejected',
      amendmentIds: ['amendment-2'],
    },
    { id: 'decision-3', kind: 'adoption', date: '2026-06-12T15:00:00Z', decidedBy: 'chair-1', amendmentIds: [] },
  ],
  parties: [
    { id: 'chair-1', name: 'Chair of CWG-WSIS&SDG', kind: 'person' },
    { id: 'state-eg', name: 'Egypt', kind: 'organization' },
    { id: 'rcc', name: 'RCC member states', kind: 'organization' },
  ],
  generatedAt: '2026-07-01T08:00:00Z',
};

function tokenIndex(text: string, word: string): number {
  return tokenTexts(text).indexOf(word);
}

/** One amendment of each kind of operation against Resolution 1334's base text. */
export function amendmentSamples(doc: ResolutionDocument): { readonly name: string; readonly operation: AmendmentOperation }[] {
  const text = locateProvision(doc, 'op-1-1')!.provision.text;
  const at = tokenIndex(text, 'الممكنة');
  return [
    {
      name: 'add',
      operation: {
        kind: 'add',
        newId: 'op-1-1a',
        position: { after: 'op-1-1' },
        text: 'بتقديم تقرير سنوي إلى المجلس؛',
        footnotes: [{ id: 'fn-new', text: 'A/RES/70/125.' }],
      },
    },
    {
      name: 'modify-words',
      operation: { kind: 'modify', provisionId: 'op-1-1', baseText: text, replacements: [{ from: at, to: at + 1, text: 'المناسبة' }] },
    },
    {
      name: 'modify-text',
      operation: { kind: 'modify', provisionId: 'op-1-1', oldText: text, newText: text.replace('الممكنة', 'المناسبة') },
    },
    { name: 'replace-text', operation: { kind: 'replaceText', provisionId: 'op-1-2', text: 'نص توافقي يقترحه الرئيس؛' } },
    { name: 'suppress', operation: { kind: 'suppress', provisionId: 'pre-2-2' } },
    { name: 'move', operation: { kind: 'move', provisionId: 'op-1-3', position: { before: 'op-1-1' } } },
    {
      name: 'move-reworded',
      operation: {
        kind: 'move',
        provisionId: 'op-1-1',
        position: { atEndOf: 'op-2' },
        oldText: text,
        newText: text.replace('الممكنة', 'اللازمة'),
      },
    },
    {
      name: 'add-section',
      operation: { kind: 'addSection', part: 'preamble', sectionId: 'pre-7', heading: 'وإذ يلاحظ', position: { afterSection: 'pre-2' } },
    },
    { name: 'change-heading', operation: { kind: 'changeHeading', sectionId: 'op-3', heading: 'يدعو الدول الأعضاء إلى' } },
    { name: 'suppress-section', operation: { kind: 'suppressSection', sectionId: 'pre-5' } },
    {
      name: 'add-footnote',
      operation: { kind: 'addFootnote', provisionId: 'pre-1-3', footnoteId: 'fn-1', text: 'A/RES/70/125.', anchor: 3 },
    },
    { name: 'change-title', operation: { kind: 'changeTitle', title: 'القرار 1334 (المعدَّل في 2026)' } },
    {
      name: 'offer-alternatives',
      operation: {
        kind: 'offerAlternatives',
        provisionId: 'op-1-1',
        baseText: text,
        from: at,
        to: at + 1,
        alternatives: ['المناسبة', 'اللازمة'],
      },
    },
  ];
}

/** Every sample file. */
export function sampleFiles(): SampleFile[] {
  const seeds = SEED_NAMES.map((name) => ({ name: `${name}.akn.xml`, xml: exportAkomaNtoso(importedSeed(name), negotiationContext) }));
  const generated = [...fc.sample(anyDocument, { numRuns: 12, seed: 19 }), ...fc.sample(negotiatedDocument, { numRuns: 12, seed: 19 })].map(
    (doc, i) => ({
      name: `generated-${i + 1}.${doc.language}.${doc.style}.akn.xml`,
      xml: exportAkomaNtoso(doc, i % 2 === 0 ? negotiationContext : bareContext(`generated-${i + 1}`, '2026-01-05')),
    }),
  );
  const res1334 = importedSeed('itu-council-res1334-mod2023.ar.txt');
  // What XML must escape, in every place words go.
  const markup = 'A <b> & "c" \'d\' ]]> &amp;\r\n\te';
  const escaped = {
    name: 'markup-characters.akn.xml',
    xml: exportAkomaNtoso(
      {
        ...res1334,
        title: markup,
        body: markup,
        operative: [{ ...res1334.operative[0], heading: markup }],
        metadata: { symbol: markup, narrative: [markup] },
      },
      negotiationContext,
    ),
  };
  const amendments = amendmentSamples(res1334).map(({ name, operation }, i) => ({
    name: `amendment-${name}.akn.xml`,
    xml: exportAmendmentAkomaNtoso(
      {
        id: `amendment-${i + 1}`,
        operation,
        proposers: [negotiationContext.parties[1], negotiationContext.parties[2]],
        status: i % 2 === 0 ? 'accepted' : 'pending',
        explanation: 'لتوضيح النص.\nوللاتساق مع القرار 140.',
        proposedAt: '2026-04-01T12:00:00Z',
        ...(i % 2 === 0 ? { decision: negotiationContext.decisions[0] } : {}),
      },
      res1334,
      negotiationContext,
    ),
  }));
  return [...seeds, ...generated, escaped, ...amendments];
}
