/**
 * Makes text safe to print to a terminal. A body name, file name or note comes from the file being
 * read, and a hostile one can carry escape sequences that recolour, retitle or rewrite the user's
 * terminal (`ESC ]`, `ESC [2J`), or a carriage return that overprints a line. Every control
 * character except newline and tab is shown as a visible symbol instead: C0 controls as their
 * control pictures (ESC → ␛), DEL as ␡, C1 controls and the bidirectional overrides that reorder
 * what is shown as `<U+009B>`.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const visible = (ch: string): string => {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
};

export const terminalText = (text: string): string => text.replace(UNSAFE, visible);
