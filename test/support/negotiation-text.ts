import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AmendmentOperation, ResolutionDocument, applyAmendment, importResolution, locateProvision, tokenTexts } from '#libs/text';

/**
 * Council Resolution 1334 (Modified 2023) in Arabic, as extracted from the Council's word
 * file: the base text of the WSIS+20 negotiation. The copy beside the importer is
 * byte-identical to shared/fixtures/seeds and travels with the repository.
 */
export function res1334Source(): string {
  return readFileSync(
    join(__dirname, '..', '..', 'libs', 'text', 'src', 'import', 'fixtures', 'itu-council-res1334-mod2023.ar.txt'),
    'utf8',
  );
}

/** The base text as the text engine imports it, for reading provision ids and wordings. */
export function res1334(): ResolutionDocument {
  return importResolution(res1334Source()).document;
}

/** The wording of a provision, or a failure naming the id that is not in the text. */
export function wordingOf(doc: ResolutionDocument, provisionId: string): string {
  const located = locateProvision(doc, provisionId);
  if (!located) throw new Error(`no provision ${provisionId} in the text`);
  return located.provision.text;
}

/** Tokens `from` (inclusive) to `to` (exclusive) of `text` that spell `phrase`, as the engine's `tokenize` splits it. */
export function tokenSpan(text: string, phrase: string): { from: number; to: number } {
  const tokens = tokenTexts(text);
  for (let from = 0; from < tokens.length; from++) {
    let spelled = '';
    for (let to = from; to < tokens.length && spelled.length < phrase.length; to++) {
      spelled += tokens[to];
      if (spelled === phrase) return { from, to: to + 1 };
    }
  }
  throw new Error(`"${phrase}" is not a run of whole tokens of "${text}"`);
}

/** ITU "MOD": some words of a provision replaced, given as its whole wording before and after. */
export function modifyWords(doc: ResolutionDocument, provisionId: string, words: string, replacement: string): AmendmentOperation {
  const oldText = wordingOf(doc, provisionId);
  if (!oldText.includes(words)) throw new Error(`"${words}" is not in provision ${provisionId}`);
  return { kind: 'modify', provisionId, oldText, newText: oldText.replace(words, replacement) };
}

/** Bracketed alternatives in place of some words of a provision, for the chair to settle. */
export function offerAlternatives(doc: ResolutionDocument, provisionId: string, words: string, alternatives: string[]): AmendmentOperation {
  const baseText = wordingOf(doc, provisionId);
  return { kind: 'offerAlternatives', provisionId, baseText, ...tokenSpan(baseText, words), alternatives };
}

/**
 * The changes the chair's decisions make to the text, kept the way the record keeps them:
 * in the order decided, a correction taking out the change of the decision it corrects and
 * adding its own at its place in the order.
 */
export class DecidedChanges {
  private readonly changes: { decisionId: string; operation: AmendmentOperation }[] = [];

  record(decisionId: string, operation: AmendmentOperation | undefined): void {
    if (operation) this.changes.push({ decisionId, operation });
  }

  correct(correctedDecisionId: string, decisionId: string, operation: AmendmentOperation | undefined): void {
    const index = this.changes.findIndex((change) => change.decisionId === correctedDecisionId);
    if (index >= 0) this.changes.splice(index, 1);
    this.record(decisionId, operation);
  }

  /** The text the decisions make of `base`, computed by the text engine directly. */
  applyTo(base: ResolutionDocument): ResolutionDocument {
    return this.changes.reduce((text, { decisionId, operation }) => {
      const applied = applyAmendment(text, operation);
      if (!applied.ok) throw new Error(`decision ${decisionId} (${operation.kind}) does not apply: ${applied.refusal.message}`);
      return applied.value;
    }, base);
  }
}
