// Small pieces shared by the 12310 screens: status colours, the overdue mark, the people picker.
import { get } from '../../api.js';
import { showError } from '../../ui.js';

const { ref } = Vue;

export const STATUS_COLOR = { RECEIVED: 'blue', INVESTIGATING: 'orange', CONCLUDED: 'green' };

/** "逾期 N 天" in red for a case past its due date and not concluded. */
export const OverdueMark = {
  props: { c: Object },
  template: `<span v-if="c && c.overdue" class="num-over complaint-overdue">逾期 {{ c.daysOverdue }} 天</span>`,
};

/** A person as the picker shows them: name, unit (quota unit, else working unit), ID number as the API gives it. */
export function personLabel(hit) {
  const unit = (hit.quotas && hit.quotas[0] && hit.quotas[0].unitName) || (hit.posts && hit.posts[0] && hit.posts[0].unitName) || '';
  return `${hit.name}${unit ? '（' + unit + '）' : ''} ${hit.idNumber || ''}`.trim();
}

/**
 * Picks people through GET /search (name, pinyin, initials, ID digits); v-model:value is a list of person ids.
 * `known` gives labels for ids already chosen ({id: label}).
 */
export const PersonPicker = {
  props: { value: Array, known: { type: Object, default: () => ({}) } },
  emits: ['update:value'],
  setup(props, { emit }) {
    const options = ref([]);
    const loading = ref(false);
    const labels = ref({ ...props.known });
    let seq = 0;
    let timer = null;
    const search = (q) => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const mine = ++seq;
        if (!q || !q.trim()) { options.value = []; return; }
        loading.value = true;
        try {
          const r = await get('/search', { q: q.trim(), status: 'ALL', limit: 20 });
          if (mine !== seq) return;
          options.value = r.items.map((h) => ({ value: h.personId, label: personLabel(h) }));
          for (const o of options.value) labels.value[o.value] = o.label;
        } catch (e) {
          showError(e);
        } finally {
          if (mine === seq) loading.value = false;
        }
      }, 250);
    };
    const allOptions = () => {
      const seen = new Set(options.value.map((o) => o.value));
      const chosen = (props.value || []).filter((id) => !seen.has(id))
        .map((id) => ({ value: id, label: labels.value[id] || props.known[id] || ('人员 ' + id) }));
      return [...chosen, ...options.value];
    };
    const onChange = (v) => emit('update:value', v);
    return { loading, search, allOptions, onChange };
  },
  template: `
    <a-select mode="multiple" show-search :value="value || []" :filter-option="false" :options="allOptions()"
              :loading="loading" placeholder="输入姓名、拼音或身份证号后几位查找人员"
              :not-found-content="loading ? '查找中…' : '输入后选择人员'" style="width: 100%"
              @search="search" @change="onChange" data-test="complaint-people"></a-select>`,
};

/** Unit picker for several units: bz-unit-select to add, tags to remove. v-model:value is a list of codes. */
export const UnitsPicker = {
  props: { value: Array, names: { type: Object, default: () => ({}) } },
  emits: ['update:value'],
  setup(props, { emit }) {
    const picking = ref('');
    const known = ref({ ...props.names });
    const add = (code, unit) => {
      if (!code) return;
      if (unit) known.value[code] = unit.name;
      if (!(props.value || []).includes(code)) emit('update:value', [...(props.value || []), code]);
      setTimeout(() => { picking.value = ''; }, 0);
    };
    const remove = (code) => emit('update:value', (props.value || []).filter((c) => c !== code));
    return { picking, known, add, remove };
  },
  template: `
    <div class="units-picker">
      <div class="units-picker-tags" v-if="value && value.length">
        <a-tag v-for="c in value" :key="c" closable @close.prevent="remove(c)">{{ known[c] || names[c] || c }}</a-tag>
      </div>
      <bz-unit-select v-model:value="picking" placeholder="输入单位名称或代码，选择后加入" @change="add"
                      data-test="complaint-units"></bz-unit-select>
    </div>`,
};
