// 12310 举报受理: the list of cases with filters kept in the address, and 登记举报件 for complaint handlers.
import { get } from '../../api.js';
import { href, navigate } from '../../router.js';
import { can } from '../../session.js';
import { usePaged, fmtDate, showOk } from '../../ui.js';
import { options } from '../../labels.js';
import { STATUS_COLOR, OverdueMark } from './common.js';
import ComplaintForm from './form.js';

const { reactive, ref, onMounted } = Vue;

const FILTERS = ['q', 'status', 'category', 'unit', 'handler', 'overdue'];

export default {
  components: { ComplaintForm, OverdueMark },
  setup() {
    const f = reactive(Object.fromEntries(FILTERS.map((k) => [k, ''])));
    const creating = ref(false);
    const p = usePaged(({ offset, limit }) => get('/complaints', { ...f, q: f.q.trim(), handler: f.handler.trim(), offset, limit }),
      { filters: f });
    const reset = () => { for (const k of FILTERS) f[k] = ''; p.search(); };
    const saved = (d) => { creating.value = false; showOk('已登记举报件 ' + d.complaint.caseNumber); navigate('/complaints/' + d.complaint.id); };
    onMounted(() => p.load());
    const columns = [
      { title: '编号', key: 'caseNumber', width: 130 },
      { title: '受理日期', key: 'receivedOn', width: 110 },
      { title: '渠道', key: 'channel', width: 100 },
      { title: '举报事项', key: 'subject', ellipsis: true },
      { title: '类别', key: 'categories', width: 170 },
      { title: '涉及', key: 'links', width: 90 },
      { title: '承办人', dataIndex: 'handler', width: 90 },
      { title: '办理期限', key: 'dueDate', width: 110 },
      { title: '状态', key: 'status', width: 130 },
    ];
    return { f, p, reset, columns, creating, saved, href, fmtDate, STATUS_COLOR,
      canCreate: can('COMPLAINT_HANDLER'), statuses: options('ComplaintStatus'), categories: options('Category') };
  },
  template: `
  <div class="complaints-page">
    <h1 class="page-title">12310 举报受理</h1>
    <form class="toolbar" @submit.prevent="p.search" role="search">
      <a-input v-model:value="f.q" placeholder="举报事项或编号" allow-clear style="width: 180px" data-test="complaints-q"></a-input>
      <a-select v-model:value="f.status" :options="[{value: '', label: '全部状态'}, ...statuses]" style="width: 110px"
                data-test="complaints-status"></a-select>
      <a-select v-model:value="f.category" :options="[{value: '', label: '全部类别'}, ...categories]" style="width: 130px"
                data-test="complaints-category"></a-select>
      <bz-unit-select v-model:value="f.unit" placeholder="涉及单位" data-test="complaints-unit"></bz-unit-select>
      <a-input v-model:value="f.handler" placeholder="承办人用户名" allow-clear style="width: 130px" data-test="complaints-handler"></a-input>
      <a-checkbox :checked="f.overdue === 'true'" @update:checked="(v) => { f.overdue = v ? 'true' : ''; }" data-test="complaints-overdue">只看逾期</a-checkbox>
      <a-button type="primary" html-type="submit" data-test="complaints-search">查询</a-button>
      <a-button @click="reset">重置</a-button>
      <span class="toolbar-spacer"></span>
      <a-button v-if="canCreate" type="primary" @click="creating = true" data-test="complaint-new">登记举报件</a-button>
    </form>
    <a-table :columns="columns" :data-source="p.rows" :loading="p.loading" row-key="id" size="middle"
             :pagination="p.pagination" @change="p.change" :scroll="{ x: 1000 }" data-test="complaints-table">
      <template #bodyCell="{ column, record }">
        <template v-if="column.key === 'caseNumber'">
          <a :href="href('/complaints/' + record.id)" data-test="complaint-link">{{ record.caseNumber }}</a>
        </template>
        <template v-else-if="column.key === 'receivedOn'">{{ fmtDate(record.receivedOn) }}</template>
        <template v-else-if="column.key === 'channel'">{{ record.channelLabel }}</template>
        <template v-else-if="column.key === 'subject'">
          <a :href="href('/complaints/' + record.id)" :title="record.subject" class="complaint-subject">{{ record.subject }}</a>
        </template>
        <template v-else-if="column.key === 'categories'">
          <a-tag v-for="(c, i) in record.categories" :key="c">{{ record.categoryLabels[i] }}</a-tag>
        </template>
        <template v-else-if="column.key === 'links'">
          <span class="muted">{{ record.unitCodes.length }} 单位<template v-if="record.personIds.length"><br>{{ record.personIds.length }} 人</template></span>
        </template>
        <template v-else-if="column.key === 'dueDate'">{{ fmtDate(record.dueDate) }}</template>
        <template v-else-if="column.key === 'status'">
          <a-tag :color="STATUS_COLOR[record.status]">{{ record.statusLabel }}</a-tag>
          <span v-if="record.result" class="muted">{{ record.resultLabel }}</span>
          <overdue-mark :c="record"></overdue-mark>
        </template>
      </template>
    </a-table>
    <a-drawer v-if="canCreate" :open="creating" title="登记举报件" width="760" :mask-closable="false" :keyboard="false" destroy-on-close
              @close="creating = false">
      <complaint-form v-if="creating" @saved="saved" @cancel="creating = false"></complaint-form>
    </a-drawer>
  </div>`,
};
