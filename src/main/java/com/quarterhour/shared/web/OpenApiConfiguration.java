package com.quarterhour.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.config.EnableSpringDataWebSupport;
import org.springframework.data.web.config.PageableHandlerMethodArgumentResolverCustomizer;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document at /v3/api-docs is the contract of the REST API. What holds for every operation is said here
 * once: HTTP Basic for all of them, and the problem-detail answers each can give, derived from what the operation
 * takes (a body or parameters: 400; a path id: 404; a write: 409). Controllers annotate only what is their own:
 * operationId, summary, a 201, the examples of their bodies. Lists are paged with Spring Data's Pageable and answer
 * {@code PagedModel}'s {@code {content, page}} (VIA_DTO: a stable JSON shape instead of PageImpl's internals).
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringDataWebSupport(pageSerializationMode = EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO)
class OpenApiConfiguration {

    static final String BASIC_AUTH = "basicAuth";
    static final String PROBLEM = "ProblemDetail";
    static final String PROBLEM_JSON = "application/problem+json";

    /** The answers every list gives at most per page, and by default (Spring Data clamps larger sizes to the max). */
    static final int MAX_PAGE_SIZE = 100;
    static final int DEFAULT_PAGE_SIZE = 20;

    /** Status → the component response that documents it. */
    private static final Map<Integer, String> PROBLEM_RESPONSES = new LinkedHashMap<>();

    static {
        // Jackson writes a Currency as its ISO 4217 code, not as the object its getters describe
        SpringDocUtils.getConfig().replaceWithSchema(Currency.class,
                new StringSchema().pattern("[A-Z]{3}").example("GBP"));
        PROBLEM_RESPONSES.put(400, "BadRequest");
        PROBLEM_RESPONSES.put(401, "Unauthorized");
        PROBLEM_RESPONSES.put(403, "Forbidden");
        PROBLEM_RESPONSES.put(404, "NotFound");
        PROBLEM_RESPONSES.put(409, "Conflict");
    }

