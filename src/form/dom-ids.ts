/**
 * Addresses double as DOM ids (architecture guide, habit 12), so the issue summary can focus the
 * cell or field an issue names. HTML ids may hold any character but whitespace.
 */
export const domIdOf = (address: string): string => `f-${address}`;
export const messageIdOf = (address: string): string => `m-${address}`;

/** Moves focus to the field of an address and brings it into view; false when it is not shown. */
export function focusAddress(address: string): boolean {
  const element = document.getElementById(domIdOf(address));
  if (!element) return false;
  element.scrollIntoView({ block: 'center', inline: 'nearest' });
  element.focus({ preventScroll: true });
  return true;
}
