package dev.courier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * bench/nodes.sh's report: for each topology it ran ({@code nodes-<N>/}: ChainSimulation's
 * {@code chain.json} through the load balancer, the script's CPU samples {@code cpu.tsv} of every
 * process of Courier's, the clock's ticks per second in {@code ticks}), the orders per second at
 * the fixed rate and saturated, latency to the terminal state, and the CPU time per order of the
 * saturated phase, by part (nodes, brokers, balancer, PostgreSQL). Writes {@code nodes.md} and
 * {@code nodes.json} in the results folder.
 */
public final class NodesReport {

    private NodesReport() {}

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        List<Path> runs;
        try (Stream<Path> folders = Files.list(results)) {
            runs = folders.filter(folder -> folder.getFileName().toString().startsWith("nodes-"))
                    .sorted()
                    .toList();
        }
        ObjectNode report = Courier.JSON.createObjectNode();
        List<String> rows = new ArrayList<>();
        int clients = 0;
        for (Path run : runs) {
            String nodes = run.getFileName().toString().substring("nodes-".length());
            JsonNode chain = BenchReport.read(run.resolve("chain.json"));
            double ticks =
                    Double.parseDouble(Files.readString(run.resolve("ticks")).trim());
            ObjectNode cpu = cpuPerOrder(run.resolve("cpu.tsv"), chain.get("saturated"), ticks);
            ObjectNode figures = report.putObject(nodes);
            figures.set("chain", chain);
            figures.set("cpuPerOrder", cpu);
            JsonNode steady = chain.get("steady");
            JsonNode saturated = chain.get("saturated");
            clients = chain.get("clients").asInt();
            rows.add(String.format(
                    Locale.ROOT,
                    "| %s | %.0f/s of %d/s, p99 %d ms | %.0f/s accepted, %.0f/s terminal, p99 %d ms | %s | %s |",
                    nodes,
                    steady.get("terminalPerSecond").asDouble(),
                    chain.get("arrivalRate").asInt(),
                    steady.get("latencyMs").get("p99").asLong(),
                    saturated.get("acceptedPerSecond").asDouble(),
                    saturated.get("terminalPerSecond").asDouble(),
                    saturated.get("latencyMs").get("p99").asLong(),
                    cpu.get("measured").asBoolean()
                            ? String.format(
                                    Locale.ROOT,
                                    "%.1f ms (nodes %.1f, brokers %.1f, balancer %.1f, PostgreSQL %.1f)",
                                    cpu.get("totalMs").asDouble(),
                                    cpu.get("nodesMs").asDouble(),
                                    cpu.get("brokersMs").asDouble(),
                                    cpu.get("balancerMs").asDouble(),
                                    cpu.get("postgresMs").asDouble())
                            : "not measured",
                    chain.get("books").get("balanced").asBoolean() ? "balanced" : "NOT balanced"));
        }
        String table = String.join(
                "\n",
                "| nodes | fixed rate: terminal/s, place-to-terminal p99 | saturated (" + clients
                        + " clients) | CPU per order, saturated | books |",
                "|---|---|---|---|---|",
                String.join("\n", rows));
        Files.writeString(results.resolve("nodes.md"), table + "\n");
        Files.writeString(results.resolve("nodes.json"), Courier.JSON.writeValueAsString(report));
        System.out.println(table);
    }

    /**
     * CPU time per order over the saturated phase (first 201 to last terminal order), by part: the
     * script's samples at or before the phase's start and at or after its end (columns: ms, then
     * ticks of the nodes, the brokers, the balancer, PostgreSQL), divided by the phase's orders that
     * reached a terminal state.
     */
    static ObjectNode cpuPerOrder(Path samples, JsonNode saturated, double ticksPerSecond) throws IOException {
        long from = saturated.get("firstAcceptedAt").asLong();
        long to = saturated.get("lastTerminalAt").asLong();
        long[] first = null;
        long[] last = null;
        for (String line : Files.readAllLines(samples)) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 5) {
                continue;
            }
            long[] sample = new long[5];
            for (int i = 0; i < 5; i++) {
                sample[i] = Long.parseLong(fields[i]);
            }
            if (sample[0] <= from) {
                first = sample;
            }
            if (sample[0] >= to && last == null) {
                last = sample;
            }
        }
        ObjectNode cpu = Courier.JSON.createObjectNode();
        int orders = saturated.get("terminal").asInt();
        if (first == null || last == null || orders == 0) {
            return cpu.put("measured", false);
        }
        double perOrder = 1000 / ticksPerSecond / orders;
        String[] parts = {"nodesMs", "brokersMs", "balancerMs", "postgresMs"};
        double total = 0;
        for (int i = 0; i < parts.length; i++) {
            double ms = (last[i + 1] - first[i + 1]) * perOrder;
            cpu.put(parts[i], ms);
            total += ms;
        }
        return cpu.put("measured", true)
                .put("orders", orders)
                .put("seconds", (last[0] - first[0]) / 1000.0)
                .put("totalMs", total);
    }
}
