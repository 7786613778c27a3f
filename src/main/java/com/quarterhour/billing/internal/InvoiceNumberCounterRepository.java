package com.quarterhour.billing.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface InvoiceNumberCounterRepository extends JpaRepository<InvoiceNumberCounter, Integer> {

    /** The year's counter under a row lock: concurrent issues wait for each other instead of taking the same number. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from InvoiceNumberCounter c where c.numberYear = :year")
    Optional<InvoiceNumberCounter> lockYear(int year);
}
