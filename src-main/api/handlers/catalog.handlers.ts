/** `catalog.*` and `guide.print`: finding, reading and printing a service guide (办事指南). */
import type { CatalogService } from '../../services/catalog/catalog.service.js';
import type { CatalogView } from '../../services/catalog/catalog-view.js';
import type { BlankFormService } from '../../services/guide-print/blank-form.service.js';
import type { GuidePrintService } from '../../services/guide-print/guide-print.service.js';
import { jiebaTagger } from '../../services/search/jieba.segmenter.js';
import { recordSearchMiss, searchHelp } from '../../services/search/search-help.service.js';
import type { UsageRepository } from '../../store/usage.repository.js';
import type { AreaHandlers } from './handler-types.js';

export interface CatalogHandlerDeps {
  catalog: CatalogService;
  view: CatalogView;
  usage: UsageRepository;
  guidePrint: GuidePrintService;
  blankForms: BlankFormService;
}

export function catalogHandlers(deps: CatalogHandlerDeps): AreaHandlers<'catalog' | 'guide'> {
  const { catalog, view, usage, guidePrint, blankForms } = deps;
  return {
    'catalog.categories': () => view.groups(),
    'catalog.list': ({ categoryId }) => view.list(categoryId),
    'catalog.item': ({ id }) => {
      const item = catalog.item(id);
      usage.record('guide.view', id);
      return item;
    },
    'catalog.search': ({ query, limit }) => view.find(query, limit),
    'catalog.popular': () => view.popular(),
    'catalog.searchHelp': ({ query }) => searchHelp(view, query),
    'catalog.searchMiss': ({ query }) => recordSearchMiss(usage, query, jiebaTagger()),
    'catalog.declarable': () => view.declarable(),
    'guide.print': ({ id }) => guidePrint.print(id),
    'guide.printForm': ({ id, sample }) => blankForms.print(id, sample),
  };
}
