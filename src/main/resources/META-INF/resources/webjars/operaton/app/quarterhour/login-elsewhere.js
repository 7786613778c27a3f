// Tasklist, Cockpit, Admin and Welcome show Operaton's own login form after their "Log out" and when a session
// ends. Quarterhour's login page is the only way in (the security configuration refuses the webapps' login), so the
// browser goes there instead of to a form that cannot log anyone in.
const loginPage = new URL('../../../login?logout', import.meta.url).href;

function leaveOperatonLogin() {
  if (/^#\/login\b/.test(window.location.hash)) {
    window.location.replace(loginPage);
  }
}

window.addEventListener('hashchange', leaveOperatonLogin);
window.addEventListener('popstate', leaveOperatonLogin);
leaveOperatonLogin();