    private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
            RequestMethod.DELETE);

    @Bean
    OpenAPI quarterhourApi() {
        return new OpenAPI()
                .info(new Info().title("Quarterhour API").version("1")
                        .description("Paid technical-support engagements: customers, requests and their time, "
                                + "SLA reports, month-end billing and invoices. Errors are RFC 9457 problem details. "
                                + "docs/api.md explains authentication, paging and errors."))
                // relative: the document describes the server that serves it (Swagger UI calls back to the same origin)
                .servers(List.of(new Server().url("/").description("The server that serves this document")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH))
                .components(new Components()
                        .addSecuritySchemes(BASIC_AUTH, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A staff user (the engine's identity) or a customer's portal user. A browser "
                                        + "session from /login works too; an unsafe call on a session then needs the "
                                        + "X-CSRF-TOKEN header, while a call with HTTP Basic needs no token."))
                        .addSchemas(PROBLEM, problemSchema())
                        .addResponses("BadRequest", problem("Bad input: a malformed body, a wrong type, a value out of range"))
                        .addResponses("Unauthorized", problem("No or wrong credentials")
                                .addHeaderObject("WWW-Authenticate", new Header()
                                        .description("Basic realm=\"Quarterhour\"").schema(new StringSchema())))
                        .addResponses("Forbidden", problem("The caller's role may not do this (or a session call "
                                + "without its CSRF token)"))
                        .addResponses("NotFound", problem("No such resource, or not the caller's to see"))
                        .addResponses("Conflict", problem("The resource's state does not allow this now, or a "
                                + "concurrent change won"))
                        // operations that take files refer to these two themselves
                        .addResponses("PayloadTooLarge", problem("An upload over the attachment limits; nothing was saved"))
                        .addResponses("UnprocessableContent", problem("A file the virus scanner refused; nothing was saved")));
    }

    /** RFC 9457, as Spring's ProblemDetail writes it. */
    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem detail")
                .addProperty("type", new StringSchema().format("uri-reference").example("about:blank"))
                .addProperty("title", new StringSchema().example("Conflict"))
                .addProperty("status", new IntegerSchema().format("int32").example(409))
                .addProperty("detail", new StringSchema()
                        .example("Cannot capture time on engagement 1: it is COMPLETED and closed, not IN_PROGRESS"))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/engagements/1/time-entries"))
                .required(List.of("type", "title", "status"));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    /** The problem responses an operation can give, unless it documents that status itself. */
    @Bean
    OperationCustomizer problemResponses() {
        return (operation, handler) -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            for (int status : statuses(operation, handler)) {
                responses.computeIfAbsent(String.valueOf(status),
                        s -> new ApiResponse().$ref("#/components/responses/" + PROBLEM_RESPONSES.get(status)));
            }
            operation.setResponses(responses);
            return operation;
        };
    }

    private static List<Integer> statuses(Operation operation, HandlerMethod handler) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean input = operation.getRequestBody() != null || !parameters.isEmpty();
        boolean addressed = parameters.stream().anyMatch(p -> "path".equals(p.getIn()));
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        boolean write = mapping != null && Arrays.stream(mapping.method()).anyMatch(WRITES::contains);
        return PROBLEM_RESPONSES.keySet().stream()
                .filter(status -> switch (status) {
                    case 400 -> input;
                    case 404 -> addressed;
                    case 409 -> write;
                    default -> true; // 401 and 403: everything needs a login, and every operation is for some roles only
                })
                .toList();
    }

    /** Pages of at most {@value #MAX_PAGE_SIZE}; the document says so on every paged operation. */
    @Bean
    PageableHandlerMethodArgumentResolverCustomizer pageBounds() {
        return resolver -> {
            resolver.setMaxPageSize(MAX_PAGE_SIZE);
            resolver.setFallbackPageable(PageRequest.of(0, DEFAULT_PAGE_SIZE));
        };
    }

    /** Every {@code period} the API takes is a month (shared.Periods): the document says so once for all of them. */
    @Bean
    OperationCustomizer periodParameters() {
        return (operation, handler) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().stream()
                        .filter(p -> "period".equals(p.getName()) && isString(p.getSchema()))
                        .forEach(p -> {
                            p.description("A month, YYYY-MM");
                            p.getSchema().pattern("^\\d{4}-\\d{2}$").example("2026-10");
                        });
            }
            return operation;
        };
    }

    /** A string schema, as OpenAPI 3.0 (type) or 3.1 (types) says it. */
    private static boolean isString(Schema<?> schema) {
        return schema != null && ("string".equals(schema.getType())
                || schema.getTypes() != null && schema.getTypes().contains("string"));
    }

    /** Page bounds and each list's sort properties (its {@link SortableBy}), so that clients and fuzzers know them. */
    @Bean
    OperationCustomizer pageParameters() {
        return (operation, handler) -> {
            for (MethodParameter pageable : handler.getMethodParameters()) {
                if (Pageable.class.isAssignableFrom(pageable.getParameterType()) && operation.getParameters() != null) {
                    SortableBy sortable = pageable.getParameterAnnotation(SortableBy.class);
                    operation.getParameters().forEach(parameter -> describePaging(parameter, sortable));
                }
            }
            return operation;
        };
    }

    private static void describePaging(Parameter parameter, SortableBy sortable) {
        switch (parameter.getName()) {
            case "page" -> parameter.description("The page, from 0");
            case "size" -> {
                parameter.description("Items per page, at most " + MAX_PAGE_SIZE + " (a larger size gives " + MAX_PAGE_SIZE + ")");
                parameter.getSchema().setMaximum(BigDecimal.valueOf(MAX_PAGE_SIZE));
            }
            case "sort" -> {
                if (sortable != null) {
                    String properties = sortable.value();
                    parameter.description("property[,asc|desc]; repeat it to sort by more. Properties: "
                            + properties.replace(",", ", ") + "; any other is a 400");
                    parameter.getSchema().getItems().pattern("^(" + properties.replace(",", "|") + ")(,(asc|desc|ASC|DESC))?$")
                            .example(properties.substring(0, properties.indexOf(',')) + ",asc");
                }
            }
            default -> {
            }
        }
    }
}
