// Who is signed in. The token lives in this browser tab only (sessionStorage) and dies with sign-out.
const { reactive } = Vue;

const KEY = 'bianzhi.session';
const saved = JSON.parse(sessionStorage.getItem(KEY) || 'null');

/** {token, username, displayName, role, roleLabel, unitCode, expiresAt} or empty when signed out. */
export const session = reactive(saved || {});
/** Why the user was sent to the sign-in screen (session ended elsewhere, expired). */
export const notice = reactive({ message: '' });

export function signedIn(answer) {
  Object.assign(session, answer);
  sessionStorage.setItem(KEY, JSON.stringify(answer));
  notice.message = '';
}

export function signedOut(message) {
  for (const k of Object.keys(session)) delete session[k];
  sessionStorage.removeItem(KEY);
  notice.message = message || '';
  if (location.hash !== '#/login') location.hash = '#/login';
}

/** Whether the signed-in user has one of the roles; ADMIN may do everything. */
export function can(...roles) {
  return !!session.role && (session.role === 'ADMIN' || roles.includes(session.role));
}

/** Roles that read the registry (the API's READERS). */
export const READERS = ['OFFICE', 'INSPECTOR', 'UNIT_CLERK', 'COMPLAINT_HANDLER'];
