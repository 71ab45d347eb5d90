// The content script's side of ANALYSE_PORT: the article goes to the background in parts, the
// page running between them, and the analysis comes back once.
import browser from 'webextension-polyfill';
import type { ArticleInput } from '../core/analyze';
import { ANALYSE_PORT, ARTICLE_PART_CHARS, parseAnalysePortReply, type AnalysePortMessage, type AnalysePortReply } from '../shared/messages';
import type { PackedAnalysis } from '../shared/packed-analysis';
import { yieldToPage } from '../core/steps';

export async function analyseInBackground({ text, blocks, ...metadata }: ArticleInput): Promise<PackedAnalysis> {
  const port = browser.runtime.connect({ name: ANALYSE_PORT });
  const reply = new Promise<AnalysePortReply>((resolve, reject) => {
    port.onMessage.addListener((message: unknown) => resolve(parseAnalysePortReply(message) ?? { type: 'error', message: 'malformed analysis from the background' }));
    port.onDisconnect.addListener(() => reject(new Error('the extension stopped while analysing this page')));
  });
  const post = (message: AnalysePortMessage) => port.postMessage(message);
  try {
    let block = 0;
    for (let from = 0; ; from += ARTICLE_PART_CHARS) {
      const to = Math.min(text.length, from + ARTICLE_PART_CHARS);
      const partBlocks = [];
      while (block < blocks.length && (blocks[block].start < to || to === text.length)) partBlocks.push(blocks[block++]);
      post({ type: 'article-part', text: text.slice(from, to), blocks: partBlocks });
      if (to === text.length) break;
      await yieldToPage();
    }
    post({ type: 'article-end', metadata });
    const answer = await reply;
    if (answer.type === 'error') throw new Error(answer.message);
    return answer.analysis;
  } finally {
    port.disconnect();
  }
}
