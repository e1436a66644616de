// 举报件: one case with what it concerns, its reporter (handlers only, in a 保密 box), its history, its steps
// (修改, 转入核查, 办结) and 当时情况 (the units and people as on the incident date).
import { get } from '../../api.js';
import { route, href } from '../../router.js';
import { can } from '../../session.js';
import { fmtDate, fmtTime, showOk } from '../../ui.js';
import { label } from '../../labels.js';
import { STATUS_COLOR, OverdueMark } from './common.js';
import { InvestigateButton, ConcludeButton } from './actions.js';
import ComplaintForm from './form.js';
import AsOf from './as-of.js';

const { ref, computed, onMounted } = Vue;

const ACTIONS = { RECEIVED: '受理举报', INVESTIGATION_STARTED: '开始核查', CONCLUDED: '办结', UPDATED: '修改' };

export default {
  components: { OverdueMark, InvestigateButton, ConcludeButton, ComplaintForm, AsOf },
  setup() {
    const detail = ref(null);
    const error = ref(null);
    const editing = ref(false);
    const tab = ref('case');
    const load = async () => {
      error.value = null;
      try {
        detail.value = await get('/complaints/' + route.params.id);
      } catch (e) {
        error.value = e;
      }
    };
    onMounted(load);
    const c = computed(() => detail.value && detail.value.complaint);
    const handler = can('COMPLAINT_HANDLER');
    const auditor = can('OFFICE', 'INSPECTOR'); // the audit screen's roles that read complaints
    /** Steps answer the case without the reporter: keep the one read (no new logged read) unless it changed. */
    const stepped = (d, message) => {
      const reporter = detail.value && detail.value.reporter;
      detail.value = { ...d, reporter: d.reporter || (d.complaint.anonymous ? null : reporter) };
      showOk(message);
    };
    /** After a change: read the case again (a logged read) only when its reporter was changed. */
    const saved = async (d, reporterChanged) => {
      editing.value = false;
      stepped(d, '已保存修改');
      if (reporterChanged) await load();
    };
    const historyColor = (s) => (s.status ? STATUS_COLOR[s.status] : 'gray');
    return { detail, error, editing, tab, c, handler, auditor, stepped, saved, historyColor, href, fmtDate, fmtTime,
      label, STATUS_COLOR, ACTIONS };
  },
  template: `
  <div class="complaint-page">
    <a-result v-if="error" :status="error.status === 404 ? '404' : 'error'" :title="error.message">
      <template #extra><a :href="href('/complaints')">返回举报件清单</a></template>
    </a-result>
    <a-skeleton v-else-if="!detail" active></a-skeleton>
    <template v-else>
      <div class="complaint-head">
        <h1 class="page-title">
          <a :href="href('/complaints')" class="muted back-link">12310 举报受理</a> /
          举报件 {{ c.caseNumber }}
          <a-tag :color="STATUS_COLOR[c.status]" data-test="complaint-status">{{ c.statusLabel }}</a-tag>
          <a-tag v-if="c.result" color="purple">{{ c.resultLabel }}</a-tag>
          <overdue-mark :c="c"></overdue-mark>
        </h1>
        <a-space v-if="handler && c.status !== 'CONCLUDED'" class="complaint-actions">
          <a-button @click="editing = true" data-test="complaint-edit">修改</a-button>
          <investigate-button v-if="c.status === 'RECEIVED'" :complaint="c" @done="stepped"></investigate-button>
          <conclude-button v-if="c.status === 'INVESTIGATING'" :complaint="c" @done="stepped"></conclude-button>
        </a-space>
      </div>
      <a-tabs v-model:activeKey="tab">
        <a-tab-pane key="case" tab="举报件" data-test="complaint-tab-case">
          <a-row :gutter="16">
            <a-col :xs="24" :xl="16">
              <a-descriptions bordered size="small" :column="2" class="complaint-fields">
                <a-descriptions-item label="举报事项" :span="2">{{ c.subject }}</a-descriptions-item>
                <a-descriptions-item label="受理渠道">{{ c.channelLabel }}</a-descriptions-item>
                <a-descriptions-item label="问题类别"><a-tag v-for="(x, i) in c.categories" :key="x">{{ c.categoryLabels[i] }}</a-tag></a-descriptions-item>
                <a-descriptions-item label="受理日期">{{ fmtDate(c.receivedOn) }}</a-descriptions-item>
                <a-descriptions-item label="事项发生日期">{{ fmtDate(c.incidentDate) }}</a-descriptions-item>
                <a-descriptions-item label="承办人">{{ c.handler }}</a-descriptions-item>
                <a-descriptions-item label="办理期限">{{ fmtDate(c.dueDate) }} <overdue-mark :c="c"></overdue-mark></a-descriptions-item>
                <a-descriptions-item label="举报方式">{{ c.anonymous ? '匿名' : '实名' }}</a-descriptions-item>
                <a-descriptions-item label="登记">{{ c.createdBy }} {{ fmtTime(c.createdAt) }}</a-descriptions-item>
                <a-descriptions-item v-if="c.status === 'CONCLUDED'" label="办结意见" :span="2">
                  {{ c.resultLabel }}（{{ fmtDate(c.concludedOn) }}）：{{ c.conclusion }}</a-descriptions-item>
              </a-descriptions>
              <h3 class="complaint-section">涉及单位</h3>
              <ul class="complaint-links" data-test="complaint-units">
                <li v-for="u in detail.units" :key="u.code">
                  <a :href="href('/units', { code: u.code })">{{ u.name }}</a> <span class="muted">{{ u.code }}</span>
                  <a v-if="auditor" :href="href('/audit', { unit: u.code })" class="complaint-sub-link">稽核问题</a>
                </li>
              </ul>
              <template v-if="detail.people.length">
                <h3 class="complaint-section">涉及人员</h3>
                <ul class="complaint-links" data-test="complaint-people">
                  <li v-for="p in detail.people" :key="p.person.id">
                    <a :href="href('/people/' + p.person.id)">{{ p.person.name }}</a>&nbsp;
                    <span class="muted">{{ p.person.idNumber }} {{ label('PersonIdentity', p.person.identity) }}</span>
                    <span v-for="o in (p.current && p.current.occupancies) || []" :key="'o' + o.id" class="muted">
                      · 占 <a :href="href('/units', { code: o.unitCode })">{{ o.unitName }}</a> {{ label('QuotaType', o.quotaType) }}</span>
                    <span v-for="s in (p.current && p.current.postings) || []" :key="'p' + s.id" class="muted">
                      · 在 <a :href="href('/units', { code: s.unitCode })">{{ s.unitName }}</a> {{ label('PostType', s.postType) }}</span>
                  </li>
                </ul>
              </template>
              <template v-if="detail.findings.length">
                <h3 class="complaint-section">相关稽核问题</h3>
                <ul class="complaint-links" data-test="complaint-findings">
                  <li v-for="f in detail.findings" :key="f.id">
                    <a v-if="auditor" :href="href('/audit', { unit: f.unitCode, rule: f.rule })">{{ f.ruleLabel }}</a>
                    <b v-else>{{ f.ruleLabel }}</b>
                    <span class="muted">#{{ f.id }} {{ f.unitName }} · {{ f.statusLabel }}</span> {{ f.message }}
                  </li>
                </ul>
              </template>
            </a-col>
            <a-col :xs="24" :xl="8">
              <div v-if="detail.reporter" class="reporter-box" data-test="complaint-reporter" role="region" aria-label="举报人信息（保密）">
                <div class="reporter-box-title"><a-tag color="red">保密</a-tag>举报人信息</div>
                <a-alert v-if="detail.reporter.problem" type="warning" :message="detail.reporter.problem" show-icon></a-alert>
                <template v-else>
                  <div><span class="muted">姓名：</span>{{ detail.reporter.name || '（未登记）' }}</div>
                  <div><span class="muted">联系方式：</span>{{ detail.reporter.contact || '（未登记）' }}</div>
                </template>
                <p class="reporter-box-note">本次查看已记入查阅记录。不得向被举报单位、被举报人或无关人员透露。</p>
              </div>
              <div v-else-if="handler && c.anonymous" class="reporter-box reporter-box-none" data-test="complaint-reporter">
                匿名举报，未登记举报人信息。</div>
              <h3 class="complaint-section">办理记录</h3>
              <a-timeline data-test="complaint-history">
                <a-timeline-item v-for="(s, i) in detail.history" :key="i" :color="historyColor(s)">
                  <div><b>{{ ACTIONS[s.action] || s.action }}</b>&nbsp;
                    <a-tag v-if="s.status" :color="STATUS_COLOR[s.status]">{{ s.statusLabel }}</a-tag></div>
                  <div class="muted">{{ s.actor }} · {{ fmtTime(s.at) }}</div>
                  <div v-if="s.note">{{ s.note }}</div>
                </a-timeline-item>
              </a-timeline>
            </a-col>
          </a-row>
        </a-tab-pane>
        <a-tab-pane key="asof" tab="当时情况" data-test="complaint-tab-asof">
          <as-of v-if="tab === 'asof'" :complaint="c"></as-of>
        </a-tab-pane>
      </a-tabs>
      <a-drawer v-if="handler" :open="editing" :title="'修改举报件 ' + c.caseNumber" width="760" :mask-closable="false" :keyboard="false"
                destroy-on-close @close="editing = false">
        <complaint-form v-if="editing" :detail="detail" @saved="saved" @cancel="editing = false"></complaint-form>
      </a-drawer>
    </template>
  </div>`,
};
