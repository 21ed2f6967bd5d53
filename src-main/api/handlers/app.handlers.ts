/**
 * `app.*`, `session.*`, `speech.*` and `devices.*`: what the screen asks of the kiosk itself — its
 * hall, hours and version, the citizen session, speech, and the ID-card reader and receipt printer.
 */
import type { KioskConfig } from '../../services/config/config.schema.js';
import type { CatalogService } from '../../services/catalog/catalog.service.js';
import type { CatalogView } from '../../services/catalog/catalog-view.js';
import type { DeviceService } from '../../services/devices/devices.service.js';
import { openingState } from '../../services/hall/opening-hours.js';
import type { SessionService } from '../../services/session/session.service.js';
import type { SpeechService } from '../../services/speech/speech.service.js';
import type { PageHeartbeat } from '../../services/watchdog/page-heartbeat.js';
import type { UsageRepository } from '../../store/usage.repository.js';
import type { AreaHandlers } from './handler-types.js';

export interface AppHandlerDeps {
  version: string;
  /** The kiosk's corrected time (the district's when the PC clock is off). */
  now: () => Date;
  config: () => KioskConfig;
  demo: () => boolean;
  setupNeeded: () => boolean;
  catalog: CatalogService;
  view: CatalogView;
  session: SessionService;
  speech: SpeechService;
  devices: DeviceService;
  usage: UsageRepository;
  heartbeat: PageHeartbeat;
}

export function appHandlers(deps: AppHandlerDeps): AreaHandlers<'app' | 'session' | 'speech' | 'devices'> {
  const { catalog, view, session, speech, devices, usage, heartbeat } = deps;
  return {
    'app.info': () => {
      const c = deps.config();
      const opening = openingState(c, deps.now());
      return {
        version: deps.version,
        hallName: c.hallName,
        hallCode: c.hallCode,
        hallPhone: c.hallPhone,
        demo: deps.demo(),
        catalogVersion: catalog.meta()?.version ?? '',
        idleTimeoutSec: c.idleTimeoutSec,
        countdownSec: c.countdownSec,
        onlineGuideBaseUrl: c.onlineGuideBaseUrl,
        largeTextDefault: c.largeTextDefault,
        announcements: c.announcements,
        featured: c.featuredItems
          .filter((id) => view.isVisible(id))
          .flatMap((id) => {
            const name = catalog.name(id);
            return name === undefined ? [] : [{ id, name }];
          }),
        hours: {
          today: opening.todayHours,
          openNow: opening.openNow,
          nextOpening: opening.nextOpening,
          closedNotice: opening.closedNotice,
        },
        setupNeeded: deps.setupNeeded(),
      };
    },
    'app.heartbeat': ({ screen }) => heartbeat.beat(screen),
    'session.activity': () => {
      if (!session.active()) usage.record('session');
      return session.activity();
    },
    'session.end': ({ reason }) => ({ ended: session.end(reason) }),
    'speech.speak': ({ text }) => speech.speak(text),
    'speech.stop': () => speech.stop(),
    'devices.status': () => devices.status(),
    'devices.readCard': () => devices.readCard(),
    'devices.simulateCard': ({ present }) => devices.simulateCard(present),
    'devices.simulateFailure': (input) => devices.simulateFailure(input),
    'devices.printTest': () => devices.printTest(),
    'devices.receipts': () => devices.receipts(),
  };
}
