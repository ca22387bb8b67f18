import { CONFLICT_MESSAGES_EN } from '#libs/text';

/** Why two amendments conflict, in English: the text engine's own messages, one key each. */
export const conflictsEn: { readonly [K in keyof typeof CONFLICT_MESSAGES_EN]: string } = CONFLICT_MESSAGES_EN;
