package org.bianzhi.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The JSON API, version 1. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Bianzhi 编制实名制管理 API", version = "1",
        description = "机构、编制核定、实名人员、控编流程与批量导入"),
        // the areas the resources' @Tag names, described once
        tags = {
            @Tag(name = "登录", description = "登录取得令牌、当前用户、退出"),
            @Tag(name = "机构编制", description = "单位、编制核定与领导职数，任一日期的编制情况及其历史"),
            @Tag(name = "实名人员", description = "人员登记、占编、任职与职务，人员档案"),
            @Tag(name = "控编", description = "用编申请与核准，增人和减人通知单"),
            @Tag(name = "稽核", description = "稽核发现的查询、确认与整改"),
            @Tag(name = "报表", description = "稽核报表、混岗名册与整改通知书"),
            @Tag(name = "统计报表", description = "空编、领导职数与退休预测报表"),
            @Tag(name = "检索", description = "按姓名、拼音、身份证号和单位检索"),
            @Tag(name = "举报受理", description = "12310 举报的登记、调查与办结"),
            @Tag(name = "工资名单比对", description = "统一工资发放名单与实名库比对"),
            @Tag(name = "批量导入", description = "CSV/XLSX 导入、导入作业与导出"),
            @Tag(name = "变更记录", description = "每项变更的时间、操作人与依据文件"),
            @Tag(name = "系统管理", description = "账户与角色、访问日志"),
            @Tag(name = "因私出国（境）管理", description = "登记备案人员、证照保管、因私出国（境）审批、出入境记录与违规处理"),
            @Tag(name = "因公出国（境）团组", description = "因公出国（境）团组的审批、公示、鉴定、审计与纪检审查")
        })
public class RestApplication extends Application {
}
