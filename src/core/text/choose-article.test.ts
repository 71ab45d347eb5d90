// Choosing the article: one test per rule of choose-article.ts, each on a small page built
// after a pattern real news pages use (the prose is written for these tests).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../test/support/linkedom';
import { analyzeDocument } from '../analyze';
import { readArticleHints } from '../metadata';
import { runNow } from '../steps';
import { extractArticleText } from './article-text';
import { chooseArticle } from './choose-article';
import { readArticleInSteps, readingRoot } from './read-article';

function page(head: string, body: string): Document {
  return parseDocument(`<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
}

/** The article as the product reads it (readArticleInSteps), with its blocks as lines. */
function read(doc: Document) {
  const article = runNow(readArticleInSteps(doc));
  return { ...article, lines: article.blocks.map((block) => article.text.slice(block.start, block.end)) };
}

/** chooseArticle on the page's text, with the hints the page gives or those passed. */
function choose(doc: Document, hints = readArticleHints(doc)) {
  return chooseArticle(extractArticleText(readingRoot(doc)), hints);
}

const jsonLd = (data: object) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

const SITE_HEADER = `
  <header class="site-header">
    <a class="logo" href="/">Example News</a>
    <nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav>
  </header>`;

const SITE_FOOTER = `
  <footer class="site-footer">
    <p><a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy policy</a></p>
    <p>Example News is published by Example Media Group, 12 Harbour Street, Harlow.</p>
  </footer>`;

describe('chooseArticle', () => {
  it('takes the element holding the JSON-LD articleBody, though a sidebar of opinion excerpts has more text (schema-org)', () => {
    const body = [
      'HARLOW — The city council voted 7-2 on Tuesday night to borrow $48 million to replace every remaining lead service line in Harlow, ending a debate that has run for more than two years.',
      'The plan, which relies on a low-interest state loan and a federal grant, calls for crews to dig up about 6,100 lines by the end of 2028. Homeowners will not be charged for the work, city officials said.',
      '“We have talked about this long enough,” said council member Rosa Alvarez, who sponsored the measure. “Families in the older neighbourhoods have been drinking through these pipes since the 1940s.”',
      "The two members who voted against the plan said they supported replacing the lines but objected to the loan's 30-year term. Work on the first 400 lines, in the Eastgate and Mill Hill districts, is expected to begin in April.",
    ];
    const excerpts = [
      "Every spring, as the river rises and the sandbags come out, we tell ourselves the same story: that the levee held last year, that the engineers know their business, that the next flood will be somebody else's problem. It is a comforting story, and it is wrong, because the levee was built for a river that no longer exists, and the people who live behind it know that better than anyone.",
      'When the last bookshop on Market Street closed in January, the owner, a patient, soft-spoken man who had run it for thirty-one years, put a handwritten sign in the window. It did not blame the internet, the rent, or the council. It thanked the town, by name, for the children who had learned to read in its back room, and it asked, politely, that someone else try again.',
      'Harlow has spent a decade arguing about parking, about bus lanes, about whether the old mill should become flats, offices, or a museum, and in all that time the one thing nobody has argued about is the school roof, which still leaks, still drips into buckets, and still waits, as it has since 2014, for a budget line of its own.',
    ];
    const doc = page(
      `<title>Harlow approves $48m plan to replace lead pipes | Example News</title>
       ${jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Harlow approves $48m plan to replace lead pipes', datePublished: '2024-03-12T21:40:00Z', articleBody: body.join('\n\n') })}`,
      `${SITE_HEADER}
       <div class="layout">
         <div class="col-8">
           <h1>Harlow approves $48m plan to replace lead pipes</h1>
           <div class="byline">By Laura Chen</div>
           <div class="rte">${body.map((p) => `<p>${p}</p>`).join('')}</div>
         </div>
         <div class="col-4">
           <h3>From the opinion pages</h3>
           ${excerpts.map((p) => `<p>${p}</p>`).join('')}
         </div>
       </div>
       ${SITE_FOOTER}`,
    );
    // On score alone, the column of excerpts would win.
    expect(choose(doc, {})?.text).toContain(excerpts[0]);

    const article = read(doc);
    expect(article.info?.source).toBe('schema-org');
    expect(article.info?.headline).toBe('Harlow approves $48m plan to replace lead pipes');
    expect(article.lines).toEqual(body);
    for (const excerpt of excerpts) expect(article.text).not.toContain(excerpt.slice(0, 40));
  });

  it('takes the element marked itemprop="articleBody", though a letters column beside it has more text (schema-org)', () => {
    const body = [
      'Thousands of homes along the north coast were still without power on Thursday morning after a storm brought gusts of more than 110 km/h overnight, toppling trees onto lines from Port Ellis to Carrow Bay.',
      'Coastline Energy said about 90,000 customers lost electricity at the height of the storm and that crews had restored supply to roughly half of them by dawn. The company warned that some rural areas could wait until the weekend.',
      'The weather service lifted its red warning at 6 a.m. but kept an amber warning for wind in place until noon. Two ferry crossings were cancelled and the coast road was closed between Port Ellis and Marram Head because of fallen trees.',
      'No serious injuries were reported. Emergency services said they had answered more than 400 calls, most of them about trees on roads and roofs, and urged people to stay away from downed lines.',
    ];
    const letters = [
      'Sir, your report on the harbour wall (Tuesday) said the repairs would take “a few weeks”. I have lived above that wall for forty years, through three storms, two surveys, and one promise of funding, and I would like to know, respectfully, which few weeks the council has in mind, and in which year.',
      'Sir, I was pleased to read that the library will keep its Saturday hours, but disappointed, once again, that nobody asked the people who actually use it on Saturdays: parents with small children, students without a quiet room at home, and older readers who come for the newspapers, the warmth, and the company.',
      'Sir, the new bus timetable looks fine on paper, with its neat columns, its colours, and its promise of a service every twenty minutes, but the 7.40 from Carrow Bay has not arrived at 7.40 once this month, and the 8.00, when it comes at all, is full long before it reaches the school.',
    ];
    const doc = page(
      '<title>Storm leaves 90,000 homes without power | Example News</title>',
      `${SITE_HEADER}
       <main>
         <article itemscope itemtype="https://schema.org/NewsArticle">
           <h1 itemprop="headline">Storm leaves 90,000 homes without power</h1>
           <p class="dateline"><span itemprop="author">Owen Pryce</span> · <time itemprop="datePublished" datetime="2024-11-21">21 November 2024</time></p>
           <div itemprop="articleBody">${body.map((p) => `<p>${p}</p>`).join('')}</div>
         </article>
         <section class="letters">
           <h2>Letters to the editor</h2>
           ${letters.map((p) => `<p>${p}</p>`).join('')}
         </section>
       </main>
       ${SITE_FOOTER}`,
    );
    const article = read(doc);
    expect(article.info?.source).toBe('schema-org');
    expect(article.info?.headline).toBe('Storm leaves 90,000 homes without power');
    expect(article.lines).toEqual(body);
    for (const letter of letters) expect(article.text).not.toContain(letter.slice(0, 40));

    // Without the mark, the letters would win on score.
    doc.querySelector('[itemprop="articleBody"]')!.removeAttribute('itemprop');
    expect(choose(doc)?.text).toContain(letters[0]);
  });
  it('scores the body above a sidebar of most-read teasers, the nav and the footer; no teaser text is in the article (scored)', () => {
    const body = [
      'Brightwell Foods will close its biscuit factory in Dunmore in June, putting 340 jobs at risk, the company told staff on Monday.',
      'The factory, which opened in 1962 and makes about 40 million packets of biscuits a year, has lost money for three of the last four years, Brightwell said, blaming higher energy costs and the loss of a supermarket contract.',
      'Production will move to the company’s larger site in Ashby, about 90 miles away. Brightwell said some workers would be offered jobs there, but did not say how many.',
      'Union officials called the decision “a hammer blow” for a town where the factory is the largest private employer. “People have given their whole working lives to that place,” said Carol Finch, a regional organiser, who added that the union would ask for talks this week.',
      'The local council said it would set up a jobs fair with other employers in the area and had asked the regional development agency for help.',
    ];
    const teasers = [
      ['Rail strike called off after late-night talks', 'Drivers will vote on a new offer, the union said.'],
      ['Hospital waiting lists at a five-year low', 'But the figures hide long waits for hip and knee surgery.'],
      ['Meet the 92-year-old still swimming in the sea every day', 'She has not missed a morning since 1987, rain or shine.'],
      ['Council tax to rise by 4.9 per cent', 'The increase is the largest allowed without a local vote.'],
    ];
    const doc = page(
      '<title>Biscuit factory to close with loss of 340 jobs | Example News</title>',
      `${SITE_HEADER}
       <div class="page">
         <div class="main-column">
           <h1>Biscuit factory to close with loss of 340 jobs</h1>
           <div class="article-meta"><span>By Priya Nair, Business reporter</span> <time>3 June 2024</time></div>
           <div class="article-body">${body.map((p) => `<p>${p}</p>`).join('')}</div>
         </div>
         <div class="sidebar">
           <section class="most-read">
             <h3>Most read</h3>
             <ol>${teasers.map(([title, description]) => `<li><a href="/story">${title}</a><p>${description}</p></li>`).join('')}</ol>
           </section>
         </div>
       </div>
       ${SITE_FOOTER}`,
    );
    const article = read(doc);
    expect(article.info?.source).toBe('scored');
    expect(article.info?.headline).toBe('Biscuit factory to close with loss of 340 jobs');
    expect(article.lines).toEqual(body);
    for (const [title, description] of teasers) {
      expect(article.text).not.toContain(title);
      expect(article.text).not.toContain(description);
    }
    expect(article.text).not.toContain('Most read');
    expect(article.text).not.toContain('Privacy policy');
    expect(article.text).not.toContain('Example Media Group');
  });

  it('reads a Korean body of <br>-separated runs in one <div id="articleBody"> and leaves the 주요뉴스 and 많이 본 뉴스 lists beside it out', () => {
    const runs = [
      '서울시는 다음 달 7일부터 지하철 기본요금을 1250원에서 1400원으로 150원 올린다고 12일 밝혔다. 지하철 요금이 오르는 것은 2015년 이후 8년 만이다.',
      '시는 그동안 요금이 동결된 탓에 서울교통공사의 누적 적자가 17조원을 넘어섰고, 노후 전동차 교체와 안전 설비 투자에 필요한 재원을 마련하기 어려운 상황이라고 설명했다.',
      '청소년과 어린이 요금은 각각 800원, 500원으로 조정되며, 만 65세 이상 노인 무임승차 제도는 현행대로 유지된다. 오전 6시 30분 이전에 타면 요금의 20%를 깎아주는 조조할인도 그대로 적용된다.',
      '시민단체들은 물가 상승으로 가계 부담이 커진 상황에서 공공요금까지 올리는 것은 서민에게 부담을 떠넘기는 것이라며 반발했다. 시 관계자는 "인상분은 전액 안전 투자와 서비스 개선에 쓰겠다"고 말했다.',
    ];
    const mainNews = [
      ['정부, 내년 최저임금 심의 앞두고 노사 의견 수렴', '노동계는 두 자릿수 인상을, 경영계는 동결을 요구했다.'],
      ['수도권 아파트 전셋값 12주 연속 상승', '입주 물량 감소로 오름세가 이어질 전망이다.'],
      ['프로야구 개막전 5경기 모두 매진', '전국 구장에 10만 명이 넘는 관중이 몰렸다.'],
    ];
    const mostRead = [
      '"택시비 또 오르나"…서울 택시 기본요금 인상 검토',
      '장마 앞두고 반지하 침수 대책 점검',
      '초등학생 등굣길 교통사고 막는다…스쿨존 단속 강화',
      '주말 전국 흐리고 비…낮 최고 24도',
    ];
    const doc = parseDocument(`<!doctype html><html lang="ko"><head><meta charset="utf-8">
      <title>서울 지하철 기본요금 1400원으로 오른다 | 예시일보</title>
      <meta property="og:title" content="서울 지하철 기본요금 1400원으로 오른다…내달 7일부터"></head><body>
      <div id="header"><a href="/">예시일보</a><ul class="gnb"><li><a href="/politics">정치</a></li><li><a href="/economy">경제</a></li><li><a href="/society">사회</a></li></ul></div>
      <div id="container">
        <div id="content">
          <div class="article_head">
            <h2 class="tit_view">서울 지하철 기본요금 1400원으로 오른다…내달 7일부터</h2>
            <span class="info_view">입력 2023.09.12 10:31</span>
          </div>
          <div id="articleBody" class="article_view">${runs.join('<br><br>')}<br><br>김민준 기자 mjkim@example.co.kr<br>ⓒ 예시일보, 무단전재 및 재배포 금지</div>
        </div>
        <div class="aside">
          <div class="main_news">
            <h4>주요뉴스</h4>
            <ul>${mainNews.map(([title, summary]) => `<li><a href="/news">${title}</a> <span class="desc">${summary}</span></li>`).join('')}</ul>
          </div>
          <div class="ranking_news">
            <h4>많이 본 뉴스</h4>
            <ol>${mostRead.map((title) => `<li><a href="/news">${title}</a></li>`).join('')}</ol>
          </div>
        </div>
      </div>
      </body></html>`);
    const article = read(doc);
    expect(article.info?.source).toBe('scored');
    expect(article.info?.headline).toBe('서울 지하철 기본요금 1400원으로 오른다…내달 7일부터');
    const first = article.lines.indexOf(runs[0]);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(article.lines.slice(first, first + runs.length)).toEqual(runs);
    for (const [title, summary] of mainNews) {
      expect(article.text).not.toContain(title);
      expect(article.text).not.toContain(summary);
    }
    for (const title of mostRead) expect(article.text).not.toContain(title);
    expect(article.text).not.toContain('주요뉴스');
    expect(article.text).not.toContain('많이 본 뉴스');
    expect(article.text).not.toContain('무단전재');
  });

  it('reads a body split over <p>-less sibling divs whole, part of it in a nested "read all" wrapper', () => {
    // After a pattern CNN used for years: paragraphs are <div>s, the later ones in a wrapper.
    const paragraphs = [
      'A team of divers has found the wreck of a 19th-century cargo ship that sank in Lake Tamsin during a storm in 1871, nearly 150 years after it disappeared with its crew of nine.',
      'The schooner, the Margaret Hale, was carrying coal from Kirkby to the lake’s northern ports when it was caught by a sudden gale, according to newspaper accounts from the time. No trace of the ship or its crew was ever found.',
      'The divers, volunteers with the Tamsin Maritime Heritage Society, located the wreck in about 60 metres of water last month, using side-scan sonar and a remotely operated camera.',
      '“She is sitting upright on the bottom, and her masts are still standing,” said Alan Corbett, who led the search. “The cold, fresh water has preserved her remarkably well.”',
      'The society said it would not disclose the exact location of the wreck to protect it from looters, and that it had informed the families of two crew members whose descendants still live in the area.',
      'Under state law, shipwrecks in the lake are protected as historic sites, and removing anything from them without a permit is a criminal offence.',
    ];
    const doc = page(
      '<title>Divers find ship lost in 1871 storm | Example News</title>',
      `${SITE_HEADER}
       <div class="pg-wrapper">
         <h1 class="pg-headline">Divers find ship lost in 1871 storm</h1>
         <p class="metadata__byline">By Hannah Moss</p>
         <section id="body-text">
           <div class="l-container">
             ${paragraphs
               .slice(0, 3)
               .map((p) => `<div class="zn-body__paragraph">${p}</div>`)
               .join('')}
             <div class="zn-body__read-all">
               ${paragraphs
                 .slice(3)
                 .map((p) => `<div class="zn-body__paragraph">${p}</div>`)
                 .join('')}
             </div>
           </div>
         </section>
         <div class="zn-body__footer">Example News’ Mark Doyle contributed to this report.</div>
       </div>
       <div class="more-stories">
         <h3>More from Example News</h3>
         <div class="cd"><a href="/a">Lighthouse keeper’s diary goes on display</a></div>
         <div class="cd"><a href="/b">Record number of swans counted on the lake</a></div>
       </div>
       ${SITE_FOOTER}`,
    );
    const article = read(doc);
    expect(article.info?.source).toBe('scored');
    expect(article.info?.headline).toBe('Divers find ship lost in 1871 storm');
    expect(article.lines).toEqual(paragraphs);
    expect(article.text).not.toContain('Lighthouse keeper');
  });
  it('keeps in-body captions and sub-headings; leaves out a related box, the share bar, the copyright lines (a long notice too), contact e-mail and photo credit lines', () => {
    const paragraphs = [
      'About 3,000 residents of Redbank and two neighbouring villages were ordered to leave their homes on Sunday as a wildfire driven by strong winds spread across the hills north of the town.',
      'The fire, which started on Saturday afternoon near a disused quarry, had burned about 1,200 hectares by Sunday evening, the regional fire service said. More than 250 firefighters and six water-bombing aircraft were working to contain it.',
      'The county opened emergency shelters in the gymnasiums of Redbank High School and St Anne’s Primary School, where volunteers handed out blankets, water and hot meals to families arriving with pets and bags of belongings.',
      '“We packed what we could carry in ten minutes,” said Grace Whitfield, 67, who left her farmhouse on Ridge Road with her two dogs. “You could see the glow over the hill from the kitchen window.”',
      'Officials said it was too early to say how many buildings had been damaged. The cause of the fire is under investigation.',
    ];
    const caption = 'Firefighters work to contain the blaze on a ridge above Redbank on Sunday.';
    const subheading = 'Shelters open at two schools';
    const related = ['Drought warning extended for a third month', 'How to prepare your home for fire season'];
    const doc = page(
      '<title>Wildfire forces 3,000 to flee near Redbank | Example News</title><meta property="og:title" content="Wildfire forces 3,000 to flee near Redbank">',
      `${SITE_HEADER}
       <article class="story">
         <h1>Wildfire forces 3,000 to flee near Redbank</h1>
         <div class="share">
           <a href="https://facebook.example/share">Facebook</a> <a href="https://x.example/share">X</a> <a href="mailto:?subject=Wildfire">Email</a>
         </div>
         <div class="story-body">
           <p>${paragraphs[0]}</p>
           <figure>
             <img src="/img/fire.jpg" alt="">
             <figcaption>${caption}</figcaption>
             <div class="image-credit">Photo: Tom Reyes/Coastline Press Agency</div>
           </figure>
           <p>${paragraphs[1]}</p>
           <h2>${subheading}</h2>
           <p>${paragraphs[2]}</p>
           <div class="related">
             <h3>Related articles</h3>
             <ul>${related.map((title) => `<li><a href="/story">${title}</a></li>`).join('')}</ul>
           </div>
           <p>${paragraphs[3]}</p>
           <p>${paragraphs[4]}</p>
           <p>Contact: newsdesk@example-news.com</p>
           <p>© 2024 Example News. All rights reserved.</p>
           <p>© 2024, ExampleNews.com. This story is the copyrighted property of Example News. Written permission must be obtained before it is reprinted online, in print or on air. Copying our reporting without permission and payment is theft and is punishable by law.</p>
         </div>
       </article>
       ${SITE_FOOTER}`,
    );
    const article = read(doc);
    expect(article.info?.source).toBe('scored');
    expect(article.info?.headline).toBe('Wildfire forces 3,000 to flee near Redbank');
    expect(article.lines).toEqual([paragraphs[0], caption, paragraphs[1], subheading, paragraphs[2], paragraphs[3], paragraphs[4]]);
    expect(article.blocks.map((block) => block.kind)).toEqual(['text', 'caption', 'text', 'text', 'text', 'text', 'text']);
  });

  it('reads a story a theme wrapped whole in a furniture-named box ("above-footer"), not only the long disclosure box beside it', () => {
    const paragraphs = [
      'Harbour Air has a new date for when it will be a full member of the Skyline alliance: the end of March, the carrier said on Tuesday.',
      'The date is about three months later than executives planned when the carrier was invited to join the alliance in July, but in line with the timetable it gave in September.',
      'Members of its frequent flyer plan will be able to earn and spend miles across the alliance, use its lounges and reach more than a thousand destinations.',
    ];
    const disclosure =
      'Many of the offers that appear on this website are from companies from which Example Travel receives compensation. This compensation may affect how and where products appear on this site, including the order in which they appear. This site does not include all companies or all offers available. Please read our advertising policy for more information.';
    const note =
      'Editorial note: opinions expressed here are the author’s alone, not those of any bank, card issuer, airline or hotel chain, and have not been reviewed, approved or otherwise endorsed by any of these entities.';
    const doc = page(
      '<title>Harbour Air to join Skyline by spring</title><meta property="og:title" content="Harbour Air to join Skyline by spring">',
      `${SITE_HEADER}
       <div class="above-footer">
         <h1>Harbour Air sets new date for Skyline membership</h1>
         <div class="byline">By Dana Wells</div>
         <div class="article-body">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>
       </div>
       <section class="advertiser-disclosure-body"><h3>Advertiser disclosure</h3><p>${disclosure}</p><p>${note}</p></section>
       ${SITE_FOOTER}`,
    );
    const article = read(doc);
    for (const paragraph of paragraphs) expect(article.text).toContain(paragraph);
    expect(article.info?.headline).toBe('Harbour Air sets new date for Skyline membership');
  });

  it('keeps short unlinked list items (ingredients, specifications) that a widget label would be dropped for', () => {
    const steps = [
      'Heat the oven to 180 degrees and butter a square tin about 24 centimetres across, then dust it lightly with flour.',
      'Beat the butter, sugar and salt until pale, add the eggs one at a time, then fold in the flour and the pudding powder.',
      'Spread half the batter in the tin, stir cocoa into the rest, swirl it over the top and bake for about forty minutes.',
    ];
    const doc = page(
      '<title>Marble cherry cake</title>',
      `<article class="recipe">
         <h1>Marble cherry cake</h1>
         <p>${steps[0]}</p>
         <ul class="ingredients"><li>1 packet pudding powder</li><li>250 g butter</li><li>Cocoa</li></ul>
         <p>${steps[1]}</p>
         <p>${steps[2]}</p>
         <div class="tools"><span>Print</span> <span>Close</span></div>
       </article>`,
    );
    const lines = read(doc).lines;
    expect(lines).toEqual(expect.arrayContaining(['1 packet pudding powder', '250 g butter', 'Cocoa']));
    expect(lines.join('\n')).not.toContain('Close');
  });

  it('keeps a short sub-heading written as a paragraph between two paragraphs of prose, and drops a widget label beside a picture', () => {
    const paragraphs = [
      'The regional council approved the new bus timetable on Tuesday after two months of hearings with residents and drivers.',
      'Buses on the three busiest routes will run every ten minutes at peak hours, up from every fifteen, the council said.',
      'The changes take effect in March; the council expects the extra services to cost about 1.2 million euros a year.',
    ];
    const doc = page(
      '<title>Council approves bus timetable</title>',
      `<article class="story">
         <h1>Council approves bus timetable</h1>
         <p>${paragraphs[0]}</p>
         <p><strong>What changes</strong></p>
         <p>${paragraphs[1]}</p>
         <figure><img src="bus.jpg" alt=""><div class="tools"><span>Enlarge image</span></div></figure>
         <p>${paragraphs[2]}</p>
       </article>`,
    );
    expect(read(doc).lines).toEqual([paragraphs[0], 'What changes', paragraphs[1], paragraphs[2]]);
  });

  it('keeps short unlinked fields and their values (Annual fee: $95), and drops a linked one (Tags: Politics)', () => {
    const paragraphs = [
      'The card charges no foreign transaction fees and earns two points per dollar on travel and dining, the bank said.',
      'Its welcome offer runs until the end of March, and the bank said it would not be extended this year.',
      'Cardholders who pay late twice in a year lose the welcome points, according to the terms published on Monday.',
    ];
    const doc = page(
      '<title>Travel card review</title>',
      `<article class="review">
         <h1>Travel card review</h1>
         <p>${paragraphs[0]}</p>
         <p>${paragraphs[1]}</p>
         <p>Annual fee: $95</p>
         <p>Late fee: $40</p>
         <p>${paragraphs[2]}</p>
         <div class="meta"><span>Tags: <a href="/politics">Politics</a></span></div>
       </article>`,
    );
    expect(read(doc).lines).toEqual([paragraphs[0], paragraphs[1], 'Annual fee: $95', 'Late fee: $40', paragraphs[2]]);
  });

  it("keeps every cell of a table inside the story, numbers and short names included (a team's snap counts)", () => {
    const paragraphs = [
      'The defence played most of its snaps without two starters on Sunday, and the numbers show who carried the load.',
      'The coach said on Monday that both starters should be back in practice this week, though neither is certain to play.',
    ];
    const doc = page(
      '<title>Snap counts after week 11</title>',
      `<article class="story">
         <h1>Snap counts after week 11</h1>
         <p>${paragraphs[0]}</p>
         <table><thead><tr><th>Player</th><th>Plays</th><th>Share</th></tr></thead>
           <tbody><tr><td>Dale Ortiz</td><td>63</td><td>85%</td></tr><tr><td>Ken Mabry</td><td>57</td><td>77%</td></tr></tbody></table>
         <p>${paragraphs[1]}</p>
       </article>`,
    );
    expect(read(doc).lines).toEqual([paragraphs[0], 'Player', 'Plays', 'Share', 'Dale Ortiz', '63', '85%', 'Ken Mabry', '57', '77%', paragraphs[1]]);
  });

  it('leaves out credit and follow lines inside the story (credit-lines.ts): a photo credit, "Follow X on Twitter …"', () => {
    const paragraphs = [
      'Five people were injured on Monday when a minibus and a truck collided on the main road near May Pen, the police said.',
      'Two of the injured were pronounced dead at hospital; the other three were admitted in stable condition, a hospital spokeswoman said.',
      'The police have asked witnesses to come forward and said the driver of the truck was being questioned.',
    ];
    const doc = page(
      '<title>Crash victims identified</title>',
      `<article class="story">
         <h1>Crash victims identified</h1>
         <div class="article-content">
           <p>${paragraphs[0]}</p>
           <p>Natalie Naccache | Bloomberg | Getty Images</p>
           <p>${paragraphs[1]}</p>
           <p>${paragraphs[2]}</p>
           <p>Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica. Send us a message on WhatsApp at 1-876-499-0169 or email us at onlinefeedback@gleanerjm.com or editors@gleanerjm.com.</p>
         </div>
       </article>`,
    );
    expect(read(doc).lines).toEqual(paragraphs);
  });

  it('leaves out the advertising labels of German posts (*Werbung. …, ANZEIGE - …) and keeps a sentence that only mentions advertising', () => {
    const paragraphs = [
      'Der Aufsteiger hat sein erstes Heimspiel der Saison vor 400 Zuschauern mit 1:3 verloren. Die Gäste gingen schon nach zehn Minuten in Führung.',
      'Werbung für den Verein machte danach nur noch der Torwart, der zwei Elfmeter hielt und seine Mannschaft lange im Spiel hielt.',
      'Am Sonntag spielt die Mannschaft auswärts beim Tabellenführer. Der Trainer will bis dahin an der Abwehr arbeiten.',
    ];
    const doc = page(
      '<title>Heimniederlage zum Auftakt</title>',
      `<article class="post">
         <h1>Heimniederlage zum Auftakt</h1>
         <div class="entry-content">
           <p>*Werbung. Dieser Beitrag enthält Werbung für einen Sportartikelhändler.</p>
           <p>${paragraphs[0]}</p>
           <p>${paragraphs[1]}</p>
           <p>ANZEIGE - Heute mal ausgehen oder bestellen? Wie wäre es mit:</p>
           <p>${paragraphs[2]}</p>
         </div>
       </article>`,
    );
    expect(read(doc).lines).toEqual(paragraphs);
  });

  it("leaves out a blog template's prompts and notices inside the post: affiliate-link and licence notices, 'was this helpful', 'share this article'", () => {
    const paragraphs = [
      'Wer im Herbst unter blühenden Silberlinden tote Hummeln findet, sucht die Ursache oft im Nektar der Bäume. Untersuchungen der letzten Jahre zeigen aber ein anderes Bild.',
      'Die Linden blühen spät im Jahr, wenn andere Trachtpflanzen schon verblüht sind. Die Hummeln finden dann zu wenig Nahrung und verhungern unter den Bäumen, deren Nektar nicht mehr reicht.',
      'Helfen kann, wer im Garten spät blühende Stauden pflanzt: Fetthenne, Astern und Herbst-Anemonen liefern bis in den Oktober hinein Pollen und Nektar.',
    ];
    const doc = page(
      '<title>Tote Hummeln unter Linden</title>',
      `<article class="post">
         <h1>Tote Hummeln unter Linden</h1>
         <div class="entry-content">
           <p>${paragraphs[0]}</p>
           <p>${paragraphs[1]}</p>
           <p>Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links / Bilder von der Product Advertising API</p>
           <p>${paragraphs[2]}</p>
           <div>Möchten Sie den Artikel teilen?</div>
           War der Artikel nützlich?
           <p>Sofern nicht anders angegeben, stehen die Inhalte dieser Website unter CC BY 4.0.</p>
         </div>
       </article>`,
    );
    expect(read(doc).lines).toEqual(paragraphs);
  });

  it('finds the headline: the <h1> matching og:title (not the site logo), as info.headline and the title; it is left out of the text, the standfirst and byline under it stay in', () => {
    const standfirst = 'Rents rose faster in smaller cities than in the capital for the first time in a decade, official figures show.';
    const body = [
      'Average private rents in England rose by 8.7 per cent in the year to March, the Office for National Statistics said on Wednesday, the fastest increase since its records began in 2015.',
      'The biggest rises were outside London, in cities such as Nottingham, Bristol and Leeds, where demand from students and young professionals has outstripped the supply of new homes, the figures show.',
      'Landlords’ groups blamed higher mortgage costs and new regulations for pushing some owners to sell, reducing the number of homes available to rent. Tenants’ organisations called for a limit on annual increases.',
      'The government said it was building more homes and would publish plans to reform the private rental sector later this year.',
    ];
    const doc = page(
      '<title>Rents rise at record pace outside London | Example News</title><meta property="og:title" content="Rents rise at record pace outside London | Example News">',
      `<div class="masthead"><h1 class="logo">Example News</h1><p class="tagline">Independent journalism since 1891</p></div>
       <nav><a href="/">Home</a> <a href="/money">Money</a></nav>
       <div class="content-wrap">
         <div class="article-header">
           <h1 class="headline">Rents rise at record pace outside London</h1>
           <p class="standfirst">${standfirst}</p>
           <p class="byline">By Tom Hale, Economics correspondent</p>
         </div>
         <div class="article-content">${body.map((p) => `<p>${p}</p>`).join('')}</div>
       </div>
       ${SITE_FOOTER}`,
    );
    const article = read(doc);
    expect(article.info?.headline).toBe('Rents rise at record pace outside London');
    expect(article.info?.source).toBe('scored');
    expect(article.lines).toEqual([standfirst, 'By Tom Hale, Economics correspondent', ...body]);
    expect(article.text).not.toContain('Example News');
    expect(analyzeDocument(doc).analysis.title).toBe('Rents rise at record pace outside London');
  });

  it('takes both copies of a body a template printed twice, the second after the byline, so repeat detection collapses the second', () => {
    const body = [
      'Police in Westford have arrested two men after a series of break-ins at allotment sheds across the town over the past month.',
      'Officers said tools, bicycles and garden equipment worth more than £15,000 had been taken from at least 40 sheds since the start of September. Some of the property has been recovered from a lock-up garage on Canal Street.',
      'The men, aged 34 and 41, were arrested on Thursday morning and remain in custody. Police said they were not looking for anyone else in connection with the thefts.',
      '“It has been a worrying few weeks for people who have had things taken that they have owned for years,” said Inspector Julia Marsh. “We would like to thank the allotment holders for their patience and their help.”',
    ];
    const copy = body.map((p) => `<p>${p}</p>`).join('');
    const doc = page(
      '<title>Two arrested after allotment shed break-ins | Example News</title>',
      `${SITE_HEADER}
       <div class="article">
         <h1>Two arrested after allotment shed break-ins</h1>
         <div id="article-body" class="article-body">${copy}</div>
         <p class="byline">By Daniel Price, Local Democracy Reporter</p>
         <div class="l-row"><div class="c-rte">${copy}</div></div>
       </div>
       ${SITE_FOOTER}`,
    );
    // The second copy sits one wrapper deeper, so it scores too little to join as a sibling of
    // the first: its repeated paragraphs bring it in.
    const article = read(doc);
    expect(article.lines).toEqual([...body, 'By Daniel Price, Local Democracy Reporter', ...body]);

    const { analysis } = analyzeDocument(doc);
    expect(analysis.skipped).toBeUndefined();
    expect(analysis.repeats).toHaveLength(1);
    const [repeat] = analysis.repeats;
    expect(repeat.start).toBe(analysis.text.lastIndexOf(body[0]));
    expect(analysis.text.slice(repeat.keptStart, repeat.keptEnd)).toContain(body[0]);
    expect(repeat.keptStart).toBe(analysis.text.indexOf(body[0]));
  });

  it('leaves out the captions that credit their photo (Foto: …, (REUTERS/name), © name) beside a body of prose; a caption without a credit stays', () => {
    const body = [
      'The government accused the port operator on Tuesday of siding with the dockers’ union to prolong the dispute that has halted container handling at the public wharves for three days.',
      'Two officials said the company and the union both wanted the conflict to continue, because a settlement would open the terminal to a competitor that has offered to take on part of the staff.',
      'The ministry has proposed a special unemployment insurance for the 150 workers who would be laid off, and a plan to fill about 50 vacancies at the port authority with them.',
    ];
    const plain = 'Cranes stand idle at the container terminal on Monday.';
    const credited = [
      'Dockers gather outside the union hall before the vote. (REUTERS/Denis Balibouse)',
      'The port at dawn. Foto: Archivo',
      'A container ship waits offshore © Noah Addis',
    ];
    const figure = (caption: string) => `<figure><img src="/img/port.jpg" alt=""><figcaption>${caption}</figcaption></figure>`;
    const doc = page(
      '<title>Government accuses port operator</title>',
      `<article class="article">
         <h1>Government accuses port operator</h1>
         ${figure(credited[0])}
         <p>${body[0]}</p>
         ${figure(plain)}
         <p>${body[1]}</p>
         ${figure(credited[1])}
         <p>${body[2]}</p>
         ${figure(credited[2])}
       </article>`,
    );
    expect(read(doc).lines).toEqual([body[0], plain, body[1], body[2]]);
  });

  it('keeps credited captions when they are the story (a slideshow: captions hold most of its text)', () => {
    const captions = [
      'The new phone looks like the model from 2017, but it carries the maker’s latest chip and brings back the home button. (Photo: Reuters)',
      'It comes in three colours and two storage sizes, and goes on sale in the first week of June. (Photo: Reuters)',
      'At less than half the price of the flagships, it is aimed at buyers who held on to their old phones. (Photo: Reuters)',
    ];
    const slides = captions
      .map((caption, n) => `<div class="slide"><h2>Slide ${n + 1}</h2><figure><img src="/img/${n}.jpg" alt=""><figcaption>${caption}</figcaption></figure></div>`)
      .join('');
    const doc = page('<title>The new phone in pictures</title>', `<section class="slideshow"><h1>The new phone in pictures</h1>${slides}</section>`);
    expect(read(doc).lines).toEqual(expect.arrayContaining(captions));
  });

  it('keeps a caption a gallery repeats under several slides once', () => {
    const caption = 'Crowds gather along the seafront for the annual Brinmouth lantern parade on Saturday evening.';
    const body = [
      'More than 20,000 people lined the seafront in Brinmouth on Saturday for the town’s lantern parade, which returned to its full route for the first time since 2019.',
      'About 600 children from 14 schools carried lanterns they had made from willow and tissue paper in workshops over the past six weeks, led by the arts charity Tidelines.',
      'The parade ended with a fireworks display over the harbour. Organisers said the event had raised more than £8,000 for the town’s lifeboat station.',
    ];
    const slides = [1, 2, 3, 4]
      .map((n) => `<div class="gallery__slide"><img src="/img/parade-${n}.jpg" alt=""><figcaption>${caption}</figcaption><span class="gallery__count">${n} of 4</span></div>`)
      .join('');
    const doc = page(
      '<title>Lantern parade returns to Brinmouth | Example News</title>',
      `${SITE_HEADER}
       <div class="article-body">
         <p>${body[0]}</p>
         <div class="gallery">${slides}</div>
         <p>${body[1]}</p>
         <p>${body[2]}</p>
       </div>
       ${SITE_FOOTER}`,
    );
    const article = read(doc);
    expect(article.info?.source).toBe('scored');
    expect(article.lines).toEqual([body[0], caption, body[1], body[2]]);
    expect(article.blocks[1].kind).toBe('caption');
  });

  it('reads a home page of teasers whole when asked ({ wholePage: true }): analysed, not skipped, source whole-page', () => {
    const sections = {
      News: [
        ['Council approves new cycle lanes on the ring road', 'Work will start in March and close one lane of the ring road for about ten weeks.'],
        ['Ferry timetable cut for winter', 'Islanders say the loss of two daily sailings will make hospital visits harder.'],
        ['School meals price freeze', 'The county will hold the price of a school lunch at £2.40 until 2026, it said.'],
      ],
      Sport: [
        ['United sign Norwegian striker on three-year deal', 'Erik Solberg, 24, scored 19 goals for Bodø last season and joins for an undisclosed fee.'],
        ['Marathon route changed after bridge closure', 'Runners will start in Victoria Park instead, adding a loop along the canal.'],
        ['County cricket: rain saves Westford', 'No play was possible after lunch on the final day at the Riverside ground.'],
      ],
    };
    const doc = page(
      '<title>Example News — Home</title>',
      `${SITE_HEADER}
       <div class="home">
         ${Object.entries(sections)
           .map(
             ([name, stories]) =>
               `<section class="section-front"><h2><a href="/${name.toLowerCase()}">${name}</a></h2><ul>${stories
                 .map(([title, teaser]) => `<li class="card"><h3><a href="/story">${title}</a></h3><p>${teaser}</p></li>`)
                 .join('')}</ul></section>`,
           )
           .join('')}
       </div>
       ${SITE_FOOTER}`,
    );
    const { analysis } = analyzeDocument(doc, { wholePage: true });
    expect(analysis.skipped).toBeUndefined();
    expect(analysis.article?.source).toBe('whole-page');
    expect(analysis.title).toBe('Example News — Home');
    for (const [title, teaser] of Object.values(sections).flat()) {
      expect(analysis.text).toContain(title);
      expect(analysis.text).toContain(teaser);
    }
  });

  it('chooses the body of a blog post above its reference list; the references stay in (they are part of the post)', () => {
    const body = [
      'For most of the twentieth century, the common eel was one of the most abundant fish in European rivers. Since the early 1980s, the number of young eels reaching the coast each spring has fallen by more than 90 per cent.',
      'Nobody is entirely sure why. Dams and weirs block the way upstream, hydropower turbines kill migrating adults, and a parasitic worm introduced from Asia damages the swim bladder that eels need for their long journey back to the Sargasso Sea.',
      'Changes in ocean currents may also play a part, by making it harder for the larvae to drift across the Atlantic. What is clear is that no single cause explains the decline, and that recovery will take decades even if every barrier were removed tomorrow.',
      'Conservation groups have had some success with “eel passes”, simple ramps lined with bristles that let young eels climb around weirs. Across the river catchments where they have been installed, counts of juvenile eels have started to rise again.',
    ];
    const references = [
      'Dekker, W. (2003). Did lack of spawners cause the collapse of the European eel? Fisheries Management and Ecology, 10(6), 365–376.',
      'Feunteun, E. (2002). Management and restoration of European eel population: an impossible bargain. Ecological Engineering, 18(5), 575–591.',
      'Kirk, R. S. (2003). The impact of Anguillicola crassus on European eels. Fisheries Management and Ecology, 10(6), 385–394.',
    ];
    const doc = page(
      '<title>Where have all the eels gone? – River Notes</title>',
      `<div id="page" class="site">
         <header id="masthead" class="site-header"><p class="site-title"><a href="/">River Notes</a></p></header>
         <div id="content" class="site-content">
           <main id="main" class="site-main">
             <article class="post type-post hentry">
               <header class="entry-header"><h1 class="entry-title">Where have all the eels gone?</h1><div class="entry-meta">Posted on 4 May 2024 by Ruth Ellery</div></header>
               <div class="entry-content">
                 ${body.map((p) => `<p>${p}</p>`).join('')}
                 <h3>References</h3>
                 <ol class="references">${references.map((r) => `<li>${r}</li>`).join('')}</ol>
               </div>
             </article>
           </main>
           <div id="secondary" class="widget-area">
             <section class="widget widget_recent_entries"><h2 class="widget-title">Recent posts</h2><ul><li><a href="/a">Otters return to the upper Wye</a></li><li><a href="/b">A winter count of wading birds</a></li></ul></section>
           </div>
         </div>
       </div>`,
    );
    const article = read(doc);
    expect(article.info?.source).toBe('scored');
    expect(article.info?.headline).toBe('Where have all the eels gone?');
    expect(article.lines).toEqual([...body, 'References', ...references]);
    expect(article.text).not.toContain('Posted on');
    expect(article.text).not.toContain('Otters return');
  });

  it('finds the body past a stray <html><body> an ad snippet pasted at its top (linkedom keeps it nested, the paragraphs inside it)', () => {
    const paragraphs = [
      'The national weather service has issued its first heat warning of the summer for the southern valleys, with temperatures expected to reach 38C on Thursday and Friday.',
      'Doctors urged people to check on elderly neighbours, to drink plenty of water and to avoid strenuous activity in the afternoon, when the heat is at its worst.',
      'Several towns have opened air-conditioned “cool rooms” in libraries and community halls. In Santa Lucia, the municipal swimming pool will stay open until 10 p.m. for the rest of the week.',
      'Farmers said the heat, which follows the driest spring in twenty years, would hit the grape and olive harvests, and water companies asked customers not to water gardens or wash cars.',
    ];
    const teasers = [
      ['Ten ways to keep your home cool', 'Fans, shutters and wet towels: what works and what does not.'],
      ['Why heatwaves are getting longer', 'Climate scientists explain the summers of the last decade.'],
      ['Lifeguard numbers doubled for summer', 'Twelve beaches will have patrols from 9 a.m. to 7 p.m.'],
    ];
    const doc = page(
      '<title>Heat warning issued for southern valleys | Example News</title>',
      `${SITE_HEADER}
       <div class="wrap">
         <div class="headline-block"><h1>Heat warning issued for southern valleys</h1></div>
         <div class="story-text">
           <html><head><script src="https://ads.example/tag.js"></script></head><body><div id="ad-slot-1"></div>
           ${paragraphs.map((p) => `<p>${p}</p>`).join('')}
         </div>
         <div class="col-side">
           ${teasers.map(([title, blurb]) => `<div class="teaser"><a href="/story">${title}</a><p>${blurb}</p></div>`).join('')}
         </div>
       </div>
       ${SITE_FOOTER}`,
    );
    const stray = doc.querySelectorAll('body')[1];
    expect(stray?.parentElement?.parentElement?.getAttribute('class')).toBe('story-text');
    expect(stray.textContent).toContain(paragraphs[0]);

    const article = read(doc);
    expect(article.info?.source).toBe('scored');
    expect(article.info?.headline).toBe('Heat warning issued for southern valleys');
    expect(article.lines).toEqual(paragraphs);
  });
});

