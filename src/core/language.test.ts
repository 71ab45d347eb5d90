import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it('names Korean, Japanese and Chinese by their script', () => {
    expect(detectLanguage('정부는 오늘 새 정책을 발표했다. 국회는 내일 이를 논의한다.')).toBe('ko');
    expect(detectLanguage('東京で新しい政策が発表されました。多くの人がそれについて話しています。')).toBe('ja');
    expect(detectLanguage('政府今天宣布了新的经济政策和措施。')).toBe('zh');
  });

  it('trusts the page’s declared language for Latin script', () => {
    expect(detectLanguage('The council met on Monday to discuss the budget.', 'fr-FR')).toBe('fr');
  });

  it('names a Latin-script language by its function words when the page declares none', () => {
    expect(detectLanguage('The council met on Monday and said it would vote on the budget next week.')).toBe('en');
    expect(detectLanguage('Der Stadtrat hat am Montag über den Haushalt beraten, die Abstimmung ist für nächste Woche geplant.')).toBe('de');
    expect(detectLanguage('Le conseil municipal a discuté du budget lundi et le vote est prévu pour la semaine prochaine.')).toBe('fr');
    expect(detectLanguage('El consejo municipal discutió el presupuesto el lunes y la votación será la próxima semana.')).toBe('es');
  });

  it('reads a short English sentence with few of the commonest words as English (I also struggle with passwords.)', () => {
    expect(detectLanguage('I also struggle with passwords.')).toBe('en');
    expect(detectLanguage('It’s like a super power sometimes.')).toBe('en');
  });

  it('says it does not know when no language’s function words stand out', () => {
    expect(detectLanguage('Kepa Arrizabalaga Athletic Bilbao Chelsea.')).toBe('und');
    expect(detectLanguage('12:30 — 45% — 3.2 km')).toBe('und');
  });
});
