// Korean particles: a mention ends at the noun, so `이상직이` → `이상직`, `중진공과` → `중진공`.
// Which particles can follow depends on the last syllable: 이/은/을/과 only after a final
// consonant (이상직이), 가/는/를/와 only after a vowel (대표가). That is what keeps `아바이`
// whole: 바 has no final consonant, so its 이 cannot be the subject particle.
import particleData from '../../lexicon/ko/particles.json';
import { isHangul } from '../../text/hangul';

const byLength = (a: string, b: string) => b.length - a.length;
const afterConsonant = [...particleData.consonant, ...particleData.any].sort(byLength);
const afterVowel = [...particleData.vowel, ...particleData.any].sort(byLength);
const allParticles = new Set([...afterConsonant, ...afterVowel]);
const longestParticle = Math.max(...[...allParticles].map((particle) => particle.length));
const anyParticle = new Set(particleData.any);
const consonantParticle = new Set(particleData.consonant);

/** Whether a Hangul syllable ends in a final consonant (받침). */
export function hasFinalConsonant(syllable: string): boolean {
  return isHangul(syllable) && (syllable.charCodeAt(0) - 0xac00) % 28 !== 0;
}

/** Whether the syllable's final consonant is ㄹ (로 follows it like a vowel: 서울로). */
const endsInRieul = (syllable: string) => isHangul(syllable) && (syllable.charCodeAt(0) - 0xac00) % 28 === 8;

/**
 * Every way to read `word` as noun + particle, longest particle first, the bare word last.
 * Returns the noun lengths; the caller picks the first noun it recognises.
 */
export function nounReadings(word: string): number[] {
  const lengths: number[] = [];
  // Every ending of the word that is a particle, longest first (a Set lookup per length: words are many).
  for (let n = Math.min(longestParticle, word.length - 1); n >= 1; n--) {
    const particle = word.slice(word.length - n);
    if (allParticles.has(particle) && fits(word.slice(0, word.length - n), particle)) lengths.push(word.length - n);
  }
  lengths.push(word.length);
  return lengths;
}

/** The noun of `word` with its longest fitting particle removed (`word` itself when none fits). */
export function stripParticle(word: string): string {
  const readings = nounReadings(word);
  return word.slice(0, readings[0]);
}

function fits(noun: string, particle: string): boolean {
  const last = noun[noun.length - 1];
  if (!isHangul(last)) return true; // DAMU와, KBS는: any particle may follow Latin or digits
  const consonant = hasFinalConsonant(last);
  if (anyParticle.has(particle)) return true;
  if (particle.startsWith('로')) return !consonant || endsInRieul(last);
  if (consonantParticle.has(particle)) return consonant;
  return !consonant;
}
