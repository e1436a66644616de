// 账户 (administrators): the accounts, 新建账户, 修改, 重置密码, 解除登录限制.
import { get, post } from '../../api.js';
import { fmtTime, showError, showOk, usePaged } from '../../ui.js';
import { label } from '../../labels.js';
import { AccountForm, PasswordForm } from './account-form.js';

const { ref, onMounted } = Vue;

export default {
  components: { AccountForm, PasswordForm },
  setup() {
    const editing = ref(null); // {account} or {} for a new one
    const resetting = ref(null);
    const unitNames = ref({});
    const p = usePaged(async ({ offset, limit }) => {
      const page = await get('/accounts', { offset, limit });
      // the bound units' names (a handful of unit clerks)
      for (const code of new Set(page.items.map((a) => a.unitCode).filter((c) => c && !(c in unitNames.value)))) {
        get('/units/' + encodeURIComponent(code)).then((u) => { unitNames.value = { ...unitNames.value, [code]: u.name }; })
          .catch(() => {});
      }
      return page;
    });
    const load = () => p.load();
    onMounted(load);
    const saved = (a) => { showOk(editing.value.account ? '已保存账户 ' + a.username : '已创建账户 ' + a.username); editing.value = null; load(); };
    const passwordSet = (a) => { showOk('已重置 ' + a.username + ' 的密码'); resetting.value = null; load(); };
    const unlock = async (a) => {
      try { await post(`/accounts/${encodeURIComponent(a.username)}/unlock`); showOk('已解除登录限制 ' + a.username); load(); } catch (e) { showError(e); }
    };
    const columns = [
      { title: '用户名', dataIndex: 'username', width: 120 },
      { title: '姓名', dataIndex: 'displayName', width: 140 },
      { title: '角色', key: 'role', width: 130 },
      { title: '绑定单位', key: 'unit', width: 200 },
      { title: '状态', key: 'state', width: 150 },
      { title: '24小时内登录失败', dataIndex: 'failedAttempts', width: 90 },
      { title: '创建时间', key: 'createdAt', width: 140 },
      { title: '操作', key: 'actions', width: 210 },
    ];
    return { p, editing, resetting, unitNames, saved, passwordSet, unlock, columns, label, fmtTime };
  },
  template: `
  <div class="accounts">
    <div class="toolbar">
      <a-button type="primary" @click="editing = {}" data-test="account-new">新建账户</a-button>
      <span class="muted">共 {{ p.total }} 个账户</span>
    </div>
    <a-table :columns="columns" :data-source="p.rows" :loading="p.loading" row-key="username" size="small"
             :pagination="p.pagination" @change="p.change" :scroll="{ x: 1080 }" data-test="accounts-table">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'role'">{{ record.roleLabel || label('Role', record.role) }}</template>
        <template v-else-if="column.key === 'state'">
          <a-tag v-if="record.enabled" color="green">启用</a-tag><a-tag v-else>停用</a-tag>
          <a-tag v-if="record.locked" color="red" :title="record.lockedUntil ? '登录受限至 ' + fmtTime(record.lockedUntil) : ''">登录受限</a-tag>
        </template>
        <template v-else-if="column.key === 'unit'">
          <template v-if="record.unitCode">{{ unitNames[record.unitCode] || '' }}<br><span class="muted">{{ record.unitCode }}</span></template>
        </template>
        <template v-else-if="column.key === 'createdAt'">{{ fmtTime(record.createdAt) }}</template>
        <template v-else-if="column.key === 'actions'">
          <a-space :size="4">
            <a-button size="small" @click="editing = { account: record }" data-test="account-edit">修改</a-button>
            <a-button size="small" @click="resetting = record" data-test="account-password">重置密码</a-button>
            <a-popconfirm v-if="record.locked" :title="'解除 ' + record.username + ' 的登录限制？'" ok-text="解除" cancel-text="取消" @confirm="unlock(record)">
              <a-button size="small" data-test="account-unlock">解除限制</a-button>
            </a-popconfirm>
          </a-space>
        </template>
      </template>
    </a-table>
    <a-drawer :open="!!editing" :title="editing && editing.account ? '修改账户 ' + editing.account.username : '新建账户'"
              width="480" :mask-closable="false" :keyboard="false" destroy-on-close @close="editing = null">
      <account-form v-if="editing" :account="editing.account" @saved="saved" @cancel="editing = null"></account-form>
    </a-drawer>
    <a-modal :open="!!resetting" title="重置密码" :footer="null" destroy-on-close @cancel="resetting = null">
      <password-form v-if="resetting" :account="resetting" @saved="passwordSet" @cancel="resetting = null"></password-form>
    </a-modal>
  </div>`,
};
