// The interface text lives in _locales/{en,ko}/messages.json. Every key is in both languages
// with the same placeholders, and every key is used somewhere: by name in the source (t('key'),
// en.key, a key table), or as __MSG_key__ in the manifest or a page.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import english from '../_locales/en/messages.json';
import korean from '../_locales/ko/messages.json';
import type { Message } from './format-message';

const catalogs: Record<string, Record<string, Message>> = { en: english, ko: korean };
const root = fileURLToPath(new URL('../..', import.meta.url));

/** The source the extension is built from, tests left out (a key used only by a test is unused). */
function sourceText(): string {
  const files = readdirSync(`${root}src`, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(tsx?|html|mjs)$/.test(path) && !/\.test\.tsx?$/.test(path) && !path.startsWith('_locales'))
    .map((path) => `${root}src/${path}`);
  return [...files, `${root}manifest.json`].map((file) => readFileSync(file, 'utf8')).join('\n');
}

const placeholdersOf = (message: Message) => Object.keys(message.placeholders ?? {}).sort();

describe('the message catalogues', () => {
  it('have the same keys in English and Korean', () => {
    const missingInKorean = Object.keys(english).filter((key) => !(key in korean));
    const missingInEnglish = Object.keys(korean).filter((key) => !(key in english));
    expect({ missingInKorean, missingInEnglish }).toEqual({ missingInKorean: [], missingInEnglish: [] });
  });

  it('give each message the same placeholders in both languages, each used in its text', () => {
    const mismatched = Object.keys(english).filter((key) => key in korean && placeholdersOf(catalogs.en[key]).join() !== placeholdersOf(catalogs.ko[key]).join());
    expect(mismatched).toEqual([]);
    for (const [language, catalog] of Object.entries(catalogs)) {
      for (const [key, message] of Object.entries(catalog)) {
        for (const name of placeholdersOf(message)) expect(message.message.toLowerCase(), `${language} ${key}`).toContain(`$${name}$`);
      }
    }
  });

  it('use every key somewhere in the source', () => {
    const source = sourceText();
    const unused = Object.keys(english).filter((key) => !new RegExp(`['"\`.]${key}\\b|__MSG_${key}__`).test(source));
    expect(unused).toEqual([]);
  });

  it('write organisations one way in Korean: 기관·단체', () => {
    const organisationKeys = ['popupOrganizations', 'optionsShowOrganizations', 'optionsTypeOrganization'];
    expect(organisationKeys.map((key) => catalogs.ko[key].message)).toEqual(['기관·단체', '기관·단체', '기관·단체']);
    const otherTerms = Object.entries(catalogs.ko).filter(([, { message }]) => /기관·기업|기관(?!·단체)/.test(message));
    expect(otherTerms).toEqual([]);
  });
});
