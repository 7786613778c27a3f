package com.quarterhour.administration.web;

import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Priority;
import com.quarterhour.sla.PolicyDetails;
import com.quarterhour.sla.SlaPolicies;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating and editing an SLA policy; saving an existing one makes its next version. */
@Controller
@RequestMapping("/admin/sla/policies")
@PreAuthorize("hasRole('ADMIN')")
class PolicyPages {

    private static final String VIEW = "admin/policy";
    /** The policy API's field names as the form labels them. */
    private static final Map<String, String> LABELS = Map.of("warnAtPercent", "“Warning at”", "goalPercent", "“Goal”",
            "escalateAtPercent", "“Escalate at”", "escalateTo", "“Escalate to”", "responseMinutes", "first response",
            "resolutionMinutes", "resolution", "name is required", "The policy needs a name",
            "targets are required", "Targets are required");

    private final SlaPolicies policies;

    PolicyPages(SlaPolicies policies) {
        this.policies = policies;
    }

    @ModelAttribute("priorities")
    List<Priority> priorities() {
        return List.of(Priority.values());
    }

    @GetMapping("/new")
    String newPolicy(Model model) {
        model.addAttribute("form", new PolicyForm());
        return VIEW;
    }

    @PostMapping
    String create(@ModelAttribute("form") PolicyForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            PolicyDetails created = policies.create(form.toRequest());
            redirect.addFlashAttribute("notice", "Saved the policy “" + created.name() + "”.");
            return "redirect:/admin/sla";
        } catch (DomainException refused) {
            return AdminPages.refused(refused, LABELS, model, response, VIEW);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        PolicyDetails policy = policies.get(id);
        model.addAttribute("policy", policy);
        model.addAttribute("form", PolicyForm.of(policy));
        return VIEW;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") PolicyForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PolicyDetails current = policies.get(id);
        try {
            PolicyDetails saved = policies.update(id, form.toRequest());
            redirect.addFlashAttribute("notice", "Saved the policy “" + saved.name() + "” as version " + saved.version()
                    + ". Open requests keep their terms until you re-apply it.");
            return "redirect:/admin/sla";
        } catch (DomainException refused) {
            model.addAttribute("policy", current);
            return AdminPages.refused(refused, LABELS, model, response, VIEW);
        }
    }
}
