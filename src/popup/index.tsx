// The popup: what NewsLens did on the current tab, and the switch that acts on it. It asks
// the tab's content script for its state; when none answers, the page was not analysed.
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { originPattern, type ContentRequest, type PageState, type SiteReply } from '../shared/messages';
import { sendToBackground, sendToTab } from '../shared/send';
import { summarize, summaryToMarkdown, type Summary } from '../core/summary';
import type { Analysis, EntityType, Span } from '../core/types';
import { readSettings, SETTINGS_KEY } from '../shared/settings';
import { unpackAnalysis } from '../shared/packed-analysis';
import { plural, t, uiLanguage, useLanguage } from './i18n';
import { AgreedSection, firstMentions, WhenSection, WhereSection, WhoSection } from './sections';

type View =
  | { kind: 'loading' }
  /** A browser page, a PDF viewer, the store: extensions cannot run there. */
  | { kind: 'unreachable'; error?: string }
  /** A web page NewsLens has not read (it reads only when asked, or on granted sites). */
  | { kind: 'not-yet'; error?: string; analysing?: boolean }
  /** `wholePage`: the user asked to read the whole page of a page with no article found. */
  | { kind: 'page'; state: PageState; wholePage?: WholePageRequest };

type WholePageRequest = 'analysing' | 'nothing-found';

