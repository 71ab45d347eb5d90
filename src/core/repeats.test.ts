import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readExample } from '../../test/support/examples';
import { findRepeats, MIN_REPEAT_CHARS, weightOf } from './repeats';
import { extractArticleText } from './text/article-text';
import { readArticleInSteps } from './text/read-article';
import { runNow } from './steps';
import { segmentSentences } from './text/segment';
import { analyzeText } from './analyze';

/** Repeats found in an HTML body, each as [collapsed text, kept text]. */
function repeatsIn(bodyHtml: string): Array<[string, string]> {
  const { document } = parseHTML(`<!doctype html><html><body>${bodyHtml}</body></html>`);
  const { text, blocks } = extractArticleText(document.body);
  const repeats = findRepeats(text, segmentSentences(text, blocks), blocks);
  return repeats.map((r) => [text.slice(r.start, r.end), text.slice(r.keptStart, r.keptEnd)]);
}

const P1 = 'The city council approved the new budget on Tuesday after a long debate about school funding.';
const P2 = 'Council members said the plan would raise spending on libraries by ten percent next year.';
const P3 = 'Opponents argued that the increase was too small to make up for years of cuts to services.';
const P4 = 'The mayor is expected to sign the budget into law before the end of the month, aides said.';

describe('findRepeats on the seed page', () => {
  const expected = JSON.parse(readExample('seed-expected.json')) as { repeats: Array<{ paragraphs: number; approxChars: number }> };

  it('collapses the second copy of the body (four paragraphs and the byline) and keeps the lead', () => {
    const { document } = parseHTML(readExample('seed-article.html'));
    const { text, blocks } = runNow(readArticleInSteps(document));
    const repeats = findRepeats(text, segmentSentences(text, blocks), blocks);
    expect(repeats).toHaveLength(1);
    const [repeat] = repeats;
    const secondCopy = text.lastIndexOf('지난 22일 중진공과');
    expect(repeat.start).toBe(secondCopy);
    expect(repeat.end).toBe(text.length);
    expect(text.slice(repeat.end - 'true@hankyung.com'.length, repeat.end)).toBe('true@hankyung.com');
    expect(repeat.keptStart).toBe(text.indexOf('지난 22일 중진공과'));
    expect(text.slice(repeat.keptStart, repeat.keptEnd)).toBe(text.slice(repeat.start, repeat.end));
    expect(repeat.blocks).toBe(expected.repeats[0].paragraphs);
    expect(Math.abs(repeat.end - repeat.start - expected.repeats[0].approxChars)).toBeLessThan(50);
    // The lead paragraph occurs once and is in neither copy.
    expect(repeat.keptStart).toBeGreaterThan(text.indexOf('중소벤처기업진흥공단은'));
  });

  it('finds the same repeat in the plain-text form of the seed', () => {
    const text = readExample('seed-article.txt');
    const analysis = analyzeText(text);
    expect(analysis.repeats).toHaveLength(1);
    expect(analysis.repeats[0].start).toBe(text.lastIndexOf('지난 22일 중진공과'));
    expect(analysis.repeats[0].blocks).toBe(4);
  });
});

