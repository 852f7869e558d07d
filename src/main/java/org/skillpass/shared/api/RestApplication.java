package org.skillpass.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under /api; its OpenAPI document is served by Payara at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "SkillPass API", version = "1",
                description = "技能通行证: training, assessment, certificates and subsidies for migrant workers. "
                        + "Every call is scoped to the caller's organisation or region."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
