/**
 * The bounds every reader works within, so that a small hostile file (a zip bomb, XML nested
 * 100,000 deep, millions of empty elements) is refused in well under a second and a few MB instead
 * of freezing the page or exhausting the CLI's memory. A real report's document.xml is under 1 MB
 * with a few thousand elements; each limit leaves a wide margin above that.
 */

const MB = 1024 * 1024;

/** Inflated size of one part of a Word package: a report's document.xml is 100–300 KB (LibreOffice's, 190 KB). */
export const MAX_PART_BYTES = 4 * MB;
/** Inflated size of all the parts of a Word package together (their declared sizes). */
export const MAX_PACKAGE_BYTES = 32 * MB;
/** Entries in a Word package: Word writes a few dozen. */
export const MAX_PACKAGE_ENTRIES = 10_000;
/** Elements open at once in an XML part: Word nests tables a handful deep, never hundreds. */
export const MAX_XML_DEPTH = 256;
/** Elements in an XML part: a full report has 5,000–7,000. */
export const MAX_XML_ELEMENTS = 50_000;

/**
 * A limit a file exceeded. Thrown from deep inside a reader and turned into the one-sentence answer
 * by readReport(); the message is Chinese and names what was too large.
 */
export class ReadLimitError extends Error {
  override readonly name = 'ReadLimitError';
}

export const megabytes = (bytes: number): string => `${Math.round(bytes / MB)} MB`;
