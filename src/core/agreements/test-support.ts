// Test support: entities written out as the recognisers would give them, so the agreement and
// timeline tests specify those readers alone (seed.test.ts runs the real recognisers).
import { segmentSentences } from '../text/segment';
import type { Entity, EntityType, PlaceKind, Sentence, Span } from '../types';

export interface Given {
  type: EntityType;
  name: string;
  aliases?: string[];
  placeKind?: PlaceKind;
  value?: string;
  affiliation?: string;
  role?: string;
}
export const org = (name: string, aliases: string[] = []): Given => ({ type: 'organization', name, aliases });
export const place = (name: string, placeKind: PlaceKind): Given => ({ type: 'place', name, placeKind });
export const date = (name: string, value: string): Given => ({ type: 'date', name, value });
export const person = (name: string, role?: string, affiliation?: string): Given => ({ type: 'person', name, role, affiliation });

/** The entities, with every occurrence of each name or alias as a mention. */
export function entitiesOf(text: string, given: Given[]): Entity[] {
  return given.map((g) => {
    const mentions: Span[] = [];
    for (const form of [g.name, ...(g.aliases ?? [])]) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) mentions.push({ start: at, end: at + form.length });
    }
    mentions.sort((a, b) => a.start - b.start);
    return { type: g.type, name: g.name, aliases: g.aliases ?? [], placeKind: g.placeKind, value: g.value, affiliation: g.affiliation, role: g.role, mentions };
  });
}

/** Sentences of a text whose lines are blocks. */
export function sentencesOf(text: string): Sentence[] {
  const blocks: Span[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    blocks.push({ start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  return segmentSentences(text, blocks);
}
