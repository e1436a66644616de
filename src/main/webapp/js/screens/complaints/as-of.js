// 当时情况: the linked units' establishment and people, and the linked people's records, on the incident date.
import { get } from '../../api.js';
import { href } from '../../router.js';
import { fmtDate, showError } from '../../ui.js';
import { label } from '../../labels.js';

const { ref, onMounted } = Vue;

export default {
  props: { complaint: Object },
  setup(props) {
    const date = ref('');
    const limit = ref(50);
    const data = ref(null);
    const loading = ref(false);
    const load = async () => {
      loading.value = true;
      try {
        data.value = await get(`/complaints/${props.complaint.id}/as-of`, { date: date.value, limit: limit.value });
      } catch (e) {
        showError(e);
      } finally {
        loading.value = false;
      }
    };
    const more = () => { limit.value = Math.min(limit.value + 100, 500); load(); };
    onMounted(load);
    const quotaCols = [
      { title: '编制类型', key: 'quotaType' }, { title: '核定', dataIndex: 'approved' }, { title: '实有', dataIndex: 'occupied' },
      { title: '预留', dataIndex: 'reserved' }, { title: '空编', dataIndex: 'vacant' }, { title: '超编', key: 'over' },
    ];
    const leaderCols = [
      { title: '职数类别', key: 'category' }, { title: '核定', dataIndex: 'approved' }, { title: '实配', dataIndex: 'holders' },
      { title: '空缺', dataIndex: 'vacant' }, { title: '超配', key: 'over' },
    ];
    const recordsText = (r) => {
      if (!r) return '';
      const parts = [];
      for (const o of r.occupancies || []) parts.push(`占 ${o.unitName} ${label('QuotaType', o.quotaType)}（${fmtDate(o.validFrom)} 起）`);
      for (const p of r.postings || []) parts.push(`在 ${p.unitName} ${label('PostType', p.postType)} ${label('Arrangement', p.arrangement)}`);
      for (const a of r.appointments || []) parts.push(`任 ${a.unitName} ${label('LeadershipCategory', a.category)}`);
      return parts.join('；') || '当日无占编、岗位和任职';
    };
    return { date, limit, data, loading, load, more, quotaCols, leaderCols, recordsText, href, label, fmtDate };
  },
  template: `
  <div class="complaint-asof" data-test="complaint-asof">
    <div class="toolbar">
      <span>日期</span>
      <span data-test="complaint-asof-date"><bz-date v-model:value="date" :placeholder="'举报事项发生日 ' + fmtDate(complaint.incidentDate)"></bz-date></span>
      <a-button @click="load" :loading="loading">查看</a-button>
      <span v-if="data" class="muted">以下为 {{ fmtDate(data.date) }} 当日的情况</span>
    </div>
    <a-spin :spinning="loading">
      <template v-if="data">
        <a-card v-for="u in data.units" :key="u.code" size="small" class="asof-unit">
          <template #title><a :href="href('/units', { code: u.code })">{{ u.name }}</a>&nbsp;<span class="muted">{{ u.code }}</span></template>
          <a-alert v-if="u.note" type="info" :message="u.note" show-icon class="form-error"></a-alert>
          <template v-if="u.establishment">
            <a-table :columns="quotaCols" :data-source="u.establishment.quotas" size="small" :pagination="false" row-key="quotaType">
              <template #bodyCell="{ column, record }">
                <template v-if="column.key === 'quotaType'">{{ label('QuotaType', record.quotaType) }}</template>
                <template v-else-if="column.key === 'over'"><span :class="{ 'num-over': record.over > 0 }">{{ record.over }}</span></template>
              </template>
            </a-table>
            <a-table v-if="u.establishment.leadership && u.establishment.leadership.length" :columns="leaderCols"
                     :data-source="u.establishment.leadership" size="small" :pagination="false" row-key="category" class="asof-leaders">
              <template #bodyCell="{ column, record }">
                <template v-if="column.key === 'category'">{{ label('LeadershipCategory', record.category) }}</template>
                <template v-else-if="column.key === 'over'"><span :class="{ 'num-over': record.over > 0 }">{{ record.over }}</span></template>
              </template>
            </a-table>
          </template>
          <div v-if="u.people" class="asof-people">
            <span class="asof-label">当日人员（{{ u.people.total }} 人）：</span>
            <a v-for="p in u.people.items" :key="p.id" :href="href('/people/' + p.id)" class="asof-person">{{ p.name }}</a>
            <a-button v-if="u.people.total > u.people.items.length && limit < 500" type="link" size="small" @click="more">
              再显示更多（已显示 {{ u.people.items.length }} 人）</a-button>
          </div>
        </a-card>
        <a-card v-if="data.people && data.people.length" size="small" title="涉及人员当日情况" class="asof-unit">
          <p v-for="p in data.people" :key="p.person.id">
            <a :href="href('/people/' + p.person.id)">{{ p.person.name }}</a> <span class="muted">{{ p.person.idNumber }}</span>：
            {{ recordsText(p.records) }}
          </p>
        </a-card>
        <a-empty v-if="!data.units.length && !(data.people && data.people.length)" description="没有涉及的单位或人员"></a-empty>
      </template>
    </a-spin>
  </div>`,
};
