/**
 * The staff SLA board: open engagements with their priority, technician, captured time, due times and SLA state,
 * as JSON (GET /api/board) and as a self-refreshing page (GET /board) for coordinators, managers and admins.
 * A read model only: it changes nothing.
 */
package com.quarterhour.board;
