// 导入记录: the import jobs, newest first, a page at a time (GET /import-jobs).
import { get } from '../../api.js';
import { label } from '../../labels.js';
import { fmtTime, usePaged } from '../../ui.js';
import { downloadRejected } from './common.js';

const { onMounted } = Vue;

export default {
  setup(props, { expose }) {
    const p = usePaged(({ offset, limit }) => get('/import-jobs', { offset, limit }));
    const load = () => p.load();
    expose({ load });
    onMounted(load);
    const columns = [
      { title: '作业', dataIndex: 'id', width: 70 },
      { title: '提交时间', key: 'submittedAt', width: 140 },
      { title: '内容', dataIndex: 'kindLabel', width: 120 },
      { title: '文件', dataIndex: 'fileName', ellipsis: true },
      { title: '方式', dataIndex: 'modeLabel', width: 120 },
      { title: '提交人', dataIndex: 'submittedBy', width: 90 },
      { title: '状态', key: 'state', width: 150 },
      { title: '读取/新增/更新/未变/错误', key: 'counts', width: 190 },
      { title: '', key: 'actions', width: 110 },
    ];
    const color = (s) => ({ SUCCEEDED: 'green', RUNNING: 'blue', QUEUED: 'default' }[s] || 'red');
    return { p, load, columns, color, label, fmtTime, downloadRejected };
  },
  template: `
  <div class="import-jobs">
    <div class="toolbar">
      <span>导入作业（新的在前）</span>
      <a-button @click="load" :loading="p.loading">刷新</a-button>
    </div>
    <a-table :columns="columns" :data-source="p.rows" :loading="p.loading" row-key="id" size="small"
             :pagination="p.pagination" @change="p.change"
             :scroll="{ x: 1100, y: 480 }" data-test="import-jobs-table">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'submittedAt'">{{ fmtTime(record.submittedAt) }}</template>
        <template v-else-if="column.key === 'state'">
          <a-tag :color="color(record.state)">{{ record.stateLabel || label('ImportJobState', record.state) }}</a-tag>
          <span v-if="!record.finished" class="muted">{{ record.percentDone }}%</span>
        </template>
        <template v-else-if="column.key === 'counts'">
          {{ record.rowsRead }} / {{ record.rowsCreated }} / {{ record.rowsUpdated }} / {{ record.rowsUnchanged }} /
          <span :class="{ 'num-over': record.rowsRejected }">{{ record.rowsRejected }}</span>
        </template>
        <template v-else-if="column.key === 'actions'">
          <a-button v-if="record.rowsRejected" size="small" @click="downloadRejected(record.id)" data-test="download-rejected">
            下载错误行</a-button>
        </template>
      </template>
      <template #expandedRowRender="{ record }">
        <p class="import-message">{{ record.message }}</p>
        <p class="muted">导入依据：{{ record.basisDocument }}<template v-if="record.asOf"> · 数据时点 {{ record.asOf }}</template> · 文件 {{ record.fileFormat }}，{{ record.fileBytes }} 字节</p>
        <ul v-if="record.notes && record.notes.length" class="import-notes"><li v-for="(n, i) in record.notes" :key="i">{{ n }}</li></ul>
      </template>
    </a-table>
  </div>`,
};
