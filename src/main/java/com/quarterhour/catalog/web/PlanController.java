package com.quarterhour.catalog.web;

import com.quarterhour.catalog.PlanAdministration;
import com.quarterhour.catalog.PlanDetails;
import com.quarterhour.catalog.PlanRequest;
import com.quarterhour.catalog.PriceChange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/plans")
@Tag(name = "Plans", description = "The catalogue as data: plans, their price lists per currency, price changes")
@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
class PlanController {

    private static final String PLAN_EXAMPLE = """
            {"code": "GOLD-EU", "name": "Gold support (EU)", "kind": "MONTHLY_PACKAGE", "incrementMinutes": 15,
             "prices": {"EUR": {"monthlyFee": 1200.00, "includedHours": 20, "overageHourlyRate": 70.00}}}""";
    private static final String PRICES_EXAMPLE = """
            {"effectiveFrom": "2027-01-01",
             "prices": {"EUR": {"monthlyFee": 1300.00, "includedHours": 20, "overageHourlyRate": 75.00},
                        "GBP": {"monthlyFee": 1150.00, "includedHours": 20, "overageHourlyRate": 65.00}}}""";

    private final PlanAdministration plans;

    PlanController(PlanAdministration plans) {
        this.plans = plans;
    }

    @GetMapping
    @Operation(operationId = "listPlans", summary = "List the plans by code with their price lists",
            description = "Each price list is IN_FORCE (it prices the current month), SCHEDULED (from a coming month) "
                    + "or SUPERSEDED (it still prices the months it was in force for).")
    List<PlanDetails> list() {
        return plans.list();
    }

    @GetMapping("/{code}")
    @Operation(operationId = "getPlan", summary = "Read a plan with its price lists")
    PlanDetails get(@PathVariable String code) {
        return plans.get(code);
    }

    @PostMapping
    @Operation(operationId = "createPlan", summary = "Add a plan to the catalogue",
            description = "The terms each kind needs: MONTHLY_PACKAGE and SHARED monthlyFee, includedHours, "
                    + "overageHourlyRate; PAY_AS_YOU_GO hourlyRate; PER_USE perUseRates; CREDIT_BUNDLE bundleHours, "
                    + "bundlePrice, creditRates, perUseRates; MANAGED_WORKPLACE includedHours, perUseRates (monthlyFee "
                    + "optional); PER_INCIDENT incidentPrice, incidentBlockMinutes; PER_MINUTE perMinuteRate; "
                    + "DEDICATED_SEAT monthlyFee (per seat), refundWindowDays. Rates by priority are maps "
                    + "{\"P1\": 200.00, ..., \"P4\": 80.00}. The prices are in force from the first day of the current "
                    + "month; a customer can subscribe only in a currency the plan is priced in.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "plan", value = PLAN_EXAMPLE))))
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<PlanDetails> create(@RequestBody PlanRequest request) {
        PlanDetails created = plans.create(request);
        return ResponseEntity.created(URI.create("/api/plans/" + created.code())).body(created);
    }

    @PutMapping("/{code}/prices")
    @Operation(operationId = "schedulePlanPrices", summary = "Change a plan's prices from a coming month",
            description = "effectiveFrom is the first day of a month after the current one: the current month and "
                    + "earlier ones keep the prices they are running or were invoiced at, and re-running them gives the "
                    + "same money. All currencies given are saved, or none; a list already scheduled for that day in a "
                    + "currency is replaced.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "prices", value = PRICES_EXAMPLE))))
    @PreAuthorize("hasRole('ADMIN')")
    PlanDetails schedulePrices(@PathVariable String code, @RequestBody PriceChange change) {
        return plans.schedulePrices(code, change);
    }

    @PostMapping("/{code}/retire")
    @Operation(operationId = "retirePlan", summary = "Retire a plan: no new subscriptions",
            description = "Running subscriptions keep the plan and its prices; STANDARD cannot be retired.")
    @PreAuthorize("hasRole('ADMIN')")
    PlanDetails retire(@PathVariable String code) {
        return plans.retire(code);
    }
}