// Pages from review: a home page of teaser sections, and a Korean page whose 입력 line and
// closing byline sit around a <br> body.
const HOME_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example News — Home</title></head><body>
<header class="site-header"><a class="logo" href="/">Example News</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<div class="home">
  <section class="section-front"><h2><a href="/news">News</a></h2><ul>
    <li class="card"><h3><a href="/story">Council approves new cycle lanes on the ring road</a></h3><p>Work will start in March and close one lane of the ring road for about ten weeks.</p></li>
    <li class="card"><h3><a href="/story">Ferry timetable cut for winter</a></h3><p>Islanders say the loss of two daily sailings will make hospital visits harder.</p></li>
    <li class="card"><h3><a href="/story">School meals price freeze</a></h3><p>The county will hold the price of a school lunch at £2.40 until 2026, it said.</p></li>
  </ul></section>
  <section class="section-front"><h2><a href="/sport">Sport</a></h2><ul>
    <li class="card"><h3><a href="/story">United sign Norwegian striker on three-year deal</a></h3><p>Erik Solberg, 24, scored 19 goals for Bodø last season and joins for an undisclosed fee.</p></li>
    <li class="card"><h3><a href="/story">Marathon route changed after bridge closure</a></h3><p>Runners will start in Victoria Park instead, adding a loop along the canal.</p></li>
    <li class="card"><h3><a href="/story">County cricket: rain saves Westford</a></h3><p>No play was possible after lunch on the final day at the Riverside ground.</p></li>
  </ul></section>
