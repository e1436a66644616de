// A finding's detail (GET /findings/{id}) with its history (处理记录), and its workflow:
// 确认 (POST /findings/{id}/acknowledge, OFFICE and UNIT_CLERK, only while 待处理) and
// 整改完成 (POST /findings/{id}/resolve, OFFICE, not once 已整改), each with a note the form requires.
import { get, post } from '../../api.js';
import { can } from '../../session.js';
import { href } from '../../router.js';
import { label } from '../../labels.js';
import { useForm, showError, showOk, fmtDate, fmtTime } from '../../ui.js';
import NoticeButton from './notice.js';

const { ref, computed, watch } = Vue;

const ACTIONS = { DETECTED: '发现问题', ACKNOWLEDGED: '确认', RESOLVED: '整改完成', REOPENED: '重新打开', CLEARED: '问题已消除' };
const STATUS_COLORS = { OPEN: 'red', ACKNOWLEDGED: 'orange', RESOLVED: 'green' };

export default {
  components: { NoticeButton },
  props: { open: Boolean, id: [Number, String] },
  emits: ['update:open', 'changed'],
  setup(props, { emit }) {
    const detail = ref(null);
    const loading = ref(false);
    const form = useForm({ note: '' });
    let seq = 0;

    const load = async () => {
      if (!props.open || props.id == null) return;
      const mine = ++seq;
      loading.value = true;
      try {
        const d = await get('/findings/' + props.id);
        if (mine === seq) detail.value = d;
      } catch (e) {
        if (mine === seq) { detail.value = null; showError(e); }
      } finally {
        if (mine === seq) loading.value = false;
      }
    };
    watch(() => [props.open, props.id], ([open, id], old) => {
      if (open && (!old || !old[0] || old[1] !== id)) { detail.value = null; form.reset({ note: '' }); load(); }
    }, { immediate: true });

    const f = computed(() => detail.value && detail.value.finding);
    const canAcknowledge = computed(() => can('OFFICE', 'UNIT_CLERK') && f.value && f.value.status === 'OPEN');
    const canResolve = computed(() => can('OFFICE') && f.value && f.value.status && f.value.status !== 'RESOLVED');

    /** the note is required: said next to the field before asking the service */
    const act = (path, done) => {
      const note = (form.model.note || '').trim();
      if (!form.check({ note: !note && (path === 'resolve' ? '请填写整改情况说明' : '请填写确认说明') })) return;
      return form.run(async () => {
        try {
          await post(`/findings/${props.id}/${path}`, { note });
        } catch (e) {
          // changed meanwhile (409): show its present state; the note stays in the form
          if (e.status === 409) { load(); emit('changed'); }
          throw e;
        }
        showOk(done);
        form.reset({ note: '' });
        emit('changed');
        await load();
      });
    };
    const acknowledge = () => act('acknowledge', '已确认该问题');
    const resolve = () => act('resolve', '已标记为整改完成');
    const close = () => emit('update:open', false);
    const noteLabel = computed(() => (canAcknowledge.value && canResolve.value ? '处理说明（确认情况或整改情况）'
      : canResolve.value ? '整改情况说明' : '确认说明'));

    return { detail, loading, f, form, noteLabel, canAcknowledge, canResolve, acknowledge, resolve, close, href, label, fmtDate, fmtTime,
      ACTIONS, STATUS_COLORS };
  },
  template: `
  <a-drawer :open="open" width="620" title="稽核问题详情" placement="right" root-class-name="finding-drawer" @close="close"
            data-test="finding-drawer">
    <a-spin :spinning="loading">
      <div v-if="f" data-test="finding-detail" :data-finding-id="f.id" :data-status="f.status">
        <a-descriptions :column="2" size="small" bordered class="finding-desc">
          <a-descriptions-item label="问题类型" :span="2">
            <strong>{{ f.ruleLabel || label('Rule', f.rule) }}</strong>
            <span v-if="f.subjectLabel" class="muted">（{{ f.subjectLabel }}）</span>
          </a-descriptions-item>
          <a-descriptions-item label="单位" :span="2">
            <a :href="href('/units', { code: f.unitCode })">{{ f.unitName || f.unitCode }}</a>
            <span class="muted unit-code">{{ f.unitCode }}</span>
          </a-descriptions-item>
          <a-descriptions-item label="涉及人员" :span="2">
            <template v-if="f.persons && f.persons.length">
              <span v-for="(x, i) in f.persons" :key="x.personId" class="person-ref">
                <span v-if="i">、</span><a :href="href('/people/' + x.personId)">{{ x.name || x.personId }}</a>
                <span v-if="x.idNumber" class="muted">（{{ x.idNumber }}）</span>
              </span>
            </template>
            <span v-else class="muted">—</span>
          </a-descriptions-item>
          <a-descriptions-item label="情况说明" :span="2">{{ f.message }}</a-descriptions-item>
          <a-descriptions-item label="依据" :span="2">{{ f.basis }}</a-descriptions-item>
          <a-descriptions-item label="处理状态">
            <a-tag :color="STATUS_COLORS[f.status]" data-test="finding-status">{{ f.statusLabel || label('FindingStatus', f.status) }}</a-tag>
            <span v-if="f.reopened" class="muted">重新打开 {{ f.reopened }} 次</span>
          </a-descriptions-item>
          <a-descriptions-item label="首次/最近发现">{{ fmtDate(f.firstSeen) }} / {{ fmtDate(f.lastSeen) }}</a-descriptions-item>
          <a-descriptions-item v-if="f.statusChangedBy" label="最近处理" :span="2">
            {{ f.statusChangedBy }} {{ fmtTime(f.statusChangedAt) }}<span v-if="f.statusNote">：{{ f.statusNote }}</span>
          </a-descriptions-item>
        </a-descriptions>

        <div class="drawer-actions">
          <notice-button :unit="f.unitCode" :unit-name="f.unitName"></notice-button>
        </div>

        <a-form v-if="canAcknowledge || canResolve" layout="vertical" class="finding-form" @submit.prevent>
          <bz-form-error :form="form"></bz-form-error>
          <bz-field :form="form" name="note" :label="noteLabel" required>
            <a-textarea v-model:value="form.model.note" :rows="3" :maxlength="1000" show-count
                        :placeholder="canResolve ? '例如：单位已认领，正在办理调出；或写明已完成的整改' : '例如：单位已认领，正在整改'"
                        data-test="finding-note"></a-textarea>
          </bz-field>
          <a-space>
            <a-button v-if="canAcknowledge" :loading="form.busy" @click="acknowledge" data-test="finding-acknowledge">确认</a-button>
            <a-button v-if="canResolve" type="primary" :loading="form.busy" @click="resolve" data-test="finding-resolve">整改完成</a-button>
          </a-space>
          <p class="muted small">标记整改完成后，下次复查时问题仍然存在的，会自动重新打开。</p>
        </a-form>

        <h3 class="drawer-h">处理记录</h3>
        <a-timeline data-test="finding-history">
          <a-timeline-item v-for="(s, i) in detail.history" :key="i" :color="STATUS_COLORS[s.status] || 'gray'">
            <div><strong>{{ ACTIONS[s.action] || s.action }}</strong>
              <a-tag :color="STATUS_COLORS[s.status]" class="small-tag">{{ s.statusLabel }}</a-tag></div>
            <div class="muted">{{ fmtTime(s.at) }} {{ s.actor }}</div>
            <div v-if="s.note">{{ s.note }}</div>
          </a-timeline-item>
        </a-timeline>
        <p v-if="!detail.history || !detail.history.length" class="muted">暂无处理记录</p>
      </div>
    </a-spin>
  </a-drawer>`,
};
