// 访问日志 (ADMIN, INSPECTOR): who read whose full ID number or whole record, or which complaint's reporter.
// GET /access-log pages by offset/limit without a total, so the list pages forward and back.
import { get } from '../../api.js';
import { href } from '../../router.js';
import { fmtTime, showError } from '../../ui.js';
import { label } from '../../labels.js';

const { ref, reactive, onMounted } = Vue;

const WHAT = { FULL_ID_NUMBER: '查看完整身份证号', FULL_RECORD: '查看人员完整档案', REPORTER_IDENTITY: '查看举报人信息' };

/** The complaint filter takes the case number (JB2026-00004) or the case's id; the API wants the id. */
async function complaintId(text) {
  if (!text || /^\d+$/.test(text)) return text;
  const r = await get('/complaints', { q: text, limit: 5 });
  const hit = r.items.find((c) => c.caseNumber.toUpperCase() === text.toUpperCase());
  if (!hit) throw new Error('未找到举报件 ' + text);
  return String(hit.id);
}

export default {
  setup() {
    const f = reactive({ user: '', person: '', complaint: '', from: '', to: '' });
    const rows = ref([]);
    const more = ref(false);
    const loading = ref(false);
    const offset = ref(0);
    const size = ref(50);
    const error = ref('');
    const load = async () => {
      loading.value = true;
      error.value = '';
      try {
        const complaint = await complaintId(f.complaint.trim());
        const r = await get('/access-log', { user: f.user.trim(), person: f.person.trim(), complaint,
          from: f.from, to: f.to, offset: offset.value, limit: size.value + 1 });
        more.value = r.length > size.value;
        rows.value = r.slice(0, size.value);
      } catch (e) {
        error.value = e.message;
        showError(e);
      } finally {
        loading.value = false;
      }
    };
    const search = () => { offset.value = 0; load(); };
    const reset = () => { Object.assign(f, { user: '', person: '', complaint: '', from: '', to: '' }); search(); };
    const page = (d) => { offset.value = Math.max(0, offset.value + d * size.value); load(); };
    onMounted(load);
    const columns = [
      { title: '时间', key: 'occurredAt', width: 150 },
      { title: '用户', dataIndex: 'username', width: 110 },
      { title: '角色', key: 'role', width: 120 },
      { title: '查阅内容', key: 'what', width: 150 },
      { title: '对象', key: 'target', width: 150 },
      { title: '请求', dataIndex: 'path', ellipsis: true },
    ];
    return { f, rows, more, loading, offset, size, error, search, reset, page, columns, WHAT, href, label, fmtTime };
  },
  template: `
  <div class="access-log">
    <form class="toolbar" @submit.prevent="search">
      <a-input v-model:value="f.user" placeholder="用户名" allow-clear style="width: 120px" data-test="access-log-user"></a-input>
      <a-input v-model:value="f.person" placeholder="人员档案号" allow-clear style="width: 110px" data-test="access-log-person"></a-input>
      <a-input v-model:value="f.complaint" placeholder="举报件编号 JB…" allow-clear style="width: 150px" data-test="access-log-complaint"></a-input>
      <span data-test="access-log-from"><bz-date v-model:value="f.from" placeholder="起始日期"></bz-date></span>
      <span data-test="access-log-to"><bz-date v-model:value="f.to" placeholder="截止日期"></bz-date></span>
      <a-button type="primary" html-type="submit" data-test="access-log-search">查询</a-button>
      <a-button @click="reset">重置</a-button>
    </form>
    <a-alert v-if="error" type="error" :message="error" show-icon class="form-error"></a-alert>
    <a-table :columns="columns" :data-source="rows" :loading="loading" :row-key="(r, i) => offset + i" size="small"
             :pagination="false" :scroll="{ x: 900 }" data-test="access-log-table">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'occurredAt'">{{ fmtTime(record.occurredAt) }}</template>
        <template v-else-if="column.key === 'role'">{{ label('Role', record.role) }}</template>
        <template v-else-if="column.key === 'what'">
          <a-tag :color="record.what === 'REPORTER_IDENTITY' ? 'red' : 'default'">{{ WHAT[record.what] || record.what }}</a-tag>
        </template>
        <template v-else-if="column.key === 'target'">
          <a v-if="record.complaintId" :href="href('/complaints/' + record.complaintId)">举报件 #{{ record.complaintId }}</a>
          <a v-else-if="record.personId" :href="href('/people/' + record.personId)">人员 #{{ record.personId }}</a>
        </template>
      </template>
    </a-table>
    <div class="toolbar access-log-pager">
      <a-button :disabled="offset === 0 || loading" @click="page(-1)" data-test="access-log-prev">上一页</a-button>
      <span>第 {{ offset + 1 }}–{{ offset + rows.length }} 条</span>
      <a-button :disabled="!more || loading" @click="page(1)" data-test="access-log-next">下一页</a-button>
      <a-select v-model:value="size" style="width: 110px" @change="search"
                :options="[20, 50, 100].map((n) => ({ value: n, label: n + ' 条/页' }))"></a-select>
    </div>
  </div>`,
};
