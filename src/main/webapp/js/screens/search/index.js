// 检索: one box, results while typing: each keystroke asks, and only the newest answer is shown. Facets narrow the
// list, and a hit opens the person.
import { get } from '../../api.js';
import { route, setQuery, navigate, href } from '../../router.js';
import { label, options } from '../../labels.js';
import { showError } from '../../ui.js';

const { reactive, ref, watch, onMounted, nextTick } = Vue;
const PAGE = 20;
const FILTERS = ['quotaType', 'postType', 'identity', 'unitKind', 'region', 'unit', 'status', 'asOf'];
// built once: a list literal in the template would make the selects render again at every keystroke
const STATUSES = [{ value: '', label: '在职人员' }, { value: 'FORMER', label: '已离开的人员' }, { value: 'ALL', label: '全部人员' }];
const IDENTITIES = [{ value: '', label: '全部身份' }, ...options('PersonIdentity')];

export default {
  setup() {
    const f = reactive({ q: route.query.q || '', offset: Number(route.query.offset || 0) });
    for (const k of FILTERS) f[k] = route.query[k] || '';
    const s = reactive({ answer: null, answered: null, loading: false, roundTripMs: null, error: '', active: 0 });
    const box = ref(null);
    let seq = 0;

    const run = async () => {
      const mine = ++seq;
      const query = { q: f.q.trim(), limit: PAGE, offset: f.offset };
      for (const k of FILTERS) query[k] = f[k];
      setQuery({ q: f.q, offset: f.offset || '', ...Object.fromEntries(FILTERS.map((k) => [k, f[k]])) });
      if (!query.q && !FILTERS.some((k) => f[k] && k !== 'status' && k !== 'asOf')) {
        s.answer = null; s.loading = false; s.roundTripMs = null;
        return;
      }
      s.loading = true;
      const started = performance.now();
      try {
        const answer = await get('/search', query);
        if (mine !== seq) return;
        s.answer = answer;
        s.answered = query.q;
        s.roundTripMs = Math.round(performance.now() - started);
        s.error = '';
        s.active = 0;
      } catch (e) {
        if (mine !== seq) return;
        s.answer = null;
        s.error = e.message;
        if (!e.fields || !Object.keys(e.fields).length) showError(e);
      } finally {
        if (mine === seq) s.loading = false;
      }
    };
    // every keystroke asks at once (an answer takes a few milliseconds); only the newest answer is shown
    const typed = () => { f.offset = 0; run(); };
    const filtered = () => { f.offset = 0; run(); };
    const page = (p) => { f.offset = (p - 1) * PAGE; run(); };
    const toggle = (key, value) => { f[key] = f[key] === value ? '' : value; filtered(); };
    const clearFilters = () => { for (const k of FILTERS) f[k] = ''; filtered(); };

    const keys = (e) => {
      const hits = s.answer ? s.answer.items : [];
      if (e.key === 'ArrowDown' && hits.length) { s.active = Math.min(s.active + 1, hits.length - 1); e.preventDefault(); }
      if (e.key === 'ArrowUp' && hits.length) { s.active = Math.max(s.active - 1, 0); e.preventDefault(); }
      if (e.key === 'Enter' && hits[s.active]) navigate('/people/' + hits[s.active].personId);
    };
    onMounted(() => { run(); nextTick(() => box.value && box.value.focus()); });
    watch(() => route.query.q, (q) => { if (q !== undefined && q !== f.q) { f.q = q; run(); } });

    const facetLabel = (key, v) => v.label || (key === 'region' ? v.value : label(key, v.value));
    const anyFilter = () => FILTERS.some((k) => f[k]);
    return { f, s, box, typed, filtered, page, toggle, clearFilters, keys, href, label, facetLabel, anyFilter, PAGE,
      STATUSES, IDENTITIES,
      facetNames: { quotaType: '编制类型', postType: '岗位类别', unitKind: '单位性质', region: '行政区划' } };
  },
  template: `
  <div data-test="search-screen">
    <h2 class="page-title">检索</h2>
    <div class="search-bar">
      <input ref="box" v-model="f.q" class="search-box ant-input ant-input-lg" type="search" data-test="search-box"
             placeholder="姓名、拼音或首字母（zw）、身份证号或后 4–6 位、单位名称、岗位或编制类型，可组合：王 公安局 行政岗位"
             aria-label="检索人员" autocomplete="off" @input="typed" @keydown="keys">
      <span class="search-timing muted" data-test="search-timing" v-if="s.answer">
        共 <b data-test="search-total">{{ s.answer.total }}</b> 人，检索 {{ s.answer.tookMs }} 毫秒，往返 {{ s.roundTripMs }} 毫秒
      </span>
    </div>
    <div class="toolbar search-filters">
      <a-select v-model:value="f.status" :options="STATUSES"
                style="width: 130px" @change="filtered" data-test="search-status"></a-select>
      <bz-unit-select v-model:value="f.unit" placeholder="限定单位（含下属单位）" @change="filtered"></bz-unit-select>
      <bz-date v-model:value="f.asOf" placeholder="历史日期" @change="filtered"></bz-date>
      <a-select v-model:value="f.identity" :options="IDENTITIES"
                style="width: 130px" @change="filtered"></a-select>
      <a-button v-if="anyFilter()" @click="clearFilters">清除条件</a-button>
    </div>
    <a-alert v-if="s.error" type="error" show-icon :message="s.error" class="form-error"></a-alert>
    <a-row :gutter="12" v-if="s.answer">
      <a-col :span="5">
        <div class="facets" data-test="search-facets">
          <div v-for="(name, key) in facetNames" :key="key" class="facet">
            <div class="facet-title">{{ name }}</div>
            <div v-if="!s.answer.facets[key] || !s.answer.facets[key].length" class="muted">—</div>
            <button v-for="v in s.answer.facets[key]" :key="v.value" type="button" class="facet-value"
                    :class="{ on: f[key] === v.value }" :data-facet="key + ':' + v.value" @click="toggle(key, v.value)">
              <span>{{ facetLabel(key, v) }}</span><span class="facet-count">{{ v.count }}</span>
            </button>
          </div>
        </div>
      </a-col>
      <a-col :span="19">
        <a-empty v-if="!s.answer.items.length" description="没有找到符合条件的人员"></a-empty>
        <ol class="hits" data-test="search-hits" :data-answered="s.answered" :start="f.offset + 1">
          <li v-for="(h, i) in s.answer.items" :key="h.personId + '-' + i" :class="{ active: i === s.active }" data-test="search-hit">
            <div class="hit-head">
              <a class="hit-name" :href="href('/people/' + h.personId)" data-test="hit-name">{{ h.name }}</a>
              <span class="hit-id">{{ h.idNumber }}</span>
              <span class="muted">{{ h.genderLabel }} · {{ h.identityLabel }}</span>
              <span v-if="h.status !== 'CURRENT'" class="tag">{{ h.statusLabel }}{{ h.to ? '（' + h.to + ' 离开）' : '' }}</span>
              <span v-for="code in h.openFindings" :key="code" class="tag tag-red">{{ label('Rule', code) }}</span>
            </div>
            <div class="hit-body">
              <span v-for="q in h.quotas" :key="'q' + q.unitCode + q.quotaType">
                占编：<a :href="href('/units', { code: q.unitCode })">{{ q.unitName }}</a> {{ q.quotaTypeLabel }}
              </span>
              <span v-for="p in h.posts" :key="'p' + p.unitCode + p.postType">
                岗位：<a :href="href('/units', { code: p.unitCode })">{{ p.unitName }}</a> {{ p.postTypeLabel }}<template v-if="p.arrangement !== 'REGULAR'">（{{ p.arrangementLabel }}）</template>
              </span>
            </div>
            <div class="hit-why"><span v-for="m in h.matched" :key="m" class="tag tag-blue">{{ m }}</span></div>
          </li>
        </ol>
        <a-pagination v-if="s.answer.total > PAGE" :current="f.offset / PAGE + 1" :page-size="PAGE" :total="Math.min(s.answer.total, 10000)"
                      :show-size-changer="false" @change="page" style="margin-top: 8px"></a-pagination>
      </a-col>
    </a-row>
    <div v-else-if="!s.loading" class="search-help muted">
      <p>输入即检索：姓名或其中的字（王、建国）、全拼或首字母（wangjianguo、wjg）、身份证号或后 4–6 位、单位名称或简称，可用空格组合多个条件。</p>
      <p>方向键选择结果，回车打开人员档案。</p>
    </div>
  </div>`,
};
