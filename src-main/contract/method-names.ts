/**
 * The names of the contract methods, apart from their zod schemas so the sandboxed preload
 * bundle stays small. `methods.ts` is checked against this list at compile time.
 */
import { MATERIAL_METHOD_NAMES } from './materials.method-names.js';

export const METHOD_NAMES = [
  'app.info',
  'catalog.categories',
  'catalog.list',
  'catalog.item',
  'catalog.search',
  'catalog.popular',
  'catalog.searchHelp',
  'catalog.searchMiss',
  'catalog.declarable',
  'guide.print',
  'guide.printForm',
  'declaration.submit',
  'declaration.printForm', // A4 application form
  'session.activity',
  'session.end',
  'speech.speak',
  'speech.stop',
  'devices.status',
  'devices.readCard',
  'devices.simulateCard',
  'devices.simulateFailure',
  'devices.printTest',
  'devices.receipts',
  'progress.query',
  'progress.byCard',
  'appointment.slots',
  'appointment.book',
  'appointment.cancel',
  'rating.submit',
  'complaint.submit',
  'complaint.reply',
  'help.call',
  'help.cancel',
  'phoneUpload.open',
  'phoneUpload.close',
  'phoneUpload.state',
  'admin.enter',
  'admin.exit',
  'admin.session',
  'admin.overview',
  'admin.settings',
  'admin.updateSettings',
  'admin.items',
  'admin.changePin',
  'admin.setFirstPin',
  'admin.ports',
  'admin.testPrint',
  'admin.testRead',
  'admin.syncView',
  'admin.syncNow',
  'admin.retryEntry',
  'admin.discardEntry',
  'admin.reprints',
  'admin.reprint',
  'admin.answerHelp',
  'admin.stats',
  'admin.audit',
  'admin.restart',
  'setup.state',
  'setup.provision',
  'setup.ports',
  'setup.devices',
  'setup.testPrint',
  'setup.testRead',
  'setup.finish',
  // ---- sync ----
  'sync.status',
  'sync.now',
  // ---- end sync ----
  // ---- hardening ----
  'app.heartbeat',
  // ---- end hardening ----
  ...MATERIAL_METHOD_NAMES,
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export function isMethodName(name: string): name is MethodName {
  return (METHOD_NAMES as readonly string[]).includes(name);
}

/**
 * The one method the web shell answers by GET, without input: the page's first state, which
 * index.html preloads while its script loads. Every other call is a POST.
 */
export const PRELOADED_METHOD = 'app.info' satisfies MethodName;
