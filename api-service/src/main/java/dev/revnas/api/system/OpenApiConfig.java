package dev.revnas.api.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document (/v3/api-docs, Swagger UI at /swagger-ui.html) with the X-API-Key scheme. */
@Configuration
public class OpenApiConfig {
    @Bean
    OpenAPI revnasOpenApi() {
        return new OpenAPI()
                .info(new Info().title("revnas API").version("v1")
                        .description("Datasets, architecture search and training jobs, models and their deployment. "
                                + "Scopes: read < submit < admin. Errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes("apiKey",
                        new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-API-Key")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
