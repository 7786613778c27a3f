package com.quarterhour.administration.web;

import com.quarterhour.calendar.BusinessCalendars;
import com.quarterhour.calendar.CalendarDetails;
import com.quarterhour.shared.Minutes;
import com.quarterhour.sla.PolicyDetails;
import com.quarterhour.sla.SlaPolicies;
import com.quarterhour.sla.TargetRequest;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' overview of their SLA rules: every business calendar and policy, with links to edit them and a
 * re-apply button per policy. Managers see the same lists without the buttons.
 */
@Controller
@RequestMapping("/admin/sla")
@PreAuthorize("hasRole('ADMIN')")
class SlaAdministrationController {

    private final BusinessCalendars calendars;
    private final SlaPolicies policies;

    SlaAdministrationController(BusinessCalendars calendars, SlaPolicies policies) {
        this.calendars = calendars;
        this.policies = policies;
    }

    record CalendarRow(long id, String name, String timeZone, List<String> hours, String holidays, int closedDates) {
    }

    record PolicyRow(long id, String name, int version, List<String> targets, String warning, String goal,
            String escalation) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    String overview(Model model, Authentication user) {
        model.addAttribute("canEdit", AdminPages.isAdmin(user));
        model.addAttribute("calendars", calendars.list().stream().map(SlaAdministrationController::row).toList());
        model.addAttribute("policies", policies.list().stream().map(SlaAdministrationController::row).toList());
        return "admin/sla";
    }

    /** The open requests on any version of this policy take today's terms; the answer says how many moved. */
    @PostMapping("/policies/{id}/reapply")
    String reapply(@PathVariable long id, RedirectAttributes redirect) {
        PolicyDetails policy = policies.get(id);
        int moved = policies.reapply(id);
        redirect.addFlashAttribute("notice", "Re-applied “" + policy.name() + "” (version " + policy.version() + ") to "
                + moved + (moved == 1 ? " open request." : " open requests."));
        return "redirect:/admin/sla";
    }

    private static CalendarRow row(CalendarDetails calendar) {
        List<String> hours = new ArrayList<>();
        if (calendar.aroundTheClock()) {
            hours.add("24/7");
        } else {
            for (DayOfWeek day : DayOfWeek.values()) {
                String open = CalendarForm.hoursText(calendar.week() == null ? null : calendar.week().get(day));
                if (!open.isEmpty()) {
                    hours.add(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + open);
                }
            }
        }
        String holidays = calendar.holidays() == null || calendar.holidays().country() == null ? "None"
                : calendar.holidays().country() + (calendar.holidays().region() == null ? ""
                        : " (" + calendar.holidays().region() + ")");
        return new CalendarRow(calendar.id(), calendar.name(), calendar.timeZone(), hours, holidays,
                calendar.closedDates() == null ? 0 : calendar.closedDates().size());
    }

    private static PolicyRow row(PolicyDetails policy) {
        List<String> targets = policy.targets().stream().map(SlaAdministrationController::target).toList();
        return new PolicyRow(policy.id(), policy.name(), policy.version(), targets, policy.warnAtPercent() + "%",
                policy.goalPercent() == null ? "—" : policy.goalPercent() + "%",
                policy.escalateAtPercent() == null ? "—" : policy.escalateAtPercent() + "% to " + policy.escalateTo());
    }

    private static String target(TargetRequest target) {
        String response = target.responseMinutes() == null ? "no response target"
                : "response " + Minutes.text(target.responseMinutes());
        String resolution = target.resolutionMinutes() == null ? "no resolution target"
                : "resolution " + Minutes.text(target.resolutionMinutes());
        String hours = PolicyForm.AROUND_THE_CLOCK.equals(target.calendar()) ? "24/7" : "business hours";
        return target.priority() + ": " + response + ", " + resolution + ", " + hours;
    }
}
