// 稽核 (#/audit): the findings worklist (audit/findings.js) with each finding's drawer and the unit's 整改通知书,
// the audit status and 全面稽核 (audit/status.js), and 工资比对 (audit/payroll.js) for the office and inspectors.
// The tab is kept in the address: #/audit?tab=payroll.
import { route, setQuery } from '../../router.js';
import { can } from '../../session.js';
import Findings from './findings.js';
import Payroll from './payroll.js';
import AuditStatus from './status.js';

const { ref, computed } = Vue;

export default {
  components: { Findings, Payroll, AuditStatus },
  setup() {
    const canPayroll = can('OFFICE', 'INSPECTOR');
    const tab = computed(() => (route.query.tab === 'payroll' && canPayroll ? 'payroll' : 'findings'));
    const generation = ref(0);
    const pick = (key) => { if (key !== tab.value) setQuery(key === 'payroll' ? { tab: 'payroll' } : {}); };
    const evaluated = () => { generation.value++; };
    return { tab, canPayroll, pick, generation, evaluated };
  },
  template: `
  <div class="audit-screen">
    <div class="audit-head">
      <h1 class="page-title">稽核</h1>
      <audit-status @evaluated="evaluated"></audit-status>
    </div>
    <a-tabs :active-key="tab" @change="pick" class="audit-tabs" data-test="audit-tabs">
      <a-tab-pane key="findings"><template #tab><span data-test="audit-tab-findings">问题清单</span></template></a-tab-pane>
      <a-tab-pane v-if="canPayroll" key="payroll"><template #tab><span data-test="audit-tab-payroll">工资比对</span></template></a-tab-pane>
    </a-tabs>
    <findings v-if="tab === 'findings'" :key="'f' + generation"></findings>
    <payroll v-else :key="'p' + generation"></payroll>
  </div>`,
};
