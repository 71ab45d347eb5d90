// English dates as news writes them, resolved against the publication date.
import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const dates = (text: string, published?: string) => findDates(text, published).map((d) => `${d.text}=${d.value ?? ''}`);

describe('English dates', () => {
  it('reads a month with its day or year whole after a cue word, not the month alone', () => {
    expect(dates('The mill closed in March 2015, a year early.', '2019-11-20')).toEqual(['March 2015=2015-03']);
    expect(dates('In this Dec. 12, 2006, file photo, two climbers rest.', '2019-11-20')).toEqual(['Dec. 12, 2006=2006-12-12']);
    expect(dates('The road has been shut since January 3.', '2019-11-20')).toEqual(['January 3=2019-01-03']);
  });

  it('still reads a month alone after its cue as that month of the year published', () => {
    expect(dates('The bridge closed in March for repairs.', '2019-11-20')).toEqual(['March=2019-03']);
  });

  it('reads next and last before a month from the publication month: the first one after it, the latest one before it', () => {
    expect(dates('Talks resume next March, and the plant shut last December.', '2019-11-20')).toEqual(['March=2020-03', 'December=2018-12']);
    expect(dates('The rules take effect next December; they were drafted last March.', '2019-11-20')).toEqual(['December=2019-12', 'March=2019-03']);
  });

  it('reads no weekday in a day of its own name (Black Friday, Good Friday), and the weekday alone still', () => {
    expect(dates('Stores open early on Black Friday, and the office shuts on Good Friday.', '2019-11-20')).toEqual([]);
    expect(dates('The store opens on Friday.', '2019-11-20')).toEqual(['Friday=2019-11-15']);
  });

  it('reads dates wherever their cue stands before the month, weekday or year, and dates side by side', () => {
    expect(dates('The exhibit runs through March, closed since 2019, and reopened 3 March 2024.', '2024-05-05')).toEqual(['March=2024-03', '2019=2019', '3 March 2024=2024-03-03']);
    expect(dates('Votes are counted today and yesterday, from last Monday to Sept. 4th, 2020.', '2024-05-05')).toEqual([
      'today=2024-05-05',
      'yesterday=2024-05-04',
      'last Monday=2024-04-29',
      'Sept. 4th, 2020=2020-09-04',
    ]);
  });
});
