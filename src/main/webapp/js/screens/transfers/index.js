// 导入导出: import files (office, unit clerks; 干部监督 the travel records), follow import jobs, and export in the
// import formats (every reader).
import { route, setQuery } from '../../router.js';
import { can, READERS } from '../../session.js';
import ImportPane from './import.js';
import JobsPane from './jobs.js';
import ExportPane from './export.js';

const { ref } = Vue;

export default {
  components: { ImportPane, JobsPane, ExportPane },
  setup() {
    const importer = can('OFFICE', 'UNIT_CLERK', 'CADRE_SUPERVISION');
    const exporter = can(...READERS);
    const tabs = [...(importer ? ['import', 'jobs'] : []), ...(exporter ? ['export'] : [])];
    const tab = ref(tabs.includes(route.query.tab) ? route.query.tab : tabs[0]);
    const jobs = ref(null);
    const switched = (k) => setQuery({ tab: k === tabs[0] ? '' : k });
    const imported = () => { if (jobs.value) jobs.value.load(); };
    return { importer, exporter, tab, switched, jobs, imported };
  },
  template: `
  <div class="transfers-page">
    <h1 class="page-title">导入导出</h1>
    <a-tabs v-model:activeKey="tab" @change="switched">
      <a-tab-pane v-if="importer" key="import">
        <template #tab><span data-test="tab-import">导入</span></template>
        <import-pane @imported="imported"></import-pane>
      </a-tab-pane>
      <a-tab-pane v-if="importer" key="jobs">
        <template #tab><span data-test="tab-import-jobs">导入记录</span></template>
        <jobs-pane ref="jobs"></jobs-pane>
      </a-tab-pane>
      <a-tab-pane v-if="exporter" key="export">
        <template #tab><span data-test="tab-export">导出</span></template>
        <export-pane></export-pane>
      </a-tab-pane>
    </a-tabs>
  </div>`,
};