describe('findRepeats finds a repeat whatever the markup', () => {
  it('in <p> blocks', () => {
    const body = [P1, P2, P3, P4, P1, P2, P3].map((p) => `<p>${p}</p>`).join('');
    expect(repeatsIn(body)).toEqual([[`${P1}\n${P2}\n${P3}`, `${P1}\n${P2}\n${P3}`]]);
  });

  it('in <br>-separated text, with the copy in <p> blocks', () => {
    const [[collapsed]] = repeatsIn(`<div>${P1}<br><br>${P2}<br><br>${P3}</div><div><p>${P1}</p><p>${P2}</p></div>`);
    expect(collapsed).toBe(`${P1}\n${P2}`);
  });

  it('in nested containers', () => {
    const copy = `<section><div><div><span>${P1}</span> <em>${P2}</em></div></div></section>`;
    expect(repeatsIn(`<article>${copy}<p>${P4}</p>${copy}</article>`)).toEqual([[`${P1} ${P2}`, `${P1} ${P2}`]]);
  });

  it('with &nbsp;, different spacing and quotes in the copy', () => {
    const copy = `${P1.replace(/ /g, '&nbsp; ')} ${P2.replace('ten percent', 'ten  "percent"')}`;
    const result = repeatsIn(`<p>${P1} ${P2}</p><p>${P4}</p><p>${copy}</p>`);
    expect(result).toHaveLength(1);
    expect(result[0][1]).toBe(`${P1} ${P2}`);
  });

  it('with an advertisement and a link box inserted inside the copy', () => {
    const body =
      `<p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p>` +
      `<p>${P1}</p><p>Advertisement</p><p><a href="/x">Read more: why the council vote matters to you</a></p><p>${P2}</p><p>${P3}</p>`;
    const [[collapsed, kept]] = repeatsIn(body);
    expect(collapsed.startsWith(P1) && collapsed.endsWith(P3)).toBe(true);
    expect(collapsed).toContain('Advertisement');
    expect(kept).toBe(`${P1}\n${P2}\n${P3}`);
  });

  it('with a sentence of the original left out of the copy', () => {
    expect(repeatsIn(`<p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p><p>${P1}</p><p>${P3}</p><p>${P4}</p>`)).toEqual([[`${P1}\n${P3}\n${P4}`, `${P1}\n${P2}\n${P3}\n${P4}`]]);
  });

  it('but never hides a sentence that differs from the original, even by one word', () => {
    const edited = P2.replace('ten percent', 'twelve percent');
    const body = [P1, P2, P3, P4, P1, edited, P3, P4].map((p) => `<p>${p}</p>`).join('');
    const collapsed = repeatsIn(body).map(([copy]) => copy);
    expect(collapsed).toEqual([`${P3}\n${P4}`]);
  });

  it('in Korean with no space after 다.', () => {
    const ko =
      '중소벤처기업부는 올해 중소기업 수출 지원 예산을 지난해보다 크게 늘렸다.정부는 내년에도 해외 전시회 참가와 현지 상담회 지원을 확대할 계획이라고 밝혔다.업계는 환영의 뜻을 나타냈다.';
    const [[collapsed]] = repeatsIn(`<div>${ko}<br><br>다른 문단이 여기에 있다.<br><br>${ko}</div>`);
    expect(collapsed).toBe(ko);
  });
});

describe('findRepeats leaves alone what is repeated by design', () => {
  it('a pull quote: one sentence printed twice', () => {
    expect(repeatsIn(`<p>${P1}</p><p>${P2}</p><blockquote>${P3}</blockquote><p>${P4}</p><p>${P3}</p>`)).toEqual([]);
  });

  it('repeated captions', () => {
    const caption = 'Council members vote on the budget in City Hall on Tuesday. Photo: John Smith for the Daily News.';
    const body = `<figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure><p>${P1}</p><figure><img src="b.jpg"><figcaption>${caption}</figcaption></figure><p>${P2}</p>`;
    expect(repeatsIn(body)).toEqual([]);
  });

  it('boilerplate such as Advertisement, Read more and 관련기사', () => {
    const body = `<p>${P1}</p><p>Advertisement</p><p>Read more</p><p>관련기사</p><p>${P2}</p><p>Advertisement</p><p>Read more</p><p>관련기사</p><p>${P3}</p>`;
    expect(repeatsIn(body)).toEqual([]);
  });

  it('link lists (related articles) printed twice', () => {
    const links = `<ul><li><a href="/1">${P1}</a></li><li><a href="/2">${P2}</a></li></ul>`;
    expect(repeatsIn(`${links}<p>${P3}</p>${links}<p>${P4}</p>`)).toEqual([]);
  });

  it('an interview that asks each guest the same question', () => {
    const question = 'What book changed your mind? Why?';
    const body = [
      'Ann: A history of cities, because it made me see streets differently than before.',
      'Bo: A cookbook from my grandmother, for the stories in its margins and notes.',
      'Cy: A novel about the sea that my father read to us on long winter nights.',
    ]
      .map((answer) => `<p><strong>${question}</strong></p><p>${answer}</p>`)
      .join('');
    expect(repeatsIn(body)).toEqual([]);
  });

  it('structured content that prints the same lines many times (a meal plan)', () => {
    const day = (n: number, dish: string) =>
      `<h3>Day ${n}</h3><p>Eat 60–90 minutes before your workout.</p><p>${dish}</p><p>Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp.</p>`;
    const body = [day(1, 'Asparagus and eggs with toast.'), day(2, 'Oatmeal with berries and nuts.'), day(3, 'Greek yogurt with honey.')].join('');
    expect(repeatsIn(body)).toEqual([]);
  });

  it('two short sentences repeated, under the minimum length', () => {
    const short = 'Prices rose. Sales fell sharply.';
    expect(weightOf(short.replace(/[^\p{L}\p{N}]/gu, ''))).toBeLessThan(MIN_REPEAT_CHARS);
    expect(repeatsIn(`<p>${short}</p><p>${P1}</p><p>${short}</p>`)).toEqual([]);
  });
});

