// Shared pieces of every screen: forms that show the API's field errors (alone or in a modal), paged lists, the unit picker,
// charts, dates and printing. Screens import from here instead of repeating these.
import { ApiError, get } from './api.js';
import { session } from './session.js';
import { route, setQuery } from './router.js';

const { reactive, ref, computed, watch, onMounted, onBeforeUnmount, h, nextTick } = Vue;

/** Shows an error as a message at the top of the page. */
export function showError(e) {
  // the API's refusals are the user's business, shown on screen; anything else is a fault worth the console
  if (!(e instanceof ApiError)) console.error(e);
  antd.message.error(e instanceof ApiError || (e && e.message) ? e.message : String(e), 6);
}

export function showOk(text) {
  antd.message.success(text, 3);
}

/**
 * A form: its model, the API's errors per field, and a busy flag. submit(fn) clears old errors, runs fn and
 * puts the API's field errors next to their fields (and the message on top), so nothing is lost. status and code
 * are those of the refusal (409 no-vacancy, 412 stale-version…), for bz-form-error to show it as such.
 */
export function useForm(initial) {
  const form = reactive({ model: { ...(initial || {}) }, errors: {}, message: '', status: 0, code: '', busy: false });
  const clear = () => Object.assign(form, { errors: {}, message: '', status: 0, code: '' });
  form.reset = (values) => {
    form.model = { ...(values || initial || {}) };
    clear();
  };
  form.submit = async (fn) => {
    clear();
    form.busy = true;
    try {
      return await fn(form.model);
    } catch (e) {
      if (e instanceof ApiError) {
        Object.assign(form, { errors: { ...e.fields }, message: e.message, status: e.status, code: e.code || '' });
      } else {
        form.message = String(e && e.message || e);
      }
      throw e;
    } finally {
      form.busy = false;
    }
  };
  /**
   * The form's own check before sending: errors (field -> message; empty ones are no error) and a message are shown
   * as the API's would be. Answers whether the form may be sent.
   */
  form.check = (errors, message = '') => {
    const found = Object.fromEntries(Object.entries(errors || {}).filter(([, v]) => v));
    if (!Object.keys(found).length) return true;
    Object.assign(form, { errors: found, message, status: 0, code: '' });
    return false;
  };
  /** submit, and show the error rather than rethrow it: answers the API's answer, or undefined when refused */
  form.run = async (fn) => {
    try {
      return await form.submit(fn);
    } catch (e) {
      return undefined;
    }
  };
  return form;
}

/** A form item that shows the API's error for its field (name may be nested: "person.idNumber"). */
export const BzField = {
  props: { form: Object, name: String, label: String, required: Boolean, extra: String },
  template: `
    <a-form-item :label="label" :required="required" :extra="extra"
                 :validate-status="form && form.errors[name] ? 'error' : ''"
                 :help="form && form.errors[name] ? form.errors[name] : undefined"
                 :data-field="name">
      <slot></slot>
    </a-form-item>`,
};

/**
 * The form's overall error message, when the API refused it. A conflict with the registry (409: no vacant slot, a
 * decided plan…) or a record someone saved meanwhile (412) is shown large with what it is: the clerk must act on it.
 */
export const BzFormError = {
  props: { form: Object },
  template: `
    <a-alert v-if="form && form.message && conflict" type="error" show-icon class="form-error quota-refusal" role="alert"
             data-test="conflict" :message="title" :description="text"></a-alert>
    <a-alert v-else-if="form && form.message" type="error" show-icon :message="form.message" class="form-error" role="alert"></a-alert>`,
  computed: {
    conflict() { return [409, 412].includes(this.form.status); },
    title() {
      const c = this.form.code;
      return c === 'no-vacancy' ? '没有可用的空编' : c === 'stale-version' ? '信息已被他人修改' : '无法办理';
    },
    // the service names the request fields it means; the clerk knows them by the labels of the form
    text() {
      return String(this.form.message).replace(/\s*staffingPlanId\s*/g, '“用编计划”').replace(/\s*overrideReason\s*/g, '“超编进人理由”');
    },
  },
};

/**
 * A form in a modal: the form's fields go in the default slot; the footer has 取消 and the submit button
 * (data-test `${test}-submit`). The modal is not closed by a refused submission, so nothing typed is lost.
 */
export const BzFormModal = {
  props: { open: Boolean, title: String, form: Object, okText: { type: String, default: '提交' },
    test: String, submitTest: String, width: { type: [Number, String], default: 560 }, danger: Boolean },
  emits: ['update:open', 'ok'],
  template: `
    <a-modal :open="open" :title="title" :width="width" :mask-closable="false" destroy-on-close
             @cancel="$emit('update:open', false)">
      <div :data-test="test">
        <bz-form-error :form="form"></bz-form-error>
        <a-form layout="vertical" @submit.prevent="$emit('ok')">
          <slot></slot>
          <button type="submit" hidden></button>
        </a-form>
      </div>
      <template #footer>
        <a-button @click="$emit('update:open', false)">取消</a-button>
        <a-button type="primary" :danger="danger" :loading="form && form.busy" :data-test="submitTest || test + '-submit'"
                  @click="$emit('ok')">{{ okText }}</a-button>
      </template>
    </a-modal>`,
};

