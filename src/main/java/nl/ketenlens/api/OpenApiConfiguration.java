package nl.ketenlens.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import org.springframework.context.annotation.Configuration;

/** Title and description of the OpenAPI document served at /v3/api-docs and in Swagger UI. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Ketenlens API", version = "0.1.0",
        description = "Supply-chain risk graph for Dutch IMVO sector collaboration: companies, their suppliers at every "
                + "tier, sourced risk indicators, sector leverage (reach, risk-flow betweenness, chokepoints, cuts, "
                + "engagement plans, working groups) and company exposure. Errors are RFC 9457 problem details. "
                + "Company and facility data marked synthetic is a generated demo network.",
        license = @License(name = "Reference data: see docs/seed-data.md for each source's licence")))
class OpenApiConfiguration {
}
