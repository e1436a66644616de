// 导入: kind, mode, a CSV or XLSX file, 开始导入. A small file answers its report at once; a refused
// all-or-nothing file lists its bad rows; a large file becomes a job followed with a progress bar. 下载模板 gives
// the chosen kind's XLSX template (drop-down lists, an instructions sheet with an example).
import { upload, get, download, ApiError } from '../../api.js';
import { can, session } from '../../session.js';
import { options } from '../../labels.js';
import { useForm, showError } from '../../ui.js';
import { RejectedTable, kindLabel, downloadRejected } from './common.js';
import ImportReport from './report.js';
import ImportProgress from './progress.js';

const { ref, computed } = Vue;

/** The problem lists each bad row under both errors and rejected: show it once. */
function uniqueRows(rows) {
  const seen = new Set();
  return rows.filter((r) => { const k = r.row + '|' + r.column + '|' + r.reason; if (seen.has(k)) return false; seen.add(k); return true; });
}

const TRAVEL = ['travel-applications', 'border-crossings', 'document-issuances', 'exit-certificates'];
const PATHS = ['units', 'quotas', 'leadership', 'roster', 'payroll', ...TRAVEL];

export default {
  components: { RejectedTable, ImportReport, ImportProgress },
  emits: ['imported'],
  setup(props, { emit }) {
    const office = can('OFFICE');
    const cadre = can('CADRE_SUPERVISION') && !office;
    // a unit clerk imports the roster of their units only; the payroll list is the office's; 干部监督 the travel records
    const kinds = PATHS.filter((k) => office || (cadre ? TRAVEL.includes(k) : k === 'roster'))
      .map((k) => ({ value: k, label: kindLabel(k) }));
    const form = useForm({ kind: kinds[0].value, mode: 'ALL_OR_NOTHING', basis: '', asOf: null });
    const input = ref(null);
    const file = ref(null);
    const report = ref(null);
    const job = ref(null);
    const refused = ref(null);
    const refusedJob = ref(null);
    const picked = (ev) => { file.value = ev.target.files && ev.target.files[0] || null; form.errors = { ...form.errors, file: '' }; };
    const clear = () => { report.value = null; job.value = null; refused.value = null; refusedJob.value = null; };
    /**
     * A large file is answered (202) only once 50,000 rows are read; meanwhile its job already exists, so it is
     * looked up by file name and shown with its progress while the upload goes on.
     */
    let watching = null;
    const watch = (name, after) => {
      let tries = 0;
      const look = async () => {
        if (watching !== look || job.value) return;
        try {
          const jobs = (await get('/import-jobs', { limit: 5 })).items;
          // a job of this upload: newer than the newest before it (no clock comparison: the PC's may be off)
          const j = jobs.find((x) => x.fileName === name && x.submittedBy === session.username && !x.finished && x.id > after);
          if (j && watching === look && !report.value && !refused.value) { job.value = j; return; }
        } catch (e) { /* the upload's own answer follows */ }
        if (++tries < 600 && watching === look) setTimeout(look, 1000);
      };
      watching = look;
      setTimeout(look, 2000);
    };
    const start = () => {
      clear();
      if (!form.check({ file: !file.value ? '请选择要导入的 CSV 或 XLSX 文件'
        : !/\.(csv|xlsx)$/i.test(file.value.name) && '只能导入 CSV 或 XLSX 文件（.csv、.xlsx）' })) return;
      return form.run(async (m) => {
        let newest = 0;
        try {
          newest = ((await get('/import-jobs', { limit: 1 })).items[0] || { id: 0 }).id;
        } catch (e) { /* progress is then shown when the upload answers */ }
        watch(file.value.name, newest);
        try {
          const r = await upload('/imports/' + m.kind, file.value, {
            mode: m.mode === 'VALID_ROWS' ? 'valid-rows' : '', basis: m.basis.trim(), fileName: file.value.name,
            asOf: m.kind === 'roster' && m.asOf ? m.asOf : '',
          });
          watching = null;
          if (r.status === 202) { if (!job.value || job.value.id !== r.body.id) job.value = r.body; } else report.value = r.body;
          emit('imported');
        } catch (e) {
          watching = null;
          const followed = job.value;
          job.value = null;
          if (e instanceof ApiError && e.rows.length) {
            refused.value = { message: e.message, rows: uniqueRows(e.rows) };
            form.message = '';
            refusedJob.value = e.problem.jobId || null;
            emit('imported');
            return;
          }
          // a job already on screen (cancelled, failed) shows its own outcome
          if (followed) { job.value = followed; emit('imported'); return; }
          throw e;
        }
      });
    };
    const downloadTemplate = async () => {
      const kind = form.model.kind;
      try {
        await download('/imports/' + kind + '/template', {}, kindLabel(kind) + '导入模板.xlsx');
      } catch (e) {
        showError(e);
      }
    };
    const anotherFile = () => { clear(); file.value = null; if (input.value) input.value.value = ''; };
    const accept = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const clerk = computed(() => session.role === 'UNIT_CLERK');
    return { form, kinds, modes: options('ImportMode'), input, file, picked, start, report, job, refused, refusedJob,
      anotherFile, accept, clerk, downloadRejected, downloadTemplate, finished: () => emit('imported') };
  },
  template: `
  <div class="import-pane">
    <a-form layout="vertical" class="import-form" @submit.prevent="start">
      <bz-form-error :form="form"></bz-form-error>
      <a-row :gutter="16">
        <a-col :span="8"><bz-field :form="form" name="kind" label="导入内容" required>
          <a-select v-model:value="form.model.kind" :options="kinds" data-test="import-kind"></a-select>
          <a-button type="link" class="import-template" @click="downloadTemplate" data-test="import-template">下载模板</a-button>
          <span class="muted">（Excel，含下拉选项和填写说明）</span>
        </bz-field></a-col>
        <a-col :span="16"><bz-field :form="form" name="mode" label="导入方式">
          <a-radio-group v-model:value="form.model.mode" :options="modes" data-test="import-mode"></a-radio-group>
        </bz-field></a-col>
      </a-row>
      <a-row :gutter="16">
        <a-col :span="12"><bz-field :form="form" name="file" label="文件（CSV 或 XLSX，首行为中文列名）" required>
          <label class="file-pick">
            <input ref="input" type="file" :accept="accept" class="file-input" @change="picked" data-test="import-file"
                   aria-label="选择导入文件（CSV 或 XLSX）">
            <span class="file-pick-button">选择文件</span>
            <span class="file-pick-name" :class="{ muted: !file }">{{ file ? file.name : '未选择文件' }}</span>
          </label>
        </bz-field></a-col>
        <a-col :span="12"><bz-field :form="form" name="basis" label="导入依据（可选）" extra="如批准文号；不填则记为“批量导入”">
          <a-input v-model:value="form.model.basis" :maxlength="200" data-test="import-basis"></a-input>
        </bz-field></a-col>
      </a-row>
      <a-row :gutter="16" v-if="form.model.kind === 'roster'">
        <a-col :span="12"><bz-field :form="form" name="asOf" label="数据时点（可选）"
                  extra="花名册所反映情况的日期，如各单位报送的 6 月 30 日；没有到岗日期、入编日期的任职和领导职务自该日起。不填为今天">
          <span class="bz-date-wrap" data-test="import-as-of"><bz-date v-model:value="form.model.asOf"></bz-date></span>
        </bz-field></a-col>
      </a-row>
      <p class="muted import-hint" v-if="clerk">您只能导入本单位及下属单位的实名人员花名册。</p>
      <a-alert v-if="form.busy && !job" type="info" show-icon class="form-error" data-test="import-uploading"
               message="正在上传并校验文件…大文件会转为后台导入，并在此显示进度。"></a-alert>
      <p class="muted import-hint">导入只登记现状，不做控编；同一文件再次导入不会重复登记。超过 5 万行的文件在后台导入，可随时查看进度。</p>
      <a-space>
        <a-button type="primary" html-type="submit" :loading="form.busy" data-test="import-start">开始导入</a-button>
        <a-button v-if="report || job || refused" @click="anotherFile">导入另一个文件</a-button>
      </a-space>
    </a-form>
    <div class="import-result">
      <import-report v-if="report" :report="report"></import-report>
      <import-progress v-if="job" :key="job.id" :job="job" @finished="finished"></import-progress>
      <div v-if="refused" class="import-refused">
        <a-alert type="error" show-icon :message="refused.message" role="alert"></a-alert>
        <div class="toolbar">
          <b>有误的行（共 {{ refused.rows.length }} 处）</b>
          <a-button v-if="refusedJob" @click="downloadRejected(refusedJob)" data-test="download-rejected">下载错误行</a-button>
        </div>
        <rejected-table :rows="refused.rows"></rejected-table>
      </div>
    </div>
  </div>`,
};
