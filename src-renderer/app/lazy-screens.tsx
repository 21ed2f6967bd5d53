/**
 * Screens loaded only when needed, so the script the home screen waits for stays small: hall admin
 * (with its charts), the PIN pad and first-run setup load when opened; every citizen screen after
 * home (分类, 搜索, 办事指南, 申报, 预约, 进度, 评价, 投诉) loads when opened too, and is fetched once the
 * kiosk is idle after the home screen is up, so a tap on it does not wait. While a part loads the screen says so; a part
 * that cannot load says that, instead of a blank screen.
 */
import {
  Component,
  lazy,
  Suspense,
  type ComponentType,
  type JSX,
  type ReactElement,
  type ReactNode,
} from 'react';
// Every screen's styles stay in the first stylesheet, as before the split (about 40 KB): a screen's
// look never depends on which chunk happened to load first. Only scripts are split.
import '../form/form.css';
import '../screens/appointment/appointment.css';
import '../screens/complaint/complaint.css';
import '../screens/progress/progress.css';
import '../screens/rating/rating.css';
import '../components/phone-entry.css';
import '../keyboard/keyboard.css';
import '../keyboard/handwriting.css';
import '../admin/admin.css';

class PartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (this.state.failed)
      return (
        <p className="error-message" role="alert">
          这部分界面没有打开，请重启终端后再试。
        </p>
      );
    return this.props.children;
  }
}

interface LazyPart<P> {
  (props: P): ReactElement;
  /** Starts fetching the part's code; never throws. */
  preload(): void;
}

function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const get = (): Promise<{ default: ComponentType<P> }> =>
    (loading ??= load().then((component) => ({ default: component })));
  const Lazy = lazy(get);
  function Part(props: P): ReactElement {
    return (
      <PartBoundary>
        <Suspense
          fallback={
            <p className="loading" role="status">
              正在打开，请稍候……
            </p>
          }
        >
          <Lazy {...(props as P & JSX.IntrinsicAttributes)} />
        </Suspense>
      </PartBoundary>
    );
  }
  return Object.assign(Part, {
    preload: () => {
      get().catch(() => undefined);
    },
  });
}

export const AdminApp = lazyPart(() => import('../admin/AdminApp.js').then((m) => m.AdminApp));
export const PinScreen = lazyPart(() => import('../admin/PinScreen.js').then((m) => m.PinScreen));
export const SetupWizard = lazyPart(() => import('../setup/SetupWizard.js').then((m) => m.SetupWizard));

/** The top bar's 要离开吗？ question: asked only on a screen after home, so it loads with them. */
export const LeaveConfirm = lazyPart(() =>
  import('../components/LeaveConfirm.js').then((m) => m.LeaveConfirm),
);

export const CategoriesScreen = lazyPart(() =>
  import('../screens/CategoriesScreen.js').then((m) => m.CategoriesScreen),
);
export const ItemsScreen = lazyPart(() => import('../screens/ItemsScreen.js').then((m) => m.ItemsScreen));
export const GuideScreen = lazyPart(() => import('../screens/GuideScreen.js').then((m) => m.GuideScreen));
export const SearchScreen = lazyPart(() => import('../screens/SearchScreen.js').then((m) => m.SearchScreen));

export const DeclareFlow = lazyPart(() =>
  import('../screens/declare/DeclareFlow.js').then((m) => m.DeclareFlow),
);
export const DeclarePickScreen = lazyPart(() =>
  import('../screens/declare/DeclarePickScreen.js').then((m) => m.DeclarePickScreen),
);
export const AppointmentScreen = lazyPart(() =>
  import('../screens/appointment/AppointmentScreen.js').then((m) => m.AppointmentScreen),
);
export const ComplaintScreen = lazyPart(() =>
  import('../screens/complaint/ComplaintScreen.js').then((m) => m.ComplaintScreen),
);
export const ProgressScreen = lazyPart(() =>
  import('../screens/progress/ProgressScreen.js').then((m) => m.ProgressScreen),
);
export const RatingScreen = lazyPart(() =>
  import('../screens/rating/RatingScreen.js').then((m) => m.RatingScreen),
);

const CITIZEN_SCREENS = [
  CategoriesScreen,
  SearchScreen,
  ItemsScreen,
  GuideScreen,

  DeclareFlow,
  DeclarePickScreen,
  AppointmentScreen,
  ComplaintScreen,
  ProgressScreen,
  RatingScreen,
  LeaveConfirm,
];

/** Fetches the citizen's screens once the page is idle (the home screen is up by then). */
export function preloadCitizenScreens(): void {
  const run = (): void => CITIZEN_SCREENS.forEach((part) => part.preload());
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 500);
}
