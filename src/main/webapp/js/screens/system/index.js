// 系统: 账户 (administrators), 访问日志 (administrators, inspectors) and 检索索引 (status; rebuild for administrators).
import { route, setQuery } from '../../router.js';
import { can, session } from '../../session.js';
import Accounts from './accounts.js';
import AccessLog from './access-log.js';
import SearchIndex from './search-index.js';

const { ref } = Vue;

export default {
  components: { Accounts, AccessLog, SearchIndex },
  setup() {
    const admin = session.role === 'ADMIN';
    const tabs = [...(admin ? ['accounts'] : []), ...(can('INSPECTOR') ? ['access-log'] : []), ...(can('OFFICE', 'INSPECTOR') ? ['search'] : [])];
    const tab = ref(tabs.includes(route.query.tab) ? route.query.tab : tabs[0]);
    const switched = (k) => setQuery({ tab: k === tabs[0] ? '' : k });
    return { tabs, tab, switched };
  },
  template: `
  <div class="system-page">
    <h1 class="page-title">系统</h1>
    <a-tabs v-model:activeKey="tab" @change="switched" destroy-inactive-tab-pane>
      <a-tab-pane v-if="tabs.includes('accounts')" key="accounts">
        <template #tab><span data-test="tab-accounts">账户</span></template>
        <accounts></accounts>
      </a-tab-pane>
      <a-tab-pane v-if="tabs.includes('access-log')" key="access-log">
        <template #tab><span data-test="tab-access-log">访问日志</span></template>
        <access-log></access-log>
      </a-tab-pane>
      <a-tab-pane v-if="tabs.includes('search')" key="search">
        <template #tab><span data-test="tab-search-index">检索索引</span></template>
        <search-index></search-index>
      </a-tab-pane>
    </a-tabs>
  </div>`,
};
