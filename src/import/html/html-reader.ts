/**
 * Reads a report published as a web page: a page saved by a browser (.html/.htm, in whatever
 * charset it declares, GBK included) or the HTML a browser puts on the clipboard when a page is
 * copied. Registered before the text reader.
 *
 * sniff: the bytes, after a byte-order mark and white space, open with markup a page starts with
 * (`<!DOCTYPE html`, `<html`, `<meta`, a comment Chrome writes when saving, or an element a copied
 * fragment starts with). Only the first bytes are looked at, as ASCII.
 */
import type { Reader } from '../reader';
import { decodeHtml } from './decode-html';
import { readWebPage } from './read-web-page';

const SNIFF_BYTES = 512;
const PAGE_START =
  /^(?:\uFEFF)?\s*<(?:!doctype\s+html|html|head|body|meta|!--|table|div|p|span|h[1-6]|article|section|style|title|base|link)[\s>/]/i;

function sniff(bytes: Uint8Array): boolean {
  let head = '';
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i += 1) head += String.fromCharCode(bytes[i] ?? 0);
  return PAGE_START.test(head.replace(/^\xef\xbb\xbf/, ''));
}

export const htmlReader: Reader = {
  id: 'web-page',
  label: '政府网站上公开的年度报告网页 (.html)',
  sniff,
  read: (bytes, fileName) => readWebPage(decodeHtml(bytes).text, fileName),
};
