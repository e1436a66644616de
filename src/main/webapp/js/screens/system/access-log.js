// 访问日志 (ADMIN, INSPECTOR): who read whose full ID number or whole record, or which complaint's reporter.
// GET /access-log, a page at a time.
import { get } from '../../api.js';
import { href } from '../../router.js';
import { fmtTime, usePaged } from '../../ui.js';
import { label } from '../../labels.js';

const { reactive, onMounted } = Vue;

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
    const p = usePaged(async ({ offset, limit }) => get('/access-log', { user: f.user.trim(), person: f.person.trim(),
      complaint: await complaintId(f.complaint.trim()), from: f.from, to: f.to, offset, limit }), { size: 50 });
    const reset = () => { Object.assign(f, { user: '', person: '', complaint: '', from: '', to: '' }); p.search(); };
    onMounted(() => p.load());
    const columns = [
      { title: '时间', key: 'occurredAt', width: 150 },
      { title: '用户', dataIndex: 'username', width: 110 },
      { title: '角色', key: 'role', width: 120 },
      { title: '查阅内容', key: 'what', width: 150 },
      { title: '对象', key: 'target', width: 150 },
      { title: '请求', dataIndex: 'path', ellipsis: true },
    ];
    return { f, p, reset, columns, WHAT, href, label, fmtTime };
  },
  template: `
  <div class="access-log">
    <form class="toolbar" @submit.prevent="p.search">
      <a-input v-model:value="f.user" placeholder="用户名" allow-clear style="width: 120px" data-test="access-log-user"></a-input>
      <a-input v-model:value="f.person" placeholder="人员档案号" allow-clear style="width: 110px" data-test="access-log-person"></a-input>
      <a-input v-model:value="f.complaint" placeholder="举报件编号 JB…" allow-clear style="width: 150px" data-test="access-log-complaint"></a-input>
      <span data-test="access-log-from"><bz-date v-model:value="f.from" placeholder="起始日期"></bz-date></span>
      <span data-test="access-log-to"><bz-date v-model:value="f.to" placeholder="截止日期"></bz-date></span>
      <a-button type="primary" html-type="submit" data-test="access-log-search">查询</a-button>
      <a-button @click="reset">重置</a-button>
    </form>
    <a-alert v-if="p.error" type="error" :message="p.error" show-icon class="form-error"></a-alert>
    <a-table :columns="columns" :data-source="p.rows" :loading="p.loading" :row-key="(r, i) => p.page + '-' + i" size="small"
             :pagination="p.pagination" @change="p.change" :scroll="{ x: 900 }" data-test="access-log-table">
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
  </div>`,
};
