/*
 * A row of the consultation history as a message of the interface's catalogues (key and
 * parameters), so that each reader reads it in their own language. Stored as JSON.
 */

/**
 * A value put into a timeline message: a string is words as printed (a name, a title, a
 * symbol, a quotation, a provision cited with its section), shown as is and isolated from
 * the sentence around it; a number is shown as a number; a message is translated in turn;
 * a list is joined the way the reader's language joins ("A, B and C", "أ وب وج").
 */
export type TimelineValue = string | number | TimelineMessage | TimelineList;

export interface TimelineList {
  readonly list: readonly TimelineValue[];
}

/** A message key of the `timeline.` catalogue and the values of its placeholders; an absent placeholder reads as nothing. */
export interface TimelineMessage {
  readonly key: string;
  readonly params?: Readonly<Record<string, TimelineValue>>;
}
