// 登录: sign-in with the API's messages (wrong password, lock-out, disabled account) shown as they come.
import { post } from '../../api.js';
import { signedIn, notice } from '../../session.js';
import { route, navigate } from '../../router.js';
import { useForm } from '../../ui.js';

export default {
  setup() {
    const form = useForm({ username: '', password: '' });
    const signIn = () => form.run(async (m) => {
      if (!form.check({ username: !m.username && '请输入用户名', password: !m.password && '请输入密码' })) return;
      const answer = await post('/session', { username: m.username.trim(), password: m.password });
      signedIn(answer);
      const next = route.query.next;
      navigate(next && next.startsWith('/') && !next.startsWith('/login') ? next.split('?')[0] : '/',
        next && next.includes('?') ? Object.fromEntries(new URLSearchParams(next.split('?')[1])) : undefined);
    });
    return { form, signIn, notice };
  },
  template: `
  <div class="login-page">
    <div class="login-box">
      <h1>编制实名制管理系统</h1>
      <p class="login-sub">机构编制委员会办公室</p>
      <a-alert v-if="notice.message && !form.message" type="info" show-icon :message="notice.message" class="form-error"></a-alert>
      <bz-form-error :form="form"></bz-form-error>
      <a-form layout="vertical" @submit.prevent="signIn" data-test="login-form">
        <bz-field :form="form" name="username" label="用户名">
          <a-input v-model:value="form.model.username" autocomplete="username" size="large" autofocus
                   data-test="username"></a-input>
        </bz-field>
        <bz-field :form="form" name="password" label="密码">
          <a-input-password v-model:value="form.model.password" autocomplete="current-password" size="large"
                            data-test="password" @press-enter="signIn"></a-input-password>
        </bz-field>
        <a-button type="primary" html-type="submit" size="large" block :loading="form.busy" data-test="sign-in">登录</a-button>
      </a-form>
      <p class="login-foot">连续 5 次密码错误将锁定账户 15 分钟。请勿在公共电脑上保存密码。</p>
    </div>
  </div>`,
};
