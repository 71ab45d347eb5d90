// The entity recognisers must not get worse on text the rules were not written on: micro F1 on
// the test halves of the labelled sentence sets (whole documents through analyzeText, as
// `npm run eval:ner` scores them) and list precision and recall against the hand-made lists of
// tests/data/entity-lists (as `npm run eval:lists` scores them).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../scripts/lib/extract-eval';
import { emptyListCounts, loadListSet, precisionOf, recallOf, scoreArticle, totalOf, type ListSetName } from '../../scripts/lib/list-eval';
import { loadNerSet, predictDocument, prf, scoreDocuments, type NerSetName } from '../../scripts/lib/ner-eval';

// Floors a little below the test-half figures measured on 2026-12-02 (stop 18), on the F1 under
// the product's conventions where the sets' differ (scripts/lib/ner-eval.ts: countries acting as
// agents stay places; generic 정부, 경찰 alone are no organisations, as issue 12 asks; names in
// photo-credit and follow lines are not counted; several places found inside one KLUE address
// count once, as KLUE tags a whole address as one place): KLUE 0.779, PUD 0.812, GUM news 0.680
// (raw micro F1 0.717 / 0.775 / 0.659). Lists, on the gold of 50 aeb-dev and 40 Korean Wikinews
// articles: aeb-dev 0.681 / 0.818, Korean Wikinews 0.823 / 0.766. Raised at the end of stop 18
// to KLUE 0.783, PUD 0.822, GUM 0.682; lists aeb-dev 0.692 / 0.824, Korean 0.829 / 0.766. On
// 2026-12-02 (stop 19) the gold lists grew to 82 aeb-dev and 80 Korean Wikinews articles (every
// in-range aeb-dev article, and 40 more Korean ones, labelled by the same rules), so the list
// floors are set on the larger test halves: aeb-dev 0.715 / 0.776, Korean 0.789 / 0.691 (on the
// old articles' test half alone 0.689 / 0.824 and 0.829 / 0.766; the new Korean articles are
// harder, recall 0.586). Sentence sets raised to KLUE 0.788, PUD 0.826, GUM 0.684. End of stop
// 20 (2026-12-03): KLUE 0.793, PUD 0.832, GUM 0.709; lists aeb-dev 0.726 / 0.791, Korean
// 0.791 / 0.707 (the tune halves rose far more: lists 0.843 → 0.878 and 0.877 → 0.916 in
// precision). Stop 21 (2026-12-03): KLUE 0.805, PUD 0.836, GUM 0.707, raised to 0.797 / 0.826 /
// 0.697. The gold lists grew again, labelled before any NewsLens output: aeb-dev to 111 articles
// (every English one), Korean Wikinews to 192 (every in-range one), and a new set of 72 English
// news pages of extract-dev. On the stop-20 lists the test halves are aeb-dev 0.727 / 0.792 and
// Korean 0.796 / 0.707 (stop 20: 0.726 / 0.791 and 0.791 / 0.707), so no list lost ground; the
// larger test halves measure aeb-dev 0.714 / 0.812, Korean 0.820 / 0.670 (one new article lists
// 83 members of the National Assembly), extract-dev-en 0.698 / 0.784, and the floors are set on
// them. The targets are Korean F1 ≥ 0.80, English F1 ≥ 0.85, list precision ≥ 0.90 and
// recall ≥ 0.80: raise these floors as the figures rise, never lower them to pass. Stop 22
// (2026-12-03): KLUE 0.805, PUD 0.835, GUM 0.707 (floors kept); lists aeb-dev 0.725 / 0.810,
// Korean 0.824 / 0.676, extract-dev-en 0.699 / 0.782: precision floors raised to 0.715 and 0.815.
// Stop 23: KLUE 0.807 (floor raised to the target, 0.80), PUD 0.835, GUM 0.712 (floor 0.70);
// lists aeb-dev 0.728 / 0.815 (floors 0.72 / 0.805), Korean 0.824 / 0.681 (recall floor 0.67).
const MIN_F1: Record<NerSetName, number> = { 'ko-klue': 0.8, 'en-pud': 0.826, 'en-gum-news': 0.7 };
const MIN_LISTS: Record<ListSetName, { precision: number; recall: number }> = {
  'aeb-dev-en': { precision: 0.72, recall: 0.805 },
  'ko-wikinews': { precision: 0.815, recall: 0.67 },
  'extract-dev-en': { precision: 0.69, recall: 0.775 },
};

if (!existsSync(sharedDataDir())) throw new Error(`${sharedDataDir()} is missing: the corpus tests need ../shared beside the checkout.`);

describe('entity recognition on the test halves', () => {
  for (const [set, floor] of Object.entries(MIN_F1) as [NerSetName, number][]) {
    it(`${set}: F1 under the product's conventions ≥ ${floor}, no document declined`, () => {
      const documents = loadNerSet(sharedDataDir(), set).filter((document) => document.half === 'test');
      const score = scoreDocuments(documents, documents.map(predictDocument));
      expect(score.declined).toBe(0);
      expect(prf(score.conventions).f).toBeGreaterThanOrEqual(floor);
    });
  }
});

describe('entity lists on the test halves', () => {
  for (const [set, floor] of Object.entries(MIN_LISTS) as [ListSetName, { precision: number; recall: number }][]) {
    it(`${set}: list precision ≥ ${floor.precision}, recall ≥ ${floor.recall}`, () => {
      const articles = loadListSet(process.cwd(), sharedDataDir(), set).filter((article) => article.half === 'test');
      const counts = emptyListCounts();
      for (const article of articles) scoreArticle(article, article.analyse(), counts);
      const total = totalOf(counts);
      expect(precisionOf(total)).toBeGreaterThanOrEqual(floor.precision);
      expect(recallOf(total)).toBeGreaterThanOrEqual(floor.recall);
    });
  }
});
