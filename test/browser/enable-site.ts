// Turns a site on for the safety and corpus tests, robust to a race in Session.alwaysRunOn:
// it waits for the popup's switch to look checked, which a native checkbox does at once on the
// click, and then reads the registered content scripts immediately — sometimes before the
// background has registered them (or the popup, closed right after, has sent its request).
// When that happens, this waits for the registration, and if it never comes, asks the
// background directly with the popup's own message ({type: 'enable-site'}), which the test
// build's 127.0.0.1 host permission allows without a prompt.
import type { Session } from './harness';

export async function enableSite(session: Session, url: string): Promise<void> {
  try {
    await session.alwaysRunOn(url);
    return;
  } catch (error) {
    if (!/site not registered/.test(String(error))) throw error;
  }
  await ensureSiteRegistered(session, url);
}

/** Waits up to 3 s for the site's registration, then asks the background for it directly. */
export async function ensureSiteRegistered(session: Session, url: string): Promise<void> {
  const page = await session.newPage();
  try {
    await session.gotoExtensionPage(page, 'popup.html');
    const origin = new URL(url).origin;
    const pattern = `${new URL(url).protocol}//${new URL(url).hostname}/*`;
    const registered = await page.evaluate(
      async (site: string, wanted: string) => {
        type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> }; scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> } };
        const api = ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
        const isRegistered = async () => (await api.scripting.getRegisteredContentScripts()).some((script) => script.matches?.includes(wanted));
        for (let i = 0; i < 30; i++) {
          if (await isRegistered()) return true;
          await new Promise((done) => setTimeout(done, 100));
        }
        await api.runtime.sendMessage({ type: 'enable-site', origin: site });
        return isRegistered();
      },
      origin,
      pattern,
    );
    if (!registered) throw new Error(`site not registered after enable-site: ${pattern}`);
  } finally {
    await page.close().catch(() => undefined);
  }
}
