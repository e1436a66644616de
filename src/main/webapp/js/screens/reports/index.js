// 报表 (#/reports?report=vacancies&asOf=...&unit=...): one tab per report, the tab and its filters in the address.
// Each report is in reports/*.js; every one offers 下载 XLSX and 下载 CSV of the same filters.
import { route, setQuery } from '../../router.js';
import Vacancies from './vacancies.js';
import Leadership from './leadership.js';
import Retirements from './retirements.js';
import FindingStats from './finding-stats.js';
import MixedPosts from './mixed-posts.js';

const { computed } = Vue;

const TABS = [
  { key: 'vacancies', title: '空编/超编', component: 'vacancies' },
  { key: 'leadership', title: '领导职数', component: 'leadership' },
  { key: 'retirements', title: '退休预测', component: 'retirements' },
  { key: 'findings', title: '问题统计', component: 'finding-stats' },
  { key: 'mixed-posts', title: '混编混岗花名册', component: 'mixed-posts' },
];

export default {
  components: { Vacancies, Leadership, Retirements, FindingStats, MixedPosts },
  setup() {
    const tab = computed(() => TABS.find((t) => t.key === route.query.report) || TABS[0]);
    // the date and unit carry over to the next report; its own options (roll-up, years, page) do not
    const pick = (key) => {
      if (key === tab.value.key) return;
      setQuery({ report: key, asOf: route.query.asOf, unit: route.query.unit });
    };
    return { TABS, tab, pick };
  },
  template: `
  <div class="reports-screen">
    <h1 class="page-title">报表</h1>
    <a-tabs :active-key="tab.key" @change="pick" data-test="report-tabs">
      <a-tab-pane v-for="t in TABS" :key="t.key">
        <template #tab><span :data-test="'report-tab-' + t.key">{{ t.title }}</span></template>
      </a-tab-pane>
    </a-tabs>
    <component :is="tab.component" :key="tab.key"></component>
  </div>`,
};
