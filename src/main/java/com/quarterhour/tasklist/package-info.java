/**
 * Tasklist as the staff's queue: every user task is named after the ticket it is for ("Triage: ENG-12 Printer
 * offline — Acme Ltd"), a request's tasks are due when the SLA clock of their step is due and followed up at its
 * warning, Triage offers the technicians to choose from, and the technician's Work and waiting tasks show the request's
 * latest messages. Names and subjects are read from the engagement,
 * customer and billing records, never from process variables a task user could write. The task filters per role
 * are set up with the other webapp grants (identity).
 */
package com.quarterhour.tasklist;
