// 用编申请 (POST /staffing-plans) and the plan's detail with 核准 / 不予核准 / 撤回.
import { get, post } from '../../api.js';
import { can } from '../../session.js';
import { href } from '../../router.js';
import { useForm, showOk, showError, fmtDate, clean } from '../../ui.js';
import { label, options } from '../../labels.js';
import { unitHref } from '../people/common.js';
import { PLAN_STATUS, PLAN_STATUS_COLOR } from './common.js';

const { ref, reactive, computed, watch } = Vue;

export const ApplyPlan = {
  props: { open: Boolean },
  emits: ['update:open', 'done'],
  setup(props, { emit }) {
    const initial = () => ({ unitCode: '', quotaType: undefined, count: 1, reason: '' });
    const form = useForm(initial());
    const save = async () => {
      const p = await form.run((m) => post('/staffing-plans', clean(m)));
      if (!p) return;
      showOk(`已提交用编申请（第 ${p.id} 号）`);
      form.reset(initial());
      emit('update:open', false);
      emit('done', p);
    };
    return { form, save, quotaTypes: options('QuotaType') };
  },
  template: `
    <bz-form-modal :open="open" @update:open="$emit('update:open', $event)" title="用编申请" :form="form"
                test="plan-form" ok-text="提交申请" @ok="save">
      <bz-field :form="form" name="unitCode" label="申请单位" required>
        <bz-unit-select v-model:value="form.model.unitCode" style="width: 100%"></bz-unit-select>
      </bz-field>
      <a-row :gutter="12">
        <a-col :span="14">
          <bz-field :form="form" name="quotaType" label="编制类型" required>
            <a-select v-model:value="form.model.quotaType" :options="quotaTypes" placeholder="选择编制类型"></a-select>
          </bz-field>
        </a-col>
        <a-col :span="10">
          <bz-field :form="form" name="count" label="申请用编数（名）" required>
            <a-input-number v-model:value="form.model.count" :min="1" :max="999" :precision="0" style="width: 100%"></a-input-number>
          </bz-field>
        </a-col>
      </a-row>
      <bz-field :form="form" name="reason" label="申请理由">
        <a-textarea v-model:value="form.model.reason" :rows="3" :maxlength="500" placeholder="如：2026年度公务员考录"></a-textarea>
      </bz-field>
    </bz-form-modal>`,
};

