/**
 * In Node (the CLI, the tests, the bench) pdf.js reads its CMaps and standard fonts from the
 * installed package. Imported only in Node, so the browser build never carries a file path.
 */

/** The pdfjs-dist folder as a file-system path ending in `/`. */
export function packageFolder(): string {
  // A variable, so the bundler does not take the folder for an asset of the browser build.
  const relative = '../../../node_modules/pdfjs-dist/';
  return decodeURIComponent(new URL(relative, import.meta.url).pathname);
}
