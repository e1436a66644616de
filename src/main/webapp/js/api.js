// The only way the interface talks to the service: the public /api/v1 API with the signed-in user's token.
import { session, signedOut } from './session.js';

const BASE = 'api/v1';

/** Fields that name who did something; the registry's own work (start-up, the demo load) is done as "system". */
const ACTOR_FIELDS = new Set(['recordedBy', 'actor', 'issuedBy', 'submittedBy', 'decidedBy', 'statusChangedBy', 'closedBy', 'by']);
const readable = (key, value) => (value === 'system' && ACTOR_FIELDS.has(key) ? '系统（自动）' : value);

/** The JSON of an answer, with the registry's own account shown in Chinese wherever a field names who acted. */
function parse(text) {
  return text ? JSON.parse(text, readable) : null;
}

/** An error answer of the API (application/problem+json), with the fields or import rows at fault. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `服务返回错误（HTTP ${status}）`);
    this.status = status;
    this.problem = problem || {};
    this.code = this.problem.code;
    // 412: the If-Match version is no longer the record's (someone saved it meanwhile): the same refusal as a
    // stale version in the body (409 stale-version), whatever words the answer carries
    if (status === 412) {
      this.code = this.code || 'stale-version';
      if (!problem || !problem.detail) this.message = '已被他人修改，请刷新后重新提交';
    }
    /** field name → reason, for showing next to the form field */
    this.fields = {};
    /** import rows at fault: [{row, column, reason}] */
    this.rows = [];
    // a refused import lists its rows both as errors and as rejected: keep each once
    const seen = new Set();
    for (const e of [...(this.problem.errors || []), ...(this.problem.rejected || [])]) {
      const key = [e.field, e.row, e.column, e.reason].join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      if (e.field) this.fields[e.field] = this.fields[e.field] ? this.fields[e.field] + '；' + e.reason : e.reason;
      if (e.row != null) this.rows.push(e);
    }
  }
}

/** The query string of an object, leaving out empty values; arrays repeat the key. */
export function queryString(query) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query || {})) {
    if (v == null || v === '' || (Array.isArray(v) && !v.length)) continue;
    for (const one of Array.isArray(v) ? v : [v]) p.append(k, one);
  }
  const s = p.toString();
  return s ? '?' + s : '';
}

async function send(method, path, { query, body, contentType, accept, version } = {}) {
  const headers = { Accept: accept || 'application/json' };
  if (session.token) headers.Authorization = 'Bearer ' + session.token;
  // the version the form read: the service refuses the write (412) when the record changed since
  if (version != null) headers['If-Match'] = `"${version}"`;
  let payload = body;
  if (body !== undefined && !(body instanceof Blob) && typeof body !== 'string') {
    payload = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  } else if (body !== undefined) {
    headers['Content-Type'] = contentType || (body.type || 'application/octet-stream');
  }
  let res;
  try {
    res = await fetch(BASE + path + queryString(query), { method, headers, body: payload });
  } catch (e) {
    throw new ApiError(0, { detail: '无法连接到服务，请检查网络或稍后重试' });
  }
  if (res.ok) return res;
  let problem = null;
  try { problem = await res.json(); } catch (e) { /* not JSON: keep the status */ }
  if (res.status === 401 && session.token && path !== '/session') signedOut(problem && problem.detail);
  throw new ApiError(res.status, problem);
}

/** Calls the API and returns the JSON answer (null for 204). */
export async function api(method, path, options = {}) {
  const res = await send(method, path, options);
  if (res.status === 204) return null;
  return parse(await res.text());
}

export const get = (path, query) => api('GET', path, { query });
/**
 * options.version: the version of the record the form was filled from (the record itself will do), sent as
 * If-Match: the one way a change names what it was made on; the service answers 412 when someone saved since.
 */
export const post = (path, body, query, { version } = {}) => api('POST', path, { body: body === undefined ? {} : body, query, version });
export const put = (path, body, { version } = {}) => api('PUT', path, { body, version });
export const del = (path) => api('DELETE', path);

/** Uploads a file as the request body, with its own content type; the answer as {status, body, location}. */
export async function upload(path, file, query) {
  const type = file.type || (file.name.toLowerCase().endsWith('.xlsx')
    ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv');
  const res = await send('POST', path, { body: file, contentType: type, query });
  const text = await res.text();
  return { status: res.status, body: parse(text), location: res.headers.get('Location') };
}

function fileNameOf(res, fallback) {
  const cd = res.headers.get('Content-Disposition') || '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  return plain ? plain[1] : fallback;
}

/** Downloads a file answer of the API (XLSX, CSV, HTML) and saves it under the name the service gives. */
export async function download(path, query, fallbackName) {
  const res = await send('GET', path, { query, accept: '*/*' });
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameOf(res, fallbackName || 'download');
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  return a.download;
}

/** Fetches a text answer (for example a printable HTML notice) with the token. */
export async function text(path, query) {
  const res = await send('GET', path, { query, accept: 'text/html, */*' });
  return res.text();
}
