import { randomBytes } from 'node:crypto';
import { ComposerState, CoverFields, DraftedAmendment, EditorFields, isDraftAction } from '#libs/web';
import { AmendmentOperation } from '#libs/text';
import { parseAmendmentOperation } from '../documents/amendment-operation';
import { FormBody } from './form-bodies';
import { field, fields } from './web-pages';

/*
 * The composer's form, read back: the page carries the whole drafting state from step to
 * step (the cover, the amendments added, the one being edited), and each post is parsed
 * back into a ComposerState here. What does not parse is dropped (an amendment, the draft)
 * or replaced (the idempotency key, the mode).
 */

const KEY = /^[A-Za-z0-9._:-]{8,128}$/;
const MAX_AMENDMENTS = 100;

/** A fresh idempotency key for one drafting, carried by the form until the submission. */
export function newKey(): string {
  return randomBytes(16).toString('hex');
}

function draftedFrom(json: string): DraftedAmendment | undefined {
  try {
    const value = JSON.parse(json) as { operation?: unknown; explanation?: unknown };
    const { operation } = parseAmendmentOperation(value?.operation);
    if (!operation) return undefined;
    return { operation, ...(typeof value.explanation === 'string' && value.explanation !== '' ? { explanation: value.explanation } : {}) };
  } catch {
    return undefined;
  }
}

function operationFrom(json: string): AmendmentOperation | undefined {
  try {
    return parseAmendmentOperation(JSON.parse(json)).operation;
  } catch {
    return undefined;
  }
}

/** The composer's state as the form posted it back. */
export function stateFrom(form: FormBody, defaults: { mode: ComposerState['mode']; cover: CoverFields }): ComposerState {
  const mode = field(form, 'mode') === 'amendment' ? 'amendment' : field(form, 'mode') === 'contribution' ? 'contribution' : defaults.mode;
  const key = KEY.test(field(form, 'key')) ? field(form, 'key') : newKey();
  const text = (name: keyof CoverFields) => (name in form ? field(form, name) : (defaults.cover[name] as string));
  const cover: CoverFields = {
    symbol: text('symbol'),
    date: text('date'),
    agendaItem: text('agendaItem'),
    originalLanguage: text('originalLanguage'),
    title: text('title'),
    purpose: text('purpose'),
    actionRequested: text('actionRequested'),
    references: text('references'),
    submitter: text('submitter'),
    coSponsors: fields(form, 'coSponsors'),
  };
  const editField = (name: keyof EditorFields) => (name in form ? field(form, name) : undefined);
  const action = field(form, 'action');
  const edit: EditorFields = {
    target: editField('target'),
    action: isDraftAction(action) ? action : undefined,
    words: editField('words'),
    selStart: editField('selStart'),
    selEnd: editField('selEnd'),
    newWords: editField('newWords'),
    alternatives: editField('alternatives'),
    newText: editField('newText'),
    explanation: editField('explanation'),
  };
  const amendments = fields(form, 'amendment')
    .slice(0, MAX_AMENDMENTS)
    .map(draftedFrom)
    .filter((a): a is DraftedAmendment => a !== undefined);
  const draft = field(form, 'draft') ? operationFrom(field(form, 'draft')) : undefined;
  return { mode, key, cover, amendments, step: 'choose', edit, ...(draft ? { draft } : {}) };
}

/** A selection offset as the form posted it: a whole number, or none. */
export function offset(value: string | undefined): number | undefined {
  return value !== undefined && /^\d{1,7}$/.test(value) ? Number(value) : undefined;
}
