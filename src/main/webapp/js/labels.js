// Chinese names of the API's codes, one table per enumeration of the service.
// WebLabelsTest keeps every table equal to the Java enum's label(), so a new code cannot be forgotten here.
export const LABELS = {
  "FindingStatus": {
    "OPEN": "待处理",
    "ACKNOWLEDGED": "已确认",
    "RESOLVED": "已整改"
  },
  "Rule": {
    "OVER_QUOTA": "超编",
    "OVER_LEADERSHIP": "超职数配备",
    "MIXED_INSTITUTION_IN_ADMIN_POST": "事业编制人员占用行政岗位",
    "MIXED_NON_CIVIL_SERVANT_ON_ADMIN_QUOTA": "非公务员身份人员占用行政编制",
    "NO_QUOTA_IN_ADMIN_POST": "无编人员占用行政岗位",
    "QUOTA_TYPE_MISUSE": "编制类型与机构性质不符",
    "DUPLICATE_OCCUPANCY": "一人多编",
    "OVERAGE": "超龄未退休",
    "SECONDMENT_OVERDUE": "借调超期",
    "ENTRY_WITHOUT_NOTICE": "无通知单进编"
  },
  "Category": {
    "OVER_QUOTA_HIRING": "超编进人",
    "MIXED_POSTS": "混编混岗",
    "GHOST_PAYROLL": "吃空饷",
    "OVER_LEADERSHIP": "超职数配备",
    "UNAUTHORISED_BODY": "违规设置机构",
    "OTHER": "其他"
  },
  "Channel": {
    "PHONE": "12310电话",
    "WEBSITE": "网站",
    "LETTER": "信函",
    "VISIT": "来访"
  },
  "ComplaintStatus": {
    "RECEIVED": "受理",
    "INVESTIGATING": "核查",
    "CONCLUDED": "办结"
  },
  "Result": {
    "TRUE": "属实",
    "PARTLY_TRUE": "部分属实",
    "UNTRUE": "不属实"
  },
  "AdministrativeLevel": {
    "PROVINCE": "省",
    "CITY": "市",
    "COUNTY": "县",
    "TOWNSHIP": "乡"
  },
  "Funding": {
    "FULL": "全额拨款",
    "PARTIAL": "差额拨款",
    "SELF": "自收自支"
  },
  "InstitutionClass": {
    "CIVIL_SERVICE_MANAGED": "参公",
    "PUBLIC_WELFARE_1": "公益一类",
    "PUBLIC_WELFARE_2": "公益二类",
    "BUSINESS": "生产经营类"
  },
  "LeadershipCategory": {
    "UNIT_PRINCIPAL": "单位正职",
    "UNIT_DEPUTY": "单位副职",
    "DEPT_PRINCIPAL": "内设机构正职",
    "DEPT_DEPUTY": "内设机构副职"
  },
  "QuotaType": {
    "ADMINISTRATIVE": "行政编制",
    "POLITICAL_LEGAL": "政法专项编制",
    "PUBLIC_INSTITUTION": "事业编制",
    "ORGAN_WORKER": "机关工勤编制"
  },
  "UnitKind": {
    "ORGAN": "机关",
    "INSTITUTION": "事业单位"
  },
  "ImportJobState": {
    "QUEUED": "排队等待",
    "RUNNING": "正在导入",
    "SUCCEEDED": "已完成",
    "REJECTED": "有错误行，未导入",
    "CANCELLED": "已取消",
    "FAILED": "导入失败",
    "INTERRUPTED": "服务中断，导入未完成"
  },
  "ImportKind": {
    "UNITS": "机构",
    "QUOTAS": "编制核定",
    "LEADERSHIP": "领导职数核定",
    "ROSTER": "实名人员花名册",
    "PAYROLL": "工资名单"
  },
  "ImportMode": {
    "ALL_OR_NOTHING": "全部或全不",
    "VALID_ROWS": "只导入正确的行"
  },
  "PayrollRule": {
    "PAID_WITHOUT_OCCUPANCY": "有薪无编",
    "PAID_AFTER_EXIT": "出编后仍发薪",
    "OCCUPANCY_NOT_PAID": "有编无薪（疑似空挂）",
    "PAYING_UNIT_MISMATCH": "发薪单位与编制单位不符"
  },
  "Arrangement": {
    "REGULAR": "在岗",
    "SECONDMENT": "借调",
    "TEMPORARY_ASSIGNMENT": "挂职"
  },
  "EntryRoute": {
    "EXAM": "考录",
    "OPEN_RECRUITMENT": "公开招聘",
    "TRANSFER_IN": "调任",
    "LATERAL_TRANSFER": "转任",
    "MILITARY_RESETTLEMENT": "军转安置",
    "SELECTED_GRADUATE": "选调",
    "OTHER": "其他"
  },
  "ExitReason": {
    "TRANSFER_OUT": "调出",
    "RETIREMENT": "退休",
    "RESIGNATION": "辞职",
    "DISMISSAL": "辞退",
    "DEATH": "死亡",
    "OTHER": "其他"
  },
  "Gender": {
    "MALE": "男",
    "FEMALE": "女"
  },
  "PersonIdentity": {
    "CIVIL_SERVANT": "公务员",
    "CS_MANAGED": "参公人员",
    "INSTITUTION_STAFF": "事业人员",
    "ORGAN_WORKER": "机关工勤人员",
    "NON_ESTABLISHMENT": "编外人员"
  },
  "PostType": {
    "ADMINISTRATIVE_POST": "行政岗位",
    "MANAGEMENT": "管理岗位",
    "PROFESSIONAL": "专业技术岗位",
    "SKILLED_WORKER": "工勤技能岗位",
    "ORGAN_WORKER_POST": "机关工勤岗位"
  },
  "PresenceStatus": {
    "CURRENT": "在职",
    "FORMER": "已离开",
    "ALL": "全部"
  },
  "Role": {
    "ADMIN": "系统管理员",
    "OFFICE": "编办业务人员",
    "INSPECTOR": "监督检查人员",
    "UNIT_CLERK": "单位人事专员",
    "COMPLAINT_HANDLER": "举报受理人员"
  }
};

/** The Chinese name of a code, or the code itself when it has none. */
export function label(kind, code) {
  if (code == null || code === '') return '';
  return (LABELS[kind] && LABELS[kind][code]) || code;
}

/** Options for a select: [{value, label}] in the enum's order. */
export function options(kind) {
  return Object.entries(LABELS[kind] || {}).map(([value, text]) => ({ value, label: text }));
}
