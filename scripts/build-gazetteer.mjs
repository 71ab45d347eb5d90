// Builds src/core/lexicon/generated/cities.json: world cities with English and Korean names,
// derived from the CLDR time-zone exemplar cities in `cldr-dates-modern` so the list is
// maintained upstream instead of typed by hand. Run: node scripts/build-gazetteer.mjs
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = resolve(root, 'src/core/lexicon/generated/cities.json');
const LOCALES = ['en', 'ko'];

function zonesOf(locale) {
  const file = require.resolve(`cldr-dates-modern/main/${locale}/timeZoneNames.json`);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  return data.main[locale].dates.timeZoneNames.zone;
}

/** Walks the nested zone tree: {America: {Argentina: {San_Juan: {exemplarCity}}}} → id → name. */
function exemplarCities(tree, prefix = '', out = new Map()) {
  for (const [key, value] of Object.entries(tree)) {
    const id = prefix ? `${prefix}/${key}` : key;
    if (value && typeof value === 'object' && !('exemplarCity' in value) && !('long' in value) && !('short' in value)) {
      exemplarCities(value, id, out);
    } else {
      out.set(id, value?.exemplarCity);
    }
  }
  return out;
}

// Etc/* are offsets, not places; "Unknown" is CLDR's placeholder city.
const isCityZone = (id) => !id.startsWith('Etc/') && !id.endsWith('/Unknown');

const byLocale = Object.fromEntries(LOCALES.map((l) => [l, exemplarCities(zonesOf(l))]));
const ids = [...byLocale.ko.keys()].filter(isCityZone).sort();
const pairs = [];
for (const id of ids) {
  // English CLDR data omits exemplar cities that equal the zone id's last part (Los_Angeles).
  const en = byLocale.en.get(id) ?? id.split('/').pop().replace(/_/g, ' ');
  const ko = byLocale.ko.get(id);
  if (!ko || !en) continue;
  if (!pairs.some(([e, k]) => e === en && k === ko)) pairs.push([en, ko]);
}

const version = JSON.parse(readFileSync(require.resolve('cldr-dates-modern/package.json'), 'utf8')).version;
mkdirSync(dirname(outfile), { recursive: true });
writeFileSync(
  outfile,
  JSON.stringify({
    generated: `by scripts/build-gazetteer.mjs from cldr-dates-modern ${version} (exemplar cities of time zones); do not edit`,
    columns: ['en', 'ko'],
    cities: pairs,
  }) + '\n',
);
console.log(`cities.json: ${pairs.length} cities`);