describe('findRepeats on a body printed three times', () => {
  const DOCK = [
    'Dock workers at the port of Rotterdam walked off the job on Monday, halting the unloading of more than forty container ships.',
    'The union said the strike would last until operators agreed to raise wages in line with inflation over the past two years.',
    'Shipping companies warned that delays could spread to Antwerp and Hamburg within days if the dispute dragged on.',
    'Talks between the two sides are due to resume on Thursday under a mediator appointed by the government, officials said.',
  ];
  const RATES = [
    '한국은행은 11일 금융통화위원회를 열고 기준금리를 연 3.50%로 동결했다.',
    '이창용 총재는 기자간담회에서 물가 상승률이 목표 수준으로 안정될 때까지 긴축 기조를 유지하겠다고 말했다.',
    '시장에서는 내수 부진이 이어지면서 하반기에는 금리 인하 논의가 본격화될 것이라는 전망이 나온다.',
  ];

  it('collapses copies 2 and 3, each against the first, stepping over the ads between them', () => {
    const body = DOCK.map((p) => `<p>${p}</p>`).join('');
    const page = `<h1>Rotterdam port at a standstill</h1><p>Europe's busiest port came to a halt this week.</p>${body}<p>Advertisement</p>${body}<p>Advertisement</p>${body}`;
    const copy = DOCK.join('\n');
    expect(repeatsIn(page)).toEqual([
      [copy, copy],
      [copy, copy],
    ]);
  });

  it('printed four times back to back: copies 2, 3 and 4, each against the first', () => {
    const body = DOCK.map((p) => `<p>${p}</p>`).join('');
    const copy = DOCK.join('\n');
    expect(repeatsIn(`<p>Europe's busiest port came to a halt this week.</p>${body}${body}${body}${body}`)).toEqual([
      [copy, copy],
      [copy, copy],
      [copy, copy],
    ]);
  });

  it('in Korean, with the byline printed after each copy', () => {
    const byline = '김서연 기자 seoyeon@example.com';
    const body = `<div>${RATES.join(' ')}</div><p>${byline}</p>`;
    const copy = `${RATES.join(' ')}\n${byline}`;
    expect(repeatsIn(`<p>한은이 여덟 번 연속 금리를 묶었다.</p>${body}${body}${body}`)).toEqual([
      [copy, copy],
      [copy, copy],
    ]);
  });

  it('with the heading printed again above each copy', () => {
    const section = `<h2>Background</h2>${DOCK.slice(0, 3)
      .map((p) => `<p>${p}</p>`)
      .join('')}`;
    const copy = ['Background', ...DOCK.slice(0, 3)].join('\n');
    expect(repeatsIn(`<p>${DOCK[3]}</p>${section}${section}${section}`)).toEqual([
      [copy, copy],
      [copy, copy],
    ]);
  });

  it('but not a weekly meal plan whose Thursday repeats Monday, its instructions printed every day', () => {
    const day = (name: string, breakfast: string, dinner: string) =>
      [name, 'Eat 60–90 minutes before your workout.', breakfast, 'Within an hour after training, eat a meal with protein and drink plenty of water.', dinner]
        .map((line) => `<p>${line}</p>`)
        .join('');
    const monday = [
      'Two poached eggs on rye toast with sliced avocado, cherry tomatoes and a pinch of chilli flakes.',
      'Grilled chicken salad with chickpeas, cucumber, red onion, feta cheese and a lemon and olive oil dressing.',
    ] as const;
    const page =
      day('Monday', ...monday) +
      day(
        'Tuesday',
        'Porridge made with oat milk, topped with sliced banana, walnuts and a spoonful of honey.',
        'Baked cod with roasted sweet potato wedges, green beans and a spoonful of pesto.',
      ) +
      day(
        'Wednesday',
        'Greek yogurt with granola, fresh raspberries and a drizzle of maple syrup.',
        'Turkey meatballs in tomato sauce with wholewheat spaghetti and a side of steamed broccoli.',
      ) +
      day('Thursday', ...monday);
    expect(repeatsIn(page)).toEqual([]);
  });

  it('but not a two-sentence question put to every guest, though it recurs as a whole each time', () => {
    const question = '<p>We asked every guest on the panel the same two questions.</p><p>What book changed your mind, and what made you pick it up in the first place?</p>';
    const answers = [
      'A history of cities, because it made me see the streets I walk every day differently than before.',
      'A cookbook from my grandmother, for the stories she wrote in its margins over fifty years.',
      'A novel about the sea that my father read to us aloud on long winter nights in the north.',
    ];
    expect(repeatsIn(answers.map((answer) => `${question}<p>${answer}</p>`).join(''))).toEqual([]);
  });
});

