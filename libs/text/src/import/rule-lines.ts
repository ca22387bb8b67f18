/** A typographic rule ("_________") separates blocks of a page and carries no words. */
export function isRuleLine(text: string): boolean {
  return /^[_\-–—=*.·]{3,}$/u.test(text.trim());
}
