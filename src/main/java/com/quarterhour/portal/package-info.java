/**
 * The customer portal at /portal: a customer user's requests with every time entry and note, reporting an issue and
 * booking an appointment, hours of this month and the last twelve, invoices and the cheaper-plan recommendation, and
 * the usage alert (a banner and one e-mail) at 75% and 90% of the month's included hours. Server-rendered with
 * Thymeleaf; the only script is the portal's own hours chart on Chart.js from its WebJar.
 */
package com.quarterhour.portal;
