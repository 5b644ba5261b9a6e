// Calls to the silkdex HTTP API (same origin). The staff key lives in
// sessionStorage only: it is gone when the browser tab is closed.
const KEY = 'silkdex.key';

export const auth = {
  get key() { return sessionStorage.getItem(KEY) || ''; },
  set(key) { sessionStorage.setItem(KEY, key); whoCache = null; },
  clear() { sessionStorage.removeItem(KEY); whoCache = null; },
};

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.code = problem && problem.code;
    this.problem = problem || {};
  }
}

// The route is not in this server (an older build): the feature is absent, not broken.
export const isMissingRoute = (e) => e instanceof ApiError && e.status === 404 && e.code === 'unknown_route';

export async function api(path, { method = 'GET', body, headers = {}, signal } = {}) {
  const hdrs = { Accept: 'application/json', ...headers };
  if (auth.key) hdrs.Authorization = `Bearer ${auth.key}`;
  let payload = body;
  if (body !== undefined && typeof body !== 'string' && !(body instanceof ArrayBuffer) && !(body instanceof Blob)) {
    payload = JSON.stringify(body);
    hdrs['Content-Type'] = 'application/json';
  }
  const resp = await fetch(path, { method, headers: hdrs, body: payload, signal });
  if (resp.status === 204) return null;
  const type = resp.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await resp.json() : await resp.text();
  if (!resp.ok) throw new ApiError(resp.status, typeof data === 'object' ? data : { detail: String(data) });
  return data;
}

export function query(params) {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v == null || v === '') continue;
    for (const one of [v].flat()) if (one != null && one !== '') sp.append(k, one);
  }
  const s = sp.toString();
  return s ? `?${s}` : '';
}

// Who the key belongs to: GET /v1/whoami, or, on a server without it, a
// staff-only search that tells a staff key from a bad one.
let whoCache = null;
export async function whoami() {
  if (!auth.key) return { role: 'public', clusters: [] };
  if (whoCache) return whoCache;
  try {
    whoCache = await api('/v1/whoami');
  } catch (e) {
    if (!isMissingRoute(e)) {
      if (e.status === 401) return { role: 'invalid', clusters: [] };
      throw e;
    }
    try {
      await api('/v1/search?status=published&per_page=1&facets=theme');
      whoCache = { role: 'staff', clusters: [], guessed: true };
    } catch (e2) {
      if (e2.status === 401) return { role: 'invalid', clusters: [] };
      throw e2;
    }
  }
  return whoCache;
}

const RANK = { public: 0, staff: 1, moderator: 2, admin: 3 };
export const atLeast = (who, role) => (RANK[who && who.role] ?? -1) >= RANK[role];
