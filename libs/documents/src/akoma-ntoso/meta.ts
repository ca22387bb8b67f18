/**
 * The `meta` block: FRBR identification of work, expression and manifestation, the
 * lifecycle (registration and adoptions), the workflow (the chair's decisions), the
 * references (bodies and parties) and the ledger's own fields in `proprietary`.
 */
import type { LanguageCode } from '#libs/text';
import { AknContext, AknParty, LEDGER_PARTY } from './context';
import { isoDate, languageCode3, referenceId, uriComponent } from './identifiers';
import { XmlElement, XmlNode, element } from './xml-tree';

export interface FrbrNames {
  /** "statement/resolution" or "amendment". */
  readonly documentType: string;
  /** The work's number in its URI: a symbol or an id. */
  readonly number: string;
  readonly language: LanguageCode;
  /** The title, for FRBRname and the `original` reference. */
  readonly name: string;
  /**
   * For a language version: the original (negotiating) language and its title. The work
   * is the same in every language (its FRBRname is the original's title); the expression
   * is a translation of the original's, whose ids it shares (FRBRmasterExpression).
   */
  readonly original?: { readonly language: LanguageCode; readonly name: string };
}

export interface FrbrUris {
  readonly work: string;
  readonly expression: string;
  readonly manifestation: string;
  /** The expression in the original language: this one, unless this is a language version. */
  readonly originalExpression: string;
}

const SOURCE = `#${referenceId(LEDGER_PARTY.id)}`;
const COUNTRY = 'un';

/** The work, expression and manifestation URIs of a file. */
export function frbrUris(names: FrbrNames, context: AknContext): FrbrUris {
  const workDate = isoDate(firstRegistration(context)) ?? isoDate(context.version.date) ?? '0001-01-01';
  const versionDate = isoDate(context.version.date) ?? workDate;
  const work = `/akn/${COUNTRY}/${names.documentType}/${uriComponent(context.author.name)}/${workDate}/${uriComponent(names.number)}`;
  const expressionIn = (language: LanguageCode) => `${work}/${languageCode3(language)}@${versionDate}`;
  const expression = expressionIn(names.language);
  return {
    work,
    expression,
    manifestation: `${expression}.akn`,
    originalExpression: expressionIn(names.original?.language ?? names.language),
  };
}

function firstRegistration(context: AknContext): string | undefined {
  return context.events.find((event) => event.kind === 'registration')?.date;
}

/** The whole `meta` element; `proprietary` holds what Akoma Ntoso has no element for. */
export function metaElement(
  names: FrbrNames,
  context: AknContext,
  proprietary: readonly XmlNode[],
  documentReferences: readonly XmlNode[] = [],
): XmlElement {
  const uris = frbrUris(names, context);
  const workDate = isoDate(firstRegistration(context)) ?? isoDate(context.version.date) ?? '0001-01-01';
  const versionDate = isoDate(context.version.date) ?? workDate;
  const versionEvent = context.events.find((event) => event.versionNumber === context.version.number && event.kind === 'adoption')
    ? 'adoption'
    : 'registration';
  const author = `#${referenceId(context.author.id)}`;
  const original = names.original && names.original.language !== names.language ? names.original : undefined;
  const originalName = original ? original.name || names.number : names.name;
  return element('meta', {}, [
    element('identification', { source: SOURCE }, [
      element('FRBRWork', {}, [
        element('FRBRthis', { value: `${uris.work}/!main` }),
        element('FRBRuri', { value: uris.work }),
        element('FRBRdate', { date: workDate, name: 'registration' }),
        element('FRBRauthor', { href: author }),
        element('FRBRcountry', { value: COUNTRY }),
        element('FRBRnumber', { value: names.number }),
        (original ? original.name : names.name) !== '' && element('FRBRname', { value: original ? original.name : names.name }),
      ]),
      element('FRBRExpression', {}, [
        element('FRBRthis', { value: `${uris.expression}/!main` }),
        element('FRBRuri', { value: uris.expression }),
        element('FRBRdate', { date: versionDate, name: versionEvent }),
        element('FRBRauthor', { href: author }),
        element('FRBRversionNumber', { value: String(context.version.number), showAs: context.version.label || undefined }),
        original && element('FRBRmasterExpression', { href: uris.originalExpression, showAs: originalName }),
        element('FRBRlanguage', { language: names.language }),
        original && element('FRBRtranslation', { href: uris.originalExpression, fromLanguage: original.language, by: author }),
      ]),
      element('FRBRManifestation', {}, [
        element('FRBRthis', { value: `${uris.expression}/!main.xml` }),
        element('FRBRuri', { value: uris.manifestation }),
        element('FRBRdate', { date: isoDate(context.generatedAt) ?? versionDate, name: 'generation' }),
        element('FRBRauthor', { href: SOURCE }),
        element('FRBRformat', { value: 'application/akn+xml' }),
      ]),
    ]),
    lifecycle(context),
    workflow(context),
    references(names, uris, context, documentReferences),
    proprietary.length > 0 && element('proprietary', { source: SOURCE }, proprietary),
  ]);
}

