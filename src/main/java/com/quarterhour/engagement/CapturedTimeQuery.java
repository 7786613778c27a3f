package com.quarterhour.engagement;

import com.quarterhour.engagement.internal.TimeEntryRepository;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only: one customer's billable time between two days, open requests included, for usage meters that run on
 * every time capture. One aggregate query, however many requests and entries the customer has.
 */
@Service
@Transactional(readOnly = true)
public class CapturedTimeQuery {

    private final TimeEntryRepository timeEntries;

    CapturedTimeQuery(TimeEntryRepository timeEntries) {
        this.timeEntries = timeEntries;
    }

    /**
     * How many billable entries of each length (minutes) the customer has, leaving out requests whose bug credit or
     * waiver was approved: that time is given back.
     */
    public Map<Integer, Long> billableEntriesByLength(long customerId, LocalDate from, LocalDate to) {
        return timeEntries.billableByLength(customerId, from, to, AdjustmentStatus.APPROVED).stream()
                .collect(Collectors.toMap(TimeEntryRepository.EntriesOfLength::getMinutes,
                        TimeEntryRepository.EntriesOfLength::getEntries));
    }
}
