package org.skillpass.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.time.LocalDate;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIf;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Browsing: {@code users} worker sessions (each virtual user keeps its own cookie, i.e. one server session
 * with its views) ramped up over {@code ramp} seconds, each going round search page → search with criteria
 * (the page's ajax post, results re-rendered) → a class from the results, with a think time of
 * {@code think} s ± 50 % before every step, until {@code ramp + hold} seconds have passed. With
 * {@code static=true} the same users at the same pace fetch the stylesheet instead: the baseline.
 */
public class BrowseSimulation extends Simulation {

    public BrowseSimulation() {
        int users = Load.intParam("users");
        int ramp = Load.intParam("ramp");
        int hold = Load.intParam("hold");
        double think = Load.intParam("think");
        boolean baseline = Boolean.parseBoolean(Load.strParam("static"));
        long deadline = System.currentTimeMillis() + (ramp + hold) * 1000L;
        Duration min = Duration.ofMillis((long) (think * 500));
        Duration max = Duration.ofMillis((long) (think * 1500));
        HttpProtocolBuilder protocol = http.baseUrl(Load.strParam("base")).disableWarmUp().disableCaching()
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("zh-CN,zh;q=0.9");
        ChainBuilder journey;
        if (baseline) {
            ChainBuilder css = exec(http("stylesheet").get("/resources/css/skillpass.css").check(status().is(200)));
            journey = exec(pause(min, max), exitHereIf(s -> System.currentTimeMillis() > deadline), css,
                    pause(min, max), exitHereIf(s -> System.currentTimeMillis() > deadline), css,
                    pause(min, max), exitHereIf(s -> System.currentTimeMillis() > deadline), css);
        } else {
            String today = LocalDate.now().toString();
            journey = exec(
                    pause(min, max), exitHereIf(s -> System.currentTimeMillis() > deadline),
                    exec(http("search page").get("/catalog/search.xhtml")
                            .check(status().is(200),
                                    regex("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"").saveAs("viewState"))),
                    pause(min, max), exitHereIf(s -> System.currentTimeMillis() > deadline),
                    exec(s -> s.remove("classId")),
                    exec(http("search").post("/catalog/search.xhtml")
                            .header("Faces-Request", "partial/ajax")
                            .header("X-Requested-With", "XMLHttpRequest")
                            .formParam("jakarta.faces.partial.ajax", "true")
                            .formParam("jakarta.faces.source", "criteria:go")
                            .formParam("jakarta.faces.partial.execute", "criteria:go criteria")
                            .formParam("jakarta.faces.partial.render", "results")
                            .formParam("criteria:go", "criteria:go")
                            .formParam("criteria", "criteria")
                            .formParam("criteria:occupation", "#{occupation}")
                            .formParam("criteria:region_input", "#{region}")
                            .formParam("criteria:mode_input", "")
                            .formParam("criteria:level_input", "")
                            .formParam("criteria:startFrom_input", today)
                            .formParam("jakarta.faces.ViewState", "#{viewState}")
                            .check(status().is(200), substring("<partial-response").exists(),
                                    regex("catalog/class\\.xhtml\\?id=(\\d+)").findRandom().saveAs("classId"))),
                    pause(min, max), exitHereIf(s -> System.currentTimeMillis() > deadline),
                    exec(http("class page").get("/catalog/class.xhtml?id=#{classId}")
                            .check(status().is(200), substring("id=\"seatsLeft\"").exists())));
        }
        ScenarioBuilder browse = scenario(baseline ? "static baseline" : "browsing")
                .feed(listFeeder(Load.feedList()).random())
                .exec(asLongAs(s -> System.currentTimeMillis() < deadline).on(journey));
        setUp(browse.injectOpen(rampUsers(users).during(Duration.ofSeconds(ramp))))
                .protocols(protocol).maxDuration(Duration.ofSeconds(ramp + hold + 180L));
    }
}
