/* global window */
// Asks the main process what to show before the page's large script has even downloaded:
// a tiny classic script, run as soon as the HTML reaches it (renderer/app/startupRequest.ts takes the answer).
// Plain JavaScript copied as it is (Vite's public folder), so that it is not bundled with the rest.
'use strict';
window.__aidplanStartup = window.api.startup();
// Taken by the page once its script runs; until then a failure is not an unhandled rejection.
window.__aidplanStartup.catch(function () {});
performance.mark('aidplan:startup-asked');
