// What every language's rules report: one mention of one entity, before mentions are merged
// into entities (merge.ts). The English rules (en/names.ts), the Korean rule files (ko/*.ts),
// the fallback recogniser and the user's own entities all speak this one type.
import type { EntityType, KnownEntity, PlaceKind, Span } from '../types';

export interface Mention extends Span {
  type: EntityType;
  /** The name this mention stands for: its written form, unless the rule knows a fuller one
   *  (이상직 for the mention `이 이사장`). */
  name: string;
  /** Groups mentions of one entity (중진공 and 중소벤처기업진흥공단, Biden and Joe Biden share
   *  one); defaults to the name. Mentions of different types never share an entity. */
  key?: string;
  /** The mention's written form when it is an alias of `name` (중진공, DAMU, 이 이사장). */
  alias?: string;
  role?: string;
  /** Written form or key of the person's organisation (resolved to its name where the
   *  language's merge rules say so). */
  affiliation?: string;
  placeKind?: PlaceKind;
  /** Date: ISO date when it can be resolved. */
  value?: string;
  /** A longer name found by a pattern may contain a place (the city in a hotel's name). */
  mayContainPlaces?: boolean;
  /** Where a venue's own name starts after the address written before it (서울 종로구 |포시즌스 호텔). */
  nameStart?: number;
  /** Part of a longer word or an initial (런던 of 런던올림픽, 북 of 남북): an entity named only so
   *  is not listed in the summary. */
  withinWord?: boolean;
  /** An occurrence of one of the user's own entities: it wins every overlap. */
  known?: boolean;
}

/** Where a form of the user's entity stands as a word of the text; each language says what a word is. */
export type FormFinder = (text: string, form: string) => Span[];

/** Mentions of the user's known entities: every place their name or an alias is written. */
export function knownMentions(text: string, known: KnownEntity[], findForm: FormFinder): Mention[] {
  const mentions: Mention[] = [];
  for (const entity of known) {
    for (const form of [entity.name, ...(entity.aliases ?? [])]) {
      if (!form) continue;
      for (const span of findForm(text, form)) {
        mentions.push({ type: entity.type, ...span, name: entity.name, role: entity.role, affiliation: entity.affiliation, placeKind: entity.placeKind, known: true });
      }
    }
  }
  return mentions;
}

/** `form` wherever no letter or digit touches it on either side (English and the fallback). */
export function wholeWordOccurrences(text: string, form: string): Span[] {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + form.length }));
}
