// Tasklist's forms write dates the way the browser's default locale does (its date field asks
// Intl.DateTimeFormat('default') for the order of day, month and year), so a technician whose browser says en-US read
// and typed mm/dd/yyyy whatever they chose. Here 'default' and an unnamed locale mean the logged-in person's chosen
// locale instead. Operaton awaits its custom scripts before it starts the app, and a module's top-level await holds
// that import, so no form renders before the locale is known. Asked anew on every page load (never from a cache):
// logging out and in as someone else loads the page again.
const answer = await fetch(new URL('../../../api/me/preferences', import.meta.url), {
  cache: 'no-store', credentials: 'same-origin', headers: { Accept: 'application/json' },
  // Tasklist waits for this script: a slow answer may delay it, never keep it from starting
  signal: AbortSignal.timeout(10000)
}).catch(() => null);
// the locale in effect: the person's choice, or the installation's default. Without an answer (the session ended:
// login-elsewhere.js takes the browser to the login page; or no answer in time) the browser's own locale stays.
const chosen = answer && answer.ok ? (await answer.json()).effective?.locale : null;

if (chosen) {
  const BrowserDateTimeFormat = Intl.DateTimeFormat;
  const locale = (locales) => (locales === undefined || locales === 'default' ? chosen : locales);
  // a Proxy keeps what the rest of the page relies on: `new` and plain calls, supportedLocalesOf, the prototype
  // (instanceof)
  Intl.DateTimeFormat = new Proxy(BrowserDateTimeFormat, {
    construct: (target, [locales, options]) => new target(locale(locales), options),
    apply: (target, self, [locales, options]) => target(locale(locales), options)
  });
}
