// Filling a message of _locales/{en,ko}/messages.json, the way browser.i18n.getMessage does.
// Its own module, free of browser APIs, so the content script, the core's Markdown export and
// the CLI can fill messages without the extension pages' translator (i18n.ts).

export interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * Fills a message the way browser.i18n does: $NAME$ placeholders point at $1…$9, and $$ is a
 * dollar sign. One pass over the message: a substituted value (page text) is never read again.
 */
export function formatMessage(entry: Message | undefined, substitutions: Array<string | number>): string {
  if (!entry) return '';
  const strings = substitutions.map(String);
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => [name.toLowerCase(), content]));
  return entry.message.replace(/\$(\w+)\$|\$\$/g, (whole, name: string | undefined) => {
    if (name === undefined) return '$';
    const content = placeholders.get(name.toLowerCase());
    return content === undefined ? whole : content.replace(/\$(\d)/g, (_, d: string) => strings[Number(d) - 1] ?? '');
  });
}
