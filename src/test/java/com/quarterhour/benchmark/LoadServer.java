package com.quarterhour.benchmark;

import com.quarterhour.QuarterhourApplication;
import com.quarterhour.engagement.Channel;
import com.quarterhour.engagement.EngagementService.NewEngagement;
import com.quarterhour.engagement.EngagementService;
import com.quarterhour.engagement.Impact;
import com.quarterhour.identity.Groups;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.FilterService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application under test of the load benchmark, in its own JVM: the real application (profile postgres, job
 * executor on) serving HTTP on the given port, plus a few in-process steps that {@link LoadBenchmark} asks for on
 * standard input, one command a line, each answered by one line starting with {@value #REPLY}:
 * <ul>
 * <li>{@code USERS n}: the staff users of the run (coordinator, tech1..tech<i>n</i>, password {@link LoadBenchmark#PASSWORD}).</li>
 * <li>{@code FILTER}: the id of Tasklist's "My group tasks" filter.</li>
 * <li>{@code BARE seconds threads}: lifecycles of benchmark/bare-lifecycle.bpmn driven through the engine's services.</li>
 * <li>{@code OPEN total threads batch minutes customerIds}: reports {@code total} requests through
 * {@link EngagementService}, {@code batch} to a transaction, on {@code threads} threads, stopping early after
 * {@code minutes}; they stay open at Triage.</li>
 * <li>{@code TASKQUERY calls seconds}: the coordinator's candidate-group task query (authorization checks on), first
 * page of 15, once to warm up and then {@code calls} times or until {@code seconds} have passed; answers each call's
 * time in microseconds.</li>
 * </ul>
 * Arguments: HTTP port, JDBC URL. The administrator's password comes from QUARTERHOUR_ADMIN_PASSWORD.
 */
public final class LoadServer {

    static final String REPLY = "LOADSERVER ";
    private static final String BARE_KEY = "bare-lifecycle";

    private final ConfigurableApplicationContext app;

    private LoadServer(ConfigurableApplicationContext app) {
        this.app = app;
    }

    public static void main(String[] args) throws Exception {
        List<String> appArgs = new ArrayList<>(List.of("--server.port=" + args[0], "--QUARTERHOUR_DB_URL=" + args[1],
                "--quarterhour.demo-data.enabled=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
        appArgs.addAll(Arrays.asList(args).subList(2, args.length));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(QuarterhourApplication.class)
                .profiles("postgres").run(appArgs.toArray(String[]::new));
        LoadServer server = new LoadServer(app);
        reply("READY");
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = commands.readLine()) != null && !line.equals("QUIT")) {
            try {
                reply(server.execute(line.strip().split(" ")));
            } catch (Exception e) {
                e.printStackTrace(System.out);
                reply("FAILED " + e);
            }
        }
        app.close();
        System.exit(0);
    }

    private static void reply(String answer) {
        System.out.println(REPLY + answer);
        System.out.flush();
    }

    private String execute(String[] command) throws Exception {
        return switch (command[0]) {
            case "USERS" -> users(Integer.parseInt(command[1]));
            case "FILTER" -> app.getBean(FilterService.class).createFilterQuery().filterName("My group tasks")
                    .singleResult().getId();
            case "BARE" -> bare(Integer.parseInt(command[1]), Integer.parseInt(command[2]));
            case "OPEN" -> open(Integer.parseInt(command[1]), Integer.parseInt(command[2]), Integer.parseInt(command[3]),
                    Integer.parseInt(command[4]), Arrays.stream(command[5].split(",")).map(Long::valueOf).toList());
            case "TASKQUERY" -> taskQuery(Integer.parseInt(command[1]), Integer.parseInt(command[2]));
            default -> throw new IllegalArgumentException("unknown command " + command[0]);
        };
    }

    private String users(int technicians) {
        IdentityService identity = app.getBean(IdentityService.class);
        staff(identity, LoadBenchmark.COORDINATOR, Groups.COORDINATORS);
        for (int i = 1; i <= technicians; i++) {
            staff(identity, LoadBenchmark.technician(i), Groups.TECHNICIANS);
        }
        return "OK";
    }

    private static void staff(IdentityService identity, String username, String group) {
        if (identity.createUserQuery().userId(username).count() == 0) {
            org.operaton.bpm.engine.identity.User user = identity.newUser(username);
            user.setFirstName(username);
            user.setLastName("Benchmark");
            user.setPassword(LoadBenchmark.PASSWORD);
            identity.saveUser(user);
            identity.createMembership(username, group);
        }
    }

    /**
     * The engine's own cost of a lifecycle: start with the variables support-request starts with, complete Triage,
     * complete Work; each step a transaction of its own, as each API call is. The two time captures have no engine
     * part (they write the application's own rows), so they have none here either.
     */
    private String bare(int seconds, int threads) throws InterruptedException {
        RepositoryService repository = app.getBean(RepositoryService.class);
        if (repository.createProcessDefinitionQuery().processDefinitionKey(BARE_KEY).count() == 0) {
            repository.createDeployment().name("load benchmark").addClasspathResource("benchmark/bare-lifecycle.bpmn")
                    .deploy();
        }
        RuntimeService runtime = app.getBean(RuntimeService.class);
        TaskService tasks = app.getBean(TaskService.class);
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                while (System.nanoTime() < deadline) {
                    long n = done.get();
                    Map<String, Object> variables = new HashMap<>();
                    variables.put("engagementId", n);
                    variables.put("customerId", 1L);
                    variables.put("customerName", "Bare customer");
                    variables.put("title", "Bare request " + n);
                    variables.put("description", "Driven by the load benchmark");
                    variables.put("channel", "REPORT");
                    variables.put("impact", "PARTIALLY_IMPAIRED");
                    variables.put("travel", false);
                    variables.put("offHours", false);
                    variables.put("appointmentStart", null);
                    String instance = runtime.startProcessInstanceByKey(BARE_KEY, "BARE-" + n, variables).getId();
                    Task triage = tasks.createTaskQuery().processInstanceId(instance).singleResult();
                    tasks.complete(triage.getId(), Map.of("priority", "P2", "billable", true, "technician", "tech1"));
                    Task work = tasks.createTaskQuery().processInstanceId(instance).singleResult();
                    tasks.complete(work.getId(), Map.of("rootCause", "CUSTOMER"));
                    done.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 600L, TimeUnit.SECONDS);
        return String.format(java.util.Locale.ROOT, "lifecycles=%d seconds=%.3f", done.get(),
                (System.nanoTime() - start) / 1e9);
    }

    /** Open requests through the application's own service: the rows, process instances, tasks and clocks a real report leaves. */
    private String open(int total, int threads, int batch, int minutes, List<Long> customers) throws InterruptedException {
        EngagementService engagements = app.getBean(EngagementService.class);
        TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        AtomicLong next = new AtomicLong();
        AtomicLong opened = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MINUTES.toNanos(minutes);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                long claimed;
                while (System.nanoTime() < deadline && (claimed = next.getAndAdd(batch)) < total) {
                    long first = claimed;
                    long last = Math.min(first + batch, total);
                    try {
                        transaction.executeWithoutResult(status -> {
                            for (long i = first; i < last; i++) {
                                engagements.report(new NewEngagement(customers.get((int) (i % customers.size())),
                                        "Open request " + i, "Generated by the load benchmark", Channel.REPORT,
                                        Impact.PARTIALLY_IMPAIRED, null, null, false), LoadBenchmark.COORDINATOR);
                            }
                        });
                        long sum = opened.addAndGet(last - first);
                        if (sum / 1000 != (sum - (last - first)) / 1000) {
                            double elapsed = (System.nanoTime() - start) / 1e9;
                            System.out.printf(java.util.Locale.ROOT, "  opened %,d requests in %.0f s (%.1f/s)%n", sum,
                                    elapsed, sum / elapsed);
                        }
                    } catch (RuntimeException e) {
                        if (failed.getAndAdd(last - first) == 0) {
                            e.printStackTrace(System.out);
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(3, TimeUnit.HOURS);
        return String.format(java.util.Locale.ROOT, "opened=%d failed=%d seconds=%.1f", opened.get(), failed.get(),
                (System.nanoTime() - start) / 1e9);
    }

    /** The coordinator's queue as Tasklist's engine query asks for it: their group's tasks, authorization checks on. */
    private String taskQuery(int calls, int seconds) {
        IdentityService identity = app.getBean(IdentityService.class);
        TaskService tasks = app.getBean(TaskService.class);
        List<Long> micros = new ArrayList<>();
        int found = 0;
        identity.setAuthentication(LoadBenchmark.COORDINATOR, List.of(Groups.COORDINATORS));
        try {
            tasks.createTaskQuery().taskCandidateGroup(Groups.COORDINATORS).listPage(0, 15);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (micros.size() < calls && (micros.isEmpty() || System.nanoTime() < deadline)) {
                long start = System.nanoTime();
                found = tasks.createTaskQuery().taskCandidateGroup(Groups.COORDINATORS).listPage(0, 15).size();
                micros.add((System.nanoTime() - start) / 1000);
            }
        } finally {
            identity.clearAuthentication();
        }
        return "found=" + found + " us=" + micros.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
