// Countries written by their initials (남북, 한·미) through the whole analysis: the recogniser
// marks each initial as the country, and the agreement reader still reads the pair as both sides.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze';

describe('an agreement between countries written by their initials', () => {
  it('reads 남북 양측 as both Koreas, with the initials marked but not listed', () => {
    const analysis = analyzeText('남북 양측은 12일 판문점 실무접촉에서 장관급 회담을 열기로 합의했다.');
    expect(analysis.agreements.map((a) => [...a.parties].sort())).toEqual([['대한민국', '북한']]);
    const initials = analysis.entities.filter((e) => e.withinWordsOnly).map((e) => e.name);
    expect(initials.sort()).toEqual(['대한민국', '북한']);
  });
});
