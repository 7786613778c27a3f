package com.quarterhour.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a list's {@code Pageable} parameter: the properties its {@code sort} may name, comma-separated, the same constant
 * the list's service checks with {@code shared.Paging}. The OpenAPI document lists them (OpenApiConfiguration).
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface SortableBy {

    String value();
}
