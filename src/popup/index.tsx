// The popup: what NewsLens did on the current tab, and the switch that acts on it. It asks
// the tab's content script for its state; when none answers, the page was not analysed.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ContentRequest, PageState, TabErrorReply } from '../shared/messages';
import type { Analysis } from '../core/types';
import { plural, t, uiLanguage } from './i18n';

type View = { kind: 'loading' } | { kind: 'unreachable'; error?: string } | { kind: 'page'; state: PageState };

async function currentTabId(): Promise<number | undefined> {
  // Tests and the screenshot script open the popup as a tab and name the page's tab.
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function ask(tabId: number, request: ContentRequest): Promise<PageState | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, request)) as PageState | undefined;
  } catch {
    return undefined;
  }
}

function Popup() {
  const [tabId, setTabId] = useState<number>();
  const [view, setView] = useState<View>({ kind: 'loading' });

  useEffect(() => {
    void (async () => {
      const id = await currentTabId();
      setTabId(id);
      const state = id === undefined ? undefined : await ask(id, { type: 'get-page-state' });
      if (state) return setView({ kind: 'page', state });
      const error = id === undefined ? null : ((await browser.runtime.sendMessage({ type: 'get-tab-error', tabId: id })) as TabErrorReply);
      setView({ kind: 'unreachable', error: error?.message });
    })();
  }, []);

  const send = async (request: ContentRequest) => {
    if (tabId === undefined) return;
    const state = await ask(tabId, request);
    if (state) setView({ kind: 'page', state });
  };

  return (
    <main lang={uiLanguage()}>
      <Body view={view} send={send} />
    </main>
  );
}

function Body({ view, send }: { view: View; send: (request: ContentRequest) => void }) {
  if (view.kind === 'loading') return <State message={t('popupLoading')} />;
  if (view.kind === 'unreachable') {
    return view.error ? <State message={t('popupError')} hint={view.error} /> : <State message={t('popupNotAnalysed')} hint={t('popupNotAnalysedHint')} />;
  }
  const { state } = view;
  if (state.status === 'error') return <State message={t('popupError')} hint={state.message} />;
  if (state.status === 'skipped') {
    return state.reason === 'too-large' ? (
      <State message={t('popupTooLarge')} hint={t('popupTooLargeHint')} />
    ) : (
      <State message={t('popupNoArticle')} hint={t('popupNoArticleHint')} />
    );
  }
  const { analysis } = state;
  return (
    <>
      <Header analysis={analysis} />
      <section aria-labelledby="repeats-heading">
        <h2 id="repeats-heading">{t('popupRepeats')}</h2>
        <Repeats analysis={analysis} visible={state.repeatsVisible} restored={state.restored} send={send} />
      </section>
    </>
  );
}

function Header({ analysis }: { analysis: Analysis }) {
  const language = languageName(analysis.language);
  let host = '';
  try {
    host = analysis.url ? new URL(analysis.url).host : '';
  } catch {
    // An unparsable URL just goes unnamed.
  }
  return (
    <header>
      <img src="icons/icon-48.png" alt="" />
      <div>
        <h1>{analysis.title ?? host}</h1>
        <div class="meta">
          {[host, analysis.published, `${t('popupLanguage')}: ${language}`].filter(Boolean).join(' · ')}
        </div>
      </div>
    </header>
  );
}

function Repeats({ analysis, visible, restored, send }: { analysis: Analysis; visible: boolean; restored: boolean; send: (r: ContentRequest) => void }) {
  if (restored) return <p class="summary">{t('popupRestored')}</p>;
  const { repeats } = analysis;
  if (repeats.length === 0) return <p class="summary">{t('popupNoRepeats')}</p>;
  const paragraphs = repeats.reduce((sum, r) => sum + r.blocks, 0);
  const chars = repeats.reduce((sum, r) => sum + (r.end - r.start), 0);
  const summary = t(
    'popupRepeatSummary',
    plural('popupRepeatSections1', 'popupRepeatSectionsN', repeats.length),
    plural('popupParagraphs1', 'popupParagraphsN', paragraphs),
    roundedChars(chars),
  );
  return (
    <>
      <div class="row">
        <span class="summary" data-testid="repeat-summary">{summary}</span>
        <button type="button" aria-pressed={visible} onClick={() => send({ type: 'set-repeats-visible', visible: !visible })}>
          {visible ? t('popupHide') : t('popupShow')}
        </button>
      </div>
      <button type="button" class="secondary" onClick={() => send({ type: 'restore-page' })}>
        {t('popupRestore')}
      </button>
    </>
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

render(<Popup />, document.getElementById('app')!);
