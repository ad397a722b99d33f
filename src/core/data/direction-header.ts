/**
 * A column that holds each row's good way (read by <trust-change>), not figures: one headed "direction", "which way
 * is good" or Welsh "cyfeiriad" (as a column headed `n` holds sample sizes), and the one `direction-column` names
 * (matched ignoring case and spacing). Reading it as figures could only fail ("not a number"), so every reader
 * of tables and records sets it aside. Kept apart from change-direction.ts so that every widget's reader stays small.
 */
export function isDirectionHeader(header: string, named?: string | null): boolean {
  const loose = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
  return (!!named?.trim() && loose(header) === loose(named)) || /^(direction|which way is good|cyfeiriad)$/.test(loose(header));
}
