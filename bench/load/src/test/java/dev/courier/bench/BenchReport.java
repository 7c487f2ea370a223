package dev.courier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's report from one run's results folder: the simulations' {@code gateway.json},
 * {@code chain.json}, {@code hung.json}, {@code gateway-alone.json} and {@code rate-limit.json} (response times as Gatling
 * measured them), the probe's {@code jms.json}, the run script's {@code footprint.json} and its CPU
 * samples ({@code cpu.tsv}, {@code cpu-alone.tsv}). Writes {@code report.json} (every figure),
 * {@code summary.md} (the targets with the measured figure beside each) and
 * {@code throughput.svg} (throughput against concurrency, details and direct).
 */
public final class BenchReport {

    private static final int DOWNSTREAM_CALLS_PER_DETAILS = 3; // order + user + all products in one call
    private static final double FT_TIMEOUT_MS = 1000;

    private BenchReport() {}

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        JsonNode gateway = read(results.resolve("gateway.json"));
        JsonNode hungRun = read(results.resolve("hung.json"));
        Map<String, JsonNode> requests = new HashMap<>();
        for (JsonNode run : List.of(gateway, hungRun)) {
            run.get("requests").fields().forEachRemaining(entry -> requests.put(entry.getKey(), entry.getValue()));
        }
        JsonNode chain = read(results.resolve("chain.json"));
        JsonNode jms = read(results.resolve("jms.json"));
        JsonNode footprint = read(results.resolve("footprint.json"));

        ObjectNode report = Courier.JSON.createObjectNode();
        report.set("footprint", footprint);

        ArrayNode levels = report.putArray("gateway");
        double bestDetails = 0;
        double bestDirect = 0;
        for (JsonNode level : gateway.get("levels")) {
            int clients = level.asInt();
            JsonNode details = requests.get("details c=" + clients);
            JsonNode direct = requests.get("direct c=" + clients);
            double detailsPerSecond = details.get("perSecond").asDouble();
            double directPerSecond = direct.get("perSecond").asDouble();
            bestDetails = Math.max(bestDetails, detailsPerSecond);
            bestDirect = Math.max(bestDirect, directPerSecond);
            ObjectNode figures = levels.addObject()
                    .put("clients", clients)
                    .put("detailsPerSecond", detailsPerSecond)
                    .put("directPerSecond", directPerSecond)
                    .put("efficiency", detailsPerSecond * DOWNSTREAM_CALLS_PER_DETAILS / directPerSecond)
                    .put("detailsFailed", failed(details))
                    .put("directFailed", failed(direct));
            figures.set("detailsMs", percentiles(details));
            figures.set("directMs", percentiles(direct));
        }
        double efficiency = bestDetails * DOWNSTREAM_CALLS_PER_DETAILS / bestDirect;
        report.putObject("gatewayPeak")
                .put("detailsPerSecond", bestDetails)
                .put("directPerSecond", bestDirect)
                .put("downstreamCallsPerDetails", DOWNSTREAM_CALLS_PER_DETAILS)
                .put("efficiency", efficiency);

        report.set("chain", chain);
        report.set("jms", jms);
        double chainMessages =
                chain.get("saturated").get("chainMessagesPerSecond").asDouble();
        double chainEfficiency = chainMessages / jms.get("messagesPerSecond").asDouble();
        report.put("chainEfficiency", chainEfficiency);
        report.set(
                "cpuPerOrder",
                cpuPerOrder(
                        results.resolve("cpu.tsv"),
                        chain.get("saturated"),
                        footprint.get("clockTicksPerSecond").asDouble()));

        JsonNode before = requests.get("hung: before breaker opens");
        JsonNode open = requests.get("hung: breaker open");
        ObjectNode hung = report.putObject("hung")
                .put("beforeOpenRequests", count(before))
                .put("openRequests", count(open))
                .put("openFailed", failed(open));
        hung.set("beforeOpenMs", percentiles(before));
        hung.set("openMs", percentiles(open));

        report.set(
                "gatewayAlone",
                gatewayAlone(
                        read(results.resolve("gateway-alone.json")),
                        results.resolve("cpu-alone.tsv"),
                        footprint.get("clockTicksPerSecond").asDouble()));

        report.set("rateLimit", rateLimit(read(results.resolve("rate-limit.json"))));

        Files.writeString(
                results.resolve("report.json"),
                Courier.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        Files.writeString(results.resolve("throughput.svg"), chart(levels));
        Files.writeString(results.resolve("summary.md"), summary(report, levels, efficiency, chainEfficiency));
    }

