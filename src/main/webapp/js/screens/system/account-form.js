// 新建账户 / 修改账户 / 重置密码: forms with the API's field errors next to the fields.
import { post, put } from '../../api.js';
import { useForm } from '../../ui.js';
import { options } from '../../labels.js';

export const AccountForm = {
  props: { account: Object },
  emits: ['saved', 'cancel'],
  setup(props, { emit }) {
    const a = props.account;
    const form = useForm(a
      ? { displayName: a.displayName, role: a.role, unitCode: a.unitCode || '', enabled: a.enabled }
      : { username: '', displayName: '', password: '', password2: '', role: 'OFFICE', unitCode: '', enabled: true });
    const save = () => {
      const m = form.model;
      if (!form.check({ password2: !a && m.password !== m.password2 && '两次输入的密码不一致' })) return;
      return form.run(async () => {
        const unitCode = m.role === 'UNIT_CLERK' ? m.unitCode : null;
        const saved = a
          ? await put('/accounts/' + encodeURIComponent(a.username), { displayName: m.displayName, role: m.role, unitCode,
            enabled: m.enabled }, a)
          : await post('/accounts', { username: m.username.trim(), displayName: m.displayName, password: m.password,
            role: m.role, unitCode });
        emit('saved', saved);
      });
    };
    return { form, save, roles: options('Role'), editing: !!a };
  },
  template: `
  <a-form layout="vertical" @submit.prevent="save" data-test="account-form">
    <bz-form-error :form="form"></bz-form-error>
    <bz-field v-if="!editing" :form="form" name="username" label="用户名" required extra="2–50 位字母、数字或 . _ -">
      <a-input v-model:value="form.model.username" autocomplete="off" data-test="account-username"></a-input>
    </bz-field>
    <bz-field :form="form" name="displayName" label="姓名" required>
      <a-input v-model:value="form.model.displayName" data-test="account-display-name"></a-input>
    </bz-field>
    <template v-if="!editing">
      <bz-field :form="form" name="password" label="初始密码" required extra="至少 12 位，须同时包含字母和数字">
        <a-input-password v-model:value="form.model.password" autocomplete="new-password" data-test="account-password"></a-input-password>
      </bz-field>
      <bz-field :form="form" name="password2" label="再次输入密码" required>
        <a-input-password v-model:value="form.model.password2" autocomplete="new-password" data-test="account-password2"></a-input-password>
      </bz-field>
    </template>
    <bz-field :form="form" name="role" label="角色" required>
      <a-select v-model:value="form.model.role" :options="roles" data-test="account-role"></a-select>
    </bz-field>
    <bz-field v-if="form.model.role === 'UNIT_CLERK'" :form="form" name="unitCode" label="绑定单位" required
              extra="单位人事专员只能看到和办理本单位及下属单位">
      <bz-unit-select v-model:value="form.model.unitCode" data-test="account-unit"></bz-unit-select>
    </bz-field>
    <bz-field v-if="editing" :form="form" name="enabled" label="状态">
      <a-switch v-model:checked="form.model.enabled" checked-children="启用" un-checked-children="停用" data-test="account-enabled"></a-switch>
    </bz-field>
    <a-space>
      <a-button type="primary" html-type="submit" :loading="form.busy" data-test="account-submit">{{ editing ? '保存' : '创建账户' }}</a-button>
      <a-button @click="$emit('cancel')">取消</a-button>
    </a-space>
  </a-form>`,
};

export const PasswordForm = {
  props: { account: Object },
  emits: ['saved', 'cancel'],
  setup(props, { emit }) {
    const form = useForm({ password: '', password2: '' });
    const save = () => {
      if (!form.check({ password2: form.model.password !== form.model.password2 && '两次输入的密码不一致' })) return;
      return form.run(async (m) => {
        emit('saved', await post(`/accounts/${encodeURIComponent(props.account.username)}/password`, { password: m.password }));
      });
    };
    return { form, save };
  },
  template: `
  <a-form layout="vertical" @submit.prevent="save" data-test="password-form">
    <bz-form-error :form="form"></bz-form-error>
    <p>为 <b>{{ account.displayName }}（{{ account.username }}）</b>设置新密码，账户的登录限制同时解除。请当面或通过安全渠道告知本人。</p>
    <bz-field :form="form" name="password" label="新密码" required extra="至少 12 位，须同时包含字母和数字">
      <a-input-password v-model:value="form.model.password" autocomplete="new-password" data-test="account-new-password"></a-input-password>
    </bz-field>
    <bz-field :form="form" name="password2" label="再次输入新密码" required>
      <a-input-password v-model:value="form.model.password2" autocomplete="new-password" data-test="account-new-password2"></a-input-password>
    </bz-field>
    <a-space>
      <a-button type="primary" html-type="submit" :loading="form.busy" data-test="password-submit">重置密码</a-button>
      <a-button @click="$emit('cancel')">取消</a-button>
    </a-space>
  </a-form>`,
};
