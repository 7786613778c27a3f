/**
 * Estimates: the web-site and help-desk estimate tables (average hours per component) as data, and the arithmetic
 * of an estimate ({@link com.quarterhour.estimate.Estimate}). An engagement stores its estimate and prices it at its
 * plan's rate; this module knows neither engagements nor plans.
 */
package com.quarterhour.estimate;
