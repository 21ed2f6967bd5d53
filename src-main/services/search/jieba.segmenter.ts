/**
 * The jieba segmenter (`@node-rs/jieba`, N-API, prebuilt for linux-x64 and win32-x64). Loading its
 * dictionary takes about 170 ms, so one instance serves the whole process, and its dictionary is loaded
 * only when a text is first cut: a search index read back from a snapshot and a query of one known word
 * never need it. Words added before that wait, and are added when it loads; words added for one catalog
 * stay known for the next one (a catalog change only ever adds vocabulary worth knowing).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type * as JiebaModule from '@node-rs/jieba';
import type { TaggedWord, Tagger } from './search-miss.privacy.js';
import type { Segmenter } from './search.segmenter.js';

const require = createRequire(import.meta.url);

/**
 * jieba with its default dictionary, loaded now. Only the dictionary is read: the package's `dict.js`
 * also reads its 6 MB idf table at import, which the search never uses.
 */
function loadJieba(): JiebaModule.Jieba {
  const { Jieba } = require('@node-rs/jieba') as typeof JiebaModule;
  return Jieba.withDict(fs.readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
}

/** Frequency given to added words: high enough that jieba keeps them whole, as a user dictionary does. */
const USER_WORD_FREQ = 3000;
const MAX_USER_WORD_CHARS = 12;

class JiebaSegmenter implements Segmenter {
  private loaded: JiebaModule.Jieba | undefined;
  private readonly added = new Set<string>();
  /** Dictionary lines of the words added before the dictionary was loaded. */
  private waiting = '';

  /** jieba, its dictionary loaded now if it was not yet (with the words added meanwhile). */
  get jieba(): JiebaModule.Jieba {
    if (this.loaded === undefined) {
      this.loaded = loadJieba();
      if (this.waiting !== '') this.loaded.loadDict(Buffer.from(this.waiting, 'utf8'));
      this.waiting = '';
    }
    return this.loaded;
  }

  isLoaded(): boolean {
    return this.loaded !== undefined;
  }

  cut(text: string): string[] {
    return this.jieba.cut(text, false);
  }

  cutAll(text: string): string[] {
    return this.jieba.cutAll(text);
  }

  /** Dictionary words with their part of speech (no guessing of unknown words); an added word's tag is ''. */
  tag(text: string): TaggedWord[] {
    return this.jieba.tag(text, false);
  }

  addWords(words: Iterable<string>): void {
    let lines = '';
    for (const raw of words) {
      const word = raw.trim();
      // jieba's dictionary format is "word freq": a space or a newline inside a word would break the line.
      if (word.length < 2 || word.length > MAX_USER_WORD_CHARS || /[\s]/u.test(word)) continue;
      if (this.added.has(word)) continue;
      this.added.add(word);
      lines += `${word} ${USER_WORD_FREQ}\n`;
    }
    if (lines === '') return;
    if (this.loaded === undefined) this.waiting += lines;
    else this.loaded.loadDict(Buffer.from(lines, 'utf8'));
  }
}

let shared: JiebaSegmenter | undefined;

/** The process's jieba segmenter, created on first use (its dictionary loads when first needed). */
export function jiebaSegmenter(): Segmenter {
  shared ??= new JiebaSegmenter();
  return shared;
}

/** The process's jieba as the tagger that finds names in a query before it is kept (search-miss.privacy.ts). */
export function jiebaTagger(): Tagger {
  shared ??= new JiebaSegmenter();
  const jieba = shared;
  return (text) => jieba.tag(text);
}

/** Loads jieba's dictionary now (a benchmark keeps that out of what it times). */
export function preloadJieba(): void {
  shared ??= new JiebaSegmenter();
  void shared.jieba;
}

/** Whether jieba's dictionary has been loaded in this process (the CLI's fast path is tested by it). */
export function jiebaLoaded(): boolean {
  return shared !== undefined && shared.isLoaded();
}
