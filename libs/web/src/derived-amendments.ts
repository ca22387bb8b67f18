import { AmendmentOperation, ResolutionDocument, applyAmendment } from '#libs/text';
import { printedLabels } from './labels';
import { OperationPreview, previewOperation } from './previews';

/** The provision an operation bears on and the one its new place is given by, where it has them. */
function idsOf(op: AmendmentOperation): { subject?: string; anchor?: string } {
  const subject = 'provisionId' in op ? op.provisionId : undefined;
  if (!('position' in op)) return { subject };
  const position = op.position;
  const anchor =
    'before' in position
      ? position.before
      : 'after' in position
        ? position.after
        : 'asChildOf' in position
          ? position.asChildOf
          : undefined;
  return { subject, anchor };
}

/**
 * The amendments derived from a whole text, each as it reads: they apply in order, each to
 * the version with the ones before it (a provision may be placed after one the proposal
 * adds), and are cited as the delegate knows them: a provision of the version by its label in
 * the version, a provision the proposal adds by the label it takes in the text proposed.
 */
export function derivedAmendmentPreviews(version: ResolutionDocument, operations: readonly AmendmentOperation[]): OperationPreview[] {
  const previews: OperationPreview[] = [];
  let text = version;
  for (const op of operations) {
    previews.push(previewOperation(text, op));
    const applied = applyAmendment(text, op);
    if (applied.ok) text = applied.value;
  }
  const before = printedLabels(version);
  const after = printedLabels(text);
  const labelOf = (id: string | undefined) => (id === undefined ? undefined : (before.get(id) ?? after.get(id)));
  return previews.map((preview, i) => {
    const op = operations[i];
    const { subject, anchor } = idsOf(op);
    const label = op.kind === 'add' ? preview.label : (labelOf(subject) ?? preview.label);
    const newLabel = op.kind === 'add' ? (after.get(op.newId) ?? preview.newLabel) : preview.newLabel;
    const place =
      preview.place && anchor !== undefined ? { ...preview.place, label: labelOf(anchor) ?? preview.place.label } : preview.place;
    return {
      ...preview,
      ...(label !== undefined ? { label } : {}),
      ...(newLabel !== undefined ? { newLabel } : {}),
      ...(place ? { place } : {}),
    };
  });
}
