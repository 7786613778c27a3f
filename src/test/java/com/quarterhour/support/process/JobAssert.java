package com.quarterhour.support.process;

import java.util.Date;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.operaton.bpm.engine.runtime.Job;

/** When a job (a timer) falls due. */
public final class JobAssert extends AbstractAssert<JobAssert, Job> {

    JobAssert(Job actual) {
        super(actual, JobAssert.class);
    }

    public JobAssert hasDueDate(Date due) {
        isNotNull();
        Assertions.assertThat(actual.getDuedate()).as("the due date of job %s", actual.getId()).hasSameTimeAs(due);
        return this;
    }
}
