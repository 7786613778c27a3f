/**
 * Upkeep of Spring Modulith's event publication log, where after-commit work (alert mails) is recorded in the
 * transaction that causes it: incomplete publications (a listener failed, or its node died) are resubmitted, one node at
 * a time, and completed ones are deleted after a retention period.
 */
package com.quarterhour.events;
