package org.bianzhi.imports.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bianzhi.imports.application.ImportService;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportReport;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.domain.BianzhiException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 批量导入: CSV files of units, quotas, leadership positions and the roster (DOMAIN.md section 12). */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "批量导入")
public class ImportResource {

    @Inject
    ImportService imports;

    @POST
    @Path("{kind}")
    @Consumes(MediaType.WILDCARD)
    @Allowed({Roles.OFFICE, Roles.UNIT_CLERK})
    @Operation(summary = "导入 CSV（units/quotas/leadership/roster）；默认全部或全不，mode=valid-rows 只导入正确的行")
    public ImportReport importFile(@PathParam("kind") String kind, @QueryParam("mode") String mode,
                                   @QueryParam("basis") String basis, byte[] file) {
        ImportKind k = ImportKind.ofPath(kind).orElseThrow(() -> BianzhiException.notFound("导入类型",
                kind + "（可用：units、quotas、leadership、roster）"));
        ImportService.Mode m;
        if (mode == null || mode.isBlank() || mode.equals("all")) {
            m = ImportService.Mode.ALL_OR_NOTHING;
        } else if (mode.equals("valid-rows")) {
            m = ImportService.Mode.VALID_ROWS;
        } else {
            throw BianzhiException.invalid("mode", "导入方式“" + mode + "”无法识别，应为 all（默认，全部或全不）或 valid-rows（只导入正确的行）");
        }
        if (file == null || file.length == 0) throw BianzhiException.invalid("file", "请求内容为空：请上传 CSV 文件");
        return imports.run(k, file, m, basis);
    }
}