describe('findRepeats leaves alone what pages print twice that is not a body', () => {
  it("two phones' spec lists that share most of their items", () => {
    const specs = (weight: string, battery: string, bluetooth: string) =>
      '<ul>' +
      [
        'Display: 6.1-inch Super Retina XDR OLED, 2532 x 1170 pixels',
        'Processor: A15 Bionic chip with 6-core CPU and 5-core GPU',
        'Rear camera: 12 MP wide and 12 MP ultra wide with Night mode',
        'Front camera: 12 MP TrueDepth with autofocus',
        'Storage: 128 GB, 256 GB or 512 GB',
        `Weight: ${weight}`,
        `Battery: ${battery}`,
        'Water resistance: IP68, up to 6 metres for 30 minutes',
        `Connectivity: 5G, Wi-Fi 6, Bluetooth ${bluetooth} and NFC`,
      ]
        .map((item) => `<li>${item}</li>`)
        .join('') +
      '</ul>';
    const page = `<p>Apple sells both phones side by side this autumn, and the differences between them are small.</p><h3>iPhone 13</h3>${specs('174 g', '3,240 mAh', '5.0')}<h3>iPhone 14</h3>${specs('172 g', '3,279 mAh', '5.3')}`;
    expect(repeatsIn(page)).toEqual([]);
  });

  it('two meal plans that share most of their lines, with portions ending in "tsp."', () => {
    const plan = (calories: string, breakfastPortion: string) =>
      `<h3>${calories} calories</h3>` +
      [
        'Breakfast',
        'Overnight oats with chia seeds, blueberries and a splash of almond milk',
        `Containers: ${breakfastPortion}, 1 tsp.`,
        'Lunch',
        'Chicken and quinoa bowl with roasted peppers and spinach',
        'Containers: 1 Green, 1 Red, 1 Yellow, 2 tsp.',
        'Snack',
        'Apple slices with almond butter and a handful of walnuts',
        'Containers: 1 Purple, 1 Blue, 1 tsp.',
        'Dinner',
        'Baked salmon with asparagus and brown rice',
        'Containers: 2 Green, 1 Red, 1 Yellow, 1 tsp.',
        'Evening snack',
        'Greek yogurt with honey and sliced strawberries',
        'Containers: 1 Red, 1 Purple, 1 tsp.',
      ]
        .map((line) => `<p>${line}</p>`)
        .join('');
    const page = `<p>Both plans follow the same menu; only the portions change with your calorie target.</p>${plan('1,500', '1 Purple, 1 Yellow')}${plan('1,800', '1 Purple, 2 Yellow')}`;
    expect(repeatsIn(page)).toEqual([]);
  });

  it('the same reference printed twice in a row in a reference list', () => {
    const reference =
      'Kim, H., Lee, J., & Choi, S. (2020). Rising sea levels and the cost of flood defences for small island economies. Journal of Environmental Economics and Management, 104, 102–118.';
    const references = [
      'Brown, T. (2018). Coastal adaptation in practice. Oxford University Press.',
      reference,
      reference,
      'Park, S., & Jung, M. (2021). Storm surges and insurance markets in East Asia. Climate Policy, 21(4), 512–529.',
    ];
    const page = `<p>The study drew on two decades of tide gauge data from Pacific island nations.</p><h2>References</h2><ol>${references.map((r) => `<li>${r}</li>`).join('')}</ol>`;
    expect(repeatsIn(page)).toEqual([]);
  });

  it('a caption repeated under every image of a slideshow', () => {
    const caption = 'Rescue workers search the rubble of a collapsed apartment building in Antakya on Tuesday. Photo: Reuters/Umit Bektas.';
    const slides = [1, 2, 3, 4].map((n) => `<div class="slide"><img src="quake-${n}.jpg" alt=""><p class="slide-caption">${caption}</p></div>`).join('');
    const page = `<p>The earthquake struck before dawn on Monday, toppling thousands of buildings across the region.</p>${slides}<p>Officials said the death toll was expected to rise as crews reached remote villages.</p>`;
    expect(repeatsIn(page)).toEqual([]);
  });

  it('bylines, credits and short lines that recur between different posts', () => {
    const post = (text: string) =>
      `<p>${text}</p><p>By Rachel Okafor and Min-ji Park, Staff Reporters in Washington and Seoul</p><p>Additional reporting by Daniel Osei in Accra; editing by Lucia Fernández and Tom Hale</p><p>Advertisement</p><p><a href="/live">Read more</a></p>`;
    const item = (text: string) => `<p>${text}</p><p>홍길동 기자 hong@example.com</p><p>관련기사</p>`;
    const page =
      post('Negotiators returned to the table on Sunday morning after a night of talks that ended without a deal.') +
      post('A spokesman for the union said members would vote on any new offer within forty-eight hours.') +
      item('서울시는 다음 달부터 지하철 심야 운행을 새벽 1시까지 연장한다고 3일 밝혔다.') +
      item('부산시도 시내버스 막차 시간을 30분 늦추는 방안을 검토하고 있다고 전했다.') +
      item('인천시는 광역버스 증차를 위해 국토교통부와 협의를 이어가고 있다.');
    expect(repeatsIn(page)).toEqual([]);
  });
});

describe('MIN_REPEAT_CHARS', () => {
  const key = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

  it('is met by two ordinary news sentences and not by a typical repeated question', () => {
    expect(weightOf(key(P1 + P2))).toBeGreaterThanOrEqual(MIN_REPEAT_CHARS);
    expect(weightOf(key('What book changed your mind? Why?'))).toBeLessThan(MIN_REPEAT_CHARS);
  });

  it('is met by two ordinary Korean news sentences, a Hangul syllable weighing two letters', () => {
    const korean = '중소벤처기업부는 올해 중소기업 수출 지원 예산을 크게 늘렸다. 정부는 내년에도 해외 현지 상담회 지원을 확대할 계획이다.';
    expect(key(korean).length).toBeLessThan(MIN_REPEAT_CHARS);
    expect(weightOf(key(korean))).toBeGreaterThanOrEqual(MIN_REPEAT_CHARS);
    expect(weightOf(key('가장 기억에 남는 책은 무엇인가요? 왜 그런가요?'))).toBeLessThan(MIN_REPEAT_CHARS);
  });
});
