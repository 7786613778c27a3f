package com.quarterhour.billing.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CreditNoteRepository extends JpaRepository<CreditNote, Long> {

    List<CreditNote> findByInvoiceIdOrderByIdAsc(Long invoiceId);

    boolean existsByOriginKey(String originKey);

    /** The net of the invoice's credit notes so far: the last one credits exactly the rest of the invoice's net. */
    @Query("select coalesce(sum(c.net), 0) from CreditNote c where c.invoiceId = :invoiceId")
    BigDecimal creditedNet(long invoiceId);

    /** The time entries among these that a credit note already gives back. */
    @Query("select l.creditedTimeEntryId from CreditNoteLine l where l.creditedTimeEntryId in :timeEntryIds")
    List<Long> creditedAmong(Collection<Long> timeEntryIds);

    @Query("select c.numberSeq from CreditNote c where c.numberYear = :year order by c.numberSeq")
    List<Integer> numbersOf(int year);
}
