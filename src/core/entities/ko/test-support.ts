// Test support: the names of one type the Korean recogniser finds in a text, in order.
import type { EntityType } from '../../types';
import { segmentSentences } from '../../text/segment';
import { koreanRecognizer } from './index';

export function koreanNames(text: string, type: EntityType): string[] {
  return koreanRecognizer
    .recognize({ text, sentences: segmentSentences(text), excluded: [], known: [] })
    .filter((e) => e.type === type)
    .map((e) => e.name);
}
