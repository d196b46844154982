/**
 * Strict UTF-8 decoding for the pure layers.
 *
 * Why the platform decoder with a local type rather than a hand-written one: `TextDecoder` (WHATWG
 * Encoding) exists in every runtime this code ships to — browsers, web workers and Node ≥ 11 — and
 * with `fatal: true` it rejects every malformed sequence exactly as the standard says, natively
 * and fast on a 20 MB file. It is missing only from the *types*: tsconfig.pure.json withholds the
 * DOM and Node libraries so that `window`, `document`, `fs` or `Buffer` fail to compile. So we
 * declare the one constructor we use, module-scoped, instead of re-implementing UTF-8 (and its
 * overlong/surrogate edge cases) by hand.
 */
interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}

declare const TextDecoder: new (
  label: 'utf-8',
  options: { readonly fatal: boolean; readonly ignoreBOM: boolean },
) => Utf8Decoder;

/** Said when a file that should be UTF-8 text is not: in practice GBK text saved by an older editor. */
export const NOT_UTF8 =
  '文件不是 UTF-8 编码的文字（可能是 GBK 等其它编码，例如被旧版编辑器另存过）。请另存为 UTF-8 编码后再打开。';

/** The text of UTF-8 bytes without a leading BOM, or null when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}
