/**
 * Hashes of the inline scripts Starlight renders itself: Astro's CSP hashes only the scripts it bundles.
 * tests/csp.test.ts hashes every inline script in dist/ and fails when one is missing here, so a Starlight
 * upgrade cannot silently break a page; check a new script is Starlight's before adding its hash.
 */
export const STARLIGHT_INLINE_SCRIPT_HASHES: `sha256-${string}`[] = [
  'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA=', // ThemeProvider: window.StarlightThemeProvider
  'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo=', // ThemeSelect: StarlightThemeProvider.updatePickers()
  'sha256-f/zAUE74ucc3JYp4r4QQvkJofoQdkOIhHYK+jeZ6eko=', // Search: keyboard shortcut hint
  'sha256-wX2yOADeV+NMngflD5uYi3vl50SHC4sfM1EmylVjlX4=', // SidebarPersister: restore open groups
  'sha256-7eCV4jtsr4t4knb3c4FCRPeu7GGZeOUGE3XvWix0XOQ=', // SidebarRestorePoint: restore scroll position
];
