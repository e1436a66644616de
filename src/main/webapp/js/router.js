// A small hash router: #/path/with/:params?query. Routes are declared in routes.js.
const { reactive } = Vue;

export const route = reactive({ path: '/', params: {}, query: {}, def: null });
let table = [];

function compile(pattern) {
  const names = [];
  const re = new RegExp('^' + pattern.replace(/:(\w+)/g, (_, n) => { names.push(n); return '([^/]+)'; }) + '$');
  return { re, names };
}

export function install(routes) {
  table = routes.map((r) => ({ ...r, ...compile(r.path) }));
  window.addEventListener('hashchange', resolve);
  resolve();
}

function resolve() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, qs] = raw.split('?');
  const query = Object.fromEntries(new URLSearchParams(qs || ''));
  for (const r of table) {
    const m = r.re.exec(path);
    if (m) {
      const params = {};
      r.names.forEach((n, i) => { params[n] = decodeURIComponent(m[i + 1]); });
      Object.assign(route, { path, params, query, def: r });
      return;
    }
  }
  Object.assign(route, { path, params: {}, query, def: null });
}

/** Goes to a path, e.g. navigate('/people/12') or navigate('/units', {code: 'x'}). */
export function navigate(path, query) {
  const qs = query ? new URLSearchParams(Object.entries(query).filter(([, v]) => v != null && v !== '')).toString() : '';
  location.hash = '#' + path + (qs ? '?' + qs : '');
}

/** Replaces the query of the current screen (filters, paging) without a new history entry per keystroke. */
export function setQuery(query) {
  const qs = new URLSearchParams(Object.entries(query).filter(([, v]) => v != null && v !== '')).toString();
  history.replaceState(null, '', '#' + route.path + (qs ? '?' + qs : ''));
  route.query = Object.fromEntries(new URLSearchParams(qs));
}

/** An href for a link to a path. */
export function href(path, query) {
  const qs = query ? new URLSearchParams(Object.entries(query).filter(([, v]) => v != null && v !== '')).toString() : '';
  return '#' + path + (qs ? '?' + qs : '');
}