</div>
<footer class="site-footer"><p><a href="/about">About us</a> <a href="/privacy">Privacy policy</a></p></footer>
</body></html>`;

const KOREAN_WITH_DATELINE = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>서울 지하철 기본요금 1400원으로 오른다 | 예시일보</title>
<meta property="og:title" content="서울 지하철 기본요금 1400원으로 오른다…내달 7일부터"></head><body>
<div id="container">
  <div id="content">
    <div class="article_head">
      <h2 class="tit_view">서울 지하철 기본요금 1400원으로 오른다…내달 7일부터</h2>
      <span class="info_view">입력 2023.09.12 10:31</span>
    </div>
    <div id="articleBody" class="article_view">서울시는 다음 달 7일부터 지하철 기본요금을 1250원에서 1400원으로 150원 올린다고 12일 밝혔다. 지하철 요금이 오르는 것은 2015년 이후 8년 만이다.<br><br>시는 그동안 요금이 동결된 탓에 서울교통공사의 누적 적자가 17조원을 넘어섰고, 노후 전동차 교체와 안전 설비 투자에 필요한 재원을 마련하기 어려운 상황이라고 설명했다.<br><br>청소년과 어린이 요금은 각각 800원, 500원으로 조정되며, 만 65세 이상 노인 무임승차 제도는 현행대로 유지된다. 오전 6시 30분 이전에 타면 요금의 20%를 깎아주는 조조할인도 그대로 적용된다.<br><br>김민준 기자 mjkim@example.co.kr<br>ⓒ 예시일보, 무단전재 및 재배포 금지</div>
  </div>
  <div class="aside"><div class="ranking_news"><h4>많이 본 뉴스</h4><ol><li><a href="/news">장마 앞두고 반지하 침수 대책 점검</a></li><li><a href="/news">주말 전국 흐리고 비…낮 최고 24도</a></li></ol></div></div>
</div>
</body></html>`;

