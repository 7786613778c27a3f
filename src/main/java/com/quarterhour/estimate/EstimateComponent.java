package com.quarterhour.estimate;

import java.math.BigDecimal;

/**
 * One component of the estimate tables: the average hours one unit of it takes.
 *
 * @param catalogue    the table it belongs to: {@code WEB_SITE} or {@code HELP_DESK}
 * @param name         the component's name, unique across both tables; a request names components by it
 * @param hoursPerUnit average hours per unit; 0 where the component is quoted separately
 */
public record EstimateComponent(String catalogue, String name, BigDecimal hoursPerUnit) {
}
