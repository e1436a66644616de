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
    "PAYROLL": "工资名单",
    "TRAVEL_APPLICATIONS": "因私出国（境）审批记录",
    "BORDER_CROSSINGS": "出入境记录",
    "DOCUMENT_ISSUANCES": "证件签发记录",
    "EXIT_CERTIFICATES": "出国（境）证明"
  },
  "CrossingDirection": {
    "EXIT": "出境",
    "ENTRY": "入境"
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
    "COMPLAINT_HANDLER": "举报受理人员",
    "CADRE_SUPERVISION": "干部监督人员",
    "DISCIPLINE_INSPECTION": "派驻纪检组（纪检监察）人员"
  },
  "TravelRule": {
    "FILING_MISSING": "应备未备",
    "FILING_REPORT_OVERDUE": "备案未按时报备",
    "FILING_OUTDATED": "备案信息未及时变更",
    "DOCUMENT_NOT_IN_CUSTODY": "证件未交由组织集中保管",
    "DOCUMENT_HANDED_IN_LATE": "证件逾期上交",
    "DOCUMENT_NOT_RETURNED": "证件逾期未交回",
    "CROSSING_WHILE_IN_CUSTODY": "证件在集中保管期间出入境",
    "DOCUMENT_OBTAINED_WITHOUT_APPROVAL": "违规办理证件",
    "DOCUMENT_UNDECLARED": "瞒报持有证件",
    "TRIP_WITHOUT_APPROVAL": "未经批准擅自出国（境）",
    "TRIP_LATE_RETURN": "逾期返回",
    "TRIP_OTHER_DESTINATION": "擅自变更行程",
    "TRIP_UNDECLARED": "瞒报出国（境）情况",
    "LATE_ENTRY_CUSTODY": "证件保管事后补录",
    "LATE_ENTRY_TRAVEL": "出国（境）报告事后补录",
    "APPROVAL_AGAINST_RULES": "审批把关不严",
    "DOCUMENT_FORGED": "使用来源不明（疑似伪造）的证件",
    "CERTIFICATE_OUTSIDE_AUTHORITY": "未按干部管理权限出具证明"
  },
  "StatisticsForm": {
    "MANAGEMENT": "干部因私出国（境）管理工作有关情况统计表",
    "CAMPAIGN": "干部因私出国（境）专项整治工作情况汇总统计表",
    "GOVERNANCE": "专项治理工作情况汇总统计表"
  },
  "WarningKind": {
    "DOCUMENT_RETURN": "证件待交回",
    "DOCUMENT_HAND_IN": "证件待上交保管",
    "FILING_REPORT": "备案待报备公安机关",
    "TRIP_REPORT": "出访报告待提交",
    "PUBLIC_NOTICE_OBJECTION": "公示异议待核查",
    "RETURN_EVALUATION": "出国人员鉴定表待报送",
    "RETURN_AUDIT": "因公出国（境）财务审计待完成"
  },
  "CheckGroup": {
    "FILING": "应备尽备",
    "CUSTODY": "应交尽交",
    "TRAVEL": "应审尽审"
  },
  "ProblemClass": {
    "IRREGULARLY_OBTAINED": "违规办理因私出国（境）证件",
    "IRREGULARLY_HELD": "违规持有因私出国（境）证件",
    "UNDECLARED_DOCUMENT": "瞒报持有因私出国（境）证件",
    "UNAPPROVED_TRIP": "未经批准擅自因私出国（境）",
    "TRIP_OUTSIDE_APPROVAL": "未按审批要求因私出国（境）",
    "UNDECLARED_TRIP": "瞒报因私出国（境）情况",
    "LAX_APPROVAL": "审批因私出国（境）事项把关不严",
    "FORGED_DOCUMENT": "伪造、变造或使用伪造的出国（境）证件",
    "CERTIFICATE_OUTSIDE_AUTHORITY": "未按干部管理权限出具出国（境）证明"
  },
  "DelegationStatus": {
    "DRAFT": "草稿",
    "SUBMITTED": "已报审",
    "APPROVED": "已批准",
    "RETURNED": "已回国",
    "REPORTED": "已报告",
    "CANCELLED": "已撤销"
  },
  "MemberRole": {
    "LEADER": "团长",
    "MEMBER": "成员"
  },
  "DelegationPurpose": {
    "VISIT": "访问或考察",
    "TRADE": "经贸活动",
    "LABOUR": "劳务输出",
    "TRAINING": "学习培训",
    "OTHER": "其他"
  },
  "ObjectionChannel": {
    "ORAL": "口头",
    "PHONE": "电话",
    "WRITTEN": "书面"
  },
  "ObjectionOutcome": {
    "UPHELD": "异议成立",
    "DISMISSED": "异议不成立"
  },
  "LeadingRole": {
    "PARTY_SECRETARY": "党委（党组）书记",
    "LOCAL_PARTY_SECRETARY": "地方党委书记",
    "LOCAL_GOVERNMENT_HEAD": "地方政府正职"
  },
  "ApplicationStatus": {
    "SUBMITTED": "待审批",
    "APPROVED": "已批准",
    "REJECTED": "不予批准",
    "WITHDRAWN": "已撤回"
  },
  "OpinionVerdict": {
    "AGREE": "同意",
    "DISAGREE": "不同意"
  },
  "ApplicationSource": {
    "DESK": "窗口登记",
    "IMPORT": "历史导入"
  },
  "TravelPurpose": {
    "FAMILY_VISIT": "探亲访友",
    "TOURISM": "旅游",
    "MEDICAL": "就医",
    "STUDY": "学习考察",
    "BUSINESS": "商务",
    "OTHER": "其他"
  },
  "HandlingMethod": {
    "CRITICISM": "批评教育",
    "ADMONISHMENT": "诫勉",
    "REASSIGNMENT": "调离岗位",
    "ORDERED_RESIGNATION": "责令辞职",
    "DISMISSAL": "免职",
    "DEMOTION": "降职",
    "REFERRAL": "移交纪检监察机关",
    "POLICE_REFERRAL": "移交公安机关"
  },
  "CadreRank": {
    "PROVINCIAL": "省部级",
    "BUREAU": "厅局级",
    "COUNTY": "县处级",
    "TOWNSHIP": "乡科级",
    "OTHER": "其他"
  },
  "CaseStatus": {
    "OPEN": "待处理",
    "HANDLED": "已处理"
  },
  "FilingCategory": {
    "COUNTY_LEVEL_CADRE": "县处级以上在职干部",
    "TOWNSHIP_LEADER": "县(区)管乡科级党政领导干部",
    "MIDDLE_MANAGER": "市直属单位中层负责人",
    "RETIRED_SENIOR": "厅局级以上离退休人员",
    "ENTERPRISE_LEADER": "企业法人或领导人员",
    "SENSITIVE_POST": "安全、涉密等重要岗位人员",
    "NAKED_OFFICIAL_RELATIVE": "“裸官”配偶或子女",
    "OTHER": "其他"
  },
  "FilingStatus": {
    "NOT_FILED": "未备案",
    "FILED": "已备案",
    "CHANGE_FILED": "变更备案"
  },
  "DocumentType": {
    "PASSPORT": "因私护照",
    "HK_MACAO_PERMIT": "往来港澳通行证",
    "TAIWAN_PERMIT": "大陆居民往来台湾通行证"
  },
  "CustodyMovementKind": {
    "HAND_IN": "上交保管",
    "CHECK_OUT": "领用",
    "RETURN": "归还",
    "RELEASE": "退还本人"
  },
  "CustodyState": {
    "NOT_HANDED_IN": "未上交",
    "HELD": "集中保管",
    "CHECKED_OUT": "已领用",
    "RELEASED": "已退还本人"
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
