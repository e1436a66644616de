// Placeholder until this screen is built (issue 7).
export default {
  template: `<a-result status="info" title="此功能正在建设中"></a-result>`,
};
