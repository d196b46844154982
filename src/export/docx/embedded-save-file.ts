/**
 * The save file carried inside the .docx, so the program can reopen its own Word file losslessly
 * (blank cells, exact decimals, confirmed warnings, the year and format) whatever the printed page
 * shows. It is an OOXML custom XML data part — the standard place for a program's own data in a
 * Word file, which Word keeps when it saves the document again:
 *
 * - `customXml/item1.xml`: `<saveFile xmlns="urn:gov-info-annual-report:save-file">` holding the
 *   save file's JSON (serializeReport) as escaped text;
 * - `customXml/itemProps1.xml`: its data-store properties (an item id and our namespace), with
 *   `customXml/_rels/item1.xml.rels` relating the item to them;
 * - a `customXml` relationship from word/document.xml to the item and a content-type override for
 *   the properties part (the item itself is covered by the package's `xml` default).
 *
 * `docx` has no API for a custom XML part of one's own (it writes one only for a bibliography), but
 * it has public hooks for each piece: Packer's `overrides` add files to the package, the document's
 * `Relationships` take a custom-XML relationship and `ContentTypes` an override. So the part is
 * added through docx while it packs, and the zip is never unpacked and repacked afterwards.
 * The reader (src/import/own-docx) finds the part by its namespace, not its name, because Word
 * may renumber custom XML parts when it saves.
 */
import type { Document } from 'docx';

/** The namespace of the custom XML part: how the reader knows the part is ours. */
export const SAVE_FILE_NAMESPACE = 'urn:gov-info-annual-report:save-file';
export const SAVE_FILE_ELEMENT = 'saveFile';

const ITEM = 'customXml/item1.xml';
const ITEM_PROPS = 'customXml/itemProps1.xml';
const ITEM_RELS = 'customXml/_rels/item1.xml.rels';
/** One fixed data-store id: it names our part within one document, not across documents. */
const ITEM_ID = '{6D1C3B8E-2F4A-4C1B-9E57-7A0B5C2D9F31}';

const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PROPS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

const escapeXml = (text: string) =>
  text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

/**
 * U+FFFE and U+FFFF may not appear in XML at all, even as character references. In the save file's
 * JSON they can only be inside strings, where the JSON escape `\uFFFE` means the same.
 */
const xmlSafeJson = (json: string) =>
  json.replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);

/** The files to add to the package, as Packer's `overrides` take them. */
function parts(saveFile: string) {
  return [
    {
      path: ITEM,
      data: `${DECLARATION}<${SAVE_FILE_ELEMENT} xmlns="${SAVE_FILE_NAMESPACE}">${escapeXml(xmlSafeJson(saveFile))}</${SAVE_FILE_ELEMENT}>`,
    },
    {
      path: ITEM_PROPS,
      data: `${DECLARATION.replace('yes', 'no')}<ds:datastoreItem ds:itemID="${ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${SAVE_FILE_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
    },
    {
      path: ITEM_RELS,
      data: `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${OFFICE_REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
    },
  ];
}

/**
 * Registers the part's relationship and content type on `document` and returns the files for
 * Packer's `overrides`. Call once per document, before packing it.
 */
export function embedSaveFile(document: Document, saveFile: string) {
  // A named id cannot collide with docx's numbered ones (rId1, rId2, …).
  document.Document.Relationships.addRelationship(
    'SaveFile',
    `${OFFICE_REL}/customXml`,
    `../${ITEM}`,
  );
  document.ContentTypes.addOverride(PROPS_CONTENT_TYPE, `/${ITEM_PROPS}`);
  return parts(saveFile);
}
