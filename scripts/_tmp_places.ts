import { findPlaces } from '../src/core/entities/places';
console.log(findPlaces('Leaders from Kazakhstan and the U.S. met in Central Asia, in Seoul and Washington, D.C. near the Black Sea. Chadwick Jordan', 'en'));
console.log(findPlaces('카자흐스탄을 방문한 대통령은 인도네시아와 서울에서 수단을 논의했다. 중앙아시아 미국산', 'ko'));
console.log(findPlaces('La France et l’Allemagne', 'fr'));
