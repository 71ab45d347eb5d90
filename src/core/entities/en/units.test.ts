// Capitals after a number are the number's unit, not an organisation's initials.
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../text/segment';
import { englishRecognizer } from './index';

const names = (text: string) => englishRecognizer.recognize({ text, sentences: segmentSentences(text), excluded: [], known: [] }).map((entity) => `${entity.type}:${entity.name}`);

describe('English units of measure', () => {
  it('reads capitals after a number as its unit (40 GW, 3.5 GW, 2 MW, 500 GB), and initials elsewhere as a body', () => {
    const found = names(
      'The utility plans to add 40 GW of wind capacity by 2030. It built 3.5 GW last year and two 2 MW test turbines, ' +
        'and its data centre stores 500 GB a day. The IAEA was not involved. In 2019 NATO asked for a study.',
    );
    expect(found).toEqual(expect.arrayContaining(['organization:IAEA', 'organization:NATO']));
    expect(found.filter((name) => /GW|MW|GB/.test(name))).toEqual([]);
  });
});
