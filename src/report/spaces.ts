/**
 * White space in the report's text, handled the one way every view, rule and reader uses.
 * JavaScript's `\s` already takes the ideographic space (U+3000) and line breaks, so `[\s\u3000]`
 * said nothing more; zero-width spaces are not white space and stay.
 */

/** Runs of white space (line breaks, ideographic spaces) as one space, trimmed: a one-line field. */
export const squashSpaces = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Every white space removed: text compared as printed words (`无 问题` = `无问题`). */
export const withoutSpaces = (text: string): string => text.replace(/\s+/g, '');
