// A name glossed by its Chinese characters in brackets right after it (시진핑(習近平), 교토(京都),
// 런민넷(人民網)): the characters are another written form of the same person, place or
// organisation, so they become a mention of that entity, with the characters as its alias.
import type { Mention } from '../mentions';

/** Two to eight Han characters in brackets, closed or followed by an age or a second gloss (後藤健二·47). */
const HAN_GLOSS = /^\(([\u4e00-\u9fff]{2,8})[)·,-]/;

export function hanGlosses(text: string, mentions: Mention[]): Mention[] {
  const glosses: Mention[] = [];
  const seen = new Set<number>();
  for (const mention of mentions) {
    if (text[mention.end] !== '(' || seen.has(mention.end)) continue;
    if (mention.type !== 'person' && mention.type !== 'organization' && mention.type !== 'place') continue;
    const gloss = HAN_GLOSS.exec(text.slice(mention.end, mention.end + 11));
    if (!gloss) continue;
    seen.add(mention.end);
    const start = mention.end + 1;
    glosses.push({ type: mention.type, start, end: start + gloss[1].length, name: mention.name, key: mention.key, alias: gloss[1] });
  }
  return glosses;
}