/** The plan (GET /staffing-plans/{id}) in a drawer, with the decisions the role may take. */
export const PlanDetail = {
  props: { planId: [String, Number] },
  emits: ['close', 'changed'],
  setup(props, { emit }) {
    const plan = ref(null);
    const loading = ref(false);
    const load = async () => {
      plan.value = null;
      if (!props.planId) return;
      loading.value = true;
      try { plan.value = await get('/staffing-plans/' + encodeURIComponent(props.planId)); } catch (e) { showError(e); emit('close'); }
      finally { loading.value = false; }
    };
    watch(() => props.planId, load, { immediate: true });
    const applied = computed(() => plan.value && plan.value.status === 'APPLIED');
    const open = reactive({ approve: false, reject: false });
    const approveForm = useForm({});
    const rejectForm = useForm({});
    const startApprove = () => {
      approveForm.reset({ basisDocument: '', validUntil: dayjs().add(180, 'day').format('YYYY-MM-DD'), note: '' });
      approveForm.status = 0;
      open.approve = true;
    };
    const startReject = () => { rejectForm.reset({ note: '' }); rejectForm.status = 0; open.reject = true; };
    const decided = (p, text) => { plan.value = p; showOk(text); emit('changed', p); };
    const approve = async () => {
      const p = await approveForm.run((m) => post(`/staffing-plans/${plan.value.id}/approve`, clean(m), undefined, plan.value));
      if (p) { open.approve = false; decided(p, `已核准用编计划第 ${p.id} 号`); }
    };
    const reject = async () => {
      const p = await rejectForm.run((m) => post(`/staffing-plans/${plan.value.id}/reject`, clean(m), undefined, plan.value));
      if (p) { open.reject = false; decided(p, `已不予核准用编计划第 ${p.id} 号`); }
    };
    const withdrawing = ref(false);
    const withdraw = async () => {
      withdrawing.value = true;
      try {
        decided(await post(`/staffing-plans/${plan.value.id}/withdraw`, {}, undefined, plan.value), `已撤回用编申请第 ${plan.value.id} 号`);
      } catch (e) { showError(e); } finally { withdrawing.value = false; }
    };
    return { plan, loading, applied, open, approveForm, rejectForm, startApprove, startReject, approve, reject,
      withdraw, withdrawing, label, fmtDate, unitHref, PLAN_STATUS, PLAN_STATUS_COLOR,
      canDecide: can('OFFICE'), canWithdraw: can('OFFICE', 'UNIT_CLERK'), canIssue: can('OFFICE'), href };
  },
  template: `
    <a-drawer :open="!!planId" :title="'用编计划 第 ' + planId + ' 号'" width="520" @close="$emit('close')"
              data-test="plan-detail">
      <a-spin v-if="loading"></a-spin>
      <template v-if="plan">
        <a-descriptions bordered size="small" :column="1">
          <a-descriptions-item label="状态"><a-tag :color="PLAN_STATUS_COLOR[plan.status]" data-test="plan-status">{{ PLAN_STATUS[plan.status] || plan.status }}</a-tag></a-descriptions-item>
          <a-descriptions-item label="单位"><a :href="unitHref(plan.unitCode)">{{ plan.unitName }}</a></a-descriptions-item>
          <a-descriptions-item label="编制类型">{{ label('QuotaType', plan.quotaType) }}</a-descriptions-item>
          <a-descriptions-item label="申请用编数">{{ plan.count }} 名</a-descriptions-item>
          <a-descriptions-item label="已使用 / 仍预留" v-if="plan.status === 'APPROVED'">{{ plan.used }} 名 / {{ plan.remaining }} 名</a-descriptions-item>
          <a-descriptions-item label="申请理由">{{ plan.reason || '—' }}</a-descriptions-item>
          <a-descriptions-item label="申请">{{ fmtDate(plan.appliedOn) }} {{ plan.appliedBy }}</a-descriptions-item>
          <a-descriptions-item label="处理" v-if="plan.decidedOn">{{ fmtDate(plan.decidedOn) }} {{ plan.decidedBy }}</a-descriptions-item>
          <a-descriptions-item label="批准文号" v-if="plan.decisionDocument">{{ plan.decisionDocument }}</a-descriptions-item>
          <a-descriptions-item label="有效期至" v-if="plan.validUntil">{{ fmtDate(plan.validUntil) }}</a-descriptions-item>
          <a-descriptions-item label="说明" v-if="plan.decisionNote">{{ plan.decisionNote }}</a-descriptions-item>
        </a-descriptions>
        <div class="toolbar" style="margin-top: 16px" v-if="applied">
          <a-button v-if="canDecide" type="primary" data-test="plan-approve" @click="startApprove">核准</a-button>
          <a-button v-if="canDecide" danger data-test="plan-reject" @click="startReject">不予核准</a-button>
          <a-popconfirm v-if="canWithdraw" title="撤回这份用编申请？撤回后不能恢复。" ok-text="撤回" cancel-text="取消" @confirm="withdraw">
            <a-button :loading="withdrawing" data-test="plan-withdraw">撤回</a-button>
          </a-popconfirm>
        </div>
        <div class="toolbar" style="margin-top: 16px" v-if="canIssue && plan.status === 'APPROVED' && plan.remaining > 0">
          <a-button type="primary" data-test="plan-issue-increase"
                    :href="href('/control', { tab: 'notices', increase: plan.id })">按此计划开具增人通知单</a-button>
        </div>
      </template>
      <bz-form-modal v-model:open="open.approve" title="核准用编计划" :form="approveForm" test="approve-form" ok-text="核准" @ok="approve">
        <p v-if="plan">{{ plan.unitName }} {{ label('QuotaType', plan.quotaType) }} {{ plan.count }} 名：核准后预留空编，直至使用或过期。</p>
        <bz-field :form="approveForm" name="basisDocument" label="批准文号" required>
          <a-input v-model:value="approveForm.model.basisDocument" :maxlength="100" placeholder="如：青编〔2026〕8号"></a-input>
        </bz-field>
        <bz-field :form="approveForm" name="validUntil" label="有效期至" extra="不填则按系统默认有效期">
          <bz-date v-model:value="approveForm.model.validUntil"></bz-date>
        </bz-field>
        <bz-field :form="approveForm" name="note" label="说明">
          <a-input v-model:value="approveForm.model.note" :maxlength="200"></a-input>
        </bz-field>
      </bz-form-modal>
      <bz-form-modal v-model:open="open.reject" title="不予核准" :form="rejectForm" test="reject-form" ok-text="不予核准" danger @ok="reject">
        <bz-field :form="rejectForm" name="note" label="理由" required>
          <a-textarea v-model:value="rejectForm.model.note" :rows="3" :maxlength="500"></a-textarea>
        </bz-field>
      </bz-form-modal>
    </a-drawer>`,
};
