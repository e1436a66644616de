// The finished report of an import: rows created, updated, unchanged and rejected, with notes and the bad rows.
import { RejectedTable, jobIdOf, downloadRejected, kindLabel } from './common.js';

export default {
  components: { RejectedTable },
  props: { report: Object },
  setup(props) {
    const jobId = () => jobIdOf(props.report.job);
    return { jobId, downloadRejected, kindLabel };
  },
  template: `
  <div class="import-report" data-test="import-report">
    <a-alert :type="report.rejected.length ? 'warning' : 'success'" show-icon
             :message="report.rejected.length ? '已导入正确的行，' + report.rejected.length + ' 处错误的行未导入' : '导入完成'"></a-alert>
    <a-descriptions size="small" :column="5" bordered class="import-counts">
      <a-descriptions-item label="数据行">{{ report.rows }}</a-descriptions-item>
      <a-descriptions-item label="新增">{{ report.created }}</a-descriptions-item>
      <a-descriptions-item label="更新">{{ report.updated }}</a-descriptions-item>
      <a-descriptions-item label="未变">{{ report.unchanged }}</a-descriptions-item>
      <a-descriptions-item label="错误">
        <span :class="{ 'num-over': report.rejected.length }" data-test="import-rejected-count">{{ report.rejected.length }}</span>
      </a-descriptions-item>
    </a-descriptions>
    <p class="muted" v-if="report.encoding">{{ kindLabel(report.kind) }} · 文件编码 {{ report.encoding }}</p>
    <ul v-if="report.notes && report.notes.length" class="import-notes">
      <li v-for="(n, i) in report.notes" :key="i">{{ n }}</li>
    </ul>
    <template v-if="report.rejected.length">
      <div class="toolbar">
        <b>未导入的行</b>
        <a-button v-if="jobId()" @click="downloadRejected(jobId())" data-test="download-rejected">下载错误行</a-button>
        <span class="muted">错误行文件带“错误原因”列，修改后可重新导入。</span>
      </div>
      <rejected-table :rows="report.rejected"></rejected-table>
    </template>
  </div>`,
};