async function currentTabId(): Promise<number | undefined> {
  // Tests and the screenshot script open the popup as a tab and name the page's tab.
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const isNoArticle = (state: PageState) => state.status === 'skipped' && state.reason === 'no-article';

function Popup() {
  const [tabId, setTabId] = useState<number>();
  const [site, setSite] = useState<SiteReply>(null);
  const [view, setView] = useState<View>({ kind: 'loading' });

  const load = async (id: number | undefined, siteReply: SiteReply) => {
    const state = id === undefined ? undefined : await sendToTab(id, { type: 'get-page-state' });
    if (state) {
      setView({ kind: 'page', state });
      return;
    }
    const error = id === undefined ? null : await sendToBackground({ type: 'get-tab-error', tabId: id });
    setView(siteReply ? { kind: 'not-yet', error: error?.message } : { kind: 'unreachable', error: error?.message });
  };

  useEffect(() => {
    void (async () => {
      const id = await currentTabId();
      setTabId(id);
      const siteReply = id === undefined ? null : await sendToBackground({ type: 'get-site', tabId: id });
      setSite(siteReply);
      await load(id, siteReply);
    })();
  }, []);

  const send = async (request: ContentRequest) => {
    if (tabId === undefined) return;
    const state = await sendToTab(tabId, request);
    if (state) setView({ kind: 'page', state });
  };

  const analyse = async () => {
    if (tabId === undefined) return;
    setView({ kind: 'not-yet', analysing: true });
    const reply = await sendToBackground({ type: 'analyse-tab', tabId });
    if (!reply.ok) {
      setView({ kind: 'not-yet', error: reply.reason });
      return;
    }
    await load(tabId, site);
  };

  const readWholePage = async () => {
    if (tabId === undefined) return;
    setView((shown) => (shown.kind === 'page' ? { ...shown, wholePage: 'analysing' } : shown));
    // The content script answers once that analysis is done.
    const state = await sendToTab(tabId, { type: 'analyse-whole-page' });
    // No answer: the tab went elsewhere meanwhile; show it as the popup would on opening.
    if (!state) return load(tabId, site);
    setView({ kind: 'page', state, wholePage: isNoArticle(state) ? 'nothing-found' : undefined });
  };

  return (
    <main lang={uiLanguage()}>
      <Body view={view} send={(request) => void send(request)} analyse={() => void analyse()} readWholePage={() => void readWholePage()} />
      {site && tabId !== undefined && <SiteSwitch site={site} tabId={tabId} onChange={(enabled) => setSite({ ...site, enabled })} reload={() => void load(tabId, site)} />}
    </main>
  );
}

/**
 * "Always run on <site>". The permission request must come straight from the click (browsers
 * require a user gesture), so it is made here, and the background only registers the script.
 */
function SiteSwitch({ site, tabId, onChange, reload }: { site: NonNullable<SiteReply>; tabId: number; onChange: (enabled: boolean) => void; reload: () => void }) {
  const host = new URL(site.origin).host;
  const toggle = (event: Event) => {
    const checked = (event.currentTarget as HTMLInputElement).checked;
    if (checked) {
      void browser.permissions.request({ origins: [originPattern(site.origin)] }).then(async (granted) => {
        const enabled = granted && (await sendToBackground({ type: 'enable-site', origin: site.origin, tabId }));
        onChange(enabled);
        if (enabled) reload();
      });
    } else {
      void sendToBackground({ type: 'disable-site', origin: site.origin }).then(() => onChange(false));
    }
  };
  return (
    <section class="site">
      <label class="switch">
        <input type="checkbox" checked={site.enabled} onChange={toggle} data-testid="site-switch" />
        <span>{t('popupSiteAlways', host)}</span>
      </label>
      {!site.enabled && <p class="hint">{t('popupSiteHint')}</p>}
      <button type="button" class="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popupSettings')}
      </button>
    </section>
  );
}

interface BodyProps {
  view: View;
  send: (request: ContentRequest) => void;
  analyse: () => void;
  readWholePage: () => void;
}

function Body({ view, send, analyse, readWholePage }: BodyProps) {
  if (view.kind === 'loading') return <State message={t('popupLoading')} />;
  if (view.kind === 'not-yet') {
    return (
      <div class="state" role="status">
        <p>{view.error ? t('popupError') : t('popupNotYet')}</p>
        <p class="hint">{view.error ?? t('popupNotYetHint')}</p>
        <button type="button" onClick={analyse} disabled={view.analysing} data-testid="analyse">
          {view.analysing ? t('popupAnalysing') : t('popupAnalyse')}
        </button>
      </div>
    );
  }
  if (view.kind === 'unreachable') {
    return view.error ? <State message={t('popupError')} hint={view.error} /> : <State message={t('popupNotAnalysed')} hint={t('popupNotAnalysedHint')} />;
  }
  const { state } = view;
  if (state.status === 'error') return <State message={t('popupError')} hint={state.message} />;
  if (state.status === 'skipped') {
    if (state.reason === 'too-large') return <State message={t('popupTooLarge')} hint={t('popupTooLargeHint')} />;
    return <NoArticle wholePage={view.wholePage} readWholePage={readWholePage} />;
  }
  let analysis: Analysis;
  try {
    analysis = unpackAnalysis(state.analysis);
  } catch (error) {
    return <State message={t('popupError')} hint={error instanceof Error ? error.message : String(error)} />;
  }
  return <AnalysedPage analysis={analysis} visible={state.repeatsVisible} restored={state.restored} send={send} />;
}

/**
 * A page where no part reads as an article: nothing was marked. The user may still have the
 * whole page read (menus and teasers too), for this page only.
 */
function NoArticle({ wholePage, readWholePage }: { wholePage?: WholePageRequest; readWholePage: () => void }) {
  if (wholePage === 'nothing-found') return <State message={t('popupNoArticle')} hint={t('popupWholePageEmpty')} />;
  const analysing = wholePage === 'analysing';
  return (
    <div class="state" role="status">
      <p>{t('popupNoArticle')}</p>
      <p class="hint">{t('popupNoArticleHint')}</p>
      <button type="button" onClick={readWholePage} disabled={analysing} data-testid="analyse-whole-page">
        {analysing ? t('popupAnalysing') : t('popupAnalyseWholePage')}
      </button>
    </div>
  );
}

function AnalysedPage({ analysis, visible, restored, send }: { analysis: Analysis; visible: boolean; restored: boolean; send: (r: ContentRequest) => void }) {
  const summary = useMemo(() => summarize(analysis), [analysis]);
  const mentions = useMemo(() => firstMentions(analysis), [analysis]);
  const mentionOf = (type: EntityType, name: string) => mentions.get(`${type}:${name}`);
  const reveal = (span: Span) => send({ type: 'reveal', start: span.start, end: span.end });
  useEffect(() => {
    // First render of a full summary, for the browser tests' report (not asserted).
    document.documentElement.dataset.renderMs = performance.now().toFixed(1);
  }, []);
  return (
    <>
      <Header summary={summary} />
      <Repeats summary={summary} visible={visible} restored={restored} send={send} />
      <WhoSection summary={summary} mentionOf={mentionOf} reveal={reveal} />
      <WhereSection summary={summary} mentionOf={mentionOf} reveal={reveal} />
      <AgreedSection summary={summary} mentionOf={mentionOf} reveal={reveal} />
      <WhenSection summary={summary} reveal={reveal} />
      <Actions analysis={analysis} summary={summary} restored={restored} send={send} />
    </>
  );
}

/** The analysis's title is the article's headline when one was found (see articleInputOf), else the site. */
function Header({ summary }: { summary: Summary }) {
  const facts = [summary.site, summary.published && t('popupPublished', summary.published), `${t('popupLanguage')}: ${languageName(summary.language)}`];
  return (
    <header>
      <img src="icons/icon-48.png" alt="" />
      <div>
        <h1>{summary.title ?? summary.site}</h1>
        <div class="meta">{facts.filter(Boolean).join(' · ')}</div>
      </div>
    </header>
  );
}

function Repeats({ summary, visible, restored, send }: { summary: Summary; visible: boolean; restored: boolean; send: (r: ContentRequest) => void }) {
  const { count, paragraphs, chars } = summary.repeats;
  let body;
  if (restored) body = <p class="summary">{t('popupRestored')}</p>;
  else if (count === 0) body = <p class="summary">{t('popupNoRepeats')}</p>;
  else {
    const text = t(
      'popupRepeatSummary',
      plural('popupRepeatSections1', 'popupRepeatSectionsN', count),
      plural('popupParagraphs1', 'popupParagraphsN', paragraphs),
      roundedChars(chars),
    );
    body = (
      <div class="row">
        <span class="summary" data-testid="repeat-summary">
          {text}
        </span>
        <button type="button" aria-pressed={visible} onClick={() => send({ type: 'set-repeats-visible', visible: !visible })}>
          {visible ? t('popupHide') : t('popupShow')}
        </button>
      </div>
    );
  }
  return (
    <section aria-labelledby="repeats-heading" class="repeats">
      <h2 id="repeats-heading">{t('popupRepeats')}</h2>
      {body}
    </section>
  );
}

function Actions({ analysis, summary, restored, send }: { analysis: Analysis; summary: Summary; restored: boolean; send: (r: ContentRequest) => void }) {
  const [message, setMessage] = useState('');
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(t('popupCopied'));
    } catch {
      setMessage(t('popupCopyFailed'));
    }
  };
  const markdownLanguage = uiLanguage().toLowerCase().startsWith('ko') ? 'ko' : 'en';
  return (
    <footer>
      <div class="row">
        <button type="button" onClick={() => void copy(summaryToMarkdown(summary, { uiLanguage: markdownLanguage }))}>
          {t('popupCopyMarkdown')}
        </button>
        <button type="button" onClick={() => void copy(JSON.stringify(analysis, null, 2))}>
          {t('popupCopyJson')}
        </button>
      </div>
      <p class="hint" role="status" aria-live="polite">
        {message}
      </p>
      {!restored && (
        <button type="button" class="secondary" onClick={() => send({ type: 'restore-page' })}>
          {t('popupRestore')}
        </button>
      )}
    </footer>
  );
}

function State({ message, hint }: { message: string; hint?: string }) {
  return (
    <div class="state" role="status">
      <p>{message}</p>
      {hint && <p class="hint">{hint}</p>}
    </div>
  );
}

/** ~1,300: rounded to two significant digits, grouped the reader's way. */
function roundedChars(chars: number): string {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(chars, 1))) - 1);
  return (Math.round(chars / magnitude) * magnitude).toLocaleString(uiLanguage());
}

function languageName(tag: string): string {
  if (tag === 'und') return '—';
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

void (async () => {
  const stored = await browser.storage.sync.get(SETTINGS_KEY).catch((): Record<string, unknown> => ({}));
  useLanguage(readSettings(stored[SETTINGS_KEY]).uiLanguage);
  document.documentElement.lang = uiLanguage();
  const app = document.getElementById('app');
  if (app) render(<Popup />, app);
})();
