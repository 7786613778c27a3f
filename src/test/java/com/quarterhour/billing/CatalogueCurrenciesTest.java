package com.quarterhour.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.billing.internal.PlanTermsMapper;
import com.quarterhour.billing.pricing.PlanTerms;
import com.quarterhour.catalog.PlanCatalog;
import com.quarterhour.shared.Priority;
import com.quarterhour.support.QuarterhourTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The default catalogue prices every plan in every currency the business sells in, so that a customer in any of them
 * (every demo customer among them) can be billed: each price list makes valid pricing terms for its kind.
 */
@QuarterhourTest
class CatalogueCurrenciesTest {

    static final List<String> DEFAULT_CATALOGUE = List.of("BPS-20", "BPS-40", "BPS-60", "BPS-100", "STANDARD", "PAYG",
            "PER-USE", "CREDIT-12", "CREDIT-40", "MANAGED-WORKPLACE", "PER-INCIDENT", "PER-MINUTE", "SHARED-247",
            "DEDICATED-SEAT");
    static final LocalDate ANY_MONTH = LocalDate.of(2016, 3, 1);

    @Autowired PlanCatalog plans;
    @Autowired PlanTermsMapper mapper;

    @Test
    void everyPlanIsPricedInPoundsEurosAndDollars() {
        for (String code : DEFAULT_CATALOGUE) {
            for (String currency : List.of("GBP", "EUR", "USD")) {
                PlanTerms terms = mapper.terms(plans.require(code), Currency.getInstance(currency), ANY_MONTH);
                assertThat(terms.currency().getCurrencyCode()).as(code).isEqualTo(currency);
            }
        }
    }

    @Test
    void theAddedCurrenciesKeepTheCatalogueShape() {
        assertThat(terms("STANDARD", "EUR").hourlyRate()).isEqualByComparingTo("85.00");
        assertThat(terms("STANDARD", "USD").hourlyRate()).isEqualByComparingTo("95.00");
        assertThat(terms("BPS-60", "EUR").overageHourlyRate()).as("60 hours and more: €5 cheaper overage")
                .isEqualByComparingTo(terms("BPS-40", "EUR").overageHourlyRate().subtract(BigDecimal.valueOf(5)));
        PlanTerms credit = terms("CREDIT-12", "EUR");
        assertThat(credit.bundlePrice()).as("12 h at the P4 credit rate €54.00").isEqualByComparingTo("648.00");
        assertThat(credit.perUseRate(Priority.P1)).as("beyond the balance: per use").isEqualByComparingTo("180.00");
        assertThat(terms("CREDIT-40", "USD").perUseRate(Priority.P2)).as("the bundle's own per-use rates")
                .isEqualByComparingTo("160.00");
        assertThat(terms("DEDICATED-SEAT", "GBP").refundWindowDays()).isEqualTo(14);
    }

    private PlanTerms terms(String code, String currency) {
        return mapper.terms(plans.require(code), Currency.getInstance(currency), ANY_MONTH);
    }
}
