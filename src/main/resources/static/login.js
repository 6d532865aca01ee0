'use strict';
// The login and logout forms send the CSRF token the server put in the XSRF-TOKEN cookie.
const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
for (const field of document.querySelectorAll('input.csrf')) {
  field.value = token ? decodeURIComponent(token.substring('XSRF-TOKEN='.length)) : '';
}
const messages = {
  error: 'Wrong name or password.',
  throttled: 'Too many failed logins for this name; try again in a few minutes.',
  logout: 'You are logged out.'
};
const key = Object.keys(messages).find(k => new URLSearchParams(location.search).has(k));
if (key) {
  const msg = document.getElementById('login-msg');
  msg.textContent = messages[key];
  msg.hidden = false;
}
