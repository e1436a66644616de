package org.bianzhi.payroll.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.bianzhi.payroll.application.PayrollService;
import org.bianzhi.payroll.application.PayrollViews;
import org.bianzhi.shared.api.Paging;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.ReportResponse;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.DisclosureLog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * 工资名单比对: the months of the unified payroll list held (imported with {@code POST /imports/payroll}), and a
 * month's findings against the registry. For the office and inspectors only (see {@link PayrollService}).
 */
@Path("payroll")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "工资名单比对")
public class PayrollResource {

    @Inject
    PayrollService payroll;

    @Inject
    DisclosureLog disclosures;

    @GET
    @Path("months")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR})
    @Operation(summary = "已导入工资名单的月份，及各月发薪记录数和发薪单位数")
    public Page<PayrollViews.Month> months(@BeanParam Paging paging) {
        return Page.of(payroll.months(), paging.offset(), paging.limit());
    }

    @GET
    @Path("findings")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR})
    @Operation(summary = "某月工资名单与实名制比对：有薪无编、出编后仍发薪、有编无薪（疑似空挂）、发薪单位与编制单位不符；"
            + "month=YYYY-MM，rule=规则代码，unit=单位代码（含下级），format=json（分页）/csv/xlsx（全部）")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PayrollViews.Findings.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportResponse.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response findings(@QueryParam("month") String month, @QueryParam("rule") String rule, @QueryParam("unit") String unit,
                             @BeanParam Paging paging,
                             @QueryParam("format") String format) {
        return ReportResponse.of(format, () -> payroll.findings(month, rule, unit, paging.offset(), paging.limit()),
                () -> payroll.table(month, rule, unit), disclosures);
    }
}