const articleLines = (doc: Document) => {
  const article = runNow(readArticleInSteps(doc));
  return article.blocks.map((block) => article.text.slice(block.start, block.end));
};

describe('chooseArticle on pages that are not one story', () => {
  it('gives no article for a home page of teaser sections (linked headlines, each with its summary), and the analysis skips it', () => {
    const doc = parseDocument(HOME_PAGE);
    expect(chooseArticle(extractArticleText(readingRoot(doc)), readArticleHints(doc))).toBeUndefined();
    expect(analyzeDocument(doc).analysis.skipped).toBe('no-article');
  });
});

describe('chooseArticle around a Korean <br> body', () => {
  it('leaves the 입력 dateline under the headline out of the article', () => {
    expect(articleLines(parseDocument(KOREAN_WITH_DATELINE))).not.toContain('입력 2023.09.12 10:31');
  });

  it('keeps the closing byline (name 기자 e-mail), which names the reporter, and drops the ⓒ line', () => {
    const lines = articleLines(parseDocument(KOREAN_WITH_DATELINE));
    expect(lines).toContain('김민준 기자 mjkim@example.co.kr');
    expect(lines.some((line) => line.includes('무단전재'))).toBe(false);
  });
});

describe('chooseArticle beside teasers of other stories', () => {
  const NEXT_POSTS = ['Choir sings a protest song in a subway station', 'A graphic memoir about growing up online', 'Podcast follows the money behind local papers']
    .map(
      (title, i) =>
        `<div class="next"><h2><a href="/post/${i}">${title}</a></h2><p>${'The post tells the story at length, with interviews, pictures and a few surprises along the way for readers. '.repeat(2)}</p></div>`,
    )
    .join('');

  it("reads a one-paragraph post and leaves out the summaries under the next posts' linked headlines", () => {
    const story =
      'A cartoonist was invited onto a national news show to explain his strip about young workers, and used the minute to argue that wages, not avocado toast, decide who can buy a home.';
    const { lines, info } = read(
      page(
        '<title>Post</title>',
        `${SITE_HEADER}<div id="container"><div id="story"><h1>Cartoonist explains his strip</h1><p>${story}</p><p>He said the strip drew more mail than anything he had drawn before, most of it from readers under thirty.</p></div><div id="next-posts">${NEXT_POSTS}</div></div>${SITE_FOOTER}`,
      ),
    );
    expect(info?.source).toBe('scored');
    expect(lines).toContain(story);
    expect(lines.some((line) => line.startsWith('The post tells the story'))).toBe(false);
  });

  it('keeps the paragraph after a "More:" list of bare linked headlines inside the story', () => {
    const paragraphs = [
      'Two service members were killed when their helicopter came down in the east of the country on Wednesday, the military said.',
      'The cause of the crash is under investigation, a spokesman said, adding that there were no signs of enemy fire so far.',
      'It did not reveal where the crash happened and said the names of those killed were withheld until their families were told.',
      'The insurgents claimed they had shot the aircraft down, a claim the military did not confirm on Wednesday evening.',
    ];
    const more =
      '<h4>More:</h4><ul>' +
      ['Talks resume in the capital', 'Young fighters weigh peace', 'Neighbours invite both sides'].map((t) => `<li><h4><a href="/x">${t}</a></h4></li>`).join('') +
      '</ul>';
    const body = `<div class="article-body"><p>${paragraphs[0]}</p><p>${paragraphs[1]}</p>${more}<p>${paragraphs[2]}</p><p>${paragraphs[3]}</p></div>`;
    const { lines } = read(page('<title>Crash</title>', `${SITE_HEADER}<article>${body}</article>${SITE_FOOTER}`));
    for (const paragraph of paragraphs) expect(lines).toContain(paragraph);
    expect(lines).not.toContain('More:');
  });

  it('leaves out a short question over an embedded link card ("Schon gelesen?"), and keeps the story\'s own question before a paragraph', () => {
    const paragraphs = [
      'Die Luftwaffe lässt ihre Nachwuchspiloten künftig in Bremen ausbilden. Das Beschaffungsamt hat einen entsprechenden Vertrag mit einem Schulungsanbieter geschlossen.',
      'In Bremen sollen vor allem Piloten für die Flugbereitschaft und die Transportflugzeuge ausgebildet werden, zunächst auf zwei Flugzeugtypen.',
      'Der Vertrag läuft über sieben Jahre. Die ersten Lehrgänge sollen im Herbst beginnen, wenn die Simulatoren in der neuen Halle stehen.',
    ];
    const question = 'Und wer bezahlt das alles?';
    const body =
      `<div class="article_texte"><p>${paragraphs[0]}</p><p>${question}</p><p>${paragraphs[1]}</p><p>${paragraphs[2]}</p>` +
      '<p>Schon gelesen?</p><blockquote class="wp-embedded-content"><p><a href="/luftwaffe-italien">Luftwaffe lässt Piloten in Italien ausbilden</a></p></blockquote></div>';
    const { lines } = read(page('<title>Piloten</title>', `${SITE_HEADER}<article>${body}</article>${SITE_FOOTER}`));
    expect(lines).toEqual([paragraphs[0], question, paragraphs[1], paragraphs[2]]);
  });
});

