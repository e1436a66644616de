// The application: layout (menu, signed-in user, sign-out), the route guard and the shared components.
import { ROUTES } from './routes.js';
import { install, route, navigate, href } from './router.js';
import { session, signedOut, can } from './session.js';
import { del } from './api.js';
import { registerShared } from './ui.js';

const { createApp, computed, watchEffect } = Vue;

dayjs.locale('zh-cn');

const App = {
  setup() {
    const menu = computed(() => ROUTES.filter((r) => r.menu && can(...r.roles)));
    const allowed = computed(() => route.def && (route.def.public || can(...route.def.roles)));
    // a role without 总览 (干部监督) starts at the first screen of its own module, else its first screen
    watchEffect(() => {
      if (!session.token || !route.def || route.def.path !== '/' || allowed.value || !menu.value.length) return;
      navigate((menu.value.find((r) => r.group) || menu.value[0]).path);
    });
    const selected = computed(() => {
      const d = route.def;
      return d ? [d.parent || d.path] : [];
    });
    const signOut = async () => {
      try { await del('/session'); } catch (e) { /* the token is dropped either way */ }
      signedOut('您已安全退出');
    };
    // the red of government back-office software
    const theme = { token: { colorPrimary: '#b71c1c', borderRadius: 4 } };
    return { route, session, menu, allowed, selected, signOut, href, theme, zhCN: antd.locales.zh_CN };
  },
  template: `
  <a-config-provider :locale="zhCN" :theme="theme">
    <component v-if="route.def && route.def.public" :is="route.def.component"></component>
    <a-layout v-else-if="session.token" class="shell">
      <a-layout-header class="shell-header">
        <a class="brand" :href="href('/')">编制实名制管理系统</a>
        <div class="who" data-test="who">
          <span class="who-name">{{ session.displayName || session.username }}</span>
          <a-tag color="red" class="who-role">{{ session.roleLabel }}</a-tag>
          <a-button size="small" ghost @click="signOut" data-test="sign-out">退出</a-button>
        </div>
      </a-layout-header>
      <a-layout>
        <a-layout-sider width="168" class="shell-sider" breakpoint="lg" collapsed-width="0">
          <nav aria-label="主菜单">
            <ul class="menu">
              <template v-for="(r, i) in menu" :key="r.path">
                <li v-if="r.group && (i === 0 || menu[i - 1].group !== r.group)" class="menu-group">{{ r.group }}</li>
                <li :class="{ active: selected.includes(r.path), grouped: !!r.group }">
                  <a :href="href(r.path)" :data-menu="r.title">{{ r.title }}</a>
                </li>
              </template>
            </ul>
          </nav>
        </a-layout-sider>
        <a-layout-content class="shell-content">
          <component v-if="allowed" :is="route.def.component" :key="route.path"></component>
          <a-result v-else-if="route.def" status="403" title="无权访问"
                    sub-title="您的角色不能使用此功能；如需使用，请联系系统管理员。"></a-result>
          <a-result v-else status="404" title="页面不存在" sub-title="请从左侧菜单选择功能。"></a-result>
        </a-layout-content>
      </a-layout>
    </a-layout>
  </a-config-provider>`,
};

// Signed-out users go to the sign-in screen, and come back where they were after signing in.
window.addEventListener('hashchange', guard);
function guard() {
  const path = (location.hash.replace(/^#/, '') || '/').split('?')[0];
  if (!session.token && path !== '/login') {
    navigate('/login', path !== '/' ? { next: location.hash.replace(/^#/, '') } : undefined);
    return false;
  }
  return true;
}

guard();
install(ROUTES);
const app = createApp(App);
app.use(antd);
registerShared(app);
app.mount('#app');
