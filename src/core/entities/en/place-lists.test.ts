// Places named in a list that a place's head closes in the plural.
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../text/segment';
import { englishRecognizer } from './index';

const entities = (text: string) => englishRecognizer.recognize({ text, sentences: segmentSentences(text), excluded: [], known: [] }).map((e) => `${e.type}:${e.name}`);

describe('English places in a list before a plural head', () => {
  it('reads each name of the list as a place, even one that alone reads as a person', () => {
    expect(entities('Storm damage was reported in Dalton, Murray and Pike counties overnight.')).toEqual(['place:Dalton', 'place:Murray', 'place:Pike']);
  });

  it('leaves a verb that looks like a plural head alone (Smith and Jones states that …)', () => {
    expect(entities('Only Hale and Warren states that the plan works.')).not.toContain('place:Warren');
  });
});
