// The CLI's default output: what a person wants to read in a terminal.
import type { Analysis, Entity } from '../core/types';

const PREVIEW_CHARS = 60;

export function formatReadable(analysis: Analysis): string {
  const lines: string[] = [];
  lines.push(analysis.title ?? '(untitled)');
  const facts = [`language ${analysis.language}`];
  if (analysis.published) facts.push(`published ${analysis.published}`);
  if (analysis.url) facts.push(analysis.url);
  lines.push(facts.join(' · '));
  if (analysis.skipped === 'too-large') lines.push('', 'Not analysed: the page is too large.');
  if (analysis.skipped === 'no-article') lines.push('', 'Not analysed: no article text found.');
  if (analysis.skipped) return lines.join('\n') + '\n';

  lines.push('', `Repeated sections: ${analysis.repeats.length === 0 ? 'none' : `${analysis.repeats.length} collapsed`}`);
  for (const repeat of analysis.repeats) {
    lines.push(
      `  · ${repeat.blocks} paragraphs, ${(repeat.end - repeat.start).toLocaleString('en')} characters at ${repeat.start}–${repeat.end}: ` +
        `“${preview(analysis.text.slice(repeat.start, repeat.end))}”`,
      `    repeats ${repeat.keptStart}–${repeat.keptEnd}, which stays visible`,
    );
  }
  const sections: Array<[string, Entity['type']]> = [
    ['People', 'person'],
    ['Organisations', 'organization'],
    ['Places', 'place'],
    ['Dates', 'date'],
  ];
  for (const [heading, type] of sections) {
    const entities = analysis.entities.filter((entity) => entity.type === type);
    if (entities.length === 0) continue;
    lines.push('', `${heading}:`);
    for (const entity of entities) lines.push(`  · ${describeEntity(entity)}`);
  }
  if (analysis.agreements.length > 0) {
    lines.push('', 'Agreements:');
    for (const agreement of analysis.agreements) {
      const when = agreement.date ? `, ${agreement.date}` : '';
      const where = agreement.place ? `, ${agreement.place}` : '';
      lines.push(`  · ${agreement.parties.join(' – ')}: ${agreement.what} [${agreement.status}${when}${where}]`);
    }
  }
  return lines.join('\n') + '\n';
}

function describeEntity(entity: Entity): string {
  const details = [entity.role, entity.affiliation, entity.placeKind, entity.value].filter(Boolean);
  const aliases = entity.aliases.length > 0 ? ` (also ${entity.aliases.join(', ')})` : '';
  const mentions = entity.mentions.length === 1 ? '1 mention' : `${entity.mentions.length} mentions`;
  return `${entity.name}${details.length ? ` — ${details.join(', ')}` : ''}${aliases} · ${mentions}`;
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= PREVIEW_CHARS ? flat : `${flat.slice(0, PREVIEW_CHARS - 1)}…`;
}
