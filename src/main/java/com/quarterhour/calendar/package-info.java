/**
 * Business calendars: the opening hours, public holidays and closed dates that SLA targets count in. Administrators
 * keep them as data (GET/POST/PUT /api/calendars); {@link com.quarterhour.calendar.BusinessCalendars} answers the
 * working-time calendar of a stored calendar or a customer's office hours.
 */
package com.quarterhour.calendar;
