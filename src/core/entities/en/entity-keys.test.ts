// One person written with and without a middle initial or a son's suffix is one entity; one
// organisation written with and without its legal form or generic ending (Inc., Group) too.
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../text/segment';
import { englishRecognizer } from './index';
import { organizationKey, personKey } from './name-shapes';

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

describe('English organisation keys', () => {
  it('drops legal forms and generic endings from the key (Emirates Airline, Hanwha Group, Acme Holdings Inc.), not other words', () => {
    expect(organizationKey('Emirates Airline')).toBe('Emirates');
    expect(organizationKey('Hanwha Group')).toBe('Hanwha');
    expect(organizationKey('Acme Holdings Inc.')).toBe('Acme');
    expect(organizationKey('LG Electronics')).toBe('LG Electronics');
    expect(organizationKey('Group')).toBe('Group');
  });

  it('lists a carrier named with and without "Airline" as one organisation', () => {
    const text = 'The flagship carrier Emirates Airline signed a deal for 30 jets on Wednesday. Emirates said the first would arrive in 2023.';
    const organizations = englishRecognizer
      .recognize({ text, sentences: segmentSentences(text), excluded: [], known: [] })
      .filter((entity) => entity.type === 'organization')
      .map((entity) => [entity.name, ...entity.aliases].sort().join(' | '));
    expect(organizations).toEqual(['Emirates | Emirates Airline']);
  });
});
