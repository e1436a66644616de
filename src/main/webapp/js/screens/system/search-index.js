// 检索索引: the search index's state (GET /search/status) and, for administrators, 重建索引 with its progress.
import { get, post } from '../../api.js';
import { can } from '../../session.js';
import { fmtTime, showError, showOk } from '../../ui.js';

const { ref, onMounted, onBeforeUnmount } = Vue;

function size(bytes) {
  if (bytes == null) return '';
  if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1) + ' KB';
  return (bytes / 1024 / 1024).toFixed(1) + ' MB';
}

export default {
  setup() {
    const s = ref(null);
    const loading = ref(false);
    const starting = ref(false);
    let timer = null;
    let stopped = false;
    const load = async () => {
      loading.value = true;
      try {
        s.value = await get('/search/status');
      } catch (e) {
        showError(e);
      } finally {
        loading.value = false;
      }
      clearTimeout(timer);
      // while a rebuild runs, follow it once a second
      if (!stopped && s.value && s.value.rebuildStarted) timer = setTimeout(load, 1000);
    };
    const rebuild = async () => {
      starting.value = true;
      try {
        const r = await post('/search/rebuild');
        showOk(r && r.message ? r.message.replace(/，进度见.*$/, '') : '已开始重建检索索引');
        await load();
        if (!(s.value && s.value.rebuildStarted)) timer = setTimeout(load, 1000);
      } catch (e) {
        showError(e);
      } finally {
        starting.value = false;
      }
    };
    onMounted(load);
    onBeforeUnmount(() => { stopped = true; clearTimeout(timer); });
    return { s, loading, starting, load, rebuild, size, fmtTime, admin: can('ADMIN') && true };
  },
  template: `
  <div class="search-index" data-test="search-index">
    <div class="toolbar">
      <a-button @click="load" :loading="loading" data-test="search-index-refresh">刷新</a-button>
      <a-popconfirm v-if="admin" title="从数据库重建检索索引？在新目录中建好后替换，重建期间检索照常可用。"
                    ok-text="重建" cancel-text="取消" @confirm="rebuild">
        <a-button type="primary" :loading="starting" data-test="search-rebuild">重建索引</a-button>
      </a-popconfirm>
    </div>
    <template v-if="s">
      <div v-if="s.rebuildStarted" class="rebuild-progress" data-test="search-rebuild-progress" aria-live="polite">
        <a-progress :percent="s.documents ? Math.min(99, Math.floor(s.rebuildPeople * 100 / Math.max(s.documents, 1))) : 0"
                    status="active"></a-progress>
        <span>正在重建：已写入 {{ s.rebuildPeople }} 人（{{ fmtTime(s.rebuildStarted) }} 开始）</span>
      </div>
      <a-alert v-if="s.lastRebuildError" type="error" show-icon :message="'上次重建失败：' + s.lastRebuildError" class="form-error"></a-alert>
      <a-descriptions bordered size="small" :column="2" data-test="search-index-status">
        <a-descriptions-item label="实例">{{ s.instance }}</a-descriptions-item>
        <a-descriptions-item label="索引文档（人员）">{{ s.documents }}</a-descriptions-item>
        <a-descriptions-item label="单位">{{ s.units }}</a-descriptions-item>
        <a-descriptions-item label="磁盘占用">{{ size(s.bytesOnDisk) }}</a-descriptions-item>
        <a-descriptions-item label="已处理变更位置">{{ s.position }} / {{ s.outboxLast }}</a-descriptions-item>
        <a-descriptions-item label="待处理变更">
          <span :class="{ 'num-over': s.outboxLast - s.position > 0 }">{{ Math.max(0, s.outboxLast - s.position) }}</span>
          <span v-if="s.missing" class="num-over">（缺失 {{ s.missing }}）</span>
        </a-descriptions-item>
        <a-descriptions-item label="最近提交">{{ fmtTime(s.lastCommit) }}</a-descriptions-item>
        <a-descriptions-item label="上次重建">
          <template v-if="s.lastRebuildFinished">{{ fmtTime(s.lastRebuildFinished) }}，{{ s.lastRebuildPeople }} 人，
            用时 {{ (s.lastRebuildMillis / 1000).toFixed(1) }} 秒</template>
          <span v-else class="muted">无</span>
        </a-descriptions-item>
      </a-descriptions>
      <p class="muted search-index-note">检索索引由数据库生成，随时可以丢弃重建；数据变更一般一秒内可检索到。</p>
    </template>
  </div>`,
};
