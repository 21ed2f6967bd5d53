/** Reads the search's thesaurus and stop words from the catalog resources folder (Node). */
import fs from 'node:fs';
import path from 'node:path';
import { resourcesDir } from '../../paths.js';
import { createLexicon, parseStopWords, parseThesaurus, type Lexicon } from './search.lexicon.js';

export const THESAURUS_FILE = 'search-thesaurus.txt';
export const STOP_WORDS_FILE = 'search-stopwords.txt';

/** The lexicon in `<resources>/catalog/`, read once per process. */
let cached: Lexicon | undefined;

export function loadLexicon(catalogDir = path.join(resourcesDir(), 'catalog')): Lexicon {
  if (cached !== undefined && catalogDir === path.join(resourcesDir(), 'catalog')) return cached;
  const thesaurus = parseThesaurus(fs.readFileSync(path.join(catalogDir, THESAURUS_FILE), 'utf8'));
  const stop = parseStopWords(fs.readFileSync(path.join(catalogDir, STOP_WORDS_FILE), 'utf8'));
  const lexicon = createLexicon(thesaurus, stop);
  if (catalogDir === path.join(resourcesDir(), 'catalog')) cached = lexicon;
  return lexicon;
}
