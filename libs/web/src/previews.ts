import { renderRefusal } from '#libs/contracts';
import {
  AmendmentOperation,
  AmendmentRefusal,
  ProvisionPosition,
  ResolutionDocument,
  WordSegment,
  applyAmendment,
  citeProvision,
  diffWords,
  locateProvision,
  locateSection,
  rewordingOf,
  tokenTexts,
} from '#libs/text';
import { Locale } from './i18n/locale';
import { printedLabels } from './labels';

/** A message of the text engine (why an amendment does not apply, what a derivation cannot say) in the reader's language, provisions cited as printed. */
export function refusalText(
  refusal: { readonly key: string; readonly params: AmendmentRefusal['params']; readonly message: string },
  locale: Locale,
): string {
  return renderRefusal(refusal.key, refusal.params, locale) ?? refusal.message;
}

/**
 * An amendment as the ITU prints it for reading before it is decided: the tag (ADD, MOD,
 * SUP, MOVE), the provision it bears on by its printed label, and the wording with struck and
 * new words — computed by the text engine on the text it is drafted against.
 */
export interface OperationPreview {
  readonly tag: 'ADD' | 'MOD' | 'SUP' | 'MOVE';
  /** The provision it bears on, by its label as printed in the text before; or the section heading. */
  readonly label?: string;
  readonly heading?: string;
  /** The wording with struck and new words; an added provision is all new words. */
  readonly segments: readonly WordSegment[];
  /** An added provision's label in the text after (the ones after it are relettered). */
  readonly newLabel?: string;
  /** Where an added or moved provision goes. */
  readonly place?: { readonly relation: 'before' | 'after' | 'at-end-of' | 'inside'; readonly label: string };
  /** Why the text engine cannot apply it to that text. */
  /** Why it does not apply: the text engine's message, by key, rendered in the reader's language (`refusalText`). */
  readonly refusal?: Pick<AmendmentRefusal, 'code' | 'key' | 'params' | 'message'>;
}

/** The tag the ITU prints before an amendment of this kind: ADD, MOD, SUP or MOVE. */
export function tagOfAction(kind: AmendmentOperation['kind']): OperationPreview['tag'] {
  switch (kind) {
    case 'add':
    case 'addSection':
    case 'addFootnote':
      return 'ADD';
    case 'suppress':
    case 'suppressSection':
    case 'suppressFootnote':
      return 'SUP';
    case 'move':
      return 'MOVE';
    default:
      return 'MOD';
  }
}

function sectionHeadingOf(doc: ResolutionDocument, provisionId: string): string | undefined {
  const located = locateProvision(doc, provisionId);
  if (!located) return undefined;
  const sections = located.container.part === 'preamble' ? doc.preamble : doc.operative;
  return sections[located.container.sectionIndex]?.heading;
}

function placeOf(doc: ResolutionDocument, labels: ReadonlyMap<string, string>, position: ProvisionPosition): OperationPreview['place'] {
  if ('atEndOf' in position) return { relation: 'at-end-of', label: citeProvision(doc, position.atEndOf) ?? '' };
  const [relation, id] =
    'before' in position
      ? (['before', position.before] as const)
      : 'after' in position
        ? (['after', position.after] as const)
        : (['inside', position.asChildOf] as const);
  // A place the text does not hold is not named: its id is not for people (the refusal says it is not in the text).
  return { relation, label: labels.get(id) ?? '' };
}

