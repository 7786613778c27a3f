package com.quarterhour.catalog;

import com.quarterhour.catalog.internal.PlanRepository;
import com.quarterhour.shared.DomainException;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue of support plans (shared/DESIGN.md, "Plans and pricing"). */
@Service
@Transactional(readOnly = true)
public class PlanCatalog {

    private final PlanRepository plans;

    PlanCatalog(PlanRepository plans) {
        this.plans = plans;
    }

    public List<Plan> all() {
        return plans.findAll(Sort.by("code"));
    }

    public Optional<Plan> find(String code) {
        return code == null ? Optional.empty() : plans.findById(code);
    }

    /** The plan with this code, or a 400 naming the codes that exist. */
    public Plan require(String code) {
        return find(code).orElseThrow(() -> DomainException.invalid("Unknown plan '" + code + "'; known plans: "
                + String.join(", ", all().stream().map(Plan::code).toList())));
    }

    /** What a customer without a plan is billed under. */
    public Plan standard() {
        return require(Plan.STANDARD);
    }
}