/** A copy of a form model without empty strings (the API reads "" as a value). */
export function clean(model) {
  const out = {};
  for (const [k, v] of Object.entries(model)) {
    if (v === '' || v === undefined) continue;
    out[k] = v && typeof v === 'object' && !Array.isArray(v) ? clean(v) : v;
  }
  return out;
}

const SIZES = [10, 20, 50, 100];

/**
 * A list loaded one page at a time: loader({offset, limit}) answers the API's page {items, total}. Gives rows,
 * total, loading and the a-table pagination; never loads a whole list.
 *
 * options.size: rows a page. options.filters: the list's filters (a reactive object of strings, keyed by their
 * names in the address); with it the filters, the page and the size live in the address, so a reload or a shared
 * link shows the same list: read from it now, written back by search() and change(), and taken from it again when
 * a link changes it while the screen is open. options.prefix names the page and size of a second list of the
 * same screen (npage). Other entries of the address (tab, an open drawer) are kept as they are.
 */
export function usePaged(loader, { size = 20, filters = null, prefix = '' } = {}) {
  const state = reactive({ rows: [], total: 0, page: 1, size, loading: false, error: '' });
  const PAGE = prefix + 'page', SIZE = prefix + 'size';
  let seq = 0;
  state.load = async (page) => {
    if (page) state.page = page;
    const mine = ++seq;
    state.loading = true;
    state.error = '';
    try {
      const r = await loader({ offset: (state.page - 1) * state.size, limit: state.size });
      if (mine !== seq) return;
      state.rows = r.items || [];
      state.total = r.total || 0;
    } catch (e) {
      if (mine === seq) { state.rows = []; state.total = 0; state.error = e.message; showError(e); }
    } finally {
      if (mine === seq) state.loading = false;
    }
  };
  state.pagination = computed(() => ({
    current: state.page, pageSize: state.size, total: state.total, showSizeChanger: true,
    pageSizeOptions: SIZES.map(String), showTotal: (t) => `共 ${t} 条`,
  }));

  const text = (v) => (v == null ? '' : String(v));
  const pageOf = (q) => (Number(q[PAGE]) > 0 ? Math.floor(Number(q[PAGE])) : 1);
  const sizeOf = (q) => (SIZES.includes(Number(q[SIZE])) ? Number(q[SIZE]) : size);
  /** whether the address asks for another list than the one shown */
  const differs = (q) => Object.keys(filters).some((k) => text(q[k]) !== text(filters[k]))
    || pageOf(q) !== state.page || sizeOf(q) !== state.size;
  /** writes the filters, the page and the size to the address (and only there) */
  state.keep = () => {
    if (!filters) return;
    for (const k of Object.keys(filters)) if (typeof filters[k] === 'string') filters[k] = filters[k].trim();
    setQuery({ ...route.query, ...filters, [PAGE]: state.page > 1 ? state.page : '', [SIZE]: state.size !== size ? state.size : '' });
  };
  if (filters) {
    // a select shows its placeholder for undefined, not for '': an empty filter stays what it was at the start
    const blank = Object.fromEntries(Object.keys(filters).map((k) => [k, filters[k] === undefined ? undefined : '']));
    const take = (q) => {
      for (const k of Object.keys(filters)) filters[k] = q[k] != null && q[k] !== '' ? q[k] : blank[k];
      state.page = pageOf(q);
      state.size = sizeOf(q);
    };
    take(route.query);
    const path = route.path;
    // the address changed from outside (a link to other filters of this screen, back): show what it asks for;
    // after the update, so a tab that the change closes is gone (its watcher stopped) and loads nothing
    watch(() => route.query, (q) => { if (route.path === path && differs(q)) { take(q); state.load(); } }, { flush: 'post' });
  }
  /** new filters: the first page */
  state.search = () => { state.page = 1; state.keep(); return state.load(); };
  /** for a-table @change */
  state.change = (p) => {
    if (p && p.pageSize !== state.size) { state.size = p.pageSize; state.page = 1; } else if (p) { state.page = p.current; }
    state.keep();
    state.load();
  };
  return state;
}

