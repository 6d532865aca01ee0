'use strict';
// The login and logout forms send the CSRF token the server put in the XSRF-TOKEN cookie.
const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
for (const field of document.querySelectorAll('input.csrf')) {
  field.value = token ? decodeURIComponent(token.substring('XSRF-TOKEN='.length)) : '';
}
const key = ['error', 'throttled', 'logout'].find(k => new URLSearchParams(location.search).has(k));
if (key) {
  I18N.ready.then(() => {
    const msg = document.getElementById('login-msg');
    msg.textContent = I18N.t('login.' + key);
    msg.hidden = false;
  });
}
