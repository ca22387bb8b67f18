/** A consultation as the secretariat of the ITU Council would register it. */
export function wsis20Consultation(overrides: Record<string, unknown> = {}) {
  return {
    title: 'مراجعة القرار 1334 (المعدَّل في 2023)',
    body: 'ITU Council',
    subject: 'WSIS+20 review: the role of ITU in the overall review of the implementation of the WSIS outcomes',
    originalLanguage: 'ar',
    ...overrides,
  };
}
