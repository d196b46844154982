/**
 * A title often names the body without its city (`洪泽区人民政府`) while the preface gives the full
 * name (`本报告由淮安市洪泽区人民政府办公室…`). When the text names the body with the place above
 * it — a province, city or prefecture written just before the name — the fuller name is the body's.
 */

/** One level above the body: a two-character place name and its kind (`淮安市`, `江苏省`). */
const PARENT = /(?:[\u4e00-\u9fff]{2}(?:省|市|州|盟|地区))+$/u;

export function fullBodyName(body: string, texts: readonly string[]): string {
  if (body === '' || PARENT.test(body.slice(0, 3))) return body;
  for (const text of texts) {
    for (let at = text.indexOf(body); at > 0; at = text.indexOf(body, at + 1)) {
      const parent = PARENT.exec(text.slice(Math.max(0, at - 12), at))?.[0];
      if (parent) return parent + body;
    }
  }
  return body;
}