    /**
     * CPU time per order over the chain's saturated phase (first 201 to last terminal order), from
     * the run script's samples of WildFly's and PostgreSQL's CPU ticks: the sample at or before the
     * phase's start and the one at or after its end, divided by the phase's orders that reached a
     * terminal state. Also PostgreSQL's memory (PSS) at its peak.
     */
    static ObjectNode cpuPerOrder(Path samples, JsonNode saturated, double ticksPerSecond) throws IOException {
        long from = saturated.get("firstAcceptedAt").asLong();
        long to = saturated.get("lastTerminalAt").asLong();
        long[] first = null;
        long[] last = null;
        long postgresPeakKib = 0;
        for (String line : Files.readAllLines(samples)) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 4) {
                continue;
            }
            long[] sample = {Long.parseLong(fields[0]), Long.parseLong(fields[1]), Long.parseLong(fields[2])};
            postgresPeakKib = Math.max(postgresPeakKib, Long.parseLong(fields[3]));
            if (sample[0] <= from) {
                first = sample;
            }
            if (sample[0] >= to && last == null) {
                last = sample;
            }
        }
        ObjectNode cpu = Courier.JSON.createObjectNode().put("postgresPssPeakMiB", postgresPeakKib / 1024);
        int orders = saturated.get("terminal").asInt();
        if (first == null || last == null || orders == 0) {
            return cpu.put("measured", false);
        }
        double msPerTick = 1000 / ticksPerSecond;
        double wildfly = (last[1] - first[1]) * msPerTick / orders;
        double postgres = (last[2] - first[2]) * msPerTick / orders;
        return cpu.put("measured", true)
                .put("orders", orders)
                .put("seconds", (last[0] - first[0]) / 1000.0)
                .put("wildflyMs", wildfly)
                .put("postgresMs", postgres)
                .put("totalMs", wildfly + postgres);
    }

    /**
     * The gateway alone on stub services, per concurrency: details/s, percentiles, and WildFly's CPU
     * time per request over the phase (the CPU samples at or before its first request's start and
     * at or after its last request's end, divided by its requests).
     */
    static ArrayNode gatewayAlone(JsonNode run, Path samples, double ticksPerSecond) throws IOException {
        List<long[]> ticks = new ArrayList<>();
        for (String line : Files.readAllLines(samples)) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 2) {
                ticks.add(new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])});
            }
        }
        ArrayNode levels = Courier.JSON.createArrayNode();
        for (JsonNode level : run.get("levels")) {
            JsonNode requests = run.get("requests").get("alone c=" + level.asInt());
            long from = requests.get("from").asLong();
            long to = requests.get("to").asLong();
            long[] first = null;
            long[] last = null;
            for (long[] sample : ticks) {
                if (sample[0] <= from) {
                    first = sample;
                }
                if (sample[0] >= to && last == null) {
                    last = sample;
                }
            }
            ObjectNode figures = levels.addObject()
                    .put("clients", level.asInt())
                    .put("detailsPerSecond", requests.get("perSecond").asDouble())
                    .put("failed", failed(requests));
            figures.set("detailsMs", percentiles(requests));
            if (first != null && last != null && count(requests) > 0) {
                figures.put("cpuMsPerRequest", (last[1] - first[1]) * (1000 / ticksPerSecond) / count(requests));
            }
        }
        return levels;
    }

    private static String summary(ObjectNode report, ArrayNode levels, double efficiency, double chainEfficiency) {
        JsonNode footprint = report.get("footprint");
        JsonNode steady = report.get("chain").get("steady");
        JsonNode saturated = report.get("chain").get("saturated");
        JsonNode books = report.get("chain").get("books");
        JsonNode at16 = null;
        for (JsonNode level : levels) {
            if (level.get("clients").asInt() == 16) {
                at16 = level;
            }
        }
        JsonNode hung = report.get("hung");
        List<String[]> rows = new ArrayList<>();
        rows.add(row(
                "Gateway efficiency (details/s x 3 / direct/s, peaks)", ">= 0.5", f2(efficiency), efficiency >= 0.5));
        double p99at16 =
                at16 == null ? Double.NaN : at16.get("detailsMs").get("p99").asDouble();
        rows.add(row("Details p99, idle server, 16 clients", "<= 25 ms", f0(p99at16) + " ms", p99at16 <= 25));
        for (JsonNode level : report.get("gatewayAlone")) {
            if (level.get("clients").asInt() == 32 && level.has("cpuMsPerRequest")) {
                double cpu = level.get("cpuMsPerRequest").asDouble();
                double p99 = level.get("detailsMs").get("p99").asDouble();
                rows.add(row(
                        "Gateway alone (stub services), 32 clients: WildFly CPU per details request",
                        "<= 0.3 ms",
                        f2(cpu) + " ms",
                        cpu <= 0.3));
                rows.add(row(
                        "Gateway alone (stub services), 32 clients: details p99",
                        "<= 25 ms",
                        f0(p99) + " ms (" + f0(level.get("detailsPerSecond").asDouble()) + " details/s)",
                        p99 <= 25));
            }
        }
        double sustained = saturated.get("terminalPerSecond").asDouble();
        boolean balanced = books.get("balanced").asBoolean();
        rows.add(row(
                "Chain: orders/s to a terminal state, saturated, exactly once",
                ">= 150/s",
                f0(sustained) + "/s, books " + (balanced ? "balanced" : "NOT balanced"),
                sustained >= 150 && balanced));
        JsonNode cpu = report.get("cpuPerOrder");
        if (cpu.get("measured").asBoolean()) {
            double total = cpu.get("totalMs").asDouble();
            rows.add(row(
                    "Chain: CPU per order to a terminal state, saturated (WildFly + PostgreSQL)",
                    "<= 10 ms",
                    f1(total) + " ms (WildFly " + f1(cpu.get("wildflyMs").asDouble()) + ", PostgreSQL "
                            + f1(cpu.get("postgresMs").asDouble()) + ")",
                    total <= 10));
        }
        double steadyP99 = steady.get("latencyMs").get("p99").asDouble();
        int rate = report.get("chain").get("arrivalRate").asInt();
        rows.add(row(
                "Chain: p99 from 201 to terminal at " + rate + " orders/s (" + f2(rate / sustained)
                        + " of the sustained rate)",
                "<= 250 ms at 0.5",
                f0(steadyP99) + " ms",
                steadyP99 <= 250 && rate / sustained >= 0.45));
        rows.add(row(
                "Chain efficiency (chain msgs/s / raw persistent msgs/s)",
                ">= 0.25",
                f2(chainEfficiency) + " ("
                        + f0(saturated.get("chainMessagesPerSecond").asDouble()) + " / "
                        + f0(report.get("jms").get("messagesPerSecond").asDouble()) + ")",
                chainEfficiency >= 0.25));
        double beforeP99 = hung.get("beforeOpenMs").get("p99").asDouble();
        rows.add(row(
                "Hung product service: details p99 before the breaker opens",
                "<= " + f0(FT_TIMEOUT_MS) + " ms",
                f0(beforeP99) + " ms",
                beforeP99 <= FT_TIMEOUT_MS));
        double openP99 = hung.get("openMs").get("p99").asDouble();
        rows.add(row(
                "Hung product service: details p99 with the breaker open",
                "<= 10 ms",
                f0(openP99) + " ms",
                openP99 <= 10));
        double database = footprint.path("databaseStartSeconds").asDouble();
        double start = footprint.get("startToReadySeconds").asDouble() + database;
        rows.add(row(
                "Start to all-ready (PostgreSQL start, then server launch to health UP, 4 services)",
                "<= 20 s",
                f1(start) + " s (PostgreSQL " + f1(database) + " s)",
                start <= 20));
        double rss = footprint.get("rssUnderLoadMiB").asDouble();
        rows.add(row(
                "Server RSS under load (peak, sampled each second)",
                "<= 768 MB",
                f0(rss) + " MiB (idle "
                        + footprint.get("rssIdleMiB").asInt() + " MiB); PostgreSQL "
                        + cpu.get("postgresPssPeakMiB").asLong()
                        + " MiB (PSS, peak)",
                rss * 1.048576 <= 768));

        StringBuilder md = new StringBuilder();
        md.append("# Courier benchmark, ")
                .append(footprint.get("date").asText())
                .append("\n\n");
        md.append("Machine: ")
                .append(footprint.get("machine").asText())
                .append("; ")
                .append(footprint.get("java").asText())
                .append(". Command: `")
                .append(footprint.get("command").asText())
                .append("`.\n\n");
        md.append("| target | limit | measured | met |\n|---|---|---|---|\n");
        for (String[] row : rows) {
            md.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        md.append("\n## Gateway at each concurrency (closed model)\n\n");
        md.append(
                "| clients | details/s | details p50 / p90 / p99 ms | direct/s | direct p50 / p90 / p99 ms | efficiency | failed |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (JsonNode level : levels) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %.0f | %s | %.0f | %s | %.2f | %d + %d |%n",
                    level.get("clients").asInt(),
                    level.get("detailsPerSecond").asDouble(),
                    ms(level.get("detailsMs")),
                    level.get("directPerSecond").asDouble(),
                    ms(level.get("directMs")),
                    level.get("efficiency").asDouble(),
                    level.get("detailsFailed").asLong(),
                    level.get("directFailed").asLong()));
        }
        md.append("\n## Gateway alone, on stub services that answer at once (closed model)\n\n");
        md.append("| clients | details/s | details p50 / p90 / p99 ms | WildFly CPU per request | failed |\n");
        md.append("|---|---|---|---|---|\n");
        for (JsonNode level : report.get("gatewayAlone")) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %.0f | %s | %s | %d |%n",
                    level.get("clients").asInt(),
                    level.get("detailsPerSecond").asDouble(),
                    ms(level.get("detailsMs")),
                    level.has("cpuMsPerRequest")
                            ? f2(level.get("cpuMsPerRequest").asDouble()) + " ms"
                            : "not measured",
                    level.get("failed").asLong()));
        }
        md.append(
                "\n## Event chain\n\n| phase | placements (refused) | accepted | terminal | accepted/s | terminal/s | chain msgs/s"
                        + " | 201 to terminal p50 / p90 / p99 / max ms | outcomes |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (String phase : List.of("steady", "saturated")) {
            JsonNode p = report.get("chain").get(phase);
            JsonNode latency = p.get("latencyMs");
            JsonNode placements = report.get("chain").get("requests").path("place (" + phase + ")");
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d (%d) | %d | %d | %.0f | %.0f | %.0f | %d / %d / %d / %d | %s |%n",
                    phase,
                    placements.path("count").asLong(),
                    placements.path("failed").asLong(),
                    p.get("accepted").asInt(),
                    p.get("terminal").asInt(),
                    p.get("acceptedPerSecond").asDouble(),
                    p.get("terminalPerSecond").asDouble(),
                    p.get("chainMessagesPerSecond").asDouble(),
                    latency.get("p50").asLong(),
                    latency.get("p90").asLong(),
                    latency.get("p99").asLong(),
                    latency.get("max").asLong(),
                    p.get("outcomes").toString().replace("\"", "")));
        }
        md.append(String.format(
                Locale.ROOT,
                "%nBooks: %s (accounts %d, products %d; accepted but not terminal %d, pending after the drain %d,"
                        + " payments applied twice %d; orders placed although the client saw no 201: %d).%n",
                books.get("balanced").asBoolean() ? "balanced" : "NOT balanced: " + books.get("discrepancies"),
                books.get("accounts").asInt(),
                books.get("products").asInt(),
                books.get("acceptedNotTerminal").asLong(),
                books.get("pendingAfterDrain").asLong(),
                books.get("paymentsAppliedTwice").asLong(),
                books.get("placedWithoutA201").asLong()));
        JsonNode jms = report.get("jms");
        md.append(String.format(
                Locale.ROOT,
                "Raw persistent JMS (probe): %d messages of %d bytes, %d producer sessions + MDB with %d sessions: %.0f msgs/s.%n",
                jms.get("messages").asInt(),
                jms.get("size").asInt(),
                jms.get("sessions").asInt(),
                jms.get("sessions").asInt(),
                jms.get("messagesPerSecond").asDouble()));
        md.append(String.format(
                Locale.ROOT,
                "%nHung product service: %d requests before the breaker opened (%s ms), %d with it open (%s ms, %d failed).%n",
                hung.get("beforeOpenRequests").asLong(),
                ms(hung.get("beforeOpenMs")),
                hung.get("openRequests").asLong(),
                ms(hung.get("openMs")),
                hung.get("openFailed").asLong()));
        JsonNode rateLimit = report.get("rateLimit");
        md.append(String.format(
                Locale.ROOT,
                "%n## Rate limit under load%n%nA quota of %d requests a minute per client, two customers for %d s"
                        + " (RateLimitSimulation):%n%n| client | requests | 200 | 429 | other failures | ms p50 / p90 / p99 |%n"
                        + "| --- | --- | --- | --- | --- | --- |%n",
                rateLimit.get("quotaPerMinute").asInt(),
                rateLimit.get("seconds").asInt()));
        for (JsonNode client : rateLimit.get("clients")) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %d | %s |%n",
                    client.get("client").asText(),
                    client.get("requests").asLong(),
                    client.get("ok").asLong(),
                    client.get("limited").asLong(),
                    client.get("failed").asLong(),
                    ms(client.get("ms"))));
        }
        md.append(
                "\nFiles: report.json (every figure), throughput.svg, gatling/*/index.html (latency over time per run).\n");
        return md.toString();
    }

    private static String[] row(String target, String limit, String measured, boolean met) {
        return new String[] {target, limit, measured, met ? "yes" : "**no**"};
    }

    private static long count(JsonNode stats) {
        return stats == null ? 0 : stats.get("count").asLong();
    }

    private static long failed(JsonNode stats) {
        return stats == null ? 0 : stats.get("failed").asLong();
    }

    /** Per client of RateLimitSimulation: requests, answers by status, response times. */
    private static ObjectNode rateLimit(JsonNode run) {
        ObjectNode figures = Courier.JSON
                .createObjectNode()
                .put("quotaPerMinute", run.get("quotaPerMinute").asInt())
                .put("seconds", run.get("seconds").asInt());
        ArrayNode clients = figures.putArray("clients");
        run.get("requests").fields().forEachRemaining(entry -> {
            JsonNode statuses = run.get("statuses").path(entry.getKey());
            ObjectNode client = clients.addObject()
                    .put("client", entry.getKey().replace("rate limit: ", ""))
                    .put("requests", count(entry.getValue()))
                    .put("failed", failed(entry.getValue()))
                    .put("ok", statuses.path("200").asLong())
                    .put("limited", statuses.path("429").asLong());
            client.set("ms", percentiles(entry.getValue()));
        });
        return figures;
    }

    private static ObjectNode percentiles(JsonNode stats) {
        ObjectNode ms = Courier.JSON.createObjectNode();
        if (stats != null) {
            for (String figure : List.of("p50", "p90", "p99", "p999", "max")) {
                ms.put(figure, stats.get(figure).asDouble());
            }
        }
        return ms;
    }

    private static String ms(JsonNode ms) {
        return ms.isEmpty()
                ? "-"
                : f0(ms.get("p50").asDouble()) + " / " + f0(ms.get("p90").asDouble()) + " / "
                        + f0(ms.get("p99").asDouble());
    }

    static JsonNode read(Path file) throws IOException {
        return Courier.JSON.readTree(file.toFile());
    }

    /** Throughput against concurrency, details and direct, as a line chart. */
    private static String chart(ArrayNode levels) {
        int width = 640;
        int height = 360;
        int left = 60;
        int bottom = 40;
        double max = 1;
        for (JsonNode level : levels) {
            max = Math.max(
                    max,
                    Math.max(
                            level.get("detailsPerSecond").asDouble(),
                            level.get("directPerSecond").asDouble()));
        }
        StringBuilder svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n"
                        + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n"
                        + "<text x=\"%d\" y=\"20\" font-size=\"14\">Throughput (requests/s) against concurrent clients</text>%n",
                width,
                height,
                left));
        int plotWidth = width - left - 20;
        int plotHeight = height - bottom - 40;
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                left,
                height - bottom,
                width - 20,
                height - bottom));
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"40\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                left,
                left,
                height - bottom));
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"8\" y=\"44\">%.0f</text><text x=\"8\" y=\"%d\">0</text>%n",
                max,
                height - bottom));
        Map<String, String> series = new LinkedHashMap<>();
        series.put("detailsPerSecond", "#1f77b4");
        series.put("directPerSecond", "#ff7f0e");
        int n = levels.size();
        int legend = 0;
        for (Map.Entry<String, String> line : series.entrySet()) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < n; i++) {
                JsonNode level = levels.get(i);
                double x = left + (n == 1 ? 0 : plotWidth * i / (double) (n - 1));
                double y =
                        height - bottom - plotHeight * level.get(line.getKey()).asDouble() / max;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                if (legend == 0) {
                    svg.append(String.format(
                            Locale.ROOT,
                            "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
                            x,
                            height - bottom + 16,
                            level.get("clients").asInt()));
                }
                svg.append(String.format(
                        Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, line.getValue()));
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    points,
                    line.getValue()));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n",
                    width - 200,
                    40 + 16 * legend,
                    line.getValue(),
                    line.getKey().equals("detailsPerSecond")
                            ? "GET /api/orders/{id}/details"
                            : "GET /order/api/orders/{id}"));
            legend++;
        }
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">concurrent clients</text>%n</svg>%n",
                left + plotWidth / 2,
                height - 6));
        return svg.toString();
    }

    private static String f0(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private static String f1(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String f2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