function lifecycle(context: AknContext): XmlElement | undefined {
  const events = context.events.filter((event) => isoDate(event.date) !== undefined);
  if (events.length === 0) return undefined;
  return element(
    'lifecycle',
    { source: SOURCE },
    events.map((event) =>
      element('eventRef', {
        eId: `event_${referenceId(event.id)}`,
        date: isoDate(event.date),
        source: '#original',
        type: event.kind === 'adoption' ? 'amendment' : 'generation',
        refersTo: conceptRef(event.kind),
      }),
    ),
  );
}

function workflow(context: AknContext): XmlElement | undefined {
  const steps = context.decisions.filter((decision) => isoDate(decision.date) !== undefined);
  if (steps.length === 0) return undefined;
  return element(
    'workflow',
    { source: SOURCE },
    steps.map((decision) =>
      element('step', {
        eId: `step_${referenceId(decision.id)}`,
        date: isoDate(decision.date),
        by: `#${referenceId(decision.decidedBy)}`,
        as: '#chair',
        refersTo: conceptRef(decision.kind),
        outcome: decision.outcome ? conceptRef(decision.outcome) : undefined,
      }),
    ),
  );
}

function references(names: FrbrNames, uris: FrbrUris, context: AknContext, documentReferences: readonly XmlNode[]): XmlElement {
  const parties = new Map<string, AknParty>();
  for (const party of [LEDGER_PARTY, context.author, ...context.parties]) if (!parties.has(party.id)) parties.set(party.id, party);
  for (const decision of context.decisions) {
    if (!parties.has(decision.decidedBy))
      parties.set(decision.decidedBy, { id: decision.decidedBy, name: decision.decidedBy, kind: 'person' });
  }
  const concepts = new Set<string>([
    ...context.events.map((event) => event.kind),
    ...context.decisions.flatMap((d) => [d.kind, ...(d.outcome ? [d.outcome] : [])]),
  ]);
  return element('references', { source: SOURCE }, [
    // `original`: the expression this one is (or is translated from).
    element('original', {
      eId: 'original',
      href: uris.originalExpression,
      showAs: (names.original && names.original.language !== names.language ? names.original.name : names.name) || names.number,
    }),
    ...documentReferences,
    ...[...parties.values()].map((party) =>
      element(party.kind === 'person' ? 'TLCPerson' : 'TLCOrganization', {
        eId: referenceId(party.id),
        href: `/akn/ontology/${party.kind}/${COUNTRY}/${uriComponent(party.id)}`,
        showAs: party.name,
      }),
    ),
    ...[...concepts].map((concept) =>
      element('TLCConcept', {
        eId: conceptRef(concept).slice(1),
        href: `/akn/ontology/concept/${COUNTRY}/${uriComponent(concept)}`,
        showAs: concept,
      }),
    ),
    context.decisions.length > 0 && element('TLCRole', { eId: 'chair', href: `/akn/ontology/role/${COUNTRY}/chair`, showAs: 'chair' }),
  ]);
}

/** Concepts (event kinds, decision kinds, outcomes) live beside the parties: their eIds are prefixed apart. */
function conceptRef(concept: string): string {
  return `#concept_${uriComponent(concept)}`;
}
