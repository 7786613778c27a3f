package com.quarterhour.catalog.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PriceListRepository extends JpaRepository<PriceList, Long> {

    /** The list in force on a day: the latest one that took effect on or before it. */
    Optional<PriceList> findFirstByPlanCodeAndCurrencyAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(
            String planCode, String currency, LocalDate on);

    List<PriceList> findByPlanCodeOrderByCurrencyAscEffectiveFromAsc(String planCode);

    List<PriceList> findAllByOrderByPlanCodeAscCurrencyAscEffectiveFromAsc();

    Optional<PriceList> findByPlanCodeAndCurrencyAndEffectiveFrom(String planCode, String currency, LocalDate from);

    @Query("select distinct p.planCode from PriceList p where p.monthlyFee is not null")
    List<String> planCodesWithMonthlyFee();
}
