import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

const words = (text: string, start?: number, end?: number) => tokenize(text, start, end).map((token) => `${token.text}@${token.start}`);

describe('tokenize', () => {
  const sentence = 'Edmunds.com hired Ann O’Neill – the U.S. unit’s chief – from Acme Inc. on Monday.';

  it('reads words, initialisms, abbreviations and web addresses, leaving a possessive out', () => {
    expect(words(sentence)).toEqual([
      'Edmunds.com@0',
      'hired@12',
      'Ann@18',
      'O’Neill@22',
      'the@32',
      'U.S.@36',
      'unit@41',
      'chief@48',
      'from@56',
      'Acme@61',
      'Inc.@66',
      'on@71',
      'Monday@74',
    ]);
  });

  // ASCII text is read by a faster expression without Unicode classes; a letter past ASCII (in
  // the sentence, or in a word that runs on past its end) sends it to the full one.
  it('reads the same words when letters past ASCII follow the sentence or sit in it', () => {
    expect(words(`${sentence} José Müller`, 0, sentence.length)).toEqual(words(sentence));
    expect(words('Ann met José Müller')).toEqual(['Ann@0', 'met@4', 'José@8', 'Müller@13']);
  });

  it('cuts a word that runs past the end of the range at the end, whatever follows it', () => {
    expect(words('Visit Edmunds.comé now', 0, 10)).toEqual(['Visit@0', 'Edmu@6']);
    expect(words('Visit Edmunds.com now', 0, 10)).toEqual(['Visit@0', 'Edmu@6']);
  });
});
