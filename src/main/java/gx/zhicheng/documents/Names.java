package gx.zhicheng.documents;

import java.util.Map;

/** Chinese names of the codes (rules.md): series, levels, outcomes and finding codes. A code without a name shows as it is. */
final class Names {

    private Names() {}

    static final Map<String, String> SERIES = Map.ofEntries(
            Map.entry("ENGINEERING", "工程"), Map.entry("ECONOMICS", "经济"), Map.entry("AGRICULTURE", "农业"),
            Map.entry("HEALTH", "卫生"), Map.entry("PRIMARY_SECONDARY_TEACHER", "中小学教师"),
            Map.entry("SECONDARY_VOCATIONAL_TEACHER", "中等职业学校教师"), Map.entry("EXPERIMENT_TECHNOLOGY", "实验技术"),
            Map.entry("TECHNICAL_SCHOOL_TEACHER", "技工学校教师"), Map.entry("LIBRARY", "图书资料"),
            Map.entry("CULTURAL_RELICS", "文物博物"), Map.entry("ART", "艺术"), Map.entry("SPORTS", "体育"),
            Map.entry("MASS_CULTURE", "群众文化"), Map.entry("JOURNALISM", "新闻"), Map.entry("BROADCASTING", "播音"),
            Map.entry("PUBLISHING", "出版"), Map.entry("ARCHIVES", "档案"), Map.entry("PARTY_SCHOOL", "党校"),
            Map.entry("ACCOUNTING", "会计"), Map.entry("AUDIT", "审计"), Map.entry("STATISTICS", "统计"),
            Map.entry("ARTS_AND_CRAFTS", "工艺美术"), Map.entry("TRANSLATION", "翻译"), Map.entry("LAWYER", "律师"),
            Map.entry("NOTARY", "公证"), Map.entry("NATURAL_SCIENCE_RESEARCH", "自然科学研究"),
            Map.entry("SOCIAL_SCIENCE_RESEARCH", "社会科学研究"));

    static final Map<String, String> LEVELS = Map.of(
            "TECHNICIAN", "员级", "ASSISTANT", "助理级", "INTERMEDIATE", "中级", "DEPUTY_SENIOR", "副高级",
            "SENIOR", "正高级");

    static final Map<String, String> OUTCOMES = Map.of(
            "PASS", "通过", "INFO", "提示", "RETURN", "退回补正", "VERIFY", "待核实", "REJECT", "不予通过");

    static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("FALSIFICATION_CONFIRMED", "经核实弄虚作假"),
            Map.entry("ID_NUMBER_INVALID", "身份证号码无效"),
            Map.entry("CREDIT_CODE_INVALID", "统一社会信用代码无效"),
            Map.entry("EMPLOYER_MISSING", "未填写申报单位"),
            Map.entry("WORK_HISTORY_MISSING", "未填写工作经历"),
            Map.entry("EMPLOYER_NOT_LEGAL_PERSON", "申报单位不具有独立法人资格"),
            Map.entry("CIVIL_SERVANT", "公务员或参公管理人员"),
            Map.entry("CIVIL_SERVICE_TRANSITION", "参公单位改革过渡期"),
            Map.entry("RETIRED", "已办理退休"),
            Map.entry("RETIREMENT_AGE_REACHED", "已达法定退休年龄"),
            Map.entry("RETIREMENT_EXTENSION_PROOF_MISSING", "缺少延迟退休审批材料"),
            Map.entry("DISCIPLINARY_PERIOD", "处分期内"),
            Map.entry("UNDER_INVESTIGATION_OR_SANCTION", "立案审查或处分期内"),
            Map.entry("INTEGRITY_RECORD_ACTIVE", "诚信档案记录期内"),
            Map.entry("PUBLIC_SUBJECT_EXAM_MISSING", "未完成当年公需科目考试"),
            Map.entry("PRIOR_YEAR_CE_HOURS_LOW", "上年度继续教育学时不足"),
            Map.entry("SI_RECORD_NOT_FOUND", "查无社保记录"),
            Map.entry("PRIVATE_SI_CONTINUITY", "民营企业社保缴费不连续"),
            Map.entry("FREELANCER_UNIT_CONTRIBUTIONS", "自由职业者有单位社保缴费"),
            Map.entry("WORK_HISTORY_MISMATCH", "工作经历与社保记录不符"),
            Map.entry("IDENTITY_TYPE_MISMATCH", "身份性质与社保记录不符"),
            Map.entry("DUPLICATE_SAME_LEVEL", "同年度重复申报同级别职称"),
            Map.entry("OUT_OF_PROVINCE_TITLE_NOT_RECONFIRMED", "区外职称未重新确认"),
            Map.entry("NO_TITLE_EVIDENCE_MISSING", "无职称申报缺少专业技术工作证明"),
            Map.entry("NO_TITLE_HISTORY_GAP", "无职称申报工作经历不完整"),
            Map.entry("NO_TITLE_APPROVAL_REQUIRED", "无职称申报需职改办审核同意"),
            Map.entry("EXCEPTIONAL_PROOF_MISSING", "破格申报缺少证明材料"),
            Map.entry("EXCEPTIONAL_APPROVAL_REQUIRED", "破格申报需职改办审核同意"),
            Map.entry("IDENTITY_CHANGE_PROOF_MISSING", "缺少户籍变更证明"),
            Map.entry("EXCLUSION_AFTER_DECLARATION", "申报后出现不得申报情形"));

    static String of(Map<String, String> names, String code) {
        return code == null ? "" : names.getOrDefault(code, code);
    }
}
