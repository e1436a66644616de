// 总览: the establishment of the user's scope per quota type, the units most over quota, open findings by rule,
// overdue 12310 cases and recent changes. Each panel appears only for the roles whose API it reads.
import { get } from '../../api.js';
import { can } from '../../session.js';
import { href, navigate } from '../../router.js';
import { label, LABELS } from '../../labels.js';
import { fmtTime, showError } from '../../ui.js';

const { reactive, computed, onMounted } = Vue;
const AUDIT = ['OFFICE', 'INSPECTOR', 'UNIT_CLERK'];
const CASES = ['OFFICE', 'INSPECTOR', 'COMPLAINT_HANDLER'];

export default {
  setup() {
    const s = reactive({ total: null, over: [], byRule: null, overdue: null, changes: [], loading: true });
    const show = { establishment: can(...AUDIT), findings: can(...AUDIT), cases: can(...CASES) };

    const load = async () => {
      const jobs = [get('/changes', { limit: 10 }).then((r) => { s.changes = r.items; })];
      if (show.establishment) {
        // one report: the over-quota lines, with the totals of the whole scope
        jobs.push(get('/reports/vacancies', { over: true }).then((r) => {
          s.total = r.total;
          s.over = [...r.lines].sort((a, b) => b.over - a.over).slice(0, 8);
        }));
      }
      if (show.findings) jobs.push(get('/findings', { limit: 1 }).then((r) => { s.byRule = r.countByRule; }));
      if (show.cases) jobs.push(get('/complaints', { overdue: true, limit: 5 }).then((r) => { s.overdue = r; }));
      const results = await Promise.allSettled(jobs);
      const failed = results.find((r) => r.status === 'rejected');
      if (failed) showError(failed.reason);
      s.loading = false;
    };
    onMounted(load);

    const cards = computed(() => (s.total ? s.total.quotas : []).map((q) => ({ ...q, name: label('QuotaType', q.quotaType) })));
    const ruleChart = computed(() => {
      if (!s.byRule) return null;
      const rules = Object.keys(LABELS.Rule).filter((r) => s.byRule[r] > 0);
      return {
        grid: { left: 190, right: 40, top: 10, bottom: 20 },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', inverse: true, data: rules.map((r) => label('Rule', r)) },
        series: [{ type: 'bar', data: rules.map((r) => ({ value: s.byRule[r], rule: r })), itemStyle: { color: '#c62828' },
          label: { show: true, position: 'right' } }],
      };
    });
    const openRules = computed(() => (s.byRule ? Object.values(s.byRule).reduce((a, b) => a + b, 0) : 0));
    const onChartClick = (p) => { if (p && p.data && p.data.rule) navigate('/audit', { rule: p.data.rule }); };
    return { s, show, cards, ruleChart, openRules, onChartClick, href, label, fmtTime };
  },
  template: `
  <div data-test="overview">
    <h2 class="page-title">总览</h2>
    <a-row v-if="show.establishment" :gutter="12" class="overview-cards">
      <a-col v-for="c in cards" :key="c.quotaType" :span="6">
        <a-card size="small" :title="c.name" :data-quota-type="c.quotaType">
          <div class="quota-card">
            <div><span class="muted">核定</span><b data-col="approved">{{ c.approved }}</b></div>
            <div><span class="muted">实有</span><b data-col="occupied">{{ c.occupied }}</b></div>
            <div><span class="muted">空编</span><b class="num-vacant" data-col="vacant">{{ c.vacant }}</b></div>
            <div><span class="muted">超编</span><b :class="{ 'num-over': c.over > 0 }" data-col="over">{{ c.over }}</b></div>
          </div>
          <div v-if="c.reserved" class="muted small">已核准用编计划预留 {{ c.reserved }} 名</div>
        </a-card>
      </a-col>
      <a-col v-if="!cards.length && !s.loading" :span="24"><a-empty description="本范围内尚无核定编制"></a-empty></a-col>
    </a-row>
    <a-row :gutter="12" style="margin-top: 12px">
      <a-col v-if="show.findings" :span="14">
        <a-card size="small" :title="'待处理问题（' + openRules + ' 个）'" data-test="findings-by-rule">
          <template #extra><a :href="href('/audit')">问题清单</a></template>
          <bz-chart v-if="ruleChart && openRules" :option="ruleChart" height="260px" @click="onChartClick"></bz-chart>
          <a-empty v-else-if="s.byRule" description="当前没有发现问题"></a-empty>
        </a-card>
      </a-col>
      <a-col v-if="show.establishment" :span="10">
        <a-card size="small" title="超编单位" data-test="over-units">
          <a-table size="small" :pagination="false" :data-source="s.over" :row-key="(r) => r.unitCode + r.quotaType"
                   :columns="[{ title: '单位', key: 'unit' }, { title: '编制类型', key: 'type', width: 110 }, { title: '核定', dataIndex: 'approved', width: 56 }, { title: '实有', dataIndex: 'occupied', width: 56 }, { title: '超编', key: 'over', width: 56 }]">
            <template #bodyCell="{ column, record }">
              <a v-if="column.key === 'unit'" :href="href('/units', { code: record.unitCode })">{{ record.unitName }}</a>
              <template v-else-if="column.key === 'type'">{{ label('QuotaType', record.quotaType) }}</template>
              <span v-else-if="column.key === 'over'" class="num-over">{{ record.over }}</span>
            </template>
            <template #emptyText>没有超编单位</template>
          </a-table>
        </a-card>
      </a-col>
    </a-row>
    <a-row :gutter="12" style="margin-top: 12px">
      <a-col v-if="show.cases" :span="show.establishment ? 10 : 12">
        <a-card size="small" :title="'逾期未办结的 12310 举报件' + (s.overdue ? '（' + s.overdue.total + ' 件）' : '')" data-test="overdue-cases">
          <template #extra><a :href="href('/complaints', { overdue: 'true' })">全部</a></template>
          <a-list size="small" :data-source="s.overdue ? s.overdue.items : []" :locale="{ emptyText: '没有逾期的举报件' }">
            <template #renderItem="{ item }">
              <a-list-item>
                <a :href="href('/complaints/' + item.id)">{{ item.caseNumber }}</a>
                <span class="ellipsis" :title="item.subject">{{ item.subject }}</span>
                <span class="num-over">逾期 {{ item.daysOverdue }} 天</span>
              </a-list-item>
            </template>
          </a-list>
        </a-card>
      </a-col>
      <a-col :span="show.cases ? (show.establishment ? 14 : 12) : 24">
        <a-card size="small" title="最近变更" data-test="recent-changes">
          <a-table size="small" :pagination="false" :data-source="s.changes" row-key="id" :loading="s.loading"
                   :columns="[{ title: '时间', key: 'at', width: 140 }, { title: '经办人', dataIndex: 'actor', width: 90 }, { title: '事项', dataIndex: 'action', width: 110 }, { title: '单位 / 人员', key: 'what' }, { title: '依据文件', dataIndex: 'basisDocument', width: 150 }]">
            <template #bodyCell="{ column, record }">
              <template v-if="column.key === 'at'">{{ fmtTime(record.occurredAt) }}</template>
              <template v-else-if="column.key === 'what'">
                <a v-if="record.personId" :href="href('/people/' + record.personId)">{{ record.personName }}</a>
                <span v-if="record.personId && record.unitCode"> · </span>
                <a v-if="record.unitCode" :href="href('/units', { code: record.unitCode })">{{ record.unitName }}</a>
              </template>
            </template>
            <template #emptyText>暂无变更</template>
          </a-table>
        </a-card>
      </a-col>
    </a-row>
  </div>`,
};
