/**
 * Running Quarterhour in production, on one node or several: the database schema (the engine's tables from its own
 * shipped scripts, then the application's migrations, both under Flyway) and the start-up order that needs.
 * Nothing here is called by other modules.
 */
package com.quarterhour.operations;
