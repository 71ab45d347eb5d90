// Titles written before a name, as news agencies abbreviate them (AP style: Gov., Lt. Gov., Adm.).
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../text/segment';
import { englishRecognizer } from './index';

const recognize = (text: string) => englishRecognizer.recognize({ text, sentences: segmentSentences(text), excluded: [], known: [] });
const entities = (text: string) => recognize(text).map((e) => [e.type, e.name, e.role ?? ''].join(':'));

describe('English abbreviated titles', () => {
  it('reads a state, an abbreviated title and a name as the place, the role and the person', () => {
    expect(entities('Former Oregon Gov. Linda Harlow toured the flooded valley on Sunday.')).toEqual(['place:Oregon:', 'person:Linda Harlow:Gov.', 'date:Sunday:']);
    expect(entities('Lt. Gov. Marcus Bell will chair the panel.')).toContain('person:Marcus Bell:Lt. Gov.');
    expect(entities('The fleet is led by Adm. Joan Pryce and Cmdr. Eli Stone.')).toEqual(['person:Joan Pryce:Adm.', 'person:Eli Stone:Cmdr.']);
  });

  it('splits a title, a name, `of` and an organisation into the person, who works there, and the organisation', () => {
    const found = recognize('Dr. Lena Ortiz of the Vermont Department of Health said the risk was low.');
    expect(found.map((e) => [e.type, e.name, e.affiliation ?? ''].join(':'))).toEqual([
      'person:Lena Ortiz:Vermont Department of Health',
      'organization:Vermont Department of Health:',
    ]);
  });
});
