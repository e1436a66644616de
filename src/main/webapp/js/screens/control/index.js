// 控编: 用编申请 (staffing plans) and 增减人通知单 (notices), the tab kept in the address (?tab=plans|notices);
// #/control?notice=<number> shows one notice as its A4 document with 打印.
import { route, setQuery } from '../../router.js';
import Plans from './plans.js';
import Notices from './notices.js';
import { NoticeView } from './notice-doc.js';

const { computed } = Vue;

export default {
  components: { 'plans-tab': Plans, 'notices-tab': Notices, 'notice-view': NoticeView },
  setup() {
    const tab = computed(() => (route.query.tab === 'notices' ? 'notices' : 'plans'));
    const notice = computed(() => route.query.notice || '');
    const switchTab = (t) => setQuery({ ...route.query, tab: t });
    return { tab, notice, switchTab };
  },
  template: `
    <div class="control-page">
      <h1 class="page-title">控编{{ notice ? ' · 通知单 ' + notice : '' }}</h1>
      <notice-view v-if="notice" :number="notice"></notice-view>
      <a-tabs v-else :active-key="tab" @change="switchTab">
        <a-tab-pane key="plans">
          <template #tab><span data-test="tab-plans">用编申请</span></template>
          <plans-tab v-if="tab === 'plans'"></plans-tab>
        </a-tab-pane>
        <a-tab-pane key="notices">
          <template #tab><span data-test="tab-notices">增减人通知单</span></template>
          <notices-tab v-if="tab === 'notices'"></notices-tab>
        </a-tab-pane>
      </a-tabs>
    </div>`,
};
