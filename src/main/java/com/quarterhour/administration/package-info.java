/**
 * The administrators' pages: /admin/sla lists the business calendars and SLA policies and has forms to create and edit
 * them, to import closed dates from an iCalendar file and to re-apply a policy to open requests. Server-rendered with
 * Thymeleaf like the portal; it keeps no data of its own and calls the calendar and sla modules' services, so the
 * page and the API share one set of rules and messages. Administrators write; managers see the lists read-only.
 */
package com.quarterhour.administration;
