import { AuditReport } from './audit-report';
import { Divergence } from './divergence';
import { AuditNoteText, englishNoteText, notesIn } from './audit-notes';

const short = (hex: string | undefined) => (hex ? `${hex.slice(0, 16)}…` : '—');
const count = (n: number) => n.toLocaleString('en-US');

function describe(divergence: Divergence): string {
  const where =
    divergence.position !== undefined
      ? `position ${count(divergence.position)}`
      : divergence.range
        ? `positions ${count(divergence.range.from)}..${count(divergence.range.to)}`
        : 'checkpoint';
  const event = divergence.eventId ? ` (event ${divergence.eventId})` : '';
  const values =
    divergence.expected || divergence.found ? `\n      recorded ${short(divergence.expected)}  found ${short(divergence.found)}` : '';
  return `${where}${event}: ${divergence.kind}\n      ${divergence.detail}${values}`;
}

/** The report as a person reads it in a terminal: verdict, each source, the first divergence and the others; notes in the reader's language. */
export function formatAuditReport(report: AuditReport, maxListed = 20, noteText: AuditNoteText = englishNoteText): string {
  const lines: string[] = [];
  lines.push(`audit verify: ${report.ok ? 'CLEAN' : `DIVERGENCE (${count(report.divergenceCount)} found)`}`);
  const store = report.store;
  lines.push(
    `  store        ${count(store.events)} events, positions 1..${count(store.headPosition)}; root ${short(store.rootHash)} chain ${short(store.chainHash)}; ` +
      (store.divergences === 0 ? 'every hash and chain link recomputes' : `${count(store.divergences)} problem(s)`),
  );
  const kafka = report.kafka;
  if (kafka.checked) {
    lines.push(
      `  kafka        ${count(kafka.messages)} messages, ${count(kafka.events)} events up to position ${count(kafka.headPosition)} ` +
        `(${count(kafka.redelivered)} identical redeliveries dropped); ` +
        (kafka.divergences === 0 ? 'agrees with the store' : `${count(kafka.divergences)} difference(s)`),
    );
  } else {
    lines.push(`  kafka        not checked: ${kafka.reason}`);
  }
  const checkpoints = report.checkpoints;
  const latest = checkpoints.latest;
  lines.push(
    `  checkpoints  ${count(checkpoints.count)} (${count(checkpoints.validSignatures)} with a valid signature, key ${short(checkpoints.publicKeyId)})` +
      (latest
        ? `; latest covers ${count(latest.treeSize)} events, signed ${latest.timestamp}: root ${latest.rootMatches ? 'matches' : latest.rootMatches === false ? 'DIFFERS' : 'not comparable'}, ` +
          `chain ${latest.chainMatches ? 'matches' : latest.chainMatches === false ? 'DIFFERS' : 'not comparable'}` +
          (latest.kafkaMatches === undefined ? '' : `, Kafka ${latest.kafkaMatches ? 'matches' : 'DIFFERS'}`) +
          `; ${count(checkpoints.consistentWithLatest)} earlier proven consistent`
        : ''),
  );
  if (report.firstDivergence) {
    lines.push('', `first divergence at ${describe(report.firstDivergence)}`);
    const others = report.divergences.slice(1, maxListed + 1);
    if (others.length > 0) {
      lines.push('', 'further divergences:');
      for (const divergence of others) lines.push(`  - ${describe(divergence)}`);
      const unlisted = report.divergenceCount - 1 - others.length;
      if (unlisted > 0) lines.push(`  … and ${count(unlisted)} more (use --json for the list kept)`);
    }
  }
  // The Kafka line already says why Kafka was not checked.
  const kafkaNote = report.noteMessages?.find((note) => note.key === 'verification.note.kafkaNotChecked')?.text;
  const notes = notesIn(
    { ...report, notes: report.notes.filter((note) => note !== kafkaNote && !note.startsWith('Kafka was not checked')) },
    noteText,
  );
  if (notes.length > 0) lines.push('', ...notes.map((note) => `note: ${note}`));
  return `${lines.join('\n')}\n`;
}
