// 沿革: the unit's states over time (设立, 更名, 调整隶属, other changes, 撤销), each with its document.
import { get } from '../../api.js';
import { href } from '../../router.js';
import { label } from '../../labels.js';
import { showError, fmtDate, fmtTime } from '../../ui.js';

const { ref, reactive, computed, watch, onMounted } = Vue;

const FIELDS = [
  ['kind', '机构类型', (v) => label('UnitKind', v)],
  ['institutionClass', '事业单位类别', (v) => label('InstitutionClass', v) || '无'],
  ['level', '层级', (v) => label('AdministrativeLevel', v)],
  ['funding', '经费形式', (v) => label('Funding', v)],
  ['regionCode', '行政区划', (v) => v],
  ['shortName', '简称', (v) => v || '无'],
  ['aliases', '别名', (v) => (v && v.length ? v.join('、') : '无')],
];

/** What changed from one state to the next, in words. */
function changes(prev, v) {
  if (!prev) return [{ what: '设立', text: v.name }];
  const out = [];
  if (prev.name !== v.name) out.push({ what: '更名', text: `“${prev.name}”更名为“${v.name}”` });
  if ((prev.parentCode || '') !== (v.parentCode || '')) out.push({ what: '调整隶属', from: prev.parentCode, to: v.parentCode });
  for (const [key, title, fmt] of FIELDS) {
    if (JSON.stringify(prev[key] || null) !== JSON.stringify(v[key] || null)) {
      out.push({ what: title + '变更', text: `${fmt(prev[key])} → ${fmt(v[key])}` });
    }
  }
  if (!out.length) out.push({ what: '变更', text: '登记信息更正' });
  return out;
}

export default {
  props: { code: String, refreshKey: Number },
  setup(props) {
    const versions = ref([]);
    const loading = ref(false);
    const names = reactive({});
    let seq = 0;
    const nameOf = async (code) => {
      if (!code || code in names) return;
      names[code] = code;
      try { names[code] = (await get('/units/' + encodeURIComponent(code))).name; } catch (e) { /* outside the caller's scope */ }
    };
    const load = async () => {
      const mine = ++seq;
      loading.value = true;
      try {
        const r = await get('/units/' + encodeURIComponent(props.code) + '/history');
        if (mine !== seq) return;
        versions.value = r;
        new Set(r.map((v) => v.parentCode).filter(Boolean)).forEach(nameOf);
      } catch (e) {
        if (mine === seq) { versions.value = []; showError(e); }
      } finally {
        if (mine === seq) loading.value = false;
      }
    };
    watch(() => [props.code, props.refreshKey], load);
    onMounted(load);
    const entries = computed(() => {
      const vs = [...versions.value].sort((a, b) => (a.stateValidFrom || '').localeCompare(b.stateValidFrom || ''));
      const list = vs.map((v, i) => ({ key: 'v' + i, date: v.stateValidFrom, until: v.stateValidTo, v, changes: changes(vs[i - 1], v) }));
      const last = vs[vs.length - 1];
      if (last && last.abolishedOn) {
        list.push({ key: 'abolished', date: last.abolishedOn, abolished: true, v: last, changes: [{ what: '撤销', text: last.name }] });
      }
      return list.reverse();
    });
    return { entries, loading, names, href, fmtDate, fmtTime };
  },
  template: `
    <div class="history-tab" data-test="unit-history">
      <a-spin :spinning="loading">
        <a-timeline class="uhist">
          <a-timeline-item v-for="e in entries" :key="e.key" :color="e.abolished ? 'gray' : (e.changes[0].what === '设立' ? 'green' : 'red')"
                           data-test="unit-history-entry">
            <div class="uhist-head">
              <strong>{{ fmtDate(e.date) }}</strong>
              <a-tag v-for="c in e.changes" :key="c.what" :color="c.what === '撤销' ? 'default' : 'red'">{{ c.what }}</a-tag>
              <span v-if="!e.abolished && e.until" class="muted">（至 {{ fmtDate(e.until) }}）</span>
            </div>
            <ul class="uhist-changes">
              <li v-for="c in e.changes" :key="c.what">
                <template v-if="c.what === '调整隶属'">
                  上级单位：<a v-if="c.from" :href="href('/units', { code: c.from })">{{ names[c.from] || c.from }}</a><span v-else>无</span>
                  → <a v-if="c.to" :href="href('/units', { code: c.to })">{{ names[c.to] || c.to }}</a><span v-else>无（顶级单位）</span>
                </template>
                <template v-else>{{ c.text }}</template>
              </li>
            </ul>
            <div v-if="!e.abolished" class="uhist-doc">
              批准文号：<span class="doc-no">{{ e.v.basisDocument || '（未登记）' }}</span>
              <span class="muted"> · {{ e.v.recordedBy }} 于 {{ fmtTime(e.v.recordedAt) }} 登记</span>
            </div>
          </a-timeline-item>
        </a-timeline>
        <div v-if="!loading && !entries.length" class="muted">没有沿革记录</div>
      </a-spin>
    </div>`,
};
