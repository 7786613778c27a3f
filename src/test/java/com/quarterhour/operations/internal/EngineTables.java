package com.quarterhour.operations.internal;

import javax.sql.DataSource;

/** For tests of other modules' migrations on a database of their own: the engine's tables, as the application makes them. */
public final class EngineTables {

    private EngineTables() {
    }

    public static void create(DataSource database) {
        EngineSchema.migrate(database);
    }
}