/** Picks a unit by any of its names or its code (GET /search/units); v-model:value is the unit code. */
export const BzUnitSelect = {
  props: { value: String, placeholder: { type: String, default: '输入单位名称、简称或统一社会信用代码' }, allowClear: { type: Boolean, default: true } },
  emits: ['update:value', 'change'],
  setup(props, { emit }) {
    const options = ref([]);
    const loading = ref(false);
    let seq = 0;
    const search = async (q) => {
      const mine = ++seq;
      if (!q || !q.trim()) { options.value = []; return; }
      loading.value = true;
      try {
        const units = await get('/search/units', { q: q.trim(), limit: 20 });
        if (mine === seq) options.value = units.map((u) => ({ value: u.code, label: u.name + (u.abolished ? '（已撤销）' : ''), unit: u }));
      } catch (e) {
        showError(e);
      } finally {
        if (mine === seq) loading.value = false;
      }
    };
    const known = computed(() => options.value.some((o) => o.value === props.value));
    // a unit given by code (from the address or a form) is shown by its name
    const names = reactive({});
    watch(() => props.value, async (code) => {
      if (!code || names[code] || options.value.some((o) => o.value === code)) return;
      names[code] = code;
      try {
        const u = await get('/units/' + encodeURIComponent(code));
        names[code] = u.name || code;
      } catch (e) {
        /* unknown or out of scope: the code stays, and the screen's own request says why */
      }
    }, { immediate: true });
    const onChange = (v, option) => { emit('update:value', v); emit('change', v, option && option.unit); };
    return { options, loading, search, onChange, known, names };
  },
  template: `
    <a-select show-search :value="value || undefined" :placeholder="placeholder" :filter-option="false"
              :options="known || !value ? options : [{ value, label: names[value] || value }, ...options]"
              :loading="loading" :allow-clear="allowClear" :not-found-content="loading ? '查找中…' : '输入后选择单位'"
              style="min-width: 280px" @search="search" @change="onChange"></a-select>`,
};

/** A date as YYYY-MM-DD, v-model:value a string (empty for none). */
export const BzDate = {
  props: { value: String, placeholder: { type: String, default: '选择日期' }, allowClear: { type: Boolean, default: true } },
  emits: ['update:value', 'change'],
  template: `<a-date-picker :value="value || undefined" value-format="YYYY-MM-DD" format="YYYY-MM-DD"
                            :placeholder="placeholder" :allow-clear="allowClear"
                            @change="(v) => { $emit('update:value', v || ''); $emit('change', v || ''); }"></a-date-picker>`,
};

let echartsLoading = null;
function loadEcharts() {
  if (window.echarts) return Promise.resolve(window.echarts);
  if (!echartsLoading) {
    echartsLoading = new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = 'webjars/echarts/5.5.0/echarts.min.js';
      s.onload = () => resolve(window.echarts);
      s.onerror = () => reject(new Error('图表组件加载失败'));
      document.head.appendChild(s);
    });
  }
  return echartsLoading;
}

/** An ECharts chart of the given option; loads ECharts (1 MB) the first time a chart is shown. */
export const BzChart = {
  props: { option: Object, height: { type: String, default: '300px' } },
  emits: ['click'],
  setup(props, { emit }) {
    const el = ref(null);
    let chart = null;
    const draw = async () => {
      const ec = await loadEcharts();
      if (!el.value) return;
      if (!chart) {
        chart = ec.init(el.value);
        chart.on('click', (p) => emit('click', p));
      }
      chart.setOption(props.option || {}, true);
    };
    const resize = () => chart && chart.resize();
    onMounted(() => { draw(); window.addEventListener('resize', resize); });
    onBeforeUnmount(() => { window.removeEventListener('resize', resize); if (chart) chart.dispose(); });
    watch(() => props.option, draw, { deep: true });
    return { el };
  },
  template: `<div ref="el" class="chart" :style="{ height }"></div>`,
};

/** The registry's today (YYYY-MM-DD), from the sign-in answer: the office's date, whatever the PC's clock says. */
export function today() {
  return session.today || dayjs().format('YYYY-MM-DD');
}

/** A date or timestamp for display. */
export function fmtDate(v) {
  return v ? String(v).slice(0, 10) : '';
}

export function fmtTime(v) {
  return v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '';
}

/**
 * Prints a document: the HTML goes into a hidden frame with the A4 print style sheet, so the screen around it
 * is not printed. html is a full page (the API's notices) or a fragment.
 */
export function printHtml(html, title) {
  const full = /<html/i.test(html) ? html
    : `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title || ''}</title>
       <link rel="stylesheet" href="${new URL('css/print.css', location.href)}"></head><body>${html}</body></html>`;
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.onload = () => {
    frame.contentWindow.focus();
    frame.contentWindow.print();
    setTimeout(() => frame.remove(), 1000);
  };
  frame.srcdoc = full;
  document.body.appendChild(frame);
}

/** Registers the shared components on an app. */
export function registerShared(app) {
  app.component('bz-field', BzField);
  app.component('bz-form-error', BzFormError);
  app.component('bz-form-modal', BzFormModal);
  app.component('bz-unit-select', BzUnitSelect);
  app.component('bz-date', BzDate);
  app.component('bz-chart', BzChart);
}

export { nextTick, h };
