import { commentRefusals } from './comment';
import { consultationRefusals } from './consultation';
import { contributionRefusals } from './contribution';
import { alignmentFindings, documentRefusals } from './document';
import { inputRefusals } from './input';
import { ledgerRefusals } from './ledger';
import { NestedMessage, PlaceholdersOf, RefusalLanguage, RefusalParamValue, RefusalParams, RefusalText, fillTemplate } from './render';
import { describedParts, describedThings } from './described';
import { textEngineRefusals } from './text-engine';

/**
 * Every reason the ledger gives for refusing a command, by a stable key, in English and
 * Arabic: the domain names the key and its parameters, the English text is the `message`
 * logs and API clients read, and the gateway and the pages render it in the reader's language.
 */
/** The catalogue's parts, by the area they belong to: a key is defined in one of them only. */
export const REFUSAL_AREAS = {
  consultationRefusals,
  contributionRefusals,
  inputRefusals,
  documentRefusals,
  alignmentFindings,
  describedThings,
  describedParts,
  commentRefusals,
  ledgerRefusals,
  textEngineRefusals,
} as const;

export const REFUSALS = {
  ...consultationRefusals,
  ...contributionRefusals,
  ...inputRefusals,
  ...documentRefusals,
  ...alignmentFindings,
  ...describedThings,
  ...describedParts,
  ...commentRefusals,
  ...ledgerRefusals,
  ...textEngineRefusals,
} as const satisfies Readonly<Record<string, RefusalText>>;

export type RefusalKey = keyof typeof REFUSALS;

/** The parameters a refusal's message names, typed from its English template. */
export type RefusalParamsOf<K extends RefusalKey> = { readonly [P in PlaceholdersOf<(typeof REFUSALS)[K]['en']>]: RefusalParamValue };

/** The arguments after the key: the parameters, or none when the message names none. */
export type RefusalArgs<K extends RefusalKey> = [PlaceholdersOf<(typeof REFUSALS)[K]['en']>] extends [never] ? [] : [RefusalParamsOf<K>];

export function isRefusalKey(key: string): key is RefusalKey {
  return Object.prototype.hasOwnProperty.call(REFUSALS, key);
}

const nestedRenderer = (message: NestedMessage, language: RefusalLanguage): string =>
  renderRefusal(message.key, message.params, language) ?? '…';

/** A nested message of the catalogue, typed like a refusal. */
export function nestedMessage<K extends RefusalKey>(key: K, ...args: RefusalArgs<K>): NestedMessage {
  return { key, params: args[0] ?? {} };
}

/** A refusal's message in a language (Arabic or English; any other reader gets English). */
export function renderRefusal(key: string, params: RefusalParams | undefined, language: string = 'en'): string | undefined {
  if (!isRefusalKey(key)) return undefined;
  const lang: RefusalLanguage = language === 'ar' ? 'ar' : 'en';
  return fillTemplate(REFUSALS[key][lang], params ?? {}, lang, nestedRenderer);
}