/** How an operation reads against the text it is drafted on. */
export function previewOperation(before: ResolutionDocument, op: AmendmentOperation): OperationPreview {
  const labels = printedLabels(before);
  const applied = applyAmendment(before, op);
  const refusal = applied.ok
    ? undefined
    : { code: applied.refusal.code, key: applied.refusal.key, params: applied.refusal.params, message: applied.refusal.message };
  const after = applied.ok ? applied.value : undefined;
  switch (op.kind) {
    case 'modify':
    case 'replaceText':
    case 'offerAlternatives':
    case 'settleBrackets': {
      const old =
        locateProvision(before, op.provisionId)?.provision.text ?? ('oldText' in op ? op.oldText : 'baseText' in op ? op.baseText : '');
      const now = after ? locateProvision(after, op.provisionId)?.provision.text : undefined;
      const segments =
        now !== undefined
          ? diffWords(old, now)
          : 'newText' in op
            ? diffWords(op.oldText, op.newText)
            : [{ kind: 'equal' as const, text: old }];
      return { tag: 'MOD', label: labels.get(op.provisionId), heading: sectionHeadingOf(before, op.provisionId), segments, refusal };
    }
    case 'suppress': {
      const old = locateProvision(before, op.provisionId)?.provision.text ?? '';
      return {
        tag: 'SUP',
        label: labels.get(op.provisionId),
        heading: sectionHeadingOf(before, op.provisionId),
        segments: [{ kind: 'delete', text: old }],
        refusal,
      };
    }
    case 'add':
      return {
        tag: 'ADD',
        segments: [{ kind: 'insert', text: op.text }],
        newLabel: after ? printedLabels(after).get(op.newId) : undefined,
        place: placeOf(before, labels, op.position),
        refusal,
      };
    case 'move': {
      // A reworded move: its words marked as the MOD it carries would mark them, and its new place.
      const rewording = rewordingOf(op);
      const segments = rewording === undefined ? [] : previewOperation(before, rewording).segments;
      return { tag: 'MOVE', label: labels.get(op.provisionId), segments, place: placeOf(before, labels, op.position), refusal };
    }
    case 'changeHeading': {
      const old = locateSection(before, op.sectionId)?.section.heading ?? '';
      return { tag: 'MOD', heading: old, segments: diffWords(old, op.heading), refusal };
    }
    case 'addSection':
      return { tag: 'ADD', segments: [{ kind: 'insert', text: op.heading }], refusal };
    case 'addFootnote':
      return { tag: 'ADD', label: labels.get(op.provisionId), segments: [{ kind: 'insert', text: op.text }], refusal };
    case 'changeFootnote': {
      const old =
        locateProvision(before, op.provisionId)?.provision.footnotes.find((footnote) => footnote.id === op.footnoteId)?.text ?? '';
      return { tag: 'MOD', label: labels.get(op.provisionId), segments: diffWords(old, op.text), refusal };
    }
    case 'suppressFootnote': {
      const old =
        locateProvision(before, op.provisionId)?.provision.footnotes.find((footnote) => footnote.id === op.footnoteId)?.text ?? '';
      return { tag: 'SUP', label: labels.get(op.provisionId), segments: [{ kind: 'delete', text: old }], refusal };
    }
    case 'changeTitle':
      return { tag: 'MOD', segments: diffWords(before.title, op.title), refusal };
    case 'suppressSection': {
      const old = locateSection(before, op.sectionId)?.section.heading ?? '';
      return { tag: 'SUP', heading: old, segments: [{ kind: 'delete', text: old }], refusal };
    }
  }
}

/** The wording a proposal would give (a new provision's text, a provision's new wording, a heading): what a chair's compromise starts from. */
export function proposedWording(before: ResolutionDocument, op: AmendmentOperation): string | undefined {
  switch (op.kind) {
    case 'add':
    case 'replaceText':
    case 'addFootnote':
    case 'changeFootnote':
      return op.text;
    case 'changeHeading':
    case 'addSection':
      return op.heading;
    case 'move': {
      const rewording = rewordingOf(op);
      return rewording === undefined ? undefined : proposedWording(before, rewording);
    }
    case 'modify': {
      if ('newText' in op) return op.newText;
      // Word replacements on the proposer's own base, last first so that earlier token indexes hold.
      const tokens = tokenTexts(op.baseText);
      for (const replacement of [...op.replacements].sort((a, b) => b.from - a.from))
        tokens.splice(replacement.from, replacement.to - replacement.from, replacement.text);
      return tokens.join('');
    }
    default:
      return undefined;
  }
}

/**
 * The chair's compromise: the proposal with the chair's wording in place of the proposer's.
 * Undefined for an operation that has no wording to modify (a suppression, a move that does not reword).
 */
export function compromiseOperation(op: AmendmentOperation, wording: string): AmendmentOperation | undefined {
  switch (op.kind) {
    case 'add':
    case 'replaceText':
    case 'addFootnote':
    case 'changeFootnote':
      return { ...op, text: wording };
    case 'changeHeading':
    case 'addSection':
      return { ...op, heading: wording };
    case 'modify':
      return { kind: 'modify', provisionId: op.provisionId, oldText: 'oldText' in op ? op.oldText : op.baseText, newText: wording };
    case 'move': {
      const rewording = rewordingOf(op);
      if (rewording === undefined) return undefined;
      return {
        kind: 'move',
        provisionId: op.provisionId,
        position: op.position,
        oldText: 'oldText' in rewording ? rewording.oldText : rewording.baseText,
        newText: wording,
      };
    }
    default:
      return undefined;
  }
}
