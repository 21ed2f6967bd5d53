/** Reads the search's thesaurus and stop words from the catalog resources folder (Node). */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { resourcesDir } from '../../paths.js';
import { createLexicon, parseStopWords, parseThesaurus, type Lexicon } from './search.lexicon.js';

export const THESAURUS_FILE = 'search-thesaurus.txt';
export const STOP_WORDS_FILE = 'search-stopwords.txt';

/** The lexicon in `<resources>/catalog/`, read once per process, and the digest of its two files. */
let cached: { lexicon: Lexicon; digest: string } | undefined;

function read(catalogDir: string): { lexicon: Lexicon; digest: string } {
  const thesaurusText = fs.readFileSync(path.join(catalogDir, THESAURUS_FILE), 'utf8');
  const stopText = fs.readFileSync(path.join(catalogDir, STOP_WORDS_FILE), 'utf8');
  const lexicon = createLexicon(parseThesaurus(thesaurusText), parseStopWords(stopText));
  const digest = crypto
    .createHash('sha256')
    .update(thesaurusText)
    .update('\u0000')
    .update(stopText)
    .digest('hex');
  return { lexicon, digest };
}

function bundled(): { lexicon: Lexicon; digest: string } {
  cached ??= read(path.join(resourcesDir(), 'catalog'));
  return cached;
}

export function loadLexicon(catalogDir = path.join(resourcesDir(), 'catalog')): Lexicon {
  if (catalogDir === path.join(resourcesDir(), 'catalog')) return bundled().lexicon;
  return read(catalogDir).lexicon;
}

/** The digest of the bundled lexicon's files (a search index snapshot is keyed by it). */
export function lexiconDigest(): string {
  return bundled().digest;
}
