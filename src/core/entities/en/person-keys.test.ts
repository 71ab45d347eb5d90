// One person written with and without a middle initial or a son's suffix is one entity.
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../text/segment';
import { englishRecognizer } from './index';
import { personKey } from './name-shapes';

const people = (text: string) =>
  englishRecognizer
    .recognize({ text, sentences: segmentSentences(text), excluded: [], known: [] })
    .filter((entity) => entity.type === 'person')
    .map((entity) => [entity.name, ...entity.aliases].sort().join(' | '));

describe('English person keys', () => {
  it('drops middle initials and Jr./II/III from the key, keeps Sr. and middle names', () => {
    expect(personKey('Patrick W. Carlineo')).toBe('Patrick Carlineo');
    expect(personKey('Patrick Carlineo Jr.')).toBe('Patrick Carlineo');
    expect(personKey('John F. Kennedy Jr.')).toBe('John Kennedy');
    expect(personKey('Ken Griffey Sr.')).toBe('Ken Griffey Sr.');
    expect(personKey('Martin Luther King Jr.')).toBe('Martin Luther King');
    expect(personKey('Jay Z')).toBe('Jay Z');
  });

  it('lists a defendant named three ways as one person, and a father named Sr. apart from his son', () => {
    const text =
      'Daniel R. Okafor pleaded guilty on Wednesday to sending threats. Prosecutors said Daniel Okafor Jr. made the calls in March. ' +
      'Okafor faces up to ten years in prison. His father, Daniel Okafor Sr., declined to comment.';
    expect(people(text)).toEqual(['Daniel Okafor Jr. | Daniel R. Okafor | Okafor', 'Daniel Okafor Sr.']);
  });
});
