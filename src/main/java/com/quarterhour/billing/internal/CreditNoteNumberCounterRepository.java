package com.quarterhour.billing.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CreditNoteNumberCounterRepository extends JpaRepository<CreditNoteNumberCounter, Integer> {

    /** The year's counter under a row lock: concurrent credit notes wait for each other instead of sharing a number. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CreditNoteNumberCounter c where c.numberYear = :year")
    Optional<CreditNoteNumberCounter> lockYear(int year);
}