describe('chooseArticle when the page marks one paragraph as the body', () => {
  it("takes the paragraph's container: the other paragraphs of the story are read too (a paywall's free part marked itemprop)", () => {
    const paragraphs = [
      'Parliament voted on Saturday to delay a decision on the withdrawal agreement, forcing the government to ask for more time.',
      'The prime minister sent the request late in the evening, as the law required, but did not sign the letter himself.',
      'Ministers said they would bring the agreement back to the chamber on Monday and expected to win the vote this time.',
    ];
    const body = `<main class="content"><p class="text">${paragraphs[0]}</p><p class="text">${paragraphs[1]}</p><p class="text" itemprop="articleBody">${paragraphs[2]} ${paragraphs[2]}</p></main>`;
    const { lines, info } = read(page('<title>Vote</title>', `${SITE_HEADER}${body}${SITE_FOOTER}`));
    expect(info?.source).toBe('schema-org');
    expect(lines).toContain(paragraphs[0]);
    expect(lines).toContain(paragraphs[1]);
  });
});

describe('chooseArticle on pages that look like lists but are one story', () => {
  it('reads a product roundup whose sub-headings link to the shops as one article', () => {
    const products = ['Trail shoe', 'Rain jacket', 'Day pack', 'Head torch'];
    const sections = products
      .map(
        (name) =>
          `<h2><a href="https://shop.example/${name}">${name}</a></h2><p>We wore the ${name.toLowerCase()} on six weekend hikes, in rain and on dry stony paths, and it held up well.</p>`,
      )
      .join('');
    const { lines, info } = read(
      page('<title>Roundup</title>', `${SITE_HEADER}<article><h1>Gear we liked this year</h1><div class="body">${sections}</div></article>${SITE_FOOTER}`),
    );
    expect(info).toBeDefined();
    expect(lines.some((line) => line.startsWith('We wore the trail shoe'))).toBe(true);
    expect(lines.some((line) => line.startsWith('We wore the head torch'))).toBe(true);
  });

  it('keeps the schema-marked Korean <br> body to itself: the other stories beside it stay out', () => {
    const runs = [
      '서울시는 다음 달부터 시내버스 노선 12개를 조정한다고 4일 밝혔다. 출퇴근 시간대 혼잡 구간의 배차 간격을 줄이는 것이 핵심이다.',
      '시는 지하철 환승 수요가 많은 정류장 30곳의 운행 횟수를 늘리고, 이용객이 적은 심야 노선 두 개는 통합하기로 했다.',
      '개편안은 시민 의견 수렴을 거쳐 확정됐으며, 바뀐 노선은 정류장 안내판과 교통 앱에서 확인할 수 있다.',
      '시 관계자는 "노선 조정 뒤 석 달 동안 이용 자료를 살펴 배차를 다시 다듬겠다"고 말했다.',
    ];
    const others =
      '<div class="box_etc"><p>다른 기사: 경기도, 광역버스 입석 해소 위해 증차 추진한다고 밝혀</p><p>또 다른 기사: 인천시, 섬 주민 여객선 요금 지원을 늘리기로 했다</p></div>';
    const { lines, info } = read(page('<title>버스</title>', `<div id="wrap"><div itemprop="articleBody">${runs.join('<br><br>')}</div>${others}</div>`));
    expect(info?.source).toBe('schema-org');
    for (const run of runs) expect(lines).toContain(run);
    expect(lines.some((line) => line.includes('다른 기사'))).toBe(false);
  });
});

describe('chooseArticle on a very long article', () => {
  it('reads 150,000 paragraphs under a headline without overflowing the stack', () => {
    const body = Array.from({ length: 150_000 }, (_, i) => `<p>Line ${i}, a comma, words here.</p>`).join('');
    const doc = parseDocument(`<!doctype html><html><head><title>Big story</title></head><body><div class="story"><h1>Big story</h1>${body}</div></body></html>`);
    const article = runNow(readArticleInSteps(doc, { maxChars: 6_000_000 }));
    expect(article.info?.headline).toBe('Big story');
    expect(article.blocks).toHaveLength(150_000);
  }, 60_000);
});
