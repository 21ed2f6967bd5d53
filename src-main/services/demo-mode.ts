/**
 * The one rule for "is this kiosk a demo": the `demoMode` setting is on (the embedded default) and the kiosk
 * is not enrolled with a district server. Provisioning (`kiosk provision` or the setup wizard) turns the
 * setting off, and an enrolled kiosk is never a demo whatever the setting says afterwards. Everything that
 * depends on it asks here: `app.info.demo` (the home screen's 演示模式) and the default admin PIN 123456,
 * which only a demo kiosk with no PIN set accepts.
 */
export function isDemo(demoMode: boolean, provisioned: boolean): boolean {
  return demoMode && !provisioned;
}
