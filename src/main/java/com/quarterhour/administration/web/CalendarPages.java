package com.quarterhour.administration.web;

import com.quarterhour.calendar.BusinessCalendars;
import com.quarterhour.calendar.CalendarDetails;
import com.quarterhour.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating and editing a business calendar, and importing its closed dates from an iCalendar (.ics) file. */
@Controller
@RequestMapping("/admin/sla/calendars")
@PreAuthorize("hasRole('ADMIN')")
class CalendarPages {

    private static final String VIEW = "admin/calendar";

    private final BusinessCalendars calendars;
    private final ZoneId companyZone;

    CalendarPages(BusinessCalendars calendars, @Value("${quarterhour.company-time-zone}") ZoneId companyZone) {
        this.calendars = calendars;
        this.companyZone = companyZone;
    }

    record Day(DayOfWeek value, String name) {
    }

    @ModelAttribute("days")
    List<Day> days() {
        return Arrays.stream(DayOfWeek.values()).map(day -> new Day(day, CalendarForm.dayName(day))).toList();
    }

    @ModelAttribute("zones")
    List<String> zones() {
        return AdminPages.ZONES;
    }

    @GetMapping("/new")
    String newCalendar(Model model) {
        model.addAttribute("form", CalendarForm.officeHours(companyZone.getId()));
        return VIEW;
    }

    @PostMapping
    String create(@ModelAttribute("form") CalendarForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            CalendarDetails created = calendars.create(form.toRequest());
            redirect.addFlashAttribute("notice", "Saved the calendar “" + created.name() + "”.");
            return "redirect:/admin/sla/calendars/" + created.id();
        } catch (DomainException refused) {
            return AdminPages.refused(refused, model, response, VIEW);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        CalendarDetails calendar = calendars.get(id);
        model.addAttribute("calendar", calendar);
        model.addAttribute("form", CalendarForm.of(calendar));
        return VIEW;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") CalendarForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        CalendarDetails current = calendars.get(id);
        try {
            CalendarDetails saved = calendars.update(id, form.toRequest());
            redirect.addFlashAttribute("notice", "Saved the calendar “" + saved.name() + "”.");
            return "redirect:/admin/sla/calendars/" + id;
        } catch (DomainException refused) {
            model.addAttribute("calendar", current);
            return AdminPages.refused(refused, model, response, VIEW);
        }
    }

    /** An .ics file's all-day events become closed dates; a file that is not iCalendar changes nothing. */
    @PostMapping("/{id}/closed-dates")
    String importClosedDates(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CalendarDetails current = calendars.get(id);
        try {
            if (file == null || file.isEmpty()) {
                throw DomainException.invalid("Choose an iCalendar (.ics) file to import closed dates from");
            }
            CalendarDetails imported;
            try (InputStream ics = file.getInputStream()) {
                imported = calendars.importClosedDates(id, ics);
            } catch (IOException unreadable) {
                throw DomainException.invalid("The file could not be read; please choose it again");
            }
            redirect.addFlashAttribute("notice", "Imported the closed dates of " + file.getOriginalFilename()
                    + ": the calendar now has " + imported.closedDates().size() + " closed dates.");
            return "redirect:/admin/sla/calendars/" + id;
        } catch (DomainException refused) {
            model.addAttribute("calendar", current);
            model.addAttribute("form", CalendarForm.of(current));
            model.addAttribute("importError", refused.getMessage());
            return AdminPages.refused(refused, model, response, VIEW);
        }
    }
}
