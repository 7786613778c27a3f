/**
 * The pricing core of month-end billing: plain Java, no Spring, JPA or process engine. {@link
 * com.quarterhour.billing.pricing.Pricing} prices a customer's month ({@code priceMonth}), a credit bundle purchase
 * and a prepaid-hours purchase; its Javadoc lists every rule and the decisions taken where DESIGN.md is silent.
 */
package com.quarterhour.billing.pricing;
