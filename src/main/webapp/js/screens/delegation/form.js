// 登记 / 修改团组 (POST /delegation/delegations, PUT …/{id}): details, destinations, the public notice and the members,
// picked from the people search; every refusal of the API is shown next to its field or member.
import { get, post, put } from '../../api.js';
import { useForm, showOk, clean } from '../../ui.js';
import { options } from '../../labels.js';

const { ref } = Vue;

/** A person picker over GET /people?q= (names, pinyin, ID digits), answering the person id. */
export const PersonPicker = {
  props: { value: [Number, String], initialLabel: String },
  emits: ['update:value', 'picked'],
  setup(props, { emit }) {
    const choices = ref(props.value ? [{ value: props.value, label: props.initialLabel || String(props.value) }] : []);
    const loading = ref(false);
    let last = 0;
    const search = async (text) => {
      if (!text || !text.trim()) return;
      const mine = ++last;
      loading.value = true;
      try {
        const page = await get('/people', { q: text.trim(), limit: 20 });
        if (mine === last) choices.value = page.items.map((p) => ({ value: p.id, label: `${p.name}（${p.idNumber}）` }));
      } finally { if (mine === last) loading.value = false; }
    };
    const pick = (v) => { emit('update:value', v); emit('picked', choices.value.find((c) => c.value === v)); };
    return { choices, loading, search, pick };
  },
  template: `
    <a-select :value="value" show-search :filter-option="false" :options="choices" :loading="loading"
              placeholder="输入姓名、拼音或身份证号" style="width: 100%" @search="search" @change="pick"></a-select>`,
};

export default {
  components: { PersonPicker },
  props: { delegation: Object },
  emits: ['saved', 'cancel'],
  setup(props, { emit }) {
    const d = props.delegation;
    const initial = d ? {
      name: d.name, organiserUnitCode: d.organiser.code, task: d.task, inviter: d.inviter || '', destinations: d.destinations,
      departsOn: d.departsOn, returnsOn: d.returnsOn, fundingSource: d.fundingSource || '', noticeFrom: d.notice.from,
      noticeTo: d.notice.to, noticePlace: d.notice.place || '', purpose: d.purpose || undefined,
      members: d.members.map((m) => ({ personId: m.personId, role: m.role, label: m.name })),
    } : { name: '', organiserUnitCode: '', task: '', inviter: '', destinations: [], departsOn: null, returnsOn: null,
      fundingSource: '', noticeFrom: null, noticeTo: null, noticePlace: '', purpose: undefined, members: [{ personId: undefined, role: 'LEADER' }] };
    const form = useForm(initial);
    const addMember = () => form.model.members.push({ personId: undefined, role: 'MEMBER' });
    const removeMember = (i) => form.model.members.splice(i, 1);
    const save = async () => {
      const body = clean({ ...form.model, members: form.model.members.map((m) => ({ personId: m.personId, role: m.role })) });
      const saved = await form.run((m) => (d ? put('/delegation/delegations/' + d.id, body, d) : post('/delegation/delegations', body)));
      if (!saved) return;
      showOk((d ? '已保存团组 ' : '已登记团组 ') + saved.number);
      emit('saved', saved);
    };
    return { form, addMember, removeMember, save, roles: options('MemberRole'), purposes: options('DelegationPurpose') };
  },
  template: `
  <div data-test="delegation-form">
    <bz-form-error :form="form"></bz-form-error>
    <a-form layout="vertical" @submit.prevent="save">
      <a-row :gutter="12">
        <a-col :span="12"><bz-field :form="form" name="name" label="团组名称" required>
          <a-input v-model:value="form.model.name" :maxlength="200" data-test="delegation-name"></a-input></bz-field></a-col>
        <a-col :span="12"><bz-field :form="form" name="organiserUnitCode" label="组团单位" required>
          <bz-unit-select v-model:value="form.model.organiserUnitCode" style="width: 100%" data-test="delegation-unit"></bz-unit-select></bz-field></a-col>
      </a-row>
      <bz-field :form="form" name="task" label="出访任务" required>
        <a-textarea v-model:value="form.model.task" :rows="2" :maxlength="2000" data-test="delegation-task"></a-textarea></bz-field>
      <a-row :gutter="12">
        <a-col :span="6"><bz-field :form="form" name="inviter" label="邀请单位">
          <a-input v-model:value="form.model.inviter" :maxlength="200"></a-input></bz-field></a-col>
        <a-col :span="6"><bz-field :form="form" name="purpose" label="出访类别" extra="审查审批统计用">
          <a-select v-model:value="form.model.purpose" :options="purposes" allow-clear data-test="delegation-purpose"></a-select></bz-field></a-col>
        <a-col :span="12"><bz-field :form="form" name="destinations" label="前往国家（地区）" required>
          <a-select v-model:value="form.model.destinations" mode="tags" placeholder="输入后回车" data-test="delegation-destinations"></a-select></bz-field></a-col>
      </a-row>
      <a-row :gutter="12">
        <a-col :span="8"><bz-field :form="form" name="departsOn" label="计划出发日期" required>
          <bz-date v-model:value="form.model.departsOn" data-test="delegation-departs"></bz-date></bz-field></a-col>
        <a-col :span="8"><bz-field :form="form" name="returnsOn" label="计划回国日期" required>
          <bz-date v-model:value="form.model.returnsOn" data-test="delegation-returns"></bz-date></bz-field></a-col>
        <a-col :span="8"><bz-field :form="form" name="fundingSource" label="经费来源">
          <a-input v-model:value="form.model.fundingSource" :maxlength="200"></a-input></bz-field></a-col>
      </a-row>
      <a-row :gutter="12">
        <a-col :span="8"><bz-field :form="form" name="noticeFrom" label="公示开始" extra="领导干部出访须行前公示一周">
          <bz-date v-model:value="form.model.noticeFrom" data-test="delegation-notice-from"></bz-date></bz-field></a-col>
        <a-col :span="8"><bz-field :form="form" name="noticeTo" label="公示结束">
          <bz-date v-model:value="form.model.noticeTo" data-test="delegation-notice-to"></bz-date></bz-field></a-col>
        <a-col :span="8"><bz-field :form="form" name="noticePlace" label="公示地点">
          <a-input v-model:value="form.model.noticePlace" :maxlength="200" placeholder="如：单位政务公开栏"></a-input></bz-field></a-col>
      </a-row>
      <bz-field :form="form" name="members" label="团组成员（不超过10人）" required>
        <div v-for="(m, i) in form.model.members" :key="i" class="delegation-member" :data-test="'member-' + i">
          <bz-field :form="form" :name="'members[' + i + ']'">
            <a-row :gutter="8">
              <a-col :span="15"><person-picker v-model:value="m.personId" :initial-label="m.label"></person-picker></a-col>
              <a-col :span="5"><a-select v-model:value="m.role" :options="roles"></a-select></a-col>
              <a-col :span="4"><a-button @click="removeMember(i)">移除</a-button></a-col>
            </a-row>
          </bz-field>
        </div>
        <a-button @click="addMember" data-test="member-add">添加成员</a-button>
      </bz-field>
      <div class="toolbar">
        <a-button type="primary" html-type="submit" :loading="form.busy" data-test="delegation-save">保存草稿</a-button>
        <a-button @click="$emit('cancel')">取消</a-button>
      </div>
    </a-form>
  </div>`,
};
