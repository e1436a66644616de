package org.bianzhi.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JSON API, version 1. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Bianzhi 编制实名制管理 API", version = "1",
        description = "机构、编制核定、实名人员、控编流程与批量导入"))
public class RestApplication extends Application {
}
