// A large import running as a job: a progress bar polled about once a second, with 取消 and 下载错误行.
import { get, post } from '../../api.js';
import { label } from '../../labels.js';
import { showError, showOk, fmtTime } from '../../ui.js';
import { downloadRejected } from './common.js';

const { ref, computed, onMounted, onBeforeUnmount } = Vue;

function duration(s) {
  if (s == null) return '正在估算';
  if (s < 60) return s + ' 秒';
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} 分 ${s % 60} 秒` : `${Math.floor(m / 60)} 小时 ${m % 60} 分`;
}

export default {
  props: { job: Object },
  emits: ['finished'],
  setup(props, { emit }) {
    const j = ref(props.job);
    const cancelling = ref(false);
    let timer = null;
    let stopped = false;
    const poll = async () => {
      if (stopped) return;
      try {
        j.value = await get('/import-jobs/' + j.value.id);
      } catch (e) {
        showError(e);
      }
      if (j.value.finished) { emit('finished', j.value); return; }
      if (!stopped) timer = setTimeout(poll, 1000);
    };
    onMounted(() => { if (!j.value.finished) timer = setTimeout(poll, 1000); });
    onBeforeUnmount(() => { stopped = true; clearTimeout(timer); });
    const cancel = async () => {
      cancelling.value = true;
      try {
        j.value = await post(`/import-jobs/${j.value.id}/cancel`);
        showOk('已请求取消导入');
      } catch (e) {
        showError(e);
      } finally {
        cancelling.value = false;
      }
    };
    const status = computed(() => {
      const s = j.value.state;
      if (s === 'SUCCEEDED') return 'success';
      if (['REJECTED', 'FAILED', 'CANCELLED', 'INTERRUPTED'].includes(s)) return 'exception';
      return 'active';
    });
    const stateLabel = computed(() => j.value.stateLabel || label('ImportJobState', j.value.state));
    return { j, cancel, cancelling, status, stateLabel, duration, downloadRejected, fmtTime };
  },
  template: `
  <div class="import-progress" data-test="import-progress" aria-live="polite">
    <div class="import-progress-head">
      <b>导入作业 #{{ j.id }}</b> <span class="muted">{{ j.fileName }} · {{ j.kindLabel }} · {{ j.modeLabel }}</span>
      <a-tag :color="status === 'success' ? 'green' : status === 'exception' ? 'red' : 'blue'" data-test="import-state">{{ stateLabel }}</a-tag>
    </div>
    <a-progress :percent="j.percentDone" :status="status" data-test="import-progress-bar"></a-progress>
    <div class="import-progress-numbers">
      <span>已读取 <b>{{ j.rowsRead }}</b> 行</span>
      <span>已入库 <b>{{ j.rowsStored }}</b> 行</span>
      <span>错误 <b :class="{ 'num-over': j.rowsRejected }">{{ j.rowsRejected }}</b> 行</span>
      <span v-if="j.rowsPerSecond != null">每秒 {{ j.rowsPerSecond }} 行</span>
      <span v-if="!j.finished">预计剩余 {{ duration(j.secondsLeft) }}</span>
      <span v-if="j.phase && !j.finished" class="muted">{{ j.phase }}</span>
    </div>
    <p v-if="j.message" class="import-message">{{ j.message }}</p>
    <ul v-if="j.finished && j.notes && j.notes.length" class="import-notes"><li v-for="(n, i) in j.notes" :key="i">{{ n }}</li></ul>
    <a-space>
      <a-popconfirm v-if="!j.finished" title="确定取消这次导入吗？全部或全不的导入取消后不作任何改动；只导入正确的行时已入库的行保留。"
                    ok-text="取消导入" cancel-text="继续导入" @confirm="cancel">
        <a-button danger :loading="cancelling" :disabled="j.cancelRequested" data-test="import-cancel">
          {{ j.cancelRequested ? '正在取消…' : '取消' }}</a-button>
      </a-popconfirm>
      <a-button v-if="j.rowsRejected && j.links && j.links.rejectedRows" @click="downloadRejected(j.id)" data-test="download-rejected">
        下载错误行</a-button>
    </a-space>
  </div>`,
};
