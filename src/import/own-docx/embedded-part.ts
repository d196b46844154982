/**
 * Finds the save file our .docx exporter embeds (src/export/docx/embedded-save-file.ts): the
 * custom XML part whose root element is `saveFile` in our namespace. Looked up by namespace, not by
 * part name, because Word may renumber custom XML parts (item1.xml, item2.xml, …) when it saves.
 */
import { SAVE_FILE_ELEMENT, SAVE_FILE_NAMESPACE } from '../../export/docx';
import { ReadLimitError } from '../read-limits';
import { decodeUtf8 } from '../utf8';
import { isZip, unzipParts } from '../word/docx-package';
import { parseXml, textContent } from '../word/xml';

const CUSTOM_XML_ITEM = /^customXml\/item\d*\.xml$/;

/** The local name of an element or attribute name (`ns0:saveFile` → `saveFile`). */
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Whether the bytes are a .docx this program exported: a ZIP holding our custom XML part. A part
 * past a read limit is not "not ours": that error goes up to readReport(), which names the limit.
 */
export function isOwnDocx(bytes: Uint8Array): boolean {
  if (!isZip(bytes)) return false;
  try {
    return embeddedSaveFile(bytes) !== null;
  } catch (error) {
    if (error instanceof ReadLimitError) throw error;
    return false;
  }
}

/** The embedded save file's JSON, or null when no custom XML part is ours. */
export function embeddedSaveFile(bytes: Uint8Array): string | null {
  const parts = unzipParts(bytes, (name) => CUSTOM_XML_ITEM.test(name));
  for (const data of Object.values(parts)) {
    const text = decodeUtf8(data);
    if (text === null || !text.includes(SAVE_FILE_NAMESPACE)) continue;
    const root = parseXml(text);
    const prefix = root.name.includes(':') ? `xmlns:${root.name.split(':')[0]}` : 'xmlns';
    if (
      localName(root.name) === SAVE_FILE_ELEMENT &&
      root.attributes[prefix] === SAVE_FILE_NAMESPACE
    ) {
      return textContent(root);
    }
  }
  return null;
}
