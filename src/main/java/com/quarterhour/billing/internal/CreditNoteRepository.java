package com.quarterhour.billing.internal;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CreditNoteRepository extends JpaRepository<CreditNote, Long> {

    List<CreditNote> findByInvoiceIdOrderByIdAsc(Long invoiceId);

    /** The net of the invoice's credit notes so far: the last one credits exactly the rest of the invoice's net. */
    @Query("select coalesce(sum(c.net), 0) from CreditNote c where c.invoiceId = :invoiceId")
    BigDecimal creditedNet(long invoiceId);
}
