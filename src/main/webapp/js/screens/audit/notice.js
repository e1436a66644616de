// 整改通知书 of one unit: GET /reports/rectification-notice?unit=<code> answers a printable A4 page.
// 预览 shows it in a modal (an iframe without scripts); 打印 prints it through printHtml.
import { text } from '../../api.js';
import { showError, printHtml } from '../../ui.js';

const { ref } = Vue;

/** The page for the preview frame (no scripts run there): without its own 打印 button, ours is under the modal. */
function forPreview(html) {
  const style = '<style>body{padding:8px}</style>';
  const page = (html || '').replace(/<div class="no-print">[\s\S]*?<\/div>/gi, '').replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/\son[a-z]+="[^"]*"/gi, '');
  return /<\/head>/i.test(page) ? page.replace(/<\/head>/i, style + '</head>') : style + page;
}

export default {
  props: { unit: String, unitName: String },
  setup(props) {
    const open = ref(false);
    const html = ref('');
    const loading = ref(false);
    const fetchNotice = async () => {
      loading.value = true;
      try {
        html.value = await text('/reports/rectification-notice', { unit: props.unit });
        return html.value;
      } catch (e) {
        showError(e);
        return null;
      } finally {
        loading.value = false;
      }
    };
    const preview = async () => {
      if (await fetchNotice()) open.value = true;
    };
    const print = async () => {
      const page = open.value && html.value ? html.value : await fetchNotice();
      if (page) printHtml(page, '整改通知书');
    };
    return { open, html, loading, preview, print, forPreview };
  },
  template: `
  <span class="notice-button" data-test="rectification-notice">
    <a-button-group>
      <a-button :loading="loading" @click="preview" data-test="rectification-notice-preview">整改通知书 预览</a-button>
      <a-button :disabled="loading" @click="print" data-test="rectification-notice-print">打印</a-button>
    </a-button-group>
    <a-modal v-model:open="open" title="整改通知书" width="900px" :footer="null" destroy-on-close
             data-test="rectification-notice-modal">
      <iframe class="notice-frame" :srcdoc="forPreview(html)" sandbox="allow-same-origin" title="整改通知书预览"></iframe>
      <div class="notice-actions">
        <a-space>
          <a-button @click="open = false">关闭</a-button>
          <a-button type="primary" @click="print" data-test="rectification-notice-modal-print">打印</a-button>
        </a-space>
      </div>
    </a-modal>
  </span>`,
};
