// linkedom for unit tests of DOM code, with what it lacks and the code under test uses.
import { parseHTML } from 'linkedom';

/** linkedom has no Text.splitText; this is the DOM standard's, minus live-range updates. */
function withSplitText(document: Document): void {
  const textPrototype = Object.getPrototypeOf(document.createTextNode('x')) as { splitText?: unknown };
  if (typeof textPrototype.splitText === 'function') return;
  textPrototype.splitText = function splitText(this: Text, offset: number): Text {
    const after = this.ownerDocument.createTextNode(this.data.slice(offset));
    this.data = this.data.slice(0, offset);
    this.parentNode?.insertBefore(after, this.nextSibling);
    return after;
  };
}

/** A Node-side document for `html` (a whole page). */
export function parseDocument(html: string): Document {
  const document = parseHTML(html).document;
  withSplitText(document);
  return document;
}
