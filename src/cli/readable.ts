// The CLI's default output: what a person wants to read in a terminal, printed from the same
// Summary the popup shows.
import { summarize, type PlaceSummary, type Summary } from '../core/summary';
import type { Analysis, ArticleSource } from '../core/types';

export function formatReadable(analysis: Analysis): string {
  const [title, facts, ...rest] = formatSummary(summarize(analysis)).split('\n');
  const where = articleLine(analysis);
  return [title, facts, ...(where ? [where] : []), ...rest].join('\n');
}

const SOURCES: Record<ArticleSource, string> = {
  'schema-org': 'the body the page marks as its article (schema.org)',
  scored: 'chosen by scoring the page',
  'whole-page': 'the whole page, as asked',
  text: 'the text as given',
};

/** Where the article was found, for a page (plain text says nothing). */
function articleLine({ article, skipped }: Analysis): string | undefined {
  if (!article || article.source === 'text') return undefined;
  if (skipped === 'no-article') return 'article: none stands out (a home page, a list of links?); --whole-page reads all of it';
  return `article: ${SOURCES[article.source]} · confidence ${article.confidence.toFixed(2)} · ${article.chars.toLocaleString('en')} characters`;
}

export function formatSummary(summary: Summary): string {
  const lines: string[] = [];
  lines.push(summary.title ?? '(untitled)');
  const facts = [`language ${summary.language}`];
  if (summary.published) facts.push(`published ${summary.published}`);
  if (summary.url) facts.push(summary.url);
  lines.push(facts.join(' · '));
  if (summary.skipped === 'too-large') lines.push('', 'Not analysed: the page is too large.');
  if (summary.skipped === 'no-article') lines.push('', 'Not analysed: no article text found.');
  if (summary.skipped) return lines.join('\n') + '\n';

  lines.push('', `Repeated sections: ${summary.repeats.count === 0 ? 'none' : `${summary.repeats.count} collapsed`}`);
  for (const repeat of summary.repeats.sections) {
    lines.push(
      `  · ${repeat.paragraphs} paragraphs, ${repeat.chars.toLocaleString('en')} characters at ${repeat.start}–${repeat.end}: “${repeat.preview}”`,
      `    repeats ${repeat.keptStart}–${repeat.keptEnd}, which stays visible`,
    );
  }

  if (summary.people.length > 0) {
    lines.push('', 'Who:');
    for (const person of summary.people) {
      const details = [person.role, person.affiliation].filter(Boolean);
      lines.push(`  · ${person.name}${details.length ? ` — ${details.join(', ')}` : ''}${also(person.aliases)} · ${mentions(person.mentions)}`);
    }
  }
  if (summary.organizations.length > 0) {
    lines.push('', 'Organisations:');
    for (const org of summary.organizations) lines.push(`  · ${org.name}${also(org.aliases)} · ${mentions(org.mentions)}`);
  }
  const placeGroups: Array<[string, PlaceSummary[]]> = [
    ['countries and regions', summary.places.countriesAndRegions],
    ['cities', summary.places.cities],
    ['venues', summary.places.venues],
  ];
  if (placeGroups.some(([, list]) => list.length > 0)) {
    lines.push('', 'Where:');
    for (const [label, list] of placeGroups) {
      if (list.length > 0) lines.push(`  · ${label}: ${list.map((place) => place.name).join(', ')}`);
    }
  }
  if (summary.dates.length > 0) {
    lines.push('', 'Dates:');
    for (const date of summary.dates) lines.push(`  · ${date.name}${date.value ? ` — ${date.value}` : ''} · ${mentions(date.mentions)}`);
  }
  if (summary.agreements.length > 0) {
    lines.push('', 'What was agreed:');
    for (const agreement of summary.agreements) {
      const facts = [agreement.status, agreement.date, agreement.place].filter(Boolean).join(', ');
      lines.push(`  · ${agreement.parties.join(' – ')}: ${agreement.what} [${facts}]`, `    “${agreement.evidenceText}”`);
    }
  }
  if (summary.timeline.length > 0) {
    lines.push('', 'When:');
    for (const event of summary.timeline) lines.push(`  · ${event.date} — ${event.what}`);
  }
  return lines.join('\n') + '\n';
}

const also = (aliases: string[]) => (aliases.length > 0 ? ` (also ${aliases.join(', ')})` : '');
const mentions = (count: number) => (count === 1 ? '1 mention' : `${count} mentions`);
